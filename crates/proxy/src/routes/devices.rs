//! Devices: the list, its facets and export (from the fleet index), one, replace
//! (rename, relocate, metadata), deregister.

use axum::body::Body;
use axum::extract::RawQuery;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use ipp::console::Role;
use ipp::fleet::{DeviceList, FleetQuery, Refreshed};
use ipp::http::Id;
use ipp::{Device, ListKind, Page, Problem, Replace, UpdateDevice};
use serde_json::json;

use super::{json, json_body};
use crate::audit::{device_changes, Audit};
use crate::error::AppError;
use crate::fleet::index::{answers, export, Change, FleetIndex, View};
use crate::fleet::Fleet;
use crate::upstream::paths;

/// Reads the query and checks its location against the operator's scope.
fn fleet_query(fleet: &Fleet, raw: Option<String>) -> Result<FleetQuery, AppError> {
    let q = FleetQuery::parse(raw.as_deref().unwrap_or(""))?;
    fleet.check_location(q.list.location_id)?;
    Ok(q)
}

/// What cannot be answered for a fleet larger than the index keeps.
pub fn too_large(what: &str, devices: u64, max: usize) -> AppError {
    AppError::new(Problem::new(409, "Not available for this fleet").with_detail(format!(
        "{what} needs the fleet index, which holds at most {max} devices per merchant; this one has {devices}. Filter by location and metadata instead, or ask your administrator about --index-max-devices."
    )))
}

pub(super) async fn list(fleet: Fleet, RawQuery(raw): RawQuery) -> Result<Response, AppError> {
    let q = fleet_query(&fleet, raw)?;
    let shelf = fleet.index().await?;
    let max = fleet.state.index.config.max_devices;
    let indexed = shelf.view(max, |v| match v {
        View::Indexed(data) => answers::page(data, &q, fleet.scope())
            .map(Some)
            .map_err(AppError::new),
        View::TooLarge { devices, max } if q.needs_index() => {
            Err(too_large("Search, sort and these filters", devices, max))
        }
        View::TooLarge { .. } => Ok(None),
    })?;
    let list = match indexed {
        Some(list) => list,
        // Past the index's size: the upstream's page as it is.
        None => {
            let page: Page<Device> = fleet.list(ListKind::Devices, &q.list).await?;
            DeviceList {
                page: page.map(Device::without_credentials),
                as_of: Utc::now(),
                stale: false,
                indexed: false,
                did_you_mean: Vec::new(),
            }
        }
    };
    Ok(json(StatusCode::OK, &list))
}

pub(super) async fn facets(fleet: Fleet, RawQuery(raw): RawQuery) -> Result<Response, AppError> {
    let q = fleet_query(&fleet, raw)?;
    let shelf = fleet.index().await?;
    let facets = shelf.view(fleet.state.index.config.max_devices, |v| match v {
        View::Indexed(data) => Ok(answers::facets(data, &q, fleet.scope())),
        View::TooLarge { devices, max } => Err(too_large("Counting the fleet", devices, max)),
    })?;
    Ok(json(StatusCode::OK, &facets))
}

/// The whole filtered, sorted list as CSV, written as the client reads it from a
/// snapshot of the selected devices (the index may change meanwhile).
pub(super) async fn export(fleet: Fleet, RawQuery(raw): RawQuery) -> Result<Response, AppError> {
    let q = fleet_query(&fleet, raw)?;
    let shelf = fleet.index().await?;
    let (entries, names) = shelf.view(fleet.state.index.config.max_devices, |v| match v {
        View::Indexed(data) => Ok((
            data.select(&q, fleet.scope())
                .iter()
                .cloned()
                .collect::<Vec<_>>(),
            data.location_names().clone(),
        )),
        View::TooLarge { devices, max } => Err(too_large("Exporting the fleet", devices, max)),
    })?;
    Ok(export::devices(entries, names))
}

/// "Refresh": the fleet read again now (at most once per 10 s per merchant).
pub(super) async fn refresh(fleet: Fleet) -> Result<Response, AppError> {
    fleet.caller()?;
    if let Err(secs) =
        FleetIndex::refresh_now(&fleet.state, &fleet.op.merchant_id, &fleet.request_id).await?
    {
        let mut r = AppError::new(Problem::new(429, "Refreshed a moment ago").with_detail(
            format!("The fleet was read again less than 10 seconds ago. Try again in {secs} s."),
        ))
        .into_response();
        r.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        return Ok(r);
    }
    let shelf = fleet.index().await?;
    let refreshed = shelf.view(fleet.state.index.config.max_devices, |v| match v {
        View::Indexed(data) => Ok(Refreshed {
            as_of: data.as_of,
            total: data.select(&FleetQuery::default(), fleet.scope()).count(),
        }),
        View::TooLarge { devices, max } => Err(too_large("Refreshing the index", devices, max)),
    })?;
    Ok(json(StatusCode::OK, &refreshed))
}

pub(super) async fn one(fleet: Fleet, Id(id): Id) -> Result<Response, AppError> {
    let device = fleet.device(id).await?;
    // What the upstream says now is what the index shows too.
    fleet.changed(Change::Device(device.clone()));
    // A change to it that a stopped console left unfinished is settled now.
    let state = fleet.state.clone();
    tokio::spawn(
        async move { crate::db::reconcile::reconcile(&state, Some(&id.to_string())).await },
    );
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
    let audit = Audit::new(&fleet, "device.update").target(id);
    audit
        .run(move |rec| async move {
            fleet.op.require(Role::Operator, "change devices")?;
            let req = UpdateDevice::decode(&body?, Replace::Whole)?;
            // The device as it is now, at the upstream, not as the browser says it is.
            let current = fleet.device(id).await?;
            rec.changes(device_changes(&current, &req));
            rec.locations(current.location_id, req.location_id);
            rec.device(id, &req.name);
            let moving = req.location_id != current.location_id;
            if moving && !fleet.op.allows_location(req.location_id) {
                return Err(AppError::forbidden_field(
                    "location_id",
                    "You can only move devices to your own locations.",
                ));
            }
            rec.sending().await?;
            let updated: Device = fleet.send(Method::PUT, &paths::device(id), &req).await?;
            let updated = updated.without_credentials();
            if updated.id == id {
                fleet.changed(Change::Device(updated.clone()));
            }
            Ok(json(StatusCode::OK, &updated))
        })
        .await
}

pub(super) async fn deregister(fleet: Fleet, Id(id): Id) -> Result<Response, AppError> {
    let audit = Audit::new(&fleet, "device.deregister").target(id);
    audit
        .run(move |rec| async move {
            fleet.op.require(Role::Admin, "deregister devices")?;
            let current = fleet.device(id).await?;
            rec.changes(json!({
                "name": {"before": current.name, "after": null},
                "location_id": {"before": current.location_id, "after": null},
                "hardware_id": {"before": current.hardware_id, "after": null},
            }));
            rec.locations(current.location_id, None);
            rec.device(id, &current.name);
            rec.sending().await?;
            fleet.call(Method::DELETE, &paths::device(id), None).await?;
            fleet.changed(Change::DeviceGone(id));
            Ok(StatusCode::NO_CONTENT.into_response())
        })
        .await
}
