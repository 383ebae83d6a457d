//! `GET /healthz` (the process is up) and `GET /readyz` (Kustom is reachable and takes
//! the API key, and the console database answers). `/readyz` needs no sign-in, so anyone can call it as often as they
//! like: its look at Kustom is kept for an interval and shared, and Kustom is asked at
//! most once per interval whatever the request rate.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use ipp::{ListKind, ListQuery};
use serde_json::{json, Value};
use tokio::sync::Mutex;

use crate::upstream::Caller;
use crate::AppState;

/// The last look at the upstream, and when it was taken.
pub struct Readiness {
    interval: Duration,
    last: Mutex<Option<(Instant, bool, Value)>>,
}

impl Readiness {
    pub fn new(interval: Duration) -> Readiness {
        Readiness {
            interval,
            last: Mutex::new(None),
        }
    }
}

pub async fn healthz() -> &'static str {
    "ok\n"
}

pub async fn readyz(State(state): State<Arc<AppState>>) -> Response {
    // One look at a time: whoever waits here gets the look the first one took.
    let mut last = state.readiness.last.lock().await;
    let (ready, body) = match &*last {
        Some((at, ready, body)) if at.elapsed() < state.readiness.interval => {
            (*ready, body.clone())
        }
        _ => {
            let ((upstream, mut body), database) = tokio::join!(look(&state), state.db.ping());
            let ready = upstream && database.is_ok();
            body["ready"] = json!(ready);
            body["database"] = json!(if database.is_ok() {
                "ok"
            } else {
                "unavailable"
            });
            if let Err(e) = &database {
                tracing::warn!(error = %e, "the console database does not answer");
            }
            *last = Some((Instant::now(), ready, body.clone()));
            (ready, body)
        }
    };
    drop(last);
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, axum::Json(body)).into_response()
}

/// Asks the upstream for one location with the first merchant's key.
async fn look(state: &AppState) -> (bool, Value) {
    let Some(merchant) = state.keys.merchants().next() else {
        return (
            false,
            json!({"ready": false, "detail": "no API key configured"}),
        );
    };
    let Some(key) = state.keys.get(merchant) else {
        return (
            false,
            json!({"ready": false, "detail": "no API key configured"}),
        );
    };
    let caller = Caller {
        merchant,
        key,
        request_id: "readyz",
    };
    let one = ListQuery {
        page_size: 1,
        ..ListQuery::default()
    };
    let path = crate::upstream::paths::list(ListKind::Locations, &one);
    let started = Instant::now();
    let result = state.upstream.call(&caller, Method::GET, &path, None).await;
    let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    match result {
        Ok(_) => (true, json!({"ready": true, "upstream_ms": ms})),
        Err(e) => (
            false,
            json!({"ready": false, "upstream_ms": ms, "detail": e.problem.detail}),
        ),
    }
}
