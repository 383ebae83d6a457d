//! The proxy in front of an in-test fake upstream that misbehaves: slow, failing, gone,
//! talking nonsense, or sending too much. Each becomes a problem a person can act on.

use std::sync::Arc;
use std::time::Duration;

use axum::routing::any;
use axum::Router;
use ipp::console::Role;
use reqwest::Method;
use serde_json::json;

use crate::common::*;

fn fast_timeouts() -> Opts {
    Opts {
        extra_args: vec![
            "--upstream-timeout-ms".into(),
            "400".into(),
            "--upstream-connect-timeout-ms".into(),
            "300".into(),
        ],
        ..Opts::default()
    }
}

async fn fake(router: Router) -> String {
    format!("http://{}", serve(router).await)
}

#[tokio::test]
async fn a_slow_upstream_is_a_504_that_says_to_try_again() {
    let up = fake(Router::new().fallback(any(|| async {
        tokio::time::sleep(Duration::from_secs(3)).await;
        "late"
    })))
    .await;
    let p = proxy_for(&up, fast_timeouts()).await;
    // The upstream answers after 3 s; a 504 (not its answer) shows the limit held.
    let problem = p
        .get("/api/devices", &token(Role::Viewer))
        .await
        .problem(504);
    assert!(problem["detail"].as_str().unwrap().contains("try again"));
}

#[tokio::test]
async fn a_request_over_the_consoles_own_time_limit_is_a_503_with_the_edge_headers() {
    let up = fake(Router::new().fallback(any(|| async {
        tokio::time::sleep(Duration::from_secs(4)).await;
        "late"
    })))
    .await;
    let opts = Opts {
        extra_args: vec![
            "--request-timeout-secs".into(),
            "1".into(),
            "--upstream-timeout-ms".into(),
            "10000".into(),
        ],
        ..Opts::default()
    };
    let p = proxy_for(&up, opts).await;
    let answer = p.get("/api/devices", &token(Role::Viewer)).await;
    for header in [
        "content-security-policy",
        "x-content-type-options",
        "cache-control",
    ] {
        assert!(
            answer.headers.contains_key(header),
            "no {header}: {answer:?}"
        );
    }
    let problem = answer.problem(503);
    assert!(problem["detail"].as_str().unwrap().contains("try again"));
}

#[tokio::test]
async fn upstream_server_errors_are_502() {
    let up = fake(Router::new().fallback(any(|| async {
        (
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            "boom: stack trace …",
        )
    })))
    .await;
    let p = proxy_for(&up, fast_timeouts()).await;
    let problem = p
        .get("/api/devices", &token(Role::Viewer))
        .await
        .problem(502);
    assert!(problem["detail"].as_str().unwrap().contains("(500)"));
    assert!(
        !problem.to_string().contains("stack trace"),
        "upstream internals are not passed on"
    );
    let body = json!({"name": "x", "metadata": {}, "location_id": null});
    let id = "550e8400-e29b-41d4-a716-446655440000";
    p.call(
        Method::PUT,
        &format!("/api/devices/{id}"),
        Some(&token(Role::Operator)),
        Some(body),
    )
    .await
    .problem(502);
}

#[tokio::test]
async fn a_refused_connection_is_a_502() {
    let p = proxy_for("http://127.0.0.1:9", fast_timeouts()).await;
    let problem = p
        .get("/api/enrollments", &token(Role::Viewer))
        .await
        .problem(502);
    assert!(problem["detail"]
        .as_str()
        .unwrap()
        .contains("could not reach Kustom"));
}

#[tokio::test]
async fn an_unreadable_answer_is_a_502() {
    let up = fake(Router::new().fallback(any(|| async {
        (
            [("content-type", "application/json")],
            "{\"content\": [oops",
        )
    })))
    .await;
    let p = proxy_for(&up, fast_timeouts()).await;
    let problem = p
        .get("/api/devices", &token(Role::Viewer))
        .await
        .problem(502);
    assert!(problem["detail"].as_str().unwrap().contains("cannot read"));
    // A well-formed answer of the wrong shape is just as unreadable.
    let up = fake(Router::new().fallback(any(|| async {
        ([("content-type", "application/json")], "{\"devices\": []}")
    })))
    .await;
    let p = proxy_for(&up, fast_timeouts()).await;
    p.get("/api/devices", &token(Role::Viewer))
        .await
        .problem(502);
}

/// A page as an upstream might send it: a device with its credentials and a field the
/// console does not know, next to `bad` (a device with one field it cannot read).
fn page_with(bad: Option<serde_json::Value>) -> String {
    let good = json!({
        "id": "550e8400-e29b-41d4-a716-446655440000", "hardware_id": "HW-1",
        "merchant_id": "DM10000001", "location_id": null, "name": "Till 1",
        "platform": "ANDROID", "metadata": {"floor": 2}, "created_at": "2024-01-15T10:30:00Z",
        "credentials": {"bearer_token": "device-secret-4711", "issuedAt": "2024-01-15T10:30:00Z"},
        "internal_risk_score": 0.4
    });
    let content: Vec<_> = std::iter::once(good).chain(bad).collect();
    json!({"content": content, "total_elements": 2, "total_pages": 1, "page_number": 0,
           "page_size": 20, "first": true, "last": true})
    .to_string()
}

/// `GET /api/devices` through a proxy whose upstream answers every call with `body`.
async fn devices_from(body: String) -> Answer {
    let up = fake(
        Router::new()
            .route(
                "/ipp/v1/devices",
                any(move || {
                    let body = body.clone();
                    async move { ([("content-type", "application/json")], body) }
                }),
            )
            // No locations, no codes.
            .fallback(any(|| async {
                (
                    [("content-type", "application/json")],
                    json!({"content": [], "total_elements": 0, "total_pages": 0, "page_number": 0,
                        "page_size": 100, "first": true, "last": true})
                    .to_string(),
                )
            })),
    )
    .await;
    let p = proxy_for(&up, fast_timeouts()).await;
    p.get("/api/devices", &token(Role::Viewer)).await
}

#[tokio::test]
async fn a_device_list_keeps_only_what_a_device_is_made_of() {
    let page = devices_from(page_with(None)).await.ok(200);
    let text = page.to_string();
    assert!(!text.contains("device-secret-4711"), "{text}");
    assert!(!text.contains("internal_risk_score"), "{text}");
    let device: ipp::Device = serde_json::from_value(page["content"][0].clone()).unwrap();
    assert_eq!(device.name, "Till 1");
    assert_eq!(device.metadata["floor"], "2");

    let mut bad =
        serde_json::from_str::<serde_json::Value>(&page_with(None)).unwrap()["content"][0].clone();
    bad["created_at"] = json!("last Tuesday");
    let problem = devices_from(page_with(Some(bad))).await.problem(502);
    assert!(problem["detail"].as_str().unwrap().contains("cannot read"));
}

/// One definition decides what a device is: every field of `ipp::Device` reaches the
/// browser, as the upstream sent it, but its credentials. A field added to the type
/// passes through with no edit of the proxy (the fixture sets every field there is).
#[tokio::test]
async fn every_field_of_a_device_but_its_credentials_reaches_the_browser() {
    let full = serde_json::to_value(ipp::fixtures::device_with_everything()).unwrap();
    let page = json!({"content": [full.clone()], "total_elements": 1, "total_pages": 1,
        "page_number": 0, "page_size": 20, "first": true, "last": true});
    let got = devices_from(page.to_string()).await.ok(200);
    let mut expected = full.as_object().unwrap().clone();
    assert!(
        expected.remove("credentials").is_some(),
        "the fixture has credentials"
    );
    assert_eq!(got["content"][0], serde_json::Value::Object(expected));
}

#[tokio::test]
async fn a_huge_answer_is_refused_not_relayed() {
    let up = fake(Router::new().fallback(any(|| async {
        (
            [("content-type", "application/json")],
            vec![b' '; 20 * 1024 * 1024],
        )
    })))
    .await;
    let p = proxy_for(&up, fast_timeouts()).await;
    let problem = p
        .get("/api/devices", &token(Role::Viewer))
        .await
        .problem(502);
    assert!(problem["detail"]
        .as_str()
        .unwrap()
        .contains("larger answer"));
}

#[tokio::test]
async fn a_refused_api_key_is_not_mistaken_for_the_operators_sign_in() {
    let up = fake(Router::new().fallback(any(|| async {
        (
            axum::http::StatusCode::UNAUTHORIZED,
            [("content-type", "application/problem+json")],
            "{\"title\":\"Unauthorized\",\"detail\":\"Access Denied\"}",
        )
    })))
    .await;
    let p = proxy_for(&up, fast_timeouts()).await;
    let problem = p
        .get("/api/devices", &token(Role::Viewer))
        .await
        .problem(502);
    assert!(problem["detail"].as_str().unwrap().contains("API key"));
}

/// A raw upstream that drops the first connection of each GET path without answering,
/// and every PUT; it counts connections per request line.
async fn flaky() -> (
    String,
    Arc<std::sync::Mutex<std::collections::HashMap<String, usize>>>,
) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let seen: Arc<std::sync::Mutex<std::collections::HashMap<String, usize>>> = Arc::default();
    let counts = seen.clone();
    tokio::spawn(async move {
        loop {
            let (mut s, _) = listener.accept().await.unwrap();
            let counts = counts.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 8192];
                let n = s.read(&mut buf).await.unwrap_or(0);
                let head = String::from_utf8_lossy(&buf[..n])
                    .lines()
                    .next()
                    .unwrap_or("")
                    .to_owned();
                let nth = {
                    let mut c = counts.lock().unwrap();
                    let e = c.entry(head.clone()).or_insert(0);
                    *e += 1;
                    *e
                };
                if nth == 1 || head.starts_with("PUT") {
                    return; // dropped: the connection closes before any answer
                }
                let body = if head.starts_with("GET /ipp/v1/devices/550e8400") {
                    r#"{"id":"550e8400-e29b-41d4-a716-446655440000","name":"Till","platform":"IOS","metadata":{},"created_at":"2024-01-15T10:30:00Z","location_id":null}"#
                } else {
                    r#"{"content":[],"total_elements":0,"total_pages":0,"page_number":0,"page_size":20,"first":true,"last":true}"#
                };
                let resp = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len());
                let _ = s.write_all(resp.as_bytes()).await;
            });
        }
    });
    (format!("http://{addr}"), seen)
}

#[tokio::test]
async fn a_get_is_retried_once_when_its_connection_fails_and_a_change_is_not() {
    let (up, seen) = flaky().await;
    let p = proxy_for(&up, fast_timeouts()).await;
    let page = p.get("/api/devices", &token(Role::Viewer)).await.ok(200);
    assert_eq!(page["total_elements"], 0);
    let count = |prefix: &str| {
        seen.lock()
            .unwrap()
            .iter()
            .filter(|(k, _)| k.starts_with(prefix))
            .map(|(_, n)| *n)
            .sum::<usize>()
    };
    assert_eq!(
        count("GET /ipp/v1/devices?"),
        2,
        "one failed attempt, one retry"
    );
    // The update resolves the device with a GET (retried), then sends its PUT once.
    let body = json!({"name": "x", "metadata": {}, "location_id": null});
    let problem = p
        .call(
            Method::PUT,
            "/api/devices/550e8400-e29b-41d4-a716-446655440000",
            Some(&token(Role::Operator)),
            Some(body),
        )
        .await
        .problem(502);
    assert!(problem["detail"]
        .as_str()
        .unwrap()
        .contains("Nothing you entered was lost"));
    assert_eq!(count("GET /ipp/v1/devices/550e8400"), 2);
    assert_eq!(count("PUT "), 1, "a change is never sent twice");
}
