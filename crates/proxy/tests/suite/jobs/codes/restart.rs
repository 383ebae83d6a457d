//! The proxy killed (SIGKILL) in the middle of a batch of codes and started again on the
//! same database: the batch resumes once its lease has expired, a create that was under
//! way is looked for before it is sent again, and every code is made exactly once, with
//! one applied record each.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ipp::console::Role;
use serde_json::{json, Value};

use super::{items, made};
use crate::common::*;
use crate::jobs::restart::get;

#[tokio::test]
async fn a_batch_killed_midway_resumes_and_makes_each_code_once() {
    let store = playground::Store::open(":memory:").unwrap();
    store.seed_demo(chrono::Utc::now()).unwrap();
    // Each create takes a while on both sides of being made, so that the kill finds
    // some in flight: made with no answer, or not made yet.
    let creates = Arc::new(Mutex::new(HashMap::<String, usize>::new()));
    let seen = creates.clone();
    let slow = move |req: axum::extract::Request, next: axum::middleware::Next| {
        let seen = seen.clone();
        async move {
            let create = req.method() == axum::http::Method::POST
                && req.uri().path() == "/ipp/v1/enrollments";
            if !create {
                return next.run(req).await;
            }
            let (parts, body) = req.into_parts();
            let bytes = axum::body::to_bytes(body, 1 << 20).await.unwrap();
            let sent: Value = serde_json::from_slice(&bytes).unwrap_or_default();
            let till = sent["metadata"]["till"].as_str().unwrap_or("").to_owned();
            *seen.lock().unwrap().entry(till).or_default() += 1;
            tokio::time::sleep(Duration::from_millis(25)).await;
            let req = axum::extract::Request::from_parts(parts, axum::body::Body::from(bytes));
            let answer = next.run(req).await;
            tokio::time::sleep(Duration::from_millis(25)).await;
            answer
        }
    };
    let app = playground::app_with(playground::Playground::new(store.clone(), false))
        .layer(axum::middleware::from_fn(slow));
    let upstream = format!("http://{}", serve(app).await);
    let data = std::env::temp_dir().join(format!("console-codes-killed-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&data).unwrap();
    let flags = ["--job-lease-secs", "3", "--job-concurrency", "2"];
    let client = reqwest::Client::new();
    let op = token(Role::Operator);
    let locs = locations_of(&store)[..2].to_vec();
    let sent = items("killed", 60, &locs);

    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut proxy = spawn(&upstream, &data, port, &flags);
    up(&client, &base).await;
    let body =
        json!({"action": "create_enrollments", "idempotency_key": "killed-batch", "items": sent});
    let started = (client.post(format!("{base}/api/jobs")).bearer_auth(&op))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(started.status(), 202);
    let id = serde_json::from_str::<Value>(&started.text().await.unwrap()).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let until = Instant::now() + Duration::from_secs(30);
    while made(&store, "killed").len() < 15 && Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    proxy.start_kill().unwrap();
    proxy.wait().await.unwrap();
    let at_kill = made(&store, "killed").len();
    assert!((15..60).contains(&at_kill), "killed midway ({at_kill})");

    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let _again = spawn(&upstream, &data, port, &flags);
    up(&client, &base).await;
    let until = Instant::now() + Duration::from_secs(60);
    let page = loop {
        let page = get(&client, format!("{base}/api/jobs/{id}?page_size=100"), &op).await;
        if page["job"]["status"] == "done" || Instant::now() > until {
            break page;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(page["job"]["status"], "done", "{page}");
    assert_eq!(page["job"]["counts"]["done"], 60, "{page}");
    // Each code once, the one its item names (made before the kill or after).
    super::each_made_once(&store, "killed", &sent, &page);
    // One applied record per code, none left unfinished.
    let mut records = Vec::new();
    for n in 0.. {
        let url =
            format!("{base}/api/activity?action=enrollment.create&page_size=100&page_number={n}");
        let got = get(&client, url, &op).await;
        records.extend(got["content"].as_array().unwrap().iter().cloned());
        if got["last"] == true {
            break;
        }
    }
    let mut per_code: HashMap<String, usize> = HashMap::new();
    for r in &records {
        assert_eq!(r["job_id"], id.as_str());
        assert_eq!(r["outcome"], "applied", "{r}");
        *per_code
            .entry(r["target"]["id"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    assert_eq!(records.len(), 60);
    assert!(per_code.values().all(|n| *n == 1));
    // Kustom was asked for each code once, but for a create the kill cut off before it
    // was made (sent again once nothing was found made).
    let creates = creates.lock().unwrap();
    let twice = creates.values().filter(|n| **n > 1).count();
    assert!(twice <= 2, "{twice} codes were asked for twice");
    assert!(creates.values().all(|n| *n <= 2));
}
