//! The activity trail: who changed what (`/api/activity`), as CSV, and who created which
//! codes (for "Created by" in lists). Within the operator's locations.

use axum::extract::RawQuery;
use axum::http::StatusCode;
use axum::response::Response;
use ipp::activity::{Activity, ActivityQuery, MAX_CREATOR_IDS};
use ipp::{ListKind, ListQuery, Location, Problem, Uuid};

use super::json;
use crate::error::AppError;
use crate::fleet::index::export;
use crate::fleet::Fleet;

/// Most records one export writes.
const MAX_EXPORT: u32 = 100_000;

fn query(fleet: &Fleet, raw: Option<String>) -> Result<ActivityQuery, AppError> {
    let q = ActivityQuery::parse(raw.as_deref().unwrap_or(""))?;
    fleet.check_location(q.location_id)?;
    Ok(q)
}

fn unreadable(e: &sqlx::Error) -> AppError {
    crate::db::unreadable(e, "the activity")
}

pub(super) async fn list(fleet: Fleet, RawQuery(raw): RawQuery) -> Result<Response, AppError> {
    let q = query(&fleet, raw)?;
    let page = fleet
        .state
        .db
        .activity(&fleet.op.merchant_id, &q, fleet.scope())
        .await
        .map_err(|e| unreadable(&e))?;
    Ok(json(StatusCode::OK, &page))
}

pub(super) async fn creators(fleet: Fleet, RawQuery(raw): RawQuery) -> Result<Response, AppError> {
    let mut ids = Vec::new();
    for (name, value) in form_urlencoded::parse(raw.as_deref().unwrap_or("").as_bytes()) {
        let id = (name == "id").then(|| value.parse::<Uuid>().ok()).flatten();
        match id {
            Some(id) => ids.push(id),
            None => {
                return Err(AppError::new(Problem::invalid_field(
                    &name,
                    "Give the codes' ids as id=…, each a UUID.",
                )))
            }
        }
    }
    if ids.len() > MAX_CREATOR_IDS {
        return Err(AppError::new(Problem::invalid_field(
            "id",
            format!("Ask about at most {MAX_CREATOR_IDS} codes at once."),
        )));
    }
    let found = fleet
        .state
        .db
        .creators(&fleet.op.merchant_id, &ids, fleet.scope())
        .await
        .map_err(|e| unreadable(&e))?;
    Ok(json(StatusCode::OK, &found))
}

/// The filtered activity as CSV, newest first (at most 100,000 records).
pub(super) async fn export(fleet: Fleet, RawQuery(raw): RawQuery) -> Result<Response, AppError> {
    let q = query(&fleet, raw)?;
    let mut records: Vec<Activity> = Vec::new();
    for page_number in 0.. {
        let page = ActivityQuery {
            page_number,
            page_size: ipp::query::MAX_PAGE_SIZE * 10,
            ..q.clone()
        };
        let got = fleet
            .state
            .db
            .activity(&fleet.op.merchant_id, &page, fleet.scope())
            .await
            .map_err(|e| unreadable(&e))?;
        let last = got.last || got.content.is_empty();
        records.extend(got.content);
        if records.len() as u32 > MAX_EXPORT {
            return Err(AppError::new(Problem::new(422, "Too many to export").with_detail(format!(
                "This view has more than {MAX_EXPORT} records. Narrow it (a time range, a location) and export again."
            ))));
        }
        if last {
            break;
        }
    }
    let names: std::collections::HashMap<Uuid, String> = fleet
        .all::<Location>(ListKind::Locations, &ListQuery::default(), 10_000)
        .await?
        .into_iter()
        .map(|(_, l)| (l.id, l.name))
        .collect();
    let header = [
        "at",
        "actor",
        "actor_name",
        "action",
        "target_kind",
        "target_id",
        "target_name",
        "location_before",
        "location_after",
        "changes",
        "outcome",
        "reason",
        "request_id",
    ]
    .map(str::to_owned)
    .to_vec();
    let rows = records.len();
    let body = export::stream(header, records, move |a: &Activity| {
        let place = |l: Option<Uuid>| {
            l.map(|l| names.get(&l).cloned().unwrap_or_else(|| l.to_string()))
                .unwrap_or_default()
        };
        vec![
            ipp::time::format(&a.at),
            a.actor.sub.clone(),
            a.actor.name.clone().unwrap_or_default(),
            a.action.clone(),
            a.target
                .as_ref()
                .map(|t| t.kind.clone())
                .unwrap_or_default(),
            a.target.as_ref().map(|t| t.id.clone()).unwrap_or_default(),
            a.target
                .as_ref()
                .and_then(|t| t.name.clone())
                .unwrap_or_default(),
            place(a.location_before),
            place(a.location_after),
            export::changes_cell(&a.changes),
            a.outcome.as_str().to_owned(),
            a.reason.clone().unwrap_or_default(),
            a.request_id.clone(),
        ]
    });
    Ok(export::answer("activity", rows, body))
}
