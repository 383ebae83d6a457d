//! The proxy killed (SIGKILL) under a stream of changes and started again on the same
//! console database: every change Kustom made has its record, applied, exactly once;
//! nothing is left unfinished.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use futures::StreamExt;
use ipp::console::Role;
use playground::DEMO_MERCHANT;
use serde_json::{json, Value};

use crate::common::*;

#[tokio::test]
async fn killed_under_a_stream_of_changes_every_applied_change_has_one_record() {
    // A playground that takes a while over each change (before and after making it), so
    // that the kill finds changes in flight on both sides of Kustom making them.
    let store = playground::Store::open(":memory:").unwrap();
    store.seed_demo(chrono::Utc::now()).unwrap();
    store
        .seed_devices(DEMO_MERCHANT, 80, chrono::Utc::now())
        .unwrap();
    async fn slow(
        req: axum::extract::Request,
        next: axum::middleware::Next,
    ) -> axum::response::Response {
        let change = req.method() == axum::http::Method::PUT;
        if change {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let answer = next.run(req).await;
        if change {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        answer
    }
    let app = playground::app_with(playground::Playground::new(store.clone(), false))
        .layer(axum::middleware::from_fn(slow));
    let upstream = format!("http://{}", serve(app).await);
    let data = std::env::temp_dir().join(format!("console-killed-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&data).unwrap();
    let client = reqwest::Client::new();
    let admin = token(Role::Admin);
    let devices = fleet(&store);
    let renamed = |d: &ipp::Device| format!("Killed {}", &d.id.to_string()[..8]);

    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut proxy = spawn(&upstream, &data, port, &[]);
    up(&client, &base).await;
    // Renames, four at a time, until the process is killed.
    let stream = {
        let (client, base, admin, devices) =
            (client.clone(), base.clone(), admin.clone(), devices.clone());
        tokio::spawn(async move {
            let mut sent = futures::stream::iter(devices.into_iter().map(|d| {
                let (client, base, admin) = (client.clone(), base.clone(), admin.clone());
                async move {
                    let body = json!({"name": format!("Killed {}", &d.id.to_string()[..8]), "location_id": d.location_id, "metadata": d.metadata});
                    let _ = client.put(format!("{base}/api/devices/{}", d.id)).bearer_auth(&admin).header("content-type", "application/json").body(body.to_string()).send().await;
                }
            }))
            .buffer_unordered(4);
            while sent.next().await.is_some() {}
        })
    };
    // Killed once Kustom has made a good part of them.
    let made = |store: &playground::Store| {
        fleet(store)
            .iter()
            .filter(|d| d.name.starts_with("Killed "))
            .count()
    };
    let until = Instant::now() + Duration::from_secs(20);
    while made(&store) < 20 && Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    proxy.start_kill().unwrap();
    proxy.wait().await.unwrap();
    stream.abort();
    let at_kill = made(&store);
    assert!(
        at_kill >= 20 && at_kill < devices.len(),
        "killed mid-stream ({at_kill} of {} made)",
        devices.len()
    );

    // Started again on the same database: what the killed process left unfinished is
    // settled once its heartbeat is old enough.
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let _again = spawn(&upstream, &data, port, &[]);
    up(&client, &base).await;
    let until = Instant::now() + Duration::from_secs(60);
    let trail: Vec<Value> = loop {
        let answer = client
            .get(format!("{base}/api/activity?page_size=100"))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap();
        let page: Value = serde_json::from_str(&answer.text().await.unwrap()).unwrap();
        let trail = page["content"].as_array().unwrap().clone();
        if trail.iter().all(|r| r["outcome"] != "attempted") || Instant::now() > until {
            break trail;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    };
    let settled = trail
        .iter()
        .filter(|r| {
            r["reason"]
                .as_str()
                .is_some_and(|why| why.contains("stopped while making"))
        })
        .count();
    assert!(
        settled > 0,
        "the kill left changes in flight, settled after the restart: {trail:?}"
    );
    assert!(
        trail.iter().all(|r| r["outcome"] != "attempted"),
        "nothing left unfinished: {trail:?}"
    );
    let mut per_device: HashMap<String, Vec<&Value>> = HashMap::new();
    for r in &trail {
        per_device
            .entry(r["target"]["id"].as_str().unwrap().to_owned())
            .or_default()
            .push(r);
    }
    let now = fleet(&store);
    for d in &now {
        let records = per_device
            .get(&d.id.to_string())
            .map(Vec::as_slice)
            .unwrap_or_default();
        assert!(records.len() <= 1, "one record per change: {records:?}");
        if d.name == renamed(d) {
            assert_eq!(
                records.len(),
                1,
                "{} was renamed at Kustom but has no record",
                d.id
            );
            assert_eq!(records[0]["outcome"], "applied", "{:?}", records[0]);
        } else if let Some(r) = records.first() {
            assert_ne!(
                r["outcome"], "applied",
                "recorded as made but not made: {r}"
            );
        }
    }
}
