//! Jobs that follow a finished one: its undo, and a retry of its failed items.

use ipp::console::Role;
use ipp::jobs::{ItemOutcome, JobAction};
use ipp::{Problem, Uuid};
use serde_json::json;

use super::plan::{db_error, digest, write};
use crate::db::jobs::{JobRow, NewItem};
use crate::error::AppError;
use crate::fleet::Fleet;

/// A job that puts each device the finished job `parent` changed back as it was,
/// unless it changed since (`conflict`).
pub async fn undo(fleet: &Fleet, parent: &JobRow) -> Result<Uuid, AppError> {
    fleet.op.require(Role::Operator, "undo bulk changes")?;
    let refuse = |why: &str| AppError::new(Problem::new(409, "Cannot be undone").with_detail(why));
    if parent.action == JobAction::Deregister {
        return Err(refuse(
            "Deregistered devices cannot be brought back; pair them again with a new code.",
        ));
    }
    if parent.action.creates_codes() {
        return Err(refuse(
            "Pairing codes are not taken back by an undo. Cancel the codes you do not want in the code list; each cancellation is a change of its own.",
        ));
    }
    if !parent.status.finished() {
        return Err(refuse(
            "The job is still running. Cancel it or wait for its end, then undo it.",
        ));
    }
    if let Some(by) = parent.undone_by {
        return Err(refuse(&format!("This job was undone already (job {by}).")));
    }
    let done = fleet
        .state
        .db
        .items_with(parent.id, Some(ItemOutcome::Done))
        .await
        .map_err(db_error)?;
    let items: Vec<NewItem> = done
        .into_iter()
        .filter_map(|it| {
            Some(NewItem {
                device: Some(it.device),
                name: it.name,
                expected: Some(it.state_after?),
                restore: Some(it.state_before?),
                ..NewItem::default()
            })
        })
        .collect();
    if items.is_empty() {
        return Err(refuse(
            "The job changed no device, so there is nothing to undo.",
        ));
    }
    let locations = items
        .iter()
        .flat_map(|i| [i.expected.as_ref(), i.restore.as_ref()])
        .filter_map(|s| s.and_then(|s| s.location_id))
        .collect();
    let key = format!("undo:{}", parent.id);
    write(
        fleet,
        JobAction::Undo,
        Default::default(),
        key.clone(),
        digest(&json!(key)),
        locations,
        Some(parent.id),
        items,
    )
    .await
}

/// A job that tries the failed items of `parent` again, as they are now.
pub async fn retry(fleet: &Fleet, parent: &JobRow) -> Result<Uuid, AppError> {
    match parent.action {
        JobAction::Deregister => fleet.op.require(Role::Admin, "deregister devices")?,
        JobAction::CreateEnrollments => fleet.op.require(Role::Operator, "create pairing codes")?,
        _ => fleet.op.require(Role::Operator, "change devices")?,
    }
    let failed = fleet
        .state
        .db
        .items_with(parent.id, Some(ItemOutcome::Failed))
        .await
        .map_err(db_error)?;
    if failed.is_empty() {
        return Err(AppError::new(
            Problem::new(409, "Nothing to retry").with_detail("No item of this job failed."),
        ));
    }
    let undo = parent.action == JobAction::Undo;
    // Which items: their devices, or (codes) their places in the first job.
    let ids: Vec<String> = failed
        .iter()
        .map(|i| match i.spec {
            Some(_) => i.seq.to_string(),
            None => i.device.to_string(),
        })
        .collect();
    let items: Vec<NewItem> = failed
        .into_iter()
        .map(|it| match it.spec {
            // The same code, looked for first among those made since the first job
            // sent it (its answer may have been lost), then created.
            Some(spec) => NewItem {
                spec: Some(spec),
                sent: it.sent,
                ..NewItem::default()
            },
            None => NewItem {
                device: Some(it.device),
                name: it.name,
                // An undo still must find what the job left; a change is made to the
                // device as it is now.
                expected: if undo { it.expected } else { None },
                restore: it.restore,
                ..NewItem::default()
            },
        })
        .collect();
    let locations = parent.locations.iter().copied().collect();
    let key = format!("retry:{}:{}", parent.id, ids.len());
    write(
        fleet,
        parent.action,
        parent.params.clone(),
        key,
        digest(&json!(ids)),
        locations,
        Some(parent.id),
        items,
    )
    .await
}

/// Whether the operator may see a job: every location it touches is one of theirs.
pub fn visible(fleet: &Fleet, job: &JobRow) -> bool {
    job.locations
        .iter()
        .all(|l| fleet.op.allows_location(Some(*l)))
}
