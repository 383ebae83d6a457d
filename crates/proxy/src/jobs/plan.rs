//! From a request to a job: the devices it selects (within the operator's scope, through
//! the fleet index), the preview, and the job written to the database — for a new bulk
//! change, an undo, or a retry of the failed items.

use std::collections::BTreeSet;

use chrono::Utc;
use ipp::activity::{Actor, FieldChange};
use ipp::console::Role;
use ipp::fleet::FleetQuery;
use ipp::jobs::{
    plan, DeviceState, JobAction, JobRequest, Plan, Planned, Preview, Selection, MAX_TARGETS,
    PREVIEW_SHOWN,
};
use ipp::{Problem, Uuid};
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::db::jobs::{Created, Frozen, NewItem, NewJob};
use crate::error::AppError;
use crate::fleet::index::{Entry, View};
use crate::fleet::Fleet;

/// How long a preview can be run.
pub const PREVIEW_LIFETIME: chrono::Duration = chrono::Duration::minutes(30);

pub(super) fn invalid(field: &str, message: impl Into<String>) -> AppError {
    AppError::new(Problem::invalid_field(field, message))
}

pub(super) fn db_error(e: sqlx::Error) -> AppError {
    crate::db::unavailable(&e)
}

fn frozen(e: &Entry) -> Frozen {
    Frozen {
        id: e.id,
        state: DeviceState {
            name: e.name.to_string(),
            location_id: e.location_id,
            metadata: e
                .metadata
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        },
    }
}

/// The request as the preview and the job compare it: the action and its fields.
fn what(req: &JobRequest) -> serde_json::Value {
    json!({ "action": req.action, "params": req.params })
}

/// The devices a request selects, within the operator's scope, as the fleet index has
/// them. An id outside the scope is answered exactly as an id that does not exist.
pub async fn select(fleet: &Fleet, req: &JobRequest) -> Result<Vec<Frozen>, AppError> {
    if let Selection::Preview(id) = req.selection {
        let found = fleet
            .state
            .db
            .preview(id, &fleet.op.merchant_id, &fleet.op.sub)
            .await
            .map_err(db_error)?;
        return match found {
            Some((asked, devices)) if asked == what(req) => Ok(devices),
            Some(_) => Err(invalid(
                "preview_id",
                "This preview was made for another change. Preview this one first.",
            )),
            None => Err(invalid(
                "preview_id",
                "This preview has expired or is not yours. Preview the change again.",
            )),
        };
    }
    let query = match &req.selection {
        Selection::Filter(raw) => {
            let q = FleetQuery::parse(raw).map_err(|p| {
                let detail = p
                    .errors
                    .iter()
                    .map(|(k, v)| format!("{k}: {v}"))
                    .collect::<Vec<_>>()
                    .join(" ");
                invalid(
                    "filter",
                    format!("The device list's query is not valid. {detail}"),
                )
            })?;
            fleet.check_location(q.list.location_id)?;
            Some(q)
        }
        _ => None,
    };
    let shelf = fleet.index().await?;
    let max = fleet.state.index.config.max_devices;
    shelf.view(max, |v| {
        let data = match v {
            View::Indexed(data) => data,
            View::TooLarge { devices, max } => {
                return Err(crate::routes::too_large("A bulk change", devices, max))
            }
        };
        match (&req.selection, &query) {
            (Selection::Targets(ids), _) => {
                let mut found = Vec::with_capacity(ids.len());
                let mut unknown = Vec::new();
                for id in ids {
                    match data.get(*id).filter(|e| fleet.op.allows_location(e.location_id)) {
                        Some(e) => found.push(frozen(e)),
                        None => unknown.push(id.to_string()),
                    }
                }
                if unknown.is_empty() {
                    Ok(found)
                } else {
                    let shown: Vec<String> = unknown.iter().take(5).cloned().collect();
                    Err(invalid("targets", format!(
                        "{} of the selected devices do not exist in your locations (they may have been deregistered): {}{}. Refresh the list and select again.",
                        unknown.len(),
                        shown.join(", "),
                        if unknown.len() > 5 { ", …" } else { "" }
                    )))
                }
            }
            (_, Some(q)) => {
                let selection = data.select(q, fleet.scope());
                let n = selection.count();
                if n as usize > MAX_TARGETS {
                    return Err(invalid("filter", format!(
                        "A job changes at most {MAX_TARGETS} devices; this filter finds {n}. Narrow it, for example by location."
                    )));
                }
                if n == 0 {
                    return Err(invalid("filter", "This filter finds no devices in your locations."));
                }
                Ok(selection.iter().map(|e| frozen(e)).collect())
            }
            _ => Ok(Vec::new()),
        }
    })
}

/// Whether the operator may ask for this change, and its destination is theirs.
async fn allowed(fleet: &Fleet, req: &JobRequest) -> Result<(), AppError> {
    if req.action == JobAction::Deregister {
        fleet.op.require(Role::Admin, "deregister devices")?;
    } else {
        fleet.op.require(Role::Operator, "change devices")?;
    }
    if let Some(to) = req.params.location_id {
        if !fleet.op.allows_location(Some(to)) {
            return Err(AppError::forbidden_field(
                "location_id",
                "You can only move devices to your own locations.",
            ));
        }
        let shelf = fleet.index().await?;
        let known = shelf.read(|d| d.is_none_or(|d| d.location_names().contains_key(&to)));
        if !known {
            return Err(invalid(
                "location_id",
                "There is no such location. Choose one from the list.",
            ));
        }
    }
    Ok(())
}

/// What the job will do to each device, frozen for it to run.
pub async fn preview(fleet: &Fleet, req: &JobRequest) -> Result<Preview, AppError> {
    if req.action.creates_codes() {
        return Err(invalid(
            "action",
            "A batch of pairing codes has no preview: its items are what it creates. Start it with POST /api/jobs.",
        ));
    }
    allowed(fleet, req).await?;
    let devices = select(fleet, req).await?;
    let mut p = Preview {
        preview_id: Uuid::new_v4(),
        action: req.action,
        total: devices.len() as u64,
        changing: 0,
        items: Vec::new(),
        unchanged: 0,
        unchanged_ids: Vec::new(),
        reversible: req.action != JobAction::Deregister,
        expires_at: Utc::now() + PREVIEW_LIFETIME,
    };
    for d in &devices {
        let planned = |changes: Vec<FieldChange>, refused: Option<String>| Planned {
            id: d.id,
            name: d.state.name.clone(),
            location_id: d.state.location_id,
            changes,
            refused,
        };
        let item = match plan(req.action, &req.params, &d.state) {
            Plan::Unchanged => {
                p.unchanged += 1;
                if p.unchanged_ids.len() < PREVIEW_SHOWN {
                    p.unchanged_ids.push(d.id);
                }
                continue;
            }
            Plan::Change(after) => planned(d.state.changes(&after), None),
            Plan::Remove => planned(d.state.removal(None), None),
            Plan::Refused(why) => planned(Vec::new(), Some(why)),
        };
        p.changing += 1;
        if p.items.len() < PREVIEW_SHOWN {
            p.items.push(item);
        }
    }
    fleet
        .state
        .db
        .save_preview(
            p.preview_id,
            &fleet.op.merchant_id,
            &fleet.op.sub,
            &what(req),
            &devices,
            p.expires_at,
        )
        .await
        .map_err(db_error)?;
    Ok(p)
}

/// The request's idempotency key (required to start a job).
pub(super) fn key(req: &JobRequest) -> Result<String, AppError> {
    req.idempotency_key.clone().ok_or_else(|| {
        invalid("idempotency_key", "Required: a key that tells this request from others (the same key starts the job once).")
    })
}

pub(super) fn digest(value: &serde_json::Value) -> String {
    let hash = Sha256::digest(value.to_string().as_bytes());
    hash.iter().map(|b| format!("{b:02x}")).collect()
}

/// A job for the operator, written to the database; answers its id (an earlier job's
/// when the same request came with the same key before).
pub async fn start(fleet: &Fleet, req: &JobRequest) -> Result<Uuid, AppError> {
    if let Selection::Codes(codes) = &req.selection {
        return super::codes::start(fleet, req, codes).await;
    }
    allowed(fleet, req).await?;
    let key = key(req)?;
    let devices = select(fleet, req).await?;
    if req.action == JobAction::Deregister && req.confirm_count != Some(devices.len() as u64) {
        return Err(invalid(
            "confirm_count",
            format!(
                "Type the number of devices to deregister, {}, to confirm.",
                devices.len()
            ),
        ));
    }
    let frozen_states = matches!(req.selection, Selection::Preview(_));
    let selection = match &req.selection {
        Selection::Targets(ids) => json!({ "targets": ids.iter().collect::<BTreeSet<_>>() }),
        Selection::Filter(q) => json!({ "filter": q }),
        Selection::Preview(p) => json!({ "preview_id": p }),
        Selection::Codes(_) => json!(null),
    };
    let body =
        json!({ "what": what(req), "selection": selection, "confirm_count": req.confirm_count });
    let items: Vec<NewItem> = devices
        .iter()
        .map(|d| NewItem {
            device: Some(d.id),
            name: d.state.name.clone(),
            expected: frozen_states.then(|| d.state.clone()),
            ..NewItem::default()
        })
        .collect();
    let locations = devices
        .iter()
        .filter_map(|d| d.state.location_id)
        .chain(req.params.location_id)
        .collect();
    write(
        fleet,
        req.action,
        req.params.clone(),
        key,
        digest(&body),
        locations,
        None,
        items,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn write(
    fleet: &Fleet,
    action: JobAction,
    params: ipp::jobs::JobParams,
    key: String,
    digest: String,
    locations: BTreeSet<Uuid>,
    parent: Option<Uuid>,
    items: Vec<NewItem>,
) -> Result<Uuid, AppError> {
    let op = &fleet.op;
    let job = NewJob {
        id: Uuid::new_v4(),
        merchant: op.merchant_id.clone(),
        starter: Actor {
            sub: op.sub.clone(),
            name: op.name.clone(),
        },
        role: op.role,
        scope: op.locations.clone(),
        action,
        params,
        idempotency_key: key,
        digest,
        locations: locations.into_iter().collect(),
        parent,
        request_id: fleet.request_id.clone(),
    };
    match fleet.state.db.create_job(&job, &items).await.map_err(db_error)? {
        Created::New => {
            tracing::info!(job = %job.id, action = action.as_str(), items = items.len(), sub = %op.sub, "job queued");
            fleet.state.jobs.ring();
            Ok(job.id)
        }
        Created::Again(id) => Ok(id),
        Created::OtherBody => Err(AppError::new(
            Problem::new(422, "Idempotency key used for another request").with_detail(
                "This idempotency key already started a job with a different request. Use a new key for a new request.",
            ),
        )),
    }
}
