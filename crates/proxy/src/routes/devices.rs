//! Devices: list, one, replace (rename, relocate, metadata), deregister.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use ipp::console::Role;
use ipp::{Device, ListKind, Replace, UpdateDevice};
use serde_json::json;

use super::{json, json_bytes, list_query, require_json, Body, Id, Rid};
use crate::audit::{device_changes, Audit};
use crate::auth::Operator;
use crate::error::AppError;
use crate::fleet::Fleet;
use crate::AppState;
use axum::extract::RawQuery;

/// What the browser gets of a device: never its credentials.
fn public(d: Device) -> Device {
    Device {
        credentials: None,
        ..d
    }
}

pub async fn list(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let q = list_query(ListKind::Devices, raw)?;
    let fleet = Fleet::new(&state, &op, &rid.0)?;
    let answer = fleet.list_answer(ListKind::Devices, &q).await?;
    let page = answer.rewrite(crate::public::device_page)?;
    Ok(json_bytes(StatusCode::OK, page))
}

pub async fn one(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    Id(id): Id,
) -> Result<Response, AppError> {
    let fleet = Fleet::new(&state, &op, &rid.0)?;
    Ok(json(StatusCode::OK, &public(fleet.device(id).await?)))
}

pub async fn update(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    Id(id): Id,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, AppError> {
    let mut audit = Audit::new(&rid.0, &op, "device.update");
    audit.target = Some(id.to_string());
    let result = async {
        op.require(Role::Operator, "change devices")?;
        require_json(&headers)?;
        let req = UpdateDevice::decode(&body, Replace::Whole)?;
        let fleet = Fleet::new(&state, &op, &rid.0)?;
        // The device as it is now, at the upstream, not as the browser says it is.
        let current = fleet.device(id).await?;
        audit.changes = device_changes(&current, &req);
        if req.location_id != current.location_id && !op.allows_location(req.location_id) {
            return Err(AppError::forbidden_field(
                "location_id",
                "You can only move devices to your own locations.",
            ));
        }
        let updated: Device = fleet
            .send(Method::PUT, &format!("/ipp/v1/devices/{id}"), &req)
            .await?;
        Ok(json(StatusCode::OK, &public(updated)))
    }
    .await;
    audit.finish(result)
}

pub async fn deregister(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    Id(id): Id,
) -> Result<Response, AppError> {
    let mut audit = Audit::new(&rid.0, &op, "device.deregister");
    audit.target = Some(id.to_string());
    let result = async {
        op.require(Role::Admin, "deregister devices")?;
        let fleet = Fleet::new(&state, &op, &rid.0)?;
        let current = fleet.device(id).await?;
        audit.changes = json!({"name": current.name, "location_id": current.location_id, "hardware_id": current.hardware_id});
        fleet.call(Method::DELETE, &format!("/ipp/v1/devices/{id}"), None).await?;
        Ok(StatusCode::NO_CONTENT.into_response())
    }
    .await;
    audit.finish(result)
}
