//! Batches of pairing codes (`create_enrollments`, a store rollout): from a request to a
//! job of one item per code (this file), each item's create as the runner makes it
//! (`run`), and how a create whose answer was lost is found made or not (`look`).
//!
//! The console keeps each code's spec (location, metadata, lifetime) and the enrollment
//! it became, never the code: a pending code is a credential, read by operators through
//! `GET /api/enrollments/{id}`.

mod look;
mod run;

use std::collections::BTreeSet;

use ipp::console::Role;
use ipp::jobs::{JobRequest, MAX_CODES};
use ipp::{CreateEnrollment, FieldErrors, Problem, Uuid};
use serde_json::json;

use super::plan::{digest, key, write};
use crate::db::jobs::NewItem;
use crate::error::AppError;
use crate::fleet::Fleet;

/// Items named in a refusal's detail (every one is in its `errors`).
const NAMED: usize = 10;

/// "items[2], items[7], …" for the first [`NAMED`] of `rows`.
fn named(rows: &[usize]) -> String {
    let mut s: Vec<String> = rows
        .iter()
        .take(NAMED)
        .map(|i| format!("items[{i}]"))
        .collect();
    if rows.len() > NAMED {
        s.push("…".into());
    }
    s.join(", ")
}

/// Whether the operator may create every code: the role, and every item's location one
/// of theirs (403 naming the items that are not) and one the merchant has (400).
async fn allowed(fleet: &Fleet, codes: &[CreateEnrollment]) -> Result<(), AppError> {
    fleet.op.require(Role::Operator, "create pairing codes")?;
    let outside: Vec<usize> = (codes.iter().enumerate())
        .filter(|(_, c)| !fleet.op.allows_location(c.location_id))
        .map(|(i, _)| i)
        .collect();
    if !outside.is_empty() {
        let errors: FieldErrors = (outside.iter())
            .map(|i| {
                (
                    format!("items[{i}].location_id"),
                    "Not one of your locations: you can create codes only for your own stores."
                        .to_owned(),
                )
            })
            .collect();
        let mut p = Problem::validation(errors);
        p.status = 403;
        p.title = "Not allowed".into();
        p.detail = Some(format!(
            "{} of the {} codes are for locations that are not yours ({}). Remove them or choose one of your locations; nothing was created.",
            outside.len(),
            codes.len(),
            named(&outside)
        ));
        return Err(AppError::new(p));
    }
    let shelf = fleet.index().await?;
    let unknown: Vec<usize> = shelf.read(|d| {
        let Some(d) = d else { return Vec::new() };
        (codes.iter().enumerate())
            .filter(|(_, c)| {
                c.location_id
                    .is_some_and(|l| !d.location_names().contains_key(&l))
            })
            .map(|(i, _)| i)
            .collect()
    });
    if !unknown.is_empty() {
        let errors: FieldErrors = (unknown.iter())
            .map(|i| {
                (
                    format!("items[{i}].location_id"),
                    "There is no such location. Choose one from the list of locations.".to_owned(),
                )
            })
            .collect();
        let mut p = Problem::validation(errors);
        p.detail = Some(format!(
            "{} of the codes are for locations that do not exist ({}); nothing was created.",
            unknown.len(),
            named(&unknown)
        ));
        return Err(AppError::new(p));
    }
    Ok(())
}

/// A job creating one code per item, written to the database; answers its id (an
/// earlier job's when the same batch came with the same key before).
pub(super) async fn start(
    fleet: &Fleet,
    req: &JobRequest,
    codes: &[CreateEnrollment],
) -> Result<Uuid, AppError> {
    debug_assert!(codes.len() <= MAX_CODES);
    allowed(fleet, codes).await?;
    let key = key(req)?;
    let body = json!({ "action": req.action, "items": codes });
    let items: Vec<NewItem> = (codes.iter())
        .map(|c| NewItem {
            spec: Some(c.clone()),
            ..NewItem::default()
        })
        .collect();
    let locations: BTreeSet<Uuid> = codes.iter().filter_map(|c| c.location_id).collect();
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
