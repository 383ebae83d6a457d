//! A job in front of a playground that fails some calls on purpose: one in ten answered
//! 503, one in thirteen 429 with Retry-After, one in seven slow, and one device whose
//! every change fails until it is healed. Every item still gets exactly one outcome and
//! one record; the failed one is retried by a job of its own.
//!
//! A fault is injected only into the first call of a method on a device, so that every
//! call but the broken device's succeeds within its attempts: faults counted over all
//! calls at once could, with four items in flight, land five in a row on one item.

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ipp::console::Role;
use playground::DEMO_MERCHANT;
use reqwest::Method;
use serde_json::json;

use super::{finished, follow_up, outcomes, start};
use crate::common::*;

#[derive(Default)]
struct Faults {
    calls: AtomicUsize,
    /// Method and path of every call seen, so that only a first call gets a fault.
    seen: Mutex<HashSet<String>>,
    /// Every change of this device fails (503) until healed.
    broken: Mutex<Option<String>>,
    healed: AtomicBool,
    injected_503: AtomicUsize,
    injected_429: AtomicUsize,
    /// Every device call takes 100 ms (and no fault is injected).
    slow: AtomicBool,
}

async fn inject(State(f): State<Arc<Faults>>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    if !path.starts_with("/ipp/v1/devices/") {
        return next.run(req).await;
    }
    let n = f.calls.fetch_add(1, Ordering::SeqCst);
    if f.slow.load(Ordering::SeqCst) {
        tokio::time::sleep(Duration::from_millis(100)).await;
        return next.run(req).await;
    }
    let broken = f.broken.lock().unwrap().clone();
    if req.method() == axum::http::Method::PUT
        && !f.healed.load(Ordering::SeqCst)
        && broken.is_some_and(|b| path.ends_with(&b))
    {
        return (StatusCode::SERVICE_UNAVAILABLE, "down for this one").into_response();
    }
    let first = f
        .seen
        .lock()
        .unwrap()
        .insert(format!("{} {path}", req.method()));
    if first && n % 10 == 3 {
        f.injected_503.fetch_add(1, Ordering::SeqCst);
        return (StatusCode::SERVICE_UNAVAILABLE, "busy").into_response();
    }
    if first && n % 13 == 5 {
        f.injected_429.fetch_add(1, Ordering::SeqCst);
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [("retry-after", "1")],
            "slow down",
        )
            .into_response();
    }
    if n % 7 == 0 {
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    next.run(req).await
}

/// A playground of 72 devices behind the fault injector, and the proxy in front.
async fn faulty(faults: &Arc<Faults>) -> (playground::Store, Proxy) {
    let store = playground::Store::open(":memory:").unwrap();
    store.seed_demo(chrono::Utc::now()).unwrap();
    store
        .seed_devices(DEMO_MERCHANT, 60, chrono::Utc::now())
        .unwrap();
    let app = playground::app_with(playground::Playground::new(store.clone(), false))
        .layer(axum::middleware::from_fn_with_state(faults.clone(), inject));
    let upstream = format!("http://{}", serve(app).await);
    let p = proxy_for(
        &upstream,
        Opts {
            extra_args: ["--job-backoff-ms", "20", "--job-attempts", "5"]
                .map(String::from)
                .to_vec(),
            ..Opts::default()
        },
    )
    .await;
    (store, p)
}

#[tokio::test]
async fn every_item_ends_once_through_503s_429s_and_slow_answers() {
    let faults = Arc::new(Faults::default());
    let (store, p) = faulty(&faults).await;
    let devices = fleet(&store);
    *faults.broken.lock().unwrap() = Some(devices[5].id.to_string());
    let op = token(Role::Operator);
    let ids: Vec<String> = devices.iter().map(|d| d.id.to_string()).collect();
    let body = json!({"action": "set_metadata", "targets": ids, "key": "audit",
        "value": "2026-12", "idempotency_key": "faulty"});
    let id = start(&p, &op, body).await;
    let page = finished(&p, &id, &op).await;
    let counts = &page["job"]["counts"];
    assert_eq!(counts["done"], devices.len() - 1, "{page}");
    assert_eq!(counts["failed"], 1, "{page}");
    assert!(faults.injected_503.load(Ordering::SeqCst) > 3);
    assert!(faults.injected_429.load(Ordering::SeqCst) > 2);
    let failed = p
        .get(&format!("/api/jobs/{id}?outcome=failed"), &op)
        .await
        .ok(200);
    let item = &failed["items"]["content"][0];
    assert_eq!(item["device_id"], ids[5].as_str());
    assert!(
        item["reason"].as_str().unwrap().contains("Kustom"),
        "{item}"
    );
    for d in fleet(&store) {
        let tagged = d.metadata.get("audit").map(String::as_str) == Some("2026-12");
        assert_eq!(tagged, d.id != devices[5].id, "{}", d.id);
    }
    // One record per item, matching its outcome.
    let trail = p
        .get("/api/activity?page_size=100&action=device.update", &op)
        .await
        .ok(200);
    let records = trail["content"].as_array().unwrap();
    assert_eq!(records.len(), devices.len());
    for (device, outcome) in outcomes(&page) {
        let of: Vec<_> = records
            .iter()
            .filter(|r| r["target"]["id"] == device.as_str())
            .collect();
        assert_eq!(of.len(), 1, "{device}");
        let want = if outcome == "done" {
            "applied"
        } else {
            "failed"
        };
        assert_eq!(of[0]["outcome"], want, "{device}: {}", of[0]);
    }

    // Healed: "retry the failed" is a job of its own, linked to the first.
    faults.healed.store(true, Ordering::SeqCst);
    let retry = follow_up(&p, &op, &id, "retry").await;
    let again = finished(&p, &retry, &op).await;
    assert_eq!(again["job"]["parent_id"], id.as_str());
    assert_eq!(again["job"]["total"], 1);
    assert_eq!(again["job"]["counts"]["done"], 1, "{again}");
    let healed = store
        .get_device(DEMO_MERCHANT, devices[5].id)
        .unwrap()
        .unwrap();
    assert_eq!(healed.metadata["audit"], "2026-12");
}

#[tokio::test]
async fn a_cancelled_job_stops_before_its_next_device() {
    let faults = Arc::new(Faults::default());
    faults.slow.store(true, Ordering::SeqCst);
    let (store, p) = faulty(&faults).await;
    let op = token(Role::Operator);
    let body = json!({"action": "set_metadata", "filter": "", "key": "stop", "value": "1",
        "idempotency_key": "to-cancel"});
    let id = start(&p, &op, body).await;
    // Some devices in, then cancelled.
    let until = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let j = p.get(&format!("/api/jobs/{id}"), &op).await.ok(200);
        if j["job"]["counts"]["done"].as_u64().unwrap() >= 4 || std::time::Instant::now() > until {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    p.call(
        Method::POST,
        &format!("/api/jobs/{id}/cancel"),
        Some(&op),
        None,
    )
    .await
    .ok(202);
    let page = finished(&p, &id, &op).await;
    let counts = &page["job"]["counts"];
    assert_eq!(page["job"]["status"], "cancelled", "{page}");
    assert!(counts["pending"].as_u64().unwrap() > 0, "{page}");
    let done = counts["done"].as_u64().unwrap();
    let tagged = fleet(&store)
        .iter()
        .filter(|d| d.metadata.contains_key("stop"))
        .count() as u64;
    assert_eq!(
        tagged, done,
        "every device changed is counted, and no other"
    );
    // Ended: nothing to cancel; what it did can be undone.
    p.call(
        Method::POST,
        &format!("/api/jobs/{id}/cancel"),
        Some(&op),
        None,
    )
    .await
    .problem(409);
    assert_eq!(page["job"]["reversible"], true);
}
