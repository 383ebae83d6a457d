//! Device Console's proxy: the trust boundary between the browser and Kustom.
//!
//! It serves the built console, verifies the operator's token, lets through only the
//! calls the console needs (within the operator's role and locations), adds the Kustom
//! API key on the way out, and writes an audit line for every change.

pub mod audit;
pub mod auth;
pub mod config;
pub mod edge;
pub mod error;
pub mod fleet;
pub mod keys;
pub mod logging;
pub mod routes;
pub mod serve;
pub mod site;
pub mod start;
pub mod upstream;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use axum::Router;
use ipp::console::Mode;
use tower_http::compression::CompressionLayer;

use crate::auth::{DevMinter, TokenVerifier};
use crate::edge::{Edge, SecurityHeaders};
use crate::keys::ApiKeys;
use crate::site::Site;
use crate::upstream::Upstream;

/// Largest request body the console accepts.
pub const MAX_BODY: usize = 64 * 1024;

/// Everything the handlers share.
pub struct AppState {
    pub mode: Mode,
    pub site: Site,
    pub verifier: TokenVerifier,
    pub keys: ApiKeys,
    pub upstream: Upstream,
    /// Playground mode: mints tokens for the development sign-in.
    pub dev: Option<DevMinter>,
    /// Origins allowed to embed the console.
    pub host_origins: Vec<String>,
    /// `/readyz`'s shared look at the upstream.
    pub readiness: routes::Readiness,
    /// Most list pages one lookup through the lists may read.
    pub lookup_max_pages: u32,
}

/// The runtime configuration the console reads from `index.html`.
pub fn runtime_config(mode: Mode, host_origins: &[String]) -> String {
    serde_json::json!({ "mode": mode, "host_origins": host_origins }).to_string()
}

/// The whole console: API, health checks and the built SPA, behind the edge layers.
pub fn app(state: Arc<AppState>, request_timeout: Duration) -> Router {
    let edge = Arc::new(Edge {
        headers: SecurityHeaders::new(&state.host_origins, &state.site.inline_script_hashes),
        limit: request_timeout,
    });
    let router = Router::new()
        .route("/healthz", get(routes::healthz))
        .route("/readyz", get(routes::readyz))
        // `/api` itself and `/api/` are API addresses too: a problem, never the console.
        .route("/api", any(edge::api_not_found))
        .route("/api/", any(edge::api_not_found))
        .nest("/api", routes::api(&state));
    // Outermost last: compression sees finished answers (problem bodies included), so
    // the edge never has to read a compressed body.
    router
        .fallback(site)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state)
        .layer(middleware::from_fn_with_state(edge, edge::edge))
        .layer(CompressionLayer::new())
}

/// The built console for every other path. `/dev/…` pages exist in playground mode only.
async fn site(
    State(state): State<Arc<AppState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    if uri.path().starts_with("/dev/") && state.dev.is_none() {
        return (StatusCode::NOT_FOUND, "Not found\n").into_response();
    }
    state.site.respond(&method, &uri, &headers)
}
