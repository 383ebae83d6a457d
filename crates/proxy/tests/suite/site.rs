//! Health, readiness, metrics and the console's own files, as a browser and an
//! operator's tooling meet them.

use ipp::console::Role;
use serde_json::Value;

use crate::common::*;

#[tokio::test]
async fn health_and_readiness() {
    let p = stack(Opts::default()).await;
    assert_eq!(p.send(p.client.get(p.url("/healthz"))).await.text, "ok\n");
    let ready = p.send(p.client.get(p.url("/readyz"))).await.ok(200);
    assert_eq!(ready["ready"], true);
    // Requests by matched route and status, upstream answers by status.
    let listed = p.get("/api/devices", &token(Role::Viewer)).await;
    let rid = listed.request_id();
    listed.ok(200);
    // One access log line per request: route, status, latency, request id.
    let access: Vec<Value> = logs()
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v["target"] == "access" && v["span"]["request_id"] == rid.as_str())
        .collect();
    assert_eq!(access.len(), 1, "{access:?}");
    assert_eq!(access[0]["status"], 200);
    assert_eq!(access[0]["span"]["route"], "/api/devices");
    assert!(access[0]["latency_ms"].as_f64().is_some());
    p.get("/api/nope", &token(Role::Viewer)).await.problem(404);
    let metrics = p.send(p.client.get(p.url("/metrics"))).await;
    assert_eq!(metrics.status, 200);
    assert!(
        metrics.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/openmetrics-text"),
        "{:?}",
        metrics.headers
    );
    for line in [
        r#"console_requests_total{route="/api/devices",status="200"} 1"#,
        r#"console_requests_total{route="unmatched",status="404"} 1"#,
        r#"console_upstream_answers_total{status="200"}"#,
    ] {
        assert!(metrics.text.contains(line), "{line} in {}", metrics.text);
    }
    let dead = proxy_for("http://127.0.0.1:9", Opts::default()).await;
    let not_ready = dead.send(dead.client.get(dead.url("/readyz"))).await;
    assert_eq!(not_ready.status, 503);
    assert_eq!(not_ready.body["ready"], false);
}

#[tokio::test]
async fn the_console_is_served_with_the_right_caching_and_headers() {
    let p = stack(Opts::default()).await;
    let nav = p
        .send(
            p.client
                .get(p.url("/devices/123"))
                .header("accept", "text/html")
                .header("accept-encoding", "br"),
        )
        .await;
    assert_eq!(nav.status, 200);
    assert_eq!(nav.headers["cache-control"], "no-cache");
    assert_eq!(nav.headers["content-type"], "text/html; charset=utf-8");
    let csp = nav.headers["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains(&format!("frame-ancestors 'self' {HOST_ORIGIN}")),
        "{csp}"
    );
    assert!(
        csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
        "{csp}"
    );
    assert!(csp.contains("object-src 'none'") && csp.contains("base-uri 'none'"));
    assert_eq!(nav.headers["x-content-type-options"], "nosniff");
    assert!(
        nav.headers.get("x-frame-options").is_none(),
        "frame-ancestors decides, not X-Frame-Options"
    );

    let js = p
        .send(
            p.client
                .get(p.url("/app-0123456789abcdef.js"))
                .header("accept-encoding", "gzip, br"),
        )
        .await;
    assert_eq!(
        js.headers["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(js.headers["content-encoding"], "br");
    assert_eq!(
        js.text, "brotli bytes",
        "the build's copy, not compressed again"
    );
    let modified = js.headers["last-modified"].clone();
    let again = p
        .send(
            p.client
                .get(p.url("/app-0123456789abcdef.js"))
                .header("if-modified-since", modified),
        )
        .await;
    assert_eq!(again.status, 304);
    let plain = p
        .send(p.client.get(p.url("/app-0123456789abcdef.js")))
        .await;
    assert!(plain.text.starts_with("export default"), "{}", plain.text);
    let wasm = p
        .send(p.client.get(p.url("/app-0123456789abcdef_bg.wasm")))
        .await;
    assert_eq!(wasm.headers["content-type"], "application/wasm");

    // Fallback to index.html for GET navigations only.
    let missing = p
        .send(p.client.get(p.url("/missing-0123456789abcdef.js")))
        .await;
    assert_eq!(missing.status, 404);
    let post = p
        .send(
            p.client
                .post(p.url("/devices"))
                .header("accept", "text/html"),
        )
        .await;
    assert_eq!(post.status, 405);
    let json_nav = p
        .send(
            p.client
                .get(p.url("/devices"))
                .header("accept", "application/json"),
        )
        .await;
    assert_eq!(json_nav.status, 404);
    // API answers are never cached and are compressed when asked.
    let api = p
        .send(
            p.client
                .get(p.url("/api/devices?page_size=100"))
                .bearer_auth(token(Role::Viewer))
                .header("accept-encoding", "gzip"),
        )
        .await;
    assert_eq!(api.headers["cache-control"], "no-store");
    assert_eq!(api.headers["content-encoding"], "gzip");
    // Errors too arrive compressed and whole, with their request id.
    let resp = p
        .client
        .get(p.url("/api/devices?page_size=0"))
        .bearer_auth(token(Role::Viewer))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    let compressed = resp
        .headers()
        .get("content-encoding")
        .map(|v| v.to_str().unwrap().to_owned());
    let bytes = resp.bytes().await.unwrap();
    let text = if compressed.as_deref() == Some("gzip") {
        use std::io::Read;
        let mut s = String::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_string(&mut s)
            .unwrap();
        s
    } else {
        String::from_utf8(bytes.to_vec()).unwrap()
    };
    let problem: Value = serde_json::from_str(&text).unwrap();
    assert!(problem["errors"]["page_size"].is_string());
    assert!(problem["request_id"].is_string());
}
