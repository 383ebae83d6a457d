//! Device Console's proxy: the trust boundary between the browser and Kustom.
//!
//! It serves the built console, verifies the operator's token, lets through only the
//! calls the console needs (within the operator's role and locations), adds the Kustom
//! API key on the way out, and writes an audit line for every change.

pub mod config;
pub mod edge;
pub mod error;
pub mod site;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, Method, Uri};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::Utc;
use ipp::console::{Mode, Role, Session};
use tower_http::compression::CompressionLayer;

use crate::edge::SecurityHeaders;
use crate::error::AppError;
use crate::site::Site;

/// Everything the handlers share.
pub struct AppState {
    pub mode: Mode,
    pub site: Site,
}

/// The runtime configuration the console reads from `index.html`.
pub fn runtime_config(mode: Mode, host_origins: &[String]) -> String {
    serde_json::json!({ "mode": mode, "host_origins": host_origins }).to_string()
}

/// The whole console: API, health checks and the built SPA, behind the edge layers.
pub fn app(state: Arc<AppState>, frame_ancestors: &[String], request_timeout: Duration) -> Router {
    let headers = Arc::new(SecurityHeaders::new(
        frame_ancestors,
        &state.site.inline_script_hashes,
    ));
    let api = Router::new()
        .route("/session", get(session))
        .fallback(edge::api_not_found);
    Router::new()
        .route("/healthz", get(healthz))
        .nest("/api", api)
        .fallback(site)
        .with_state(state)
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn_with_state(
            headers,
            edge::security_headers,
        ))
        .layer(middleware::from_fn_with_state(
            request_timeout,
            edge::request_context,
        ))
}

async fn healthz() -> &'static str {
    "ok\n"
}

async fn session(State(state): State<Arc<AppState>>) -> Result<Json<Session>, AppError> {
    match state.mode {
        Mode::Playground => Ok(Json(Session {
            subject: "dev-operator".into(),
            name: Some("Development Operator".into()),
            merchant_id: "DM10000001".into(),
            role: Role::Admin,
            locations: None,
            locale: None,
            expires_at: Utc::now() + chrono::Duration::hours(1),
            mode: Mode::Playground,
        })),
        Mode::Live => Err(AppError::unauthorized(
            "Open Device Console from your portal, which signs you in.",
        )),
    }
}

async fn site(
    State(state): State<Arc<AppState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    state.site.respond(&method, &uri, &headers).into_response()
}
