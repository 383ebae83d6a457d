//! The console's API: exactly the calls the console needs, one handler each. Anything
//! else under `/api` is a problem+json 404.

mod devices;
mod enrollments;
mod health;
mod locations;
pub mod playground;

use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use ipp::{ListKind, ListQuery, Problem, Uuid};
use serde::Serialize;

use crate::auth::Operator;
use crate::edge::{self, RequestId};
use crate::error::AppError;
use crate::AppState;

pub use health::{healthz, readyz, Readiness};

/// The `/api` router.
pub fn api(state: &AppState) -> Router<Arc<AppState>> {
    let mut r = Router::new()
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
        .route("/devices", get(devices::list))
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
        .method_not_allowed_fallback(method_not_allowed)
}

async fn method_not_allowed() -> AppError {
    AppError::status(
        405,
        "Method not allowed",
        "This API call does not take this method.",
    )
}

async fn session(
    axum::extract::State(state): axum::extract::State<Arc<AppState>>,
    op: Operator,
) -> Json<ipp::console::Session> {
    Json(op.session(state.mode))
}

/// A `{id}` path segment: a UUID, or a 400 before anything else happens.
pub struct Id(pub Uuid);

impl<S: Send + Sync> FromRequestParts<S> for Id {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| {
                AppError::new(Problem::invalid_field(
                    "id",
                    "Use an id of the form 550e8400-e29b-41d4-a716-446655440000.",
                ))
            })?;
        ipp::request::parse_uuid(&raw)
            .map(Id)
            .map_err(|msg| AppError::new(Problem::invalid_field("id", msg)))
    }
}

/// Parses a list query with the wire contract's rules.
fn list_query(kind: ListKind, raw: Option<String>) -> Result<ListQuery, AppError> {
    Ok(ListQuery::parse(kind, raw.as_deref().unwrap_or(""))?)
}

/// Reads a change's JSON body inside the change (so that a refusal is audited): it must
/// say it is JSON (415 otherwise) and be at most [`crate::MAX_BODY`] (413 otherwise).
async fn json_body(headers: &HeaderMap, body: Body) -> Result<Bytes, AppError> {
    let ct = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let is_json = ct
        .split(';')
        .next()
        .map(str::trim)
        .is_some_and(|m| m.eq_ignore_ascii_case("application/json"));
    if !is_json {
        return Err(AppError::status(
            415,
            "Unsupported media type",
            "Send the body as JSON with Content-Type: application/json.",
        ));
    }
    axum::body::to_bytes(body, crate::MAX_BODY)
        .await
        .map_err(|e| {
            let too_large = std::error::Error::source(&e)
                .is_some_and(|s| s.is::<http_body_util::LengthLimitError>());
            if too_large {
                AppError::status(
                    413,
                    "Request too large",
                    format!(
                        "The request body is larger than {} KiB. Send less.",
                        crate::MAX_BODY / 1024
                    ),
                )
            } else {
                AppError::status(
                    400,
                    "Request broke off",
                    "The request body did not arrive whole. Try again.",
                )
                .with_cause(format!("request body: {e}"))
            }
        })
}

fn json<T: Serialize>(status: StatusCode, value: &T) -> Response {
    // sonic-rs, as upstream answers are read (see `upstream::Answer::json`).
    json_bytes(status, sonic_rs::to_vec(value).expect("models serialize"))
}

fn json_bytes(status: StatusCode, body: Vec<u8>) -> Response {
    let mut r = (status, body).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

type Rid = Extension<RequestId>;
