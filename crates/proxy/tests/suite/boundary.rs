//! The trust boundary under attack: slow clients, changes cut short, hostile upstream
//! answers, tokens at the edges of what they can say, secrets echoed back, amplification.
//! Each test names what must hold.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::Request;
use axum::http::StatusCode;
use axum::routing::any;
use axum::Router;
use clap::Parser;
use ipp::console::Role;
use jsonwebtoken::{Algorithm, EncodingKey};
use reqwest::Method;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::common::*;

const DEVICE: &str = "550e8400-e29b-41d4-a716-446655440000";
const MINE: &str = "660e8400-e29b-41d4-a716-446655440001";
const THEIRS: &str = "770e8400-e29b-41d4-a716-446655440002";

fn device(id: &str, location: &str, merchant: &str) -> Value {
    json!({"id": id, "hardware_id": format!("HW-{}", &id[..4]), "merchant_id": merchant,
           "location_id": location, "name": format!("Till {}", &id[..4]), "platform": "IOS",
           "metadata": {"till": "1"}, "created_at": "2024-01-15T10:30:00Z"})
}

fn page(content: Vec<Value>, last: bool) -> Value {
    json!({"content": content, "total_elements": 1000, "total_pages": 10, "page_number": 0,
           "page_size": 100, "first": true, "last": last})
}

/// A fake upstream: `answer` gets each request's method and path-and-query and says
/// what to answer; every request is recorded.
#[derive(Clone, Default)]
struct Seen(Arc<Mutex<Vec<String>>>);

impl Seen {
    fn all(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
    fn count(&self, prefix: &str) -> usize {
        self.all().iter().filter(|s| s.starts_with(prefix)).count()
    }
}

async fn upstream<F, Fut>(answer: F) -> (String, Seen)
where
    F: Fn(String) -> Fut + Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = (StatusCode, Value)> + Send,
{
    let seen = Seen::default();
    let record = seen.clone();
    let router = Router::new().fallback(any(move |req: Request| {
        let answer = answer.clone();
        let record = record.clone();
        async move {
            let line = format!(
                "{} {}",
                req.method(),
                req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("")
            );
            record.0.lock().unwrap().push(line.clone());
            let (status, body) = answer(line).await;
            (
                status,
                [("content-type", "application/json")],
                body.to_string(),
            )
        }
    }));
    (format!("http://{}", serve(router).await), seen)
}

fn args(a: &[&str]) -> Opts {
    Opts {
        extra_args: a.iter().map(|s| (*s).to_owned()).collect(),
        ..Opts::default()
    }
}

/// Waits until `check` holds, or fails after a generous `limit` (a bound on
/// correctness, not a speed figure).
async fn eventually(what: &str, limit: Duration, mut check: impl FnMut() -> bool) {
    let until = Instant::now() + limit;
    while !check() {
        assert!(Instant::now() < until, "never happened: {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn audit_of_target(target: &str) -> Vec<Value> {
    logs()
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v["target"] == "audit" && v["target_id"] == target)
        .collect()
}

// ---- 3. Slow clients ----

/// Sends `bytes` a byte at a time, one a second, until the server closes; returns
/// whether it was closed (rather than the test giving up).
async fn dribble(addr: std::net::SocketAddr, bytes: &'static [u8]) -> bool {
    let mut s = TcpStream::connect(addr).await.unwrap();
    for b in bytes.iter().cycle().take(120) {
        if s.write_all(&[*b]).await.is_err() {
            return true;
        }
        let mut buf = [0u8; 256];
        match tokio::time::timeout(Duration::from_secs(1), s.read(&mut buf)).await {
            Ok(Ok(0) | Err(_)) => return true,
            // An answer (408 or 503) and then the close.
            Ok(Ok(_)) => {}
            Err(_) => {}
        }
    }
    false
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_client_is_cut_off_within_the_time_limit_and_others_are_served() {
    let p = stack(args(&["--request-timeout-secs", "2"])).await;
    let addr = p.addr;
    let started = Instant::now();
    // 200 clients sending their head a byte a second, and a few sending a body that way.
    let mut slow: Vec<_> = (0..200)
        .map(|_| tokio::spawn(dribble(addr, b"GET /api/devices HTTP/1.1\r\nHost: x\r\n")))
        .collect();
    let body_head = format!(
        "PUT /api/devices/{DEVICE} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {}\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{{",
        token(Role::Operator)
    );
    // The head goes at once, the body a byte a second.
    let mut body_clients = Vec::new();
    for _ in 0..3 {
        let body_head = body_head.clone();
        body_clients.push(tokio::spawn(async move {
            let mut s = TcpStream::connect(addr).await.unwrap();
            s.write_all(body_head.as_bytes()).await.unwrap();
            let mut answer = Vec::new();
            let mut closed = false;
            for _ in 0..120 {
                if s.write_all(b" ").await.is_err() {
                    closed = true;
                    break;
                }
                let mut buf = [0u8; 1024];
                match tokio::time::timeout(Duration::from_secs(1), s.read(&mut buf)).await {
                    Ok(Ok(0) | Err(_)) => {
                        closed = true;
                        break;
                    }
                    Ok(Ok(n)) => answer.extend_from_slice(&buf[..n]),
                    Err(_) => {}
                }
            }
            (String::from_utf8_lossy(&answer).into_owned(), closed)
        }));
    }
    // Meanwhile everyone else is served.
    tokio::time::sleep(Duration::from_millis(500)).await;
    for _ in 0..5 {
        p.get("/api/session", &token(Role::Viewer)).await.ok(200);
    }
    for s in slow.drain(..) {
        assert!(s.await.unwrap(), "a slow head was never cut off");
    }
    for c in body_clients {
        let (answer, closed) = c.await.unwrap();
        assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
        assert!(closed, "a slow body kept its connection after the answer");
    }
    // Generous: the limit is 2 s; this bounds "cut off", it measures nothing.
    assert!(started.elapsed() < Duration::from_secs(30));
}

#[tokio::test]
async fn an_idle_kept_alive_connection_is_closed_too() {
    let p = stack(args(&["--request-timeout-secs", "1"])).await;
    let mut s = TcpStream::connect(p.addr).await.unwrap();
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut buf = vec![0u8; 4096];
    let n = s.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    // Then nothing: the connection is closed once the next head is late.
    let closed = tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            match s.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    })
    .await;
    assert!(closed.is_ok(), "an idle connection stayed open");
}

// ---- 4. Nothing changes unrecorded ----

/// An upstream that knows one device and applies a PUT to it after `delay`.
async fn slow_writes(delay: Duration) -> (String, Seen) {
    upstream(move |line: String| async move {
        if line.starts_with("PUT ") {
            tokio::time::sleep(delay).await;
        }
        (
            StatusCode::OK,
            device(DEVICE, MINE, playground::DEMO_MERCHANT),
        )
    })
    .await
}

fn rename() -> Value {
    json!({"name": "Renamed", "metadata": {"till": "1"}, "location_id": MINE})
}

#[tokio::test]
async fn a_change_cut_off_by_the_time_limit_still_runs_to_its_end_and_is_recorded() {
    let (up, seen) = slow_writes(Duration::from_millis(2500)).await;
    let p = proxy_for(&up, args(&["--request-timeout-secs", "1"])).await;
    let a = p
        .call(
            Method::PUT,
            &format!("/api/devices/{DEVICE}"),
            Some(&token(Role::Operator)),
            Some(rename()),
        )
        .await;
    let rid = a.request_id();
    let problem = a.problem(503);
    assert!(problem["detail"]
        .as_str()
        .unwrap()
        .contains("may still be made"));
    eventually("the change's audit entry", Duration::from_secs(20), || {
        !audit_for(&rid).is_empty()
    })
    .await;
    let entry = &audit_for(&rid)[0];
    assert_eq!(entry["outcome"], "applied", "{entry}");
    assert_eq!(seen.count("PUT "), 1);
}

#[tokio::test]
async fn a_change_whose_client_hangs_up_is_still_recorded() {
    let id = "880e8400-e29b-41d4-a716-446655440008";
    let (up, seen) = upstream(move |line: String| async move {
        if line.starts_with("DELETE ") {
            tokio::time::sleep(Duration::from_millis(800)).await;
            return (StatusCode::NO_CONTENT, Value::Null);
        }
        (StatusCode::OK, device(id, MINE, playground::DEMO_MERCHANT))
    })
    .await;
    let p = proxy_for(&up, Opts::default()).await;
    let mut s = TcpStream::connect(p.addr).await.unwrap();
    let t = token(Role::Admin);
    s.write_all(
        format!(
            "DELETE /api/devices/{id} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {t}\r\n\r\n"
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    // Gone before any answer.
    eventually("the DELETE upstream", Duration::from_secs(20), || {
        seen.count("DELETE ") == 1
    })
    .await;
    drop(s);
    eventually("the audit entry", Duration::from_secs(20), || {
        !audit_of_target(id).is_empty()
    })
    .await;
    let entry = &audit_of_target(id)[0];
    assert_eq!(entry["action"], "device.deregister");
    assert_eq!(entry["outcome"], "applied", "{entry}");
}

#[tokio::test]
async fn a_change_without_an_answer_is_recorded_as_unknown() {
    let (up, seen) = slow_writes(Duration::from_secs(5)).await;
    let p = proxy_for(&up, args(&["--upstream-timeout-ms", "700"])).await;
    let a = p
        .call(
            Method::PUT,
            &format!("/api/devices/{DEVICE}"),
            Some(&token(Role::Operator)),
            Some(rename()),
        )
        .await;
    let rid = a.request_id();
    a.problem(504);
    let entry = &audit_for(&rid)[0];
    assert_eq!(entry["outcome"], "unknown", "{entry}");
    assert_eq!(entry["status"], 504);
    assert_eq!(seen.count("PUT "), 1);
}

#[tokio::test]
async fn refused_changes_are_recorded_as_refused() {
    let p = stack(Opts::default()).await;
    let d = p.device_at(&p.locations()[0]);
    let path = format!("/api/devices/{}", d.id);
    let op = token(Role::Operator);
    let huge = "x".repeat(70 * 1024);
    let cases: Vec<(&str, reqwest::RequestBuilder, u16)> = vec![
        (
            "too large (413)",
            p.client
                .put(p.url(&path))
                .bearer_auth(&op)
                .header("content-type", "application/json")
                .body(format!("{{\"name\": \"{huge}\"}}")),
            413,
        ),
        (
            "not JSON (415)",
            p.client
                .put(p.url(&path))
                .bearer_auth(&op)
                .header("content-type", "text/plain")
                .body(rename().to_string()),
            415,
        ),
        (
            "invalid (400)",
            p.client
                .put(p.url(&path))
                .bearer_auth(&op)
                .header("content-type", "application/json")
                .body("{\"name\": 7}"),
            400,
        ),
        (
            "not allowed (403)",
            p.client
                .put(p.url(&path))
                .bearer_auth(token(Role::Viewer))
                .header("content-type", "application/json")
                .body(rename().to_string()),
            403,
        ),
    ];
    for (case, req, status) in cases {
        let a = p.send(req).await;
        let rid = a.request_id();
        assert_eq!(a.status.as_u16(), status, "{case}: {}", a.text);
        let entries = audit_for(&rid);
        assert_eq!(entries.len(), 1, "{case}: {entries:?}");
        assert_eq!(entries[0]["outcome"], "refused", "{case}");
        assert_eq!(entries[0]["status"], status, "{case}");
        assert!(
            entries[0]["reason"].as_str().is_some_and(|r| !r.is_empty()),
            "{case}"
        );
    }
    assert!(p.upstream.take().iter().all(|s| s.method == "GET"));
}

// ---- 5. Scope on every item ----

#[tokio::test]
async fn items_outside_the_scope_never_reach_the_browser() {
    let other_merchant = "990e8400-e29b-41d4-a716-446655440009";
    let (up, _) = upstream(move |line: String| async move {
        if line.starts_with("GET /ipp/v1/devices?") {
            return (
                StatusCode::OK,
                page(
                    vec![
                        device(DEVICE, MINE, playground::DEMO_MERCHANT),
                        device(THEIRS, THEIRS, playground::DEMO_MERCHANT),
                        device(other_merchant, MINE, "DM99999999"),
                    ],
                    true,
                ),
            );
        }
        if line.starts_with(&format!("GET /ipp/v1/devices/{THEIRS}")) {
            return (
                StatusCode::OK,
                device(THEIRS, THEIRS, playground::DEMO_MERCHANT),
            );
        }
        (StatusCode::NOT_FOUND, json!({"title": "Not found"}))
    })
    .await;
    let p = proxy_for(&up, Opts::default()).await;
    let scoped = scoped_token(Role::Admin, &[MINE.to_owned()]);
    let list = p.get("/api/devices", &scoped).await.ok(200);
    let ids: Vec<&str> = list["content"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [DEVICE],
        "only the operator's own location and merchant"
    );
    // Even asked for by its location (which the scope refuses) or its id.
    p.get(&format!("/api/devices?location_id={THEIRS}"), &scoped)
        .await
        .problem(403);
    p.get(&format!("/api/devices/{THEIRS}"), &scoped)
        .await
        .problem(404);
    // Another merchant's device is left out for everyone.
    let all = p.get("/api/devices", &token(Role::Admin)).await.ok(200);
    assert_eq!(all["content"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn an_enrollment_found_through_the_list_is_cancelled_only_within_the_scope() {
    let code_id = "aa0e8400-e29b-41d4-a716-44665544000a";
    let (up, seen) = upstream(move |line: String| async move {
        if line.starts_with("GET /ipp/v1/enrollments?") {
            // Whatever location is asked for, the answer holds a code of another.
            let e = json!({"enrollment_id": code_id, "enrollment_code": "ABCD2345",
                "expires_at": "2099-01-01T00:00:00Z", "status": "PENDING", "metadata": {},
                "location_id": THEIRS});
            return (StatusCode::OK, page(vec![e], true));
        }
        (StatusCode::NO_CONTENT, Value::Null)
    })
    .await;
    // Documented mode: no get-by-id, so the code is looked up through the list.
    let p = proxy_for(
        &up,
        Opts {
            documented_only: true,
            ..Opts::default()
        },
    )
    .await;
    let scoped = scoped_token(Role::Operator, &[MINE.to_owned()]);
    p.call(
        Method::DELETE,
        &format!("/api/enrollments/{code_id}"),
        Some(&scoped),
        None,
    )
    .await
    .problem(404);
    assert_eq!(seen.count("DELETE "), 0, "{:?}", seen.all());
    let list = p.get("/api/enrollments", &scoped).await.ok(200);
    assert_eq!(list["content"], json!([]));
}

// ---- 6. Tokens fail closed ----

fn hs(claims: &Value) -> String {
    sign_with_value(
        claims,
        Algorithm::HS256,
        &EncodingKey::from_secret(SECRET.as_bytes()),
    )
}

fn base_claims() -> Value {
    serde_json::to_value(claims(Role::Admin)).unwrap()
}

fn with(mut v: Value, key: &str, value: Value) -> Value {
    v[key] = value;
    v
}

#[tokio::test]
async fn tokens_with_unusable_scopes_or_extreme_times_are_refused() {
    let p = stack(args(&["--token-max-locations", "3"])).await;
    let loc = p.locations()[0].clone();
    let ids = |n: usize| -> Value {
        (0..n)
            .map(|i| Value::String(uuid::Uuid::from_u128(i as u128 + 1).to_string()))
            .collect()
    };
    let cases: Vec<(&str, Value)> = vec![
        (
            "locations null",
            with(base_claims(), "locations", Value::Null),
        ),
        (
            "locations a string",
            with(base_claims(), "locations", json!(loc)),
        ),
        (
            "locations an object",
            with(base_claims(), "locations", json!({"id": loc})),
        ),
        (
            "locations empty",
            with(base_claims(), "locations", json!([])),
        ),
        (
            "locations not UUIDs",
            with(base_claims(), "locations", json!(["store-1"])),
        ),
        (
            "locations numbers",
            with(base_claims(), "locations", json!([1, 2])),
        ),
        (
            "locations over the limit",
            with(base_claims(), "locations", ids(4)),
        ),
        (
            "exp at i64::MAX",
            with(base_claims(), "exp", json!(i64::MAX)),
        ),
        (
            "exp at u64::MAX",
            with(base_claims(), "exp", json!(u64::MAX)),
        ),
        (
            "exp at i64::MIN",
            with(base_claims(), "exp", json!(i64::MIN)),
        ),
        ("exp a huge float", with(base_claims(), "exp", json!(1e300))),
        (
            "iat at i64::MIN",
            with(base_claims(), "iat", json!(i64::MIN)),
        ),
        (
            "iat at i64::MAX",
            with(base_claims(), "iat", json!(i64::MAX)),
        ),
        (
            "nbf at i64::MAX",
            with(base_claims(), "nbf", json!(i64::MAX)),
        ),
        (
            "nbf at u64::MAX",
            with(base_claims(), "nbf", json!(u64::MAX)),
        ),
        (
            "nbf at i64::MIN",
            with(base_claims(), "nbf", json!(i64::MIN)),
        ),
        (
            "exp and iat both extreme",
            with(
                with(base_claims(), "exp", json!(i64::MAX)),
                "iat",
                json!(i64::MIN),
            ),
        ),
    ];
    let mut failed = Vec::new();
    for (case, c) in &cases {
        let a = p.get("/api/session", &hs(c)).await;
        if a.status != 401 || a.body["request_id"].is_null() {
            failed.push(format!("{case}: {} {}", a.status, a.text));
        }
    }
    // A JWS header with `crit` (RFC 7515 §4.1.11).
    let header = json!({"alg": "HS256", "typ": "JWT", "crit": ["exp"]});
    let crit = sign_with_header(&base_claims(), header);
    let a = p.get("/api/session", &crit).await;
    if a.status != 401 {
        failed.push(format!("crit: {} {}", a.status, a.text));
    }
    assert!(
        failed.is_empty(),
        "accepted or mishandled:\n{}",
        failed.join("\n")
    );

    // Ids named twice count once; at the limit is fine; absent is every location.
    let twice = with(base_claims(), "locations", json!([loc, loc, loc, loc, loc]));
    let s = p.get("/api/session", &hs(&twice)).await.ok(200);
    assert_eq!(s["locations"], json!([loc]));
    p.get(
        "/api/session",
        &hs(&with(base_claims(), "locations", ids(3))),
    )
    .await
    .ok(200);
    let mut all = base_claims();
    all.as_object_mut().unwrap().remove("locations");
    let s = p.get("/api/session", &hs(&all)).await.ok(200);
    assert!(s.get("locations").is_none(), "{s}");
}

// ---- 7. Secrets stay secret ----

#[tokio::test]
async fn an_upstream_that_echoes_the_api_key_is_not_repeated() {
    let router = Router::new().fallback(any(|req: Request| async move {
        let auth = req
            .headers()
            .get("authorization")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            [("content-type", "application/problem+json")],
            json!({"title": format!("Rejected {auth}"), "detail": format!("header was {auth}"),
                   "errors": {"authorization": auth}})
            .to_string(),
        )
    }));
    let up = format!("http://{}", serve(router).await);
    let p = proxy_for(&up, Opts::default()).await;
    // `answer` (common) fails on any secret in the body or headers; the suite's log scan
    // covers the log lines.
    let problem = p
        .call(
            Method::POST,
            "/api/enrollments",
            Some(&token(Role::Admin)),
            Some(json!({"location_id": MINE})),
        )
        .await
        .problem(422);
    assert!(problem.to_string().contains("[redacted]"), "{problem}");
}

#[tokio::test]
async fn the_start_refuses_what_does_not_fit_and_says_what_to_change() {
    let dir = std::env::temp_dir().join(format!("console-start-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<html><head></head></html>").unwrap();
    let dist = dir.to_str().unwrap().to_owned();
    let secret = "hunter2-hunter2-hunter2-hunter2-hunter2";
    let start = |extra: &[&str]| {
        let mut a = vec!["device-console", "--dist", &dist, "--token-secret", secret];
        a.extend_from_slice(extra);
        let config = proxy::config::Config::try_parse_from(a).unwrap();
        async move {
            proxy::start::start(&config)
                .await
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        }
    };
    let live = "kco_live_api_RealMoney123";
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "--playground-url",
                "http://127.0.0.1:9",
                "--api-key",
                live,
                "--merchant-id",
                "M1",
            ],
            "cannot be used in playground mode",
        ),
        (
            vec![
                "--upstream",
                "https://api.playground.kustom.co",
                "--api-key",
                live,
                "--merchant-id",
                "M1",
            ],
            "cannot be used with Kustom's playground",
        ),
        (
            vec![
                "--upstream",
                "http://api.kustom.co",
                "--api-key",
                "kco_test_api_abcdefgh",
                "--merchant-id",
                "M1",
            ],
            "use https://",
        ),
        (
            vec![
                "--upstream",
                "https://ops:hunter22@api.kustom.co",
                "--api-key",
                "kco_test_api_abcdefgh",
                "--merchant-id",
                "M1",
            ],
            "https://***@api.kustom.co",
        ),
    ];
    for (extra, says) in cases {
        let e = start(&extra).await;
        assert!(e.contains(says), "{extra:?}: {e}");
        for secret in [live, "hunter22", "kco_test_api_abcdefgh"] {
            assert!(!e.contains(secret), "{extra:?} prints a secret: {e}");
        }
    }
}

// ---- 9. The development sign-in stays on this machine ----

#[tokio::test]
async fn the_development_sign_in_answers_only_loopback_names() {
    let p = stack(Opts {
        playground_mode: true,
        ..Opts::default()
    })
    .await;
    let body = json!({"role": "admin"}).to_string();
    let post = |host: &str| {
        format!("POST /api/dev/sign-in HTTP/1.1\r\nHost: {host}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nConnection: close\r\n\r\n{body}", body.len())
    };
    for host in [
        "evil.example",
        "127.0.0.1.evil.example",
        "localhost.evil.example:80",
    ] {
        let (status, text) = raw(p.addr, &post(host)).await;
        assert_eq!(status, 403, "{host}: {text}");
        assert!(!text.contains("token\""), "{host}: {text}");
    }
    let (status, _) = raw(
        p.addr,
        "GET http://evil.example/api/dev/sign-in/options HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(status, 403, "an absolute target's host counts");
    for host in ["localhost:8080", "127.0.0.1", "[::1]:1"] {
        // Read as it comes (the answer holds a token, which `raw` would take for a leak).
        let mut s = TcpStream::connect(p.addr).await.unwrap();
        s.write_all(post(host).as_bytes()).await.unwrap();
        let mut text = String::new();
        s.read_to_string(&mut text).await.unwrap();
        assert!(text.starts_with("HTTP/1.1 200"), "{host}: {text}");
        let body = text.split_once("\r\n\r\n").unwrap().1;
        let token: Value = serde_json::from_str(body).unwrap();
        remember(token["token"].as_str().unwrap());
    }
    let a = p
        .send(
            p.client
                .post(p.url("/api/dev/sign-in"))
                .header("content-type", "application/json")
                .body(json!({"role": "viewer", "name": "Cache check"}).to_string()),
        )
        .await;
    assert_eq!(a.headers["cache-control"], "no-store");
    remember(a.body["token"].as_str().unwrap());
    // The page itself loads by its address (and so survives a reload).
    let page = p
        .send(
            p.client
                .get(p.url("/dev/sign-in"))
                .header("accept", "text/html"),
        )
        .await;
    assert_eq!(page.status, 200);
    assert!(page.text.contains("<html"), "{}", page.text);
}

// ---- 10. Every /api answer is a problem or data ----

#[tokio::test]
async fn the_api_root_unknown_paths_and_methods_answer_problems() {
    let p = stack(Opts::default()).await;
    let t = token(Role::Admin);
    let cases: Vec<(Method, &str, u16)> = vec![
        (Method::GET, "/api", 404),
        (Method::GET, "/api/", 404),
        (Method::POST, "/api", 404),
        (Method::GET, "/api/nope", 404),
        (Method::PATCH, "/api/devices", 405),
        (Method::DELETE, "/api/session", 405),
        (Method::from_bytes(b"BREW").unwrap(), "/api/devices", 405),
        (Method::OPTIONS, "/api/locations", 405),
    ];
    for (method, path, status) in cases {
        let req = p
            .client
            .request(method.clone(), p.url(path))
            .bearer_auth(&t);
        let a = p.send(req).await;
        assert_eq!(a.headers["cache-control"], "no-store", "{method} {path}");
        assert_eq!(a.status.as_u16(), status, "{method} {path}: {}", a.text);
        a.problem(status);
    }
}

// ---- 11. No amplification ----

#[tokio::test]
async fn readiness_asks_the_upstream_at_most_once_per_interval() {
    let p = stack(args(&["--readyz-interval-secs", "60"])).await;
    let calls: Vec<_> = (0..50)
        .map(|_| {
            let c = p.client.clone();
            let url = p.url("/readyz");
            tokio::spawn(async move { c.get(url).send().await.unwrap().status().as_u16() })
        })
        .collect();
    for c in calls {
        assert_eq!(c.await.unwrap(), 200);
    }
    let seen = p.upstream.take();
    assert_eq!(seen.len(), 1, "{seen:?}");
}

#[tokio::test]
async fn a_lookup_through_lists_stops_at_its_bound_and_says_so() {
    let (up, seen) = upstream(|_line: String| async move {
        // Endless pages of other devices.
        let others = (0..100)
            .map(|i| {
                device(
                    &uuid::Uuid::from_u128(i + 100).to_string(),
                    MINE,
                    playground::DEMO_MERCHANT,
                )
            })
            .collect();
        (StatusCode::OK, page(others, false))
    })
    .await;
    let p = proxy_for(
        &up,
        Opts {
            documented_only: true,
            extra_args: vec!["--lookup-max-pages".into(), "3".into()],
            ..Opts::default()
        },
    )
    .await;
    let problem = p
        .get(&format!("/api/devices/{DEVICE}"), &token(Role::Admin))
        .await
        .problem(404);
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("first 3 pages"),
        "{problem}"
    );
    assert_eq!(seen.count("GET /ipp/v1/devices?"), 3, "{:?}", seen.all());
}

// ---- 12. Logs cannot be forged ----

#[tokio::test]
async fn operator_text_stays_inside_its_log_line() {
    let p = stack(Opts::default()).await;
    let forged = "ann\n{\"target\":\"audit\",\"outcome\":\"applied\",\"sub\":\"root\"}\r\u{1b}[2J";
    let c = with(
        with(base_claims(), "sub", json!(forged)),
        "name",
        json!(forged),
    );
    let t = hs(&c);
    let d = p.device_at(&p.locations()[0]);
    let a = p
        .call(
            Method::PUT,
            &format!("/api/devices/{}", d.id),
            Some(&t),
            Some(
                json!({"name": forged, "metadata": {"note": forged}, "location_id": d.location_id}),
            ),
        )
        .await;
    let rid = a.request_id();
    for line in logs().lines() {
        let v: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("a log line is not one JSON object ({e}): {line}"));
        assert!(!(v["sub"] == "root"), "a forged entry: {line}");
    }
    assert_eq!(audit_for(&rid)[0]["sub"], forged);
}

// ---- 13. Pairing codes are credentials ----

#[tokio::test]
async fn viewers_see_that_codes_exist_but_never_a_code() {
    let p = stack(Opts::default()).await;
    let loc = p.locations()[0].clone();
    let op = token(Role::Operator);
    let created = p
        .call(
            Method::POST,
            "/api/enrollments",
            Some(&op),
            Some(json!({"location_id": loc, "metadata": {"till": "7"}})),
        )
        .await
        .ok(201);
    let code = created["enrollment_code"].as_str().unwrap().to_owned();
    let id = created["enrollment_id"].as_str().unwrap().to_owned();
    let viewer = token(Role::Viewer);
    for path in [
        "/api/enrollments".to_owned(),
        "/api/enrollments?include_consumed=true".to_owned(),
        format!("/api/enrollments/{id}"),
    ] {
        let a = p.get(&path, &viewer).await;
        assert!(!a.text.contains(&code), "{path}: {}", a.text);
        let body = a.ok(200);
        let items = body["content"]
            .as_array()
            .cloned()
            .unwrap_or_else(|| vec![body.clone()]);
        assert!(!items.is_empty(), "{path}");
        for e in items {
            assert_eq!(e["enrollment_code"], "", "{path}: {e}");
            assert!(
                e["expires_at"].is_string() && e["status"].is_string(),
                "{e}"
            );
        }
    }
    let mine = p.get(&format!("/api/enrollments/{id}"), &op).await.ok(200);
    assert_eq!(mine["enrollment_code"], code.as_str());
    assert_eq!(mine["metadata"]["till"], "7");
}
