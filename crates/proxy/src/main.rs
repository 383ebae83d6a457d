use std::sync::Arc;

use clap::Parser;
use ipp::console::Mode;
use proxy::config::{Config, LogFormat};
use proxy::site::Site;
use proxy::{app, runtime_config, AppState};

#[tokio::main]
async fn main() {
    let config = Config::parse();
    init_logging(config.log_format);
    if let Err(e) = run(config).await {
        eprintln!("device-console: {e}");
        std::process::exit(2);
    }
}

async fn run(config: Config) -> Result<(), String> {
    let host_origins = config.host_origins()?;
    let mode = if config.is_playground() {
        Mode::Playground
    } else {
        Mode::Live
    };
    let site = Site::load(&config.dist, &runtime_config(mode, &host_origins))?;
    let state = Arc::new(AppState { mode, site });
    let router = app(state, &host_origins, config.request_timeout());
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    tracing::info!(%addr, ?mode, "device console listening");
    println!("Device Console is running at http://{addr}/");
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown())
        .await
        .map_err(|e| e.to_string())
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

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Json => builder.json().flatten_event(true).init(),
        LogFormat::Pretty => builder.init(),
    }
}
