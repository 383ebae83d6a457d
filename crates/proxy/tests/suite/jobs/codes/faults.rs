//! A batch of codes in front of a playground that fails some creates on purpose, on the
//! first create of an item only (so that each item gets through within its attempts):
//! 503 and 429 (nothing made), an answer held past the proxy's time limit and a
//! gateway's 502 after the code was made (made, answer lost), slow answers in time; and
//! one item Kustom refuses until healed. Every item still ends once, no code is made
//! twice (a lost answer is looked for, never sent blindly again), and the refused item's
//! retry makes it. Once as Kustom documents its API (no `created_at`, no `location_id`
//! in an enrollment), once with the playground's extensions.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ipp::console::Role;
use playground::DEMO_MERCHANT;
use serde_json::{json, Value};

use super::{items, made, records_of};
use crate::common::*;
use crate::jobs::{finished, follow_up, start};

/// The item Kustom refuses until healed.
const BROKEN: &str = "10";

#[derive(Default)]
struct Faults {
    /// Creates received, by till.
    creates: Mutex<HashMap<String, usize>>,
    healed: std::sync::atomic::AtomicBool,
    /// (503, 429, held, 502) injected.
    injected: Mutex<[usize; 4]>,
}

async fn inject(State(f): State<Arc<Faults>>, req: Request, next: Next) -> Response {
    if req.method() != axum::http::Method::POST || req.uri().path() != "/ipp/v1/enrollments" {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, 1 << 20).await.unwrap();
    let sent: Value = serde_json::from_slice(&bytes).unwrap_or_default();
    let till = sent["metadata"]["till"].as_str().unwrap_or("").to_owned();
    let req = Request::from_parts(parts, axum::body::Body::from(bytes));
    let n = {
        let mut creates = f.creates.lock().unwrap();
        let n = creates.entry(till.clone()).or_default();
        *n += 1;
        *n
    };
    if till == BROKEN && !f.healed.load(std::sync::atomic::Ordering::SeqCst) {
        let problem = json!({"type": "about:blank", "title": "Unprocessable", "status": 422,
            "detail": "This store cannot take new codes now."});
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            [("content-type", "application/problem+json")],
            problem.to_string(),
        )
            .into_response();
    }
    let i: usize = till.parse().unwrap_or(0);
    let count = |k: usize| f.injected.lock().unwrap()[k] += 1;
    match (n, i % 5) {
        (1, 1) => {
            count(0);
            (StatusCode::SERVICE_UNAVAILABLE, "busy").into_response()
        }
        (1, 2) => {
            count(1);
            (
                StatusCode::TOO_MANY_REQUESTS,
                [("retry-after", "1")],
                "slow down",
            )
                .into_response()
        }
        (1, 3) => {
            // Made, and answered after the proxy stopped waiting.
            count(2);
            let answer = next.run(req).await;
            tokio::time::sleep(Duration::from_millis(4_000)).await;
            answer
        }
        (1, 4) => {
            // Made, and the answer lost on the way back.
            count(3);
            let _ = next.run(req).await;
            (StatusCode::BAD_GATEWAY, "upstream connection reset").into_response()
        }
        _ if i.is_multiple_of(2) => {
            tokio::time::sleep(Duration::from_millis(150)).await;
            next.run(req).await
        }
        _ => next.run(req).await,
    }
}

#[tokio::test]
async fn every_code_ends_once_and_none_is_made_twice_through_lost_answers() {
    for documented_only in [true, false] {
        let faults = Arc::new(Faults::default());
        let store = playground::Store::open(":memory:").unwrap();
        store.seed_demo(chrono::Utc::now()).unwrap();
        let app = playground::app_with(playground::Playground::new(store.clone(), documented_only))
            .layer(axum::middleware::from_fn_with_state(faults.clone(), inject));
        let upstream = format!("http://{}", serve(app).await);
        let flags = [
            "--job-backoff-ms",
            "20",
            "--job-attempts",
            "5",
            // Ample for a create on a busy machine: only the held answers run out.
            "--upstream-timeout-ms",
            "2500",
        ];
        let p = proxy_for(
            &upstream,
            Opts {
                documented_only,
                extra_args: flags.map(String::from).to_vec(),
                ..Opts::default()
            },
        )
        .await;
        let op = token(Role::Operator);
        let locs = locations_of(&store)[..2].to_vec();
        let tag = format!("faulty-{documented_only}");
        let sent = items(&tag, 40, &locs);
        let body = json!({"action": "create_enrollments", "idempotency_key": tag, "items": sent});
        let id = start(&p, &op, body).await;
        let page = finished(&p, &id, &op).await;
        let counts = &page["job"]["counts"];
        assert_eq!(
            counts["done"], 39,
            "documented_only={documented_only}: {page}"
        );
        assert_eq!(counts["failed"], 1, "{page}");
        let injected = *faults.injected.lock().unwrap();
        assert!(injected.iter().all(|n| *n >= 7), "{injected:?}");

        // No code twice; a lost answer was looked for, not sent again.
        let codes = made(&store, &tag);
        let tills: HashSet<String> = codes.iter().map(|c| c.metadata["till"].clone()).collect();
        assert_eq!((codes.len(), tills.len()), (39, 39));
        assert!(!tills.contains(BROKEN));
        let creates = faults.creates.lock().unwrap().clone();
        for (till, n) in &creates {
            let i: usize = till.parse().unwrap();
            let want = match i % 5 {
                _ if till == BROKEN => 1,
                1 | 2 => 2,
                _ => 1,
            };
            assert_eq!(*n, want, "till {till} was sent {n} creates");
        }
        for item in page["items"]["content"].as_array().unwrap() {
            let till = item["spec"]["metadata"]["till"].as_str().unwrap();
            if till == BROKEN {
                assert_eq!(item["outcome"], "failed");
                assert!(
                    item["reason"]
                        .as_str()
                        .unwrap()
                        .contains("cannot take new codes"),
                    "{item}"
                );
                continue;
            }
            let code = codes.iter().find(|c| c.metadata["till"] == till).unwrap();
            assert_eq!(
                item["enrollment_id"],
                code.enrollment_id.to_string(),
                "{item}"
            );
            let asked = &sent[till.parse::<usize>().unwrap()];
            let at = store
                .get_enrollment(DEMO_MERCHANT, code.enrollment_id, chrono::Utc::now())
                .unwrap()
                .unwrap();
            assert_eq!(at.location_id.unwrap().to_string(), asked["location_id"]);
        }
        // One record per item, as it ended.
        let records = records_of(&p, &op, &id).await;
        assert_eq!(records.len(), 40, "{records:?}");
        assert_eq!(
            records.iter().filter(|r| r["outcome"] == "applied").count(),
            39
        );
        assert_eq!(
            records.iter().filter(|r| r["outcome"] == "refused").count(),
            1
        );

        // Healed: the retry is a job of its own, linked, that makes the one code.
        faults
            .healed
            .store(true, std::sync::atomic::Ordering::SeqCst);
        let retry = follow_up(&p, &op, &id, "retry").await;
        let again = finished(&p, &retry, &op).await;
        assert_eq!(again["job"]["parent_id"], id.as_str());
        assert_eq!(
            (
                again["job"]["total"].clone(),
                again["job"]["counts"]["done"].clone()
            ),
            (json!(1), json!(1)),
            "{again}"
        );
        assert_eq!(
            again["items"]["content"][0]["spec"]["metadata"]["till"],
            BROKEN
        );
        assert_eq!(made(&store, &tag).len(), 40);
    }
}
