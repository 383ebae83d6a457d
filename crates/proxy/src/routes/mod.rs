//! The console's API: exactly the calls the console needs, one thin handler each over
//! `fleet` (the operator's view of the Device API) and `audit` (changes). Anything else
//! under `/api` is a problem+json 404 or 405 (the edge writes the problem).

mod activity;
mod devices;
mod enrollments;
mod health;
mod jobs;
mod locations;
mod overview;
pub mod playground;
pub mod sign_in;

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use axum::{Json, Router};
use ipp::{ListKind, ListQuery};
use serde::Serialize;

use crate::auth::Operator;
use crate::edge;
use crate::error::AppError;
use crate::AppState;

pub use devices::too_large;
pub use health::{healthz, readyz, Readiness};

/// The `/api` router.
pub fn api(state: &AppState) -> Router<Arc<AppState>> {
    let mut r = Router::new()
        // `/api` itself is an API address too: a problem, never the console.
        .route("/", any(edge::api_not_found))
        .route("/session", get(session))
        .route("/locations", get(locations::list))
        .route("/locations/{id}", get(locations::one))
        .route(
            "/enrollments",
            get(enrollments::list).post(enrollments::create),
        )
        .route(
            "/enrollments/{id}",
            get(enrollments::one).delete(enrollments::cancel),
        )
        .route("/overview", get(overview::overview))
        .route("/activity", get(activity::list))
        .route("/activity/export.csv", get(activity::export))
        .route("/activity/creators", get(activity::creators))
        .route("/enrollments/export.csv", get(enrollments::export))
        .route("/devices", get(devices::list))
        .route("/devices/facets", get(devices::facets))
        .route("/devices/export.csv", get(devices::export))
        .route("/devices/refresh", post(devices::refresh))
        .route("/jobs", get(jobs::list).post(jobs::start))
        .route("/jobs/preview", post(jobs::preview))
        .route("/jobs/{id}", get(jobs::one))
        .route("/jobs/{id}/events", get(jobs::events))
        .route("/jobs/{id}/items.csv", get(jobs::export))
        .route("/jobs/{id}/cancel", post(jobs::cancel))
        .route("/jobs/{id}/undo", post(jobs::undo))
        .route("/jobs/{id}/retry", post(jobs::retry))
        .route(
            "/devices/{id}",
            get(devices::one)
                .put(devices::update)
                .delete(devices::deregister),
        );
    if state.dev.is_some() {
        r = r
            .route("/playground/pair", post(playground::pair))
            .route("/dev/sign-in/options", get(playground::options))
            .route("/dev/sign-in", post(playground::sign_in));
    }
    r.fallback(edge::api_not_found)
        .method_not_allowed_fallback(edge::api_method_not_allowed)
}

async fn session(State(state): State<Arc<AppState>>, op: Operator) -> Json<ipp::console::Session> {
    Json(op.session(state.mode))
}

/// Parses a list query with the wire contract's rules.
fn list_query(kind: ListKind, raw: Option<String>) -> Result<ListQuery, AppError> {
    Ok(ListQuery::parse(kind, raw.as_deref().unwrap_or(""))?)
}

/// Reads a change's JSON body (`ipp::http::read_json`: JSON or 415, at most 64 KiB or
/// 413). Read before the change starts, within the request's time limit; a refusal is
/// handed to the change, which records it.
async fn json_body(headers: &HeaderMap, body: Body) -> Result<Bytes, AppError> {
    Ok(ipp::http::read_json(headers, body).await?)
}

fn json<T: Serialize>(status: StatusCode, value: &T) -> Response {
    // sonic-rs, as upstream answers are read (see `upstream::Answer::json`). Models
    // always serialize; an empty body would be the sign of a bug, never a panic.
    let body = sonic_rs::to_vec(value).unwrap_or_default();
    let mut r = (status, body).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}
