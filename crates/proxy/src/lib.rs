//! Device Console's proxy: the trust boundary between the browser and Kustom.
//!
//! It serves the built console, verifies the operator's token, lets through only the
//! calls the console needs (within the operator's role and locations), adds the Kustom
//! API key on the way out, and writes an audit line for every change.
//!
//! One folder per concern: `edge/` (layers, the static console, the server), `auth/`
//! (operator tokens), `upstream/` (the Kustom client, its paths and keys), `fleet/` (the
//! operator's view of the Device API, the fleet index, and the scope check every answer
//! passes), and
//! `routes/`, thin handlers over them.

pub mod audit;
pub mod auth;
pub mod config;
pub mod db;
pub mod edge;
pub mod error;
pub mod fleet;
pub mod jobs;
pub mod logging;
pub mod metrics;
pub mod routes;
pub mod start;
pub mod upstream;

use std::sync::Arc;
use std::time::Duration;

use axum::routing::{any, get};
use axum::Router;
use ipp::console::Mode;
use tower_http::compression::CompressionLayer;

use crate::auth::{DevMinter, TokenVerifier};
use crate::edge::site::Site;
use crate::edge::Edge;
use crate::metrics::Metrics;
use crate::upstream::keys::ApiKeys;
use crate::upstream::Upstream;

/// Largest request body the console accepts.
pub const MAX_BODY: usize = ipp::http::MAX_BODY;

/// Everything the handlers share.
pub struct AppState {
    pub mode: Mode,
    pub site: Arc<Site>,
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
    /// Per merchant, the whole fleet (search, sort, facets, export, overview).
    pub index: fleet::index::FleetIndex,
    /// The console database (activity, jobs, sessions).
    pub db: db::Db,
    /// Configured time zones of locations (else their country's).
    pub location_zones: std::collections::HashMap<ipp::Uuid, String>,
    /// Configured languages of locations' printouts (else their country's).
    pub location_languages: std::collections::HashMap<ipp::Uuid, Vec<String>>,
    /// Standalone sign-in, when configured.
    pub oidc: Option<Arc<auth::oidc::Oidc>>,
    /// The bulk changes this replica runs.
    pub jobs: jobs::Jobs,
    pub metrics: Arc<Metrics>,
}

/// The runtime configuration the console reads from `index.html`.
pub fn runtime_config(
    mode: Mode,
    host_origins: &[String],
    sign_in: Option<&auth::oidc::Settings>,
) -> String {
    let sign_in =
        sign_in.map(|s| serde_json::json!({ "provider": s.provider_name, "help": s.help }));
    serde_json::json!({ "mode": mode, "host_origins": host_origins, "sign_in": sign_in })
        .to_string()
}

/// The whole console: API, health checks, metrics and the built SPA, behind the edge.
pub fn app(state: Arc<AppState>, request_timeout: Duration) -> Router {
    let edge = Edge::new(
        &state.host_origins,
        &state.site.inline_script_hashes,
        request_timeout,
    );
    let api = edge.around_api(routes::api(&state));
    // `/api/` is an API address too (the nested router answers `/api` itself).
    let api_root = edge.around_api(Router::new().route("/api/", any(edge::api_not_found)));
    let mut rest = Router::new()
        .route("/healthz", get(routes::healthz))
        .route("/readyz", get(routes::readyz))
        .route("/metrics", get(metrics::metrics));
    if state.oidc.is_some() {
        // Answered as the API is (problems with request ids, never cached).
        rest = rest.merge(
            edge.around_api(
                Router::new()
                    .route("/auth/sign-in", get(routes::sign_in::start))
                    .route("/auth/callback", get(routes::sign_in::callback))
                    .route(
                        "/auth/sign-out",
                        axum::routing::post(routes::sign_in::sign_out),
                    ),
            ),
        );
    }
    let rest = rest
        .with_state(state.clone())
        .merge(state.site.clone().router())
        .layer(edge.timeout());
    let router = Router::new()
        .nest("/api", api)
        .with_state(state.clone())
        .merge(api_root)
        .merge(rest);
    // Compression outermost: it sees finished answers.
    edge.around(router, state.metrics.clone())
        .layer(CompressionLayer::new())
}
