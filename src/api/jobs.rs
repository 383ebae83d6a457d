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
    use js_sys::{Reflect, Uint8Array};
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let client = api.client()?;
    let js = |e: wasm_bindgen::JsValue| ApiError::Network(format!("{e:?}"));
    let guard = super::AbortOnDrop(web_sys::AbortController::new().ok());
    let token = client.auth.bearer().await;
    let mut req = gloo_net::http::RequestBuilder::new(&events_path(id))
        .method(Method::GET)
        .header("accept", "text/event-stream");
    if let Some(t) = &token {
        req = req.header("authorization", &format!("Bearer {t}"));
    }
    if let Some(c) = &guard.0 {
        req = req.abort_signal(Some(&c.signal()));
    }
    let resp = req
        .send()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    if !(200..300).contains(&resp.status()) {
        let status = resp.status();
        return Err(ApiError::from_status(
            status,
            &resp.text().await.unwrap_or_default(),
        ));
    }
    let Some(body) = resp.body() else {
        return Ok(());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut events = crate::logic::jobs::EventBuffer::default();
    loop {
        let step = JsFuture::from(reader.read()).await.map_err(js)?;
        if Reflect::get(&step, &"done".into()).map_err(js)?.is_truthy() {
            return Ok(());
        }
        let chunk: Uint8Array = Reflect::get(&step, &"value".into())
            .map_err(js)?
            .unchecked_into();
        for data in events.push(&chunk.to_vec()) {
            if let Ok(job) = serde_json::from_str::<Job>(&data) {
                on_job(job);
            }
        }
    }
}
