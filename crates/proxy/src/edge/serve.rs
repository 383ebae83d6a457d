//! The console's HTTP server: hyper's HTTP/1 connection driver over a Tokio listener, as
//! axum's `serve-with-hyper` example builds it, with the one setting `axum::serve` does
//! not offer: a deadline for the request head. A client that sends its head slowly (a
//! byte a second, "slowloris") is cut off when the deadline passes instead of holding
//! a connection and a task for as long as it likes; the edge's time limit
//! ([`crate::edge`]) then covers the body and the handler.

use std::future::Future;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;

/// How long connections still serving a request get to finish after shutdown starts.
const DRAIN: Duration = Duration::from_secs(10);

/// Serves `app` on `listener` until `shutdown` completes, then lets requests in flight
/// finish (up to [`DRAIN`]). `head_limit`: the longest a client may take to send a
/// request head, from the moment the connection waits for one (also between requests
/// of a kept-alive connection).
pub async fn serve(
    listener: TcpListener,
    app: Router,
    head_limit: Duration,
    shutdown: impl Future<Output = ()>,
) {
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors and the like: wait rather than spin.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let conn = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(head_limit)
            .serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            // A connection that ends badly (reset, cut off at the deadline) only
            // concerns its own client.
            if let Err(e) = conn.await {
                tracing::debug!(%peer, error = %e, "connection ended");
            }
        });
    }
    drop(listener);
    if tokio::time::timeout(DRAIN, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still running after {DRAIN:?}; stopping anyway");
    }
}
