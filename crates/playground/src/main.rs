use std::net::SocketAddr;

use clap::{Parser, ValueEnum};
use playground::{bind, open_store, serve, Playground, RedemptionLimit};

/// A stateful simulator of the Kustom In-Person Payments Device API, on SQLite.
#[derive(Debug, Parser)]
#[command(name = "playground", version)]
struct Args {
    /// Address to listen on; port 0 picks a free port (the address is printed).
    #[arg(long, env = "PLAYGROUND_LISTEN", default_value = "127.0.0.1:9090")]
    listen: SocketAddr,
    /// SQLite database file, or :memory: for a private in-memory one.
    #[arg(long, env = "PLAYGROUND_DB", default_value = "data/playground.sqlite")]
    db: String,
    /// Data for a new (empty) database.
    #[arg(long, env = "PLAYGROUND_SEED", value_enum, default_value_t = Seed::Demo)]
    seed: Seed,
    /// Also add this many fake devices to the demo merchant (benchmarks).
    #[arg(long, default_value_t = 0)]
    seed_devices: usize,
    /// Give the demo merchant this many locations in all (benchmarks); seeded devices
    /// are spread over them.
    #[arg(long, default_value_t = 0)]
    seed_locations: usize,
    /// Leave out the API extensions (get-by-id, enrollment → device link) so clients
    /// are tested against exactly what Kustom documents.
    #[arg(long, env = "PLAYGROUND_DOCUMENTED_ONLY")]
    documented_only: bool,
    /// Wrong pairing codes one client may enter within --redemption-window-secs before it
    /// is refused (429) until the window has passed.
    #[arg(long, env = "PLAYGROUND_REDEMPTION_FAILURES", default_value_t = RedemptionLimit::default().failures)]
    redemption_failures: u32,
    /// The window of --redemption-failures, in seconds.
    #[arg(long, env = "PLAYGROUND_REDEMPTION_WINDOW_SECS", default_value_t = RedemptionLimit::default().window_secs)]
    redemption_window_secs: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Seed {
    Demo,
    None,
}

#[tokio::main]
async fn main() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
    let args = Args::parse();
    let store = match open_store(
        &args.db,
        args.seed == Seed::Demo,
        args.seed_devices,
        args.seed_locations,
    ) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("playground: {e}");
            std::process::exit(2);
        }
    };
    let (listener, addr) = match bind(args.listen).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("playground: cannot listen on {}: {e}", args.listen);
            std::process::exit(2);
        }
    };
    println!("playground listening on http://{addr}");
    let pg = Playground {
        redemption_limit: RedemptionLimit {
            failures: args.redemption_failures,
            window_secs: args.redemption_window_secs,
        },
        ..Playground::new(store, args.documented_only)
    };
    if let Err(e) = serve(listener, pg).await {
        eprintln!("playground: {e}");
        std::process::exit(1);
    }
}
