//! The HTTP side, in stripe-mock's order: check auth → route → validate → act → answer in
//! the upstream's error shape (problem+json).

mod request;

pub use ipp::http::{Id, JsonBody, MAX_BODY};
use request::unauthorized;
pub use request::{
    blocking, ApiResult, Merchant, CODE_CANCELLED, CODE_CONSUMED, CODE_EXPIRED, CODE_UNKNOWN,
};
use request::{too_many_failures, Client};

use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use ipp::{
    CreateEnrollment, Device, Enrollment, ListKind, ListQuery, Problem, RegisterDevice, Replace,
    SimulatedDevice, UpdateDevice,
};
use serde::Serialize;

use crate::store::{StoreError, TokenRejection};
use crate::Playground;

fn json<T: Serialize>(status: StatusCode, value: &T) -> Response {
    let mut r = (status, serde_json::to_vec(value).expect("models serialize")).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

/// Removes the extensions the documented API lacks, in `--documented-only` mode.
fn enrollment_out(pg: &Playground, mut e: Enrollment) -> Enrollment {
    if pg.documented_only {
        e.location_id = None;
        e.created_at = None;
        e.device_id = None;
    }
    e
}

// ---- Locations ----

pub async fn list_locations(
    State(pg): State<Playground>,
    m: Merchant,
    RawQuery(q): RawQuery,
) -> ApiResult<Response> {
    let q = ListQuery::parse(ListKind::Locations, q.as_deref().unwrap_or(""))?;
    let page = blocking(&pg.store, move |s| s.list_locations(&m.0, &q)).await?;
    Ok(json(StatusCode::OK, &page))
}

pub async fn get_location(
    State(pg): State<Playground>,
    m: Merchant,
    Id(id): Id,
) -> ApiResult<Response> {
    let found = blocking(&pg.store, move |s| s.get_location(&m.0, id)).await?;
    let loc =
        found.ok_or_else(|| Problem::not_found("There is no such location for this merchant."))?;
    Ok(json(StatusCode::OK, &loc))
}

// ---- Enrollments ----

pub async fn create_enrollment(
    State(pg): State<Playground>,
    m: Merchant,
    JsonBody(body): JsonBody,
) -> ApiResult<Response> {
    let req = CreateEnrollment::decode(&body)?;
    let e = blocking(&pg.store, move |s| {
        s.create_enrollment(&m.0, &req, Utc::now())
    })
    .await?;
    Ok(json(StatusCode::CREATED, &enrollment_out(&pg, e)))
}

pub async fn list_enrollments(
    State(pg): State<Playground>,
    m: Merchant,
    RawQuery(q): RawQuery,
) -> ApiResult<Response> {
    let q = ListQuery::parse(ListKind::Enrollments, q.as_deref().unwrap_or(""))?;
    let page = blocking(&pg.store, move |s| s.list_enrollments(&m.0, &q, Utc::now())).await?;
    let page = ipp::Page {
        content: page
            .content
            .into_iter()
            .map(|e| enrollment_out(&pg, e))
            .collect(),
        ..page
    };
    Ok(json(StatusCode::OK, &page))
}

pub async fn get_enrollment(
    State(pg): State<Playground>,
    m: Merchant,
    Id(id): Id,
) -> ApiResult<Response> {
    let found = blocking(&pg.store, move |s| s.get_enrollment(&m.0, id, Utc::now())).await?;
    let e = found
        .ok_or_else(|| Problem::not_found("There is no such enrollment for this merchant."))?;
    Ok(json(StatusCode::OK, &enrollment_out(&pg, e)))
}

pub async fn cancel_enrollment(
    State(pg): State<Playground>,
    m: Merchant,
    Id(id): Id,
) -> ApiResult<Response> {
    blocking(&pg.store, move |s| {
        s.cancel_enrollment(&m.0, id, Utc::now())
    })
    .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn expire_enrollment(
    State(pg): State<Playground>,
    m: Merchant,
    Id(id): Id,
) -> ApiResult<Response> {
    let e = blocking(&pg.store, move |s| {
        s.expire_enrollment(&m.0, id, Utc::now())
    })
    .await?;
    Ok(json(StatusCode::OK, &enrollment_out(&pg, e)))
}

// ---- Devices ----

pub async fn list_devices(
    State(pg): State<Playground>,
    m: Merchant,
    RawQuery(q): RawQuery,
) -> ApiResult<Response> {
    let q = ListQuery::parse(ListKind::Devices, q.as_deref().unwrap_or(""))?;
    let page = blocking(&pg.store, move |s| s.list_devices(&m.0, &q)).await?;
    Ok(json(StatusCode::OK, &page))
}

pub async fn get_device(
    State(pg): State<Playground>,
    m: Merchant,
    Id(id): Id,
) -> ApiResult<Response> {
    let found = blocking(&pg.store, move |s| s.get_device(&m.0, id)).await?;
    let d =
        found.ok_or_else(|| Problem::not_found("There is no such device for this merchant."))?;
    Ok(json(StatusCode::OK, &d))
}

pub async fn update_device(
    State(pg): State<Playground>,
    m: Merchant,
    Id(id): Id,
    JsonBody(body): JsonBody,
) -> ApiResult<Response> {
    let req = UpdateDevice::decode(&body, Replace::AsSent)?;
    let d = blocking(&pg.store, move |s| s.update_device(&m.0, id, &req)).await?;
    Ok(json(StatusCode::OK, &d))
}

pub async fn deregister_device(
    State(pg): State<Playground>,
    m: Merchant,
    Id(id): Id,
) -> ApiResult<Response> {
    blocking(&pg.store, move |s| {
        s.deregister_device(&m.0, id, Utc::now())
    })
    .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn create_simulated_device(
    State(pg): State<Playground>,
    m: Merchant,
    JsonBody(body): JsonBody,
) -> ApiResult<Response> {
    let req = SimulatedDevice::decode(&body)?;
    if req.metadata.len() >= ipp::metadata::MAX_KEYS && !req.metadata.contains_key("simulated") {
        return Err(Problem::invalid_field(
            "metadata",
            format!(
                "Use at most {} keys: simulated=true is added to every simulated device.",
                ipp::metadata::MAX_KEYS - 1
            ),
        ));
    }
    let d = blocking(&pg.store, move |s| {
        s.create_simulated_device(&m.0, &req, Utc::now())
    })
    .await?;
    Ok(json(StatusCode::CREATED, &d))
}

// ---- The POS app's side ----

pub async fn register_device(
    State(pg): State<Playground>,
    client: Client,
    JsonBody(body): JsonBody,
) -> ApiResult<Response> {
    let req = RegisterDevice::decode(&body)?;
    let limit = pg.redemption_limit;
    let result = blocking(&pg.store, move |s| {
        Ok(s.register_device(&req, &client.0, limit, Utc::now()))
    })
    .await?;
    match result {
        Ok(d) => Ok(json(StatusCode::CREATED, &d)),
        Err(StoreError::TooManyFailures(secs)) => {
            let mut r = too_many_failures(secs).into_response();
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
            Ok(r)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn whoami(State(pg): State<Playground>, headers: HeaderMap) -> ApiResult<Response> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| unauthorized("Send the device's token as Authorization: Bearer <token>."))?
        .to_owned();
    match blocking(&pg.store, move |s| s.device_for_token(&token)).await? {
        Ok(d) => Ok(json(StatusCode::OK, &Device::without_credentials(d))),
        Err(TokenRejection::Revoked) => Err(unauthorized(
            "This device was deregistered and its token revoked. Enroll it again with a new code.",
        )),
        Err(TokenRejection::Unknown) => Err(unauthorized("This device token is not valid.")),
    }
}

// ---- Fallbacks ----

pub async fn not_found() -> Problem {
    Problem::not_found("There is no such endpoint. See the playground's openapi.yaml.")
}

pub async fn method_not_allowed() -> Problem {
    Problem::new(405, "Method not allowed").with_detail("This endpoint does not take this method.")
}
