//! Devices: list, one, replace (rename, relocate, metadata), deregister.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use ipp::console::Role;
use ipp::{Device, ListKind, Page, Replace, UpdateDevice};
use serde_json::json;

use super::{json, json_body, list_query, Id, Rid};
use crate::audit::{device_changes, Audit};
use crate::auth::Operator;
use crate::error::AppError;
use crate::fleet::Fleet;
use crate::AppState;
use axum::extract::RawQuery;

pub async fn list(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let q = list_query(ListKind::Devices, raw)?;
    let fleet = Fleet::new(&state, &op, &rid.0)?;
    let page: Page<Device> = fleet.list(ListKind::Devices, &q).await?;
    Ok(json(StatusCode::OK, &page.map(Device::without_credentials)))
}

pub async fn one(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    Id(id): Id,
) -> Result<Response, AppError> {
    let fleet = Fleet::new(&state, &op, &rid.0)?;
    Ok(json(
        StatusCode::OK,
        &Device::without_credentials(fleet.device(id).await?),
    ))
}

pub async fn update(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    Id(id): Id,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, AppError> {
    // Read here, within the request's time limit; a refusal is recorded by the change.
    let body = json_body(&headers, body).await;
    let audit = Audit::new(&rid.0, &op, "device.update").target(id);
    audit
        .run(move |rec| async move {
            op.require(Role::Operator, "change devices")?;
            let body = body?;
            let req = UpdateDevice::decode(&body, Replace::Whole)?;
            let fleet = Fleet::new(&state, &op, &rid.0)?;
            // The device as it is now, at the upstream, not as the browser says it is.
            let current = fleet.device(id).await?;
            rec.changes(device_changes(&current, &req));
            if req.location_id != current.location_id && !op.allows_location(req.location_id) {
                return Err(AppError::forbidden_field(
                    "location_id",
                    "You can only move devices to your own locations.",
                ));
            }
            rec.sending();
            let updated: Device = fleet
                .send(Method::PUT, &format!("/ipp/v1/devices/{id}"), &req)
                .await?;
            Ok(json(StatusCode::OK, &Device::without_credentials(updated)))
        })
        .await
}

pub async fn deregister(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    Id(id): Id,
) -> Result<Response, AppError> {
    let audit = Audit::new(&rid.0, &op, "device.deregister").target(id);
    audit
        .run(move |rec| async move {
            op.require(Role::Admin, "deregister devices")?;
            let fleet = Fleet::new(&state, &op, &rid.0)?;
            let current = fleet.device(id).await?;
            rec.changes(json!({"name": current.name, "location_id": current.location_id, "hardware_id": current.hardware_id}));
            rec.sending();
            fleet
                .call(Method::DELETE, &format!("/ipp/v1/devices/{id}"), None)
                .await?;
            Ok(StatusCode::NO_CONTENT.into_response())
        })
        .await
}
