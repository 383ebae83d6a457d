//! How the index stays true to the upstream: changes through this proxy show at once
//! (also when a read is under way), changes elsewhere within the interval, "Refresh" at
//! most once per 10 s, and a failed read keeps the last copy, marked stale.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::http::StatusCode;
use axum::routing::any;
use axum::Router;

use super::*;

fn named(page: &Value, id: &str) -> Option<String> {
    page["content"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == id)
        .map(|d| d["name"].as_str().unwrap().to_owned())
}

#[tokio::test]
async fn a_change_made_here_shows_at_once_even_while_a_read_runs() {
    // One page at a time, so that a read takes a while.
    let p = fleet(
        1500,
        Opts {
            extra_args: vec!["--index-concurrency".into(), "1".into()],
            ..Opts::default()
        },
    )
    .await;
    let op = token(Role::Admin);
    p.get("/api/devices", &op).await.ok(200);
    p.upstream.clear();
    // The first device the upstream lists: a read has it before the change is made.
    let first = all_devices(&p).remove(0);
    let id = first.id.to_string();
    let body = json!({"name": "Renamed during a read", "metadata": first.metadata, "location_id": first.location_id});
    let refresh = p.call(Method::POST, "/api/devices/refresh", Some(&op), None);
    let change = async {
        // Until the read is under way.
        while !p
            .upstream
            .take()
            .iter()
            .any(|s| s.path_and_query.contains("page_number=1&"))
        {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        p.call(
            Method::PUT,
            &format!("/api/devices/{id}"),
            Some(&op),
            Some(body),
        )
        .await
    };
    let (refreshed, changed) = tokio::join!(refresh, change);
    refreshed.ok(200);
    changed.ok(200);
    let page = p.get(&format!("/api/devices?q={id}"), &op).await.ok(200);
    assert_eq!(named(&page, &id).as_deref(), Some("Renamed during a read"));
    // Deregistered: gone from the list at once.
    p.call(
        Method::DELETE,
        &format!("/api/devices/{id}"),
        Some(&op),
        None,
    )
    .await
    .ok(204);
    let page = p.get(&format!("/api/devices?q={id}"), &op).await.ok(200);
    assert_eq!(page["total_elements"], 0);
}

#[tokio::test]
async fn a_device_paired_at_the_pos_app_shows_once_its_code_is_read() {
    for documented_only in [false, true] {
        let p = fleet(0, documented(documented_only)).await;
        let op = token(Role::Operator);
        let loc = p.locations()[0].clone();
        let run = uuid::Uuid::new_v4().simple().to_string();
        let e = new_code(
            &p,
            &op,
            json!({"location_id": loc, "metadata": {"run": run}}),
        )
        .await;
        let before = p.get("/api/overview", &op).await.ok(200);
        let pending = |o: &Value| store_of(o, &loc)["pending_codes"].as_u64().unwrap();
        // The clerk enters the code in the POS app: straight at the upstream.
        let store = p.store.as_ref().unwrap();
        let code = e["enrollment_code"].as_str().unwrap();
        let pos = ipp::RegisterDevice {
            enrollment_code: code.into(),
            hardware_id: format!("POS-{run}"),
            platform: ipp::Platform::Ios,
            name: Some(format!("POS {run}")),
        };
        store
            .register_device(
                &pos,
                "pos-app",
                playground::RedemptionLimit::default(),
                chrono::Utc::now(),
            )
            .unwrap();
        let listed = p
            .get(&format!("/api/devices?metadata=run:{run}"), &op)
            .await
            .ok(200);
        assert_eq!(listed["total_elements"], 0, "not known here yet");
        // The pairing card reads the code: now the list has the device.
        let card = p
            .get(
                &format!("/api/enrollments/{}", e["enrollment_id"].as_str().unwrap()),
                &op,
            )
            .await
            .ok(200);
        assert_eq!(card["status"], "CONSUMED", "{card}");
        let listed = p
            .get(&format!("/api/devices?metadata=run:{run}"), &op)
            .await
            .ok(200);
        assert_eq!(
            listed["total_elements"], 1,
            "documented_only={documented_only}"
        );
        assert_eq!(
            pending(&p.get("/api/overview", &op).await.ok(200)),
            pending(&before) - 1
        );
    }
}

#[tokio::test]
async fn a_change_made_elsewhere_shows_within_the_interval() {
    let p = fleet(
        0,
        Opts {
            extra_args: vec!["--index-refresh-secs".into(), "1".into()],
            ..Opts::default()
        },
    )
    .await;
    let viewer = token(Role::Viewer);
    let before = p.get("/api/devices", &viewer).await.ok(200);
    assert_eq!(before["total_elements"], 12);
    let first_as_of = before["as_of"].as_str().unwrap().to_owned();
    // Not through the console: straight at the upstream.
    p.store
        .as_ref()
        .unwrap()
        .seed_devices(DEMO_MERCHANT, 3, chrono::Utc::now())
        .unwrap();
    let mut seen = 0;
    for _ in 0..100 {
        let now = p.get("/api/devices", &viewer).await.ok(200);
        seen = now["total_elements"].as_u64().unwrap();
        if seen == 15 {
            assert_ne!(now["as_of"], first_as_of.as_str(), "a newer read");
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(seen, 15, "the background read found the new devices");
}

#[tokio::test]
async fn refresh_on_demand_at_most_once_per_10_seconds() {
    let p = fleet(0, Opts::default()).await;
    let viewer = token(Role::Viewer);
    let done = p
        .call(Method::POST, "/api/devices/refresh", Some(&viewer), None)
        .await
        .ok(200);
    assert_eq!(done["total"], 12);
    assert!(done["as_of"].as_str().is_some());
    let again = p
        .call(Method::POST, "/api/devices/refresh", Some(&viewer), None)
        .await;
    let retry: u64 = again.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=10).contains(&retry), "{retry}");
    let problem = again.problem(429);
    assert!(problem["detail"].as_str().unwrap().contains("Try again in"));
    // No token, no refresh.
    p.call(Method::POST, "/api/devices/refresh", None, None)
        .await
        .problem(401);
}

#[tokio::test]
async fn a_failed_read_keeps_the_last_copy_marked_stale() {
    let failing = Arc::new(AtomicBool::new(false));
    let fail = failing.clone();
    let device = json!({"id": "550e8400-e29b-41d4-a716-446655440000", "hardware_id": "HW-1",
        "merchant_id": DEMO_MERCHANT, "location_id": "660e8400-e29b-41d4-a716-446655440001",
        "name": "Till 1", "platform": "IOS", "metadata": {}, "created_at": "2026-01-15T10:30:00Z"});
    let up = serve(
        Router::new().fallback(any(move |req: axum::extract::Request| {
            let fail = fail.load(Ordering::SeqCst);
            let device = device.clone();
            async move {
                if fail {
                    return (StatusCode::SERVICE_UNAVAILABLE, "{}".to_owned());
                }
                let content = if req.uri().path() == "/ipp/v1/devices" {
                    vec![device]
                } else {
                    vec![]
                };
                let n = content.len();
                (
                StatusCode::OK,
                json!({"content": content, "total_elements": n, "total_pages": 1, "page_number": 0,
                    "page_size": 100, "first": true, "last": true})
                .to_string(),
            )
            }
        })),
    )
    .await;
    let p = proxy_for(&format!("http://{up}"), Opts::default()).await;
    let viewer = token(Role::Viewer);
    let fresh = p.get("/api/devices", &viewer).await.ok(200);
    assert_eq!(fresh["stale"], false);
    failing.store(true, Ordering::SeqCst);
    let refresh = p
        .call(Method::POST, "/api/devices/refresh", Some(&viewer), None)
        .await;
    assert_eq!(refresh.status.as_u16(), 502, "{}", refresh.text);
    let stale = p.get("/api/devices", &viewer).await.ok(200);
    assert_eq!(stale["stale"], true);
    assert_eq!(stale["total_elements"], 1, "the last copy");
    assert_eq!(stale["as_of"], fresh["as_of"]);
    let metrics = p.send(p.client.get(p.url("/metrics"))).await.text;
    assert!(
        metrics.contains(&format!(
            "console_fleet_index_failed_refreshes{{merchant=\"{DEMO_MERCHANT}\"}} 1"
        )),
        "{metrics}"
    );
    assert!(metrics.contains(&format!(
        "console_fleet_index_devices{{merchant=\"{DEMO_MERCHANT}\"}} 1"
    )));
    assert!(metrics.contains("console_fleet_index_age_seconds{"));
}

#[tokio::test]
async fn a_first_read_that_fails_is_a_problem_and_the_next_request_tries_again() {
    let failing = Arc::new(AtomicBool::new(true));
    let fail = failing.clone();
    let up = serve(Router::new().fallback(any(move || {
        let fail = fail.load(Ordering::SeqCst);
        async move {
            if fail {
                return (StatusCode::BAD_GATEWAY, "{}".to_owned());
            }
            (
                StatusCode::OK,
                json!({"content": [], "total_elements": 0, "total_pages": 0, "page_number": 0,
                    "page_size": 100, "first": true, "last": true})
                .to_string(),
            )
        }
    })))
    .await;
    let p = proxy_for(&format!("http://{up}"), Opts::default()).await;
    let viewer = token(Role::Viewer);
    p.get("/api/devices", &viewer).await.problem(502);
    failing.store(false, Ordering::SeqCst);
    let empty = p.get("/api/devices", &viewer).await.ok(200);
    assert_eq!(empty["total_elements"], 0);
}

#[tokio::test]
async fn a_list_that_never_ends_is_read_only_so_far() {
    let calls = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let counted = calls.clone();
    // Every page says there is another, each with a new device, and claims few in all.
    let up = serve(
        Router::new().fallback(any(move |req: axum::extract::Request| {
            let n = counted.fetch_add(1, Ordering::SeqCst);
            async move {
                let content = if req.uri().path() == "/ipp/v1/devices" {
                    vec![
                        json!({"id": uuid::Uuid::new_v4(), "hardware_id": format!("HW-{n}"),
                    "merchant_id": DEMO_MERCHANT, "name": "Endless", "platform": "IOS",
                    "metadata": {}, "created_at": "2026-01-15T10:30:00Z"}),
                    ]
                } else {
                    vec![]
                };
                (
                    StatusCode::OK,
                    json!({"content": content, "total_elements": 5, "total_pages": 1_000_000,
                    "page_number": 0, "page_size": 1, "first": false, "last": false})
                    .to_string(),
                )
            }
        })),
    )
    .await;
    let p = proxy_for(
        &format!("http://{up}"),
        Opts {
            extra_args: vec!["--index-max-devices".into(), "20".into()],
            ..Opts::default()
        },
    )
    .await;
    let list = p.get("/api/devices", &token(Role::Viewer)).await.ok(200);
    assert_eq!(list["indexed"], false, "not taken for a fleet of 5");
    let made = calls.load(Ordering::SeqCst);
    assert!(made < 60, "{made} upstream calls");
}
