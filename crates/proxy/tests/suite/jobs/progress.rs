//! A job's progress, streamed as server-sent events until it ends.

use std::time::Duration;

use ipp::console::Role;
use serde_json::{json, Value};

use super::{devices_at, start};
use crate::common::*;

#[tokio::test]
async fn progress_streams_as_server_sent_events_until_the_end() {
    let p = stack(Opts::default()).await;
    let op = token(Role::Operator);
    let loc = &p.locations()[0];
    let ids: Vec<String> = devices_at(&p, loc)
        .iter()
        .map(|d| d.id.to_string())
        .collect();
    let id = start(
        &p,
        &op,
        json!({"action": "set_metadata", "targets": ids, "key": "wave",
        "value": "1", "idempotency_key": "sse"}),
    )
    .await;
    let resp = p
        .client
        .get(p.url(&format!("/api/jobs/{id}/events")))
        .bearer_auth(&op)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.headers()["content-type"], "text/event-stream");
    // The stream ends by itself once the job has.
    let text = tokio::time::timeout(Duration::from_secs(30), resp.text())
        .await
        .expect("the stream ends with the job")
        .unwrap();
    let events: Vec<Value> = text
        .lines()
        .filter_map(|l| l.strip_prefix("data: "))
        .map(|d| serde_json::from_str(d).unwrap())
        .collect();
    assert!(text.contains("event: progress"));
    let last = events.last().unwrap();
    assert_eq!(last["status"], "done", "{text}");
    assert_eq!(last["counts"]["done"], ids.len());
}
