//! `GET /healthz` (the process is up) and `GET /readyz` (Kustom is reachable and takes
//! the API key).

use std::sync::Arc;
use std::time::Instant;

use axum::extract::State;
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::upstream::Caller;
use crate::AppState;

pub async fn healthz() -> &'static str {
    "ok\n"
}

pub async fn readyz(State(state): State<Arc<AppState>>) -> Response {
    let Some(merchant) = state.keys.merchants().next() else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            axum::Json(json!({"ready": false, "detail": "no API key configured"})),
        )
            .into_response();
    };
    let key = state.keys.get(merchant).expect("listed merchant has a key");
    let caller = Caller {
        merchant,
        key,
        request_id: "readyz",
    };
    let started = Instant::now();
    let result = state
        .upstream
        .call(
            &caller,
            Method::GET,
            "/ipp/v1/locations?page_number=0&page_size=1",
            None,
        )
        .await;
    let ms = started.elapsed().as_millis() as u64;
    match result {
        Ok(_) => (
            StatusCode::OK,
            axum::Json(json!({"ready": true, "upstream_ms": ms})),
        )
            .into_response(),
        Err(e) => (
            StatusCode::SERVICE_UNAVAILABLE,
            axum::Json(json!({"ready": false, "upstream_ms": ms, "detail": e.problem.detail})),
        )
            .into_response(),
    }
}
