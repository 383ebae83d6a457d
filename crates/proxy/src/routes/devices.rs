//! Devices: list, one, replace (rename, relocate, metadata), deregister.

use axum::body::Body;
use axum::extract::RawQuery;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use ipp::console::Role;
use ipp::http::Id;
use ipp::{Device, ListKind, Page, Replace, UpdateDevice};
use serde_json::json;

use super::{json, json_body, list_query};
use crate::audit::{device_changes, Audit};
use crate::error::AppError;
use crate::fleet::Fleet;
use crate::upstream::paths;

pub(super) async fn list(fleet: Fleet, RawQuery(raw): RawQuery) -> Result<Response, AppError> {
    let q = list_query(ListKind::Devices, raw)?;
    let page: Page<Device> = fleet.list(ListKind::Devices, &q).await?;
    Ok(json(StatusCode::OK, &page.map(Device::without_credentials)))
}

pub(super) async fn one(fleet: Fleet, Id(id): Id) -> Result<Response, AppError> {
    let device = fleet.device(id).await?;
    Ok(json(StatusCode::OK, &device.without_credentials()))
}

pub(super) async fn update(
    fleet: Fleet,
    Id(id): Id,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, AppError> {
    // Read here, within the request's time limit; a refusal is recorded by the change.
    let body = json_body(&headers, body).await;
    let audit = Audit::new(&fleet.request_id, &fleet.op, "device.update").target(id);
    audit
        .run(move |rec| async move {
            fleet.op.require(Role::Operator, "change devices")?;
            let req = UpdateDevice::decode(&body?, Replace::Whole)?;
            // The device as it is now, at the upstream, not as the browser says it is.
            let current = fleet.device(id).await?;
            rec.changes(device_changes(&current, &req));
            let moving = req.location_id != current.location_id;
            if moving && !fleet.op.allows_location(req.location_id) {
                return Err(AppError::forbidden_field(
                    "location_id",
                    "You can only move devices to your own locations.",
                ));
            }
            rec.sending();
            let updated: Device = fleet.send(Method::PUT, &paths::device(id), &req).await?;
            Ok(json(StatusCode::OK, &updated.without_credentials()))
        })
        .await
}

pub(super) async fn deregister(fleet: Fleet, Id(id): Id) -> Result<Response, AppError> {
    let audit = Audit::new(&fleet.request_id, &fleet.op, "device.deregister").target(id);
    audit
        .run(move |rec| async move {
            fleet.op.require(Role::Admin, "deregister devices")?;
            let current = fleet.device(id).await?;
            rec.changes(json!({"name": current.name, "location_id": current.location_id, "hardware_id": current.hardware_id}));
            rec.sending();
            fleet
                .call(Method::DELETE, &paths::device(id), None)
                .await?;
            Ok(StatusCode::NO_CONTENT.into_response())
        })
        .await
}
