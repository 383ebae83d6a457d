//! Bulk changes (run by the proxy as jobs): preview, start, list, one with a page of its
//! items, its progress as it streams, cancel, undo, retry, and its results as CSV.

use ipp::jobs::{Job, JobItemsQuery, JobPage, Preview, Started};
use ipp::Uuid;
use serde_json::Value;

use super::{Api, ApiError, Method};

pub async fn preview(api: Api, body: &Value) -> Result<Preview, ApiError> {
    api.post("/api/jobs/preview", body).await
}

pub async fn start(api: Api, body: &Value) -> Result<Started, ApiError> {
    api.post("/api/jobs", body).await
}

pub const LIST: &str = "/api/jobs";

pub async fn list(api: Api) -> Result<Vec<Job>, ApiError> {
    api.get(LIST).await
}

pub fn path(id: Uuid, query: &JobItemsQuery) -> String {
    format!("/api/jobs/{id}?{}", query.to_query_string())
}

pub async fn get(api: Api, id: Uuid, query: &JobItemsQuery) -> Result<JobPage, ApiError> {
    api.get(&path(id, query)).await
}

/// The job's progress as server-sent events.
pub fn events_path(id: Uuid) -> String {
    format!("/api/jobs/{id}/events")
}

/// Every item with its outcome, as CSV.
pub fn export_path(id: Uuid) -> String {
    format!("/api/jobs/{id}/items.csv")
}

/// Asks a running job to stop before its next device.
pub async fn cancel(api: Api, id: Uuid) -> Result<(), ApiError> {
    api.client()?
        .send(Method::POST, &format!("/api/jobs/{id}/cancel"), None)
        .await
        .map(|_| ())
}

/// A job that puts back what `id` changed; answers the new job.
pub async fn undo(api: Api, id: Uuid) -> Result<Started, ApiError> {
    api.post(&format!("/api/jobs/{id}/undo"), &Value::Null)
        .await
}

/// A job that tries `id`'s failed devices again; answers the new job.
pub async fn retry(api: Api, id: Uuid) -> Result<Started, ApiError> {
    api.post(&format!("/api/jobs/{id}/retry"), &Value::Null)
        .await
}

/// Follows the job's progress as the proxy streams it (server-sent events over a fetch,
/// which, unlike `EventSource`, can carry the operator's token), calling `on_job` with
/// each state, until the job has ended or the stream breaks off. Dropping the future
/// aborts the request.
pub async fn follow(api: Api, id: Uuid, on_job: impl Fn(Job)) -> Result<(), ApiError> {
    let answer = super::stream::open(api, &events_path(id), "text/event-stream").await?;
    let mut events = crate::logic::jobs::EventBuffer::default();
    answer
        .pieces(|piece| {
            for data in events.push(&piece.to_vec()) {
                if let Ok(job) = crate::json::from_str::<Job>(&data) {
                    on_job(job);
                }
            }
        })
        .await
}

/// A batch of codes (a `create_enrollments` job) with all its items, page by page.
pub async fn batch(api: Api, id: Uuid) -> Result<(Job, Vec<ipp::jobs::JobItem>), ApiError> {
    let mut query = JobItemsQuery {
        page_size: ipp::query::MAX_PAGE_SIZE,
        ..JobItemsQuery::default()
    };
    let first = get(api, id, &query).await?;
    let (job, mut items, pages) = (first.job, first.items.content, first.items.total_pages);
    for n in 1..pages {
        query.page_number = n;
        items.extend(get(api, id, &query).await?.items.content);
    }
    Ok((job, items))
}
