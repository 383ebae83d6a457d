//! Bulk changes and batches of pairing codes: preview, start, the jobs list, one job with
//! a page of its items, its progress as server-sent events, its results as CSV, cancel,
//! undo, retry.

use std::convert::Infallible;
use std::time::Duration;

use axum::body::Body;
use axum::extract::RawQuery;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use ipp::console::Role;
use ipp::http::Id;
use ipp::jobs::{Job, JobItem, JobItemsQuery, JobPage, JobRequest, Started, MAX_JOB_BODY};
use ipp::Problem;

use super::json;
use crate::audit::Audit;
use crate::db::jobs::JobRow;
use crate::error::AppError;
use crate::fleet::index::export;
use crate::fleet::Fleet;
use crate::jobs::{follow_up, plan};

/// Most jobs the list shows.
const LISTED: i64 = 50;
/// How often a job's progress is read for its event stream.
const PROGRESS_EVERY: Duration = Duration::from_millis(500);

fn unreadable(e: &sqlx::Error) -> AppError {
    crate::db::unreadable(e, "bulk changes")
}

/// A job of the operator's merchant, in their locations.
async fn find(fleet: &Fleet, id: ipp::Uuid) -> Result<JobRow, AppError> {
    let row = fleet
        .state
        .db
        .job_row(id, &fleet.op.merchant_id)
        .await
        .map_err(|e| unreadable(&e))?;
    match row {
        Some(job) if follow_up::visible(fleet, &job) => Ok(job),
        _ => Err(AppError::not_found(
            "There is no such bulk change in your locations.",
        )),
    }
}

async fn body(headers: &HeaderMap, body: Body) -> Result<axum::body::Bytes, AppError> {
    Ok(ipp::http::read_json_up_to(headers, body, MAX_JOB_BODY).await?)
}

fn started(id: ipp::Uuid) -> Response {
    let mut r = json(StatusCode::ACCEPTED, &Started { id });
    if let Ok(v) = HeaderValue::from_str(&format!("/api/jobs/{id}")) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

pub(super) async fn preview(
    fleet: Fleet,
    headers: HeaderMap,
    raw: Body,
) -> Result<Response, AppError> {
    let req = JobRequest::decode(&body(&headers, raw).await?)?;
    let p = plan::preview(&fleet, &req).await?;
    Ok(json(StatusCode::OK, &p))
}

pub(super) async fn start(
    fleet: Fleet,
    headers: HeaderMap,
    raw: Body,
) -> Result<Response, AppError> {
    let read = body(&headers, raw).await;
    Audit::new(&fleet, "job.start")
        .run(move |rec| async move {
            let req = JobRequest::decode(&read?)?;
            let id = plan::start(&fleet, &req).await?;
            rec.target(id);
            Ok(started(id))
        })
        .await
}

pub(super) async fn list(fleet: Fleet) -> Result<Response, AppError> {
    let db = &fleet.state.db;
    let rows = db
        .recent_jobs(&fleet.op.merchant_id, LISTED)
        .await
        .map_err(|e| unreadable(&e))?;
    let visible: Vec<_> = rows
        .into_iter()
        .filter(|r| follow_up::visible(&fleet, r))
        .collect();
    let jobs: Vec<Job> = db.jobs(&visible).await.map_err(|e| unreadable(&e))?;
    Ok(json(StatusCode::OK, &jobs))
}

pub(super) async fn one(
    fleet: Fleet,
    Id(id): Id,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let q = JobItemsQuery::parse(raw.as_deref().unwrap_or(""))?;
    let row = find(&fleet, id).await?;
    let db = &fleet.state.db;
    let job = db.job(&row).await.map_err(|e| unreadable(&e))?;
    let items = db.job_items(id, &q).await.map_err(|e| unreadable(&e))?;
    if q.page_number > 0 && q.page_number >= items.total_pages {
        return Err(AppError::new(Problem::invalid_field(
            "page_number",
            format!(
                "There are {} pages; ask for one from 0 to {}.",
                items.total_pages,
                items.total_pages.saturating_sub(1)
            ),
        )));
    }
    Ok(json(StatusCode::OK, &JobPage { job, items }))
}

/// The job as a `progress` event whenever it changes, until it has ended.
pub(super) async fn events(fleet: Fleet, Id(id): Id) -> Result<Response, AppError> {
    let row = find(&fleet, id).await?;
    let state = fleet.state.clone();
    let merchant = fleet.op.merchant_id.clone();
    let first = state.db.job(&row).await.map_err(|e| unreadable(&e))?;
    // (last sent, ended)
    let stream = futures::stream::unfold(
        (Some(first), None::<Job>, false),
        move |(next, last, ended)| {
            let state = state.clone();
            let merchant = merchant.clone();
            async move {
                if ended {
                    return None;
                }
                let mut job = next;
                while job.is_none() || job == last {
                    tokio::time::sleep(PROGRESS_EVERY).await;
                    let row = state.db.job_row(id, &merchant).await.ok().flatten()?;
                    job = state.db.job(&row).await.ok();
                }
                let job = job?;
                let done = job.status.finished();
                let data = serde_json::to_string(&job).unwrap_or_default();
                let event = Event::default().event("progress").data(data);
                Some((Ok::<_, Infallible>(event), (None, Some(job), done)))
            }
        },
    );
    let mut r = Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response();
    // Not buffered by a reverse proxy on the way.
    r.headers_mut()
        .insert("x-accel-buffering", HeaderValue::from_static("no"));
    Ok(r)
}

/// Every item of the job with its outcome, as CSV: a device per row, or (a batch of
/// codes) a code per row with the enrollment it became, never the code itself.
pub(super) async fn export(fleet: Fleet, Id(id): Id) -> Result<Response, AppError> {
    let job = find(&fleet, id).await?;
    let every = JobItemsQuery {
        outcome: None,
        page_number: 0,
        page_size: u32::MAX,
    };
    let items = fleet
        .state
        .db
        .job_items(id, &every)
        .await
        .map_err(|e| unreadable(&e))?
        .content;
    let rows = items.len();
    let outcome = |i: &JobItem| i.outcome.map_or("pending", |o| o.as_str()).to_owned();
    let body = if job.action.creates_codes() {
        let keys: std::collections::BTreeSet<String> = (items.iter())
            .filter_map(|i| i.spec.as_ref())
            .flat_map(|s| s.metadata.keys().cloned())
            .collect();
        let mut header = [
            "enrollment_id",
            "location_id",
            "expires_in",
            "outcome",
            "reason",
        ]
        .map(str::to_owned)
        .to_vec();
        header.extend(keys.iter().map(|k| format!("metadata: {k}")));
        export::stream(header, items, move |i: &JobItem| {
            let spec = i.spec.clone().unwrap_or_default();
            let mut row = vec![
                i.enrollment_id.map(|e| e.to_string()).unwrap_or_default(),
                spec.location_id.map(|l| l.to_string()).unwrap_or_default(),
                spec.expires_in_ms().to_string(),
                outcome(i),
                i.reason.clone().unwrap_or_default(),
            ];
            row.extend(
                keys.iter()
                    .map(|k| spec.metadata.get(k).cloned().unwrap_or_default()),
            );
            row
        })
    } else {
        let header = ["device_id", "name", "outcome", "reason", "changes"]
            .map(str::to_owned)
            .to_vec();
        export::stream(header, items, move |i: &JobItem| {
            vec![
                i.device_id.map(|d| d.to_string()).unwrap_or_default(),
                i.name.clone(),
                outcome(i),
                i.reason.clone().unwrap_or_default(),
                export::changes_cell(&i.changes),
            ]
        })
    };
    Ok(export::answer(&format!("job-{id}"), rows, body))
}

pub(super) async fn cancel(fleet: Fleet, Id(id): Id) -> Result<Response, AppError> {
    Audit::new(&fleet, "job.cancel")
        .target(id)
        .run(move |_| async move {
            fleet.op.require(Role::Operator, "cancel bulk changes")?;
            find(&fleet, id).await?;
            let stopped = fleet
                .state
                .db
                .cancel_job(id)
                .await
                .map_err(|e| crate::db::unavailable(&e))?;
            if !stopped {
                return Err(AppError::new(
                    Problem::new(409, "Already ended")
                        .with_detail("This bulk change has ended; there is nothing to cancel."),
                ));
            }
            Ok(StatusCode::ACCEPTED.into_response())
        })
        .await
}

pub(super) async fn undo(fleet: Fleet, Id(id): Id) -> Result<Response, AppError> {
    Audit::new(&fleet, "job.undo")
        .target(id)
        .run(move |_| async move {
            let parent = find(&fleet, id).await?;
            Ok(started(follow_up::undo(&fleet, &parent).await?))
        })
        .await
}

pub(super) async fn retry(fleet: Fleet, Id(id): Id) -> Result<Response, AppError> {
    Audit::new(&fleet, "job.retry")
        .target(id)
        .run(move |_| async move {
            let parent = find(&fleet, id).await?;
            Ok(started(follow_up::retry(&fleet, &parent).await?))
        })
        .await
}
