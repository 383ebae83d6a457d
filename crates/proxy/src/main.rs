use anyhow::Context;
use clap::Parser;
use proxy::config::Config;
use proxy::{app, start::start};

// Every forwarded call reads and writes JSON and HTTP: many small, short-lived
// allocations, which mimalloc serves faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let config = Config::parse();
    proxy::logging::init(config.log_format);
    let mut runtime = tokio::runtime::Builder::new_multi_thread();
    if let Some(n) = config.workers {
        runtime.worker_threads(n.get());
    }
    let result = runtime
        .enable_all()
        .build()
        .context("cannot start the runtime")
        .and_then(|rt| rt.block_on(run(config)));
    if let Err(e) = result {
        eprintln!("device-console: {e:#}");
        std::process::exit(2);
    }
}

async fn run(config: Config) -> anyhow::Result<()> {
    let started = start(&config).await?;
    let router = app(started.state.clone(), config.request_timeout());
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let addr = listener.local_addr()?;
    let state = &started.state;
    tracing::info!(
        %addr,
        mode = ?state.mode,
        upstream = state.upstream.base(),
        get_by_id = state.upstream.get_by_id,
        merchants = state.keys.merchants().count(),
        frame_ancestors = ?state.host_origins,
        "device console listening"
    );
    if state.dev.is_some() {
        println!("Device Console (playground mode) is running at http://{addr}/");
        println!("Sign in as any role at http://{addr}/dev/sign-in");
    } else {
        println!("Device Console is running at http://{addr}/");
    }
    let serve = proxy::edge::serve::serve(listener, router, config.request_timeout(), shutdown());
    match started.playground {
        // The built-in playground ends only when it fails: then so does the console.
        Some(playground) => tokio::select! {
            () = serve => Ok(()),
            ended = playground => {
                let why = match ended {
                    Ok(Ok(())) => "it stopped".to_owned(),
                    Ok(Err(e)) => e.to_string(),
                    Err(e) => e.to_string(),
                };
                anyhow::bail!("the built-in playground failed: {why}")
            }
        },
        None => {
            serve.await;
            Ok(())
        }
    }
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    tokio::select! { () = ctrl_c => {}, () = term => {} }
}
