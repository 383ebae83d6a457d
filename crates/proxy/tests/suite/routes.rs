//! Every route, for every role, through the proxy to the real playground.

use ipp::console::Role;
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::*;

const ROLES: [Role; 3] = [Role::Viewer, Role::Operator, Role::Admin];

#[tokio::test]
async fn session_shows_the_verified_operator() {
    let p = stack(Opts::default()).await;
    for role in ROLES {
        let s = p.get("/api/session", &token(role)).await.ok(200);
        assert_eq!(s["role"], role.as_str());
        assert_eq!(s["merchant_id"], playground::DEMO_MERCHANT);
        assert_eq!(s["name"], format!("Test {}", role.label()));
        assert_eq!(s["mode"], "live");
        assert!(s.get("locations").is_none());
    }
    let loc = p.locations()[1].clone();
    let s = p
        .get(
            "/api/session",
            &scoped_token(Role::Operator, std::slice::from_ref(&loc)),
        )
        .await
        .ok(200);
    assert_eq!(s["locations"], json!([loc]));
    assert!(
        p.upstream.take().is_empty(),
        "the session is answered from the token alone"
    );
}

#[tokio::test]
async fn every_role_reads_locations_enrollments_and_devices() {
    let p = stack(Opts::default()).await;
    for role in ROLES {
        let t = token(role);
        let locs = p.get("/api/locations", &t).await.ok(200);
        assert_eq!(locs["total_elements"], 3);
        let id = locs["content"][0]["id"].as_str().unwrap().to_owned();
        assert_eq!(
            p.get(&format!("/api/locations/{id}"), &t).await.ok(200)["id"],
            id.as_str()
        );
        let enr = p
            .get("/api/enrollments?include_consumed=false", &t)
            .await
            .ok(200);
        assert_eq!(enr["total_elements"], 2);
        let eid = enr["content"][0]["enrollment_id"]
            .as_str()
            .unwrap()
            .to_owned();
        assert_eq!(
            p.get(&format!("/api/enrollments/{eid}"), &t).await.ok(200)["enrollment_id"],
            eid.as_str()
        );
        let dev = p
            .get("/api/devices?metadata=store%3A104&page_size=2", &t)
            .await
            .ok(200);
        assert_eq!(
            (
                dev["total_elements"].as_u64(),
                dev["content"].as_array().unwrap().len()
            ),
            (Some(4), 2)
        );
        let did = dev["content"][0]["id"].as_str().unwrap().to_owned();
        assert_eq!(
            p.get(&format!("/api/devices/{did}"), &t).await.ok(200)["id"],
            did.as_str()
        );
    }
    // The key and merchant were added on the way out, every time, and nothing else came along.
    for seen in p.upstream.take() {
        assert_eq!(
            seen.authorization.as_deref(),
            Some(format!("Basic {}", playground::DEMO_KEY).as_str())
        );
        assert_eq!(seen.merchant.as_deref(), Some(playground::DEMO_MERCHANT));
        assert!(seen.headers.iter().all(|(k, _)| k != "cookie"));
    }
}

#[tokio::test]
async fn enrollments_are_created_and_cancelled_by_operators_and_admins_only() {
    let p = stack(Opts::default()).await;
    let loc = p.locations()[0].clone();
    let body = json!({"metadata": {"store": "104", "till": "9"}, "expires_in": 900000, "location_id": loc});
    let viewer = p
        .call(
            Method::POST,
            "/api/enrollments",
            Some(&token(Role::Viewer)),
            Some(body.clone()),
        )
        .await
        .problem(403);
    assert!(viewer["detail"].as_str().unwrap().contains("viewer"));
    for role in [Role::Operator, Role::Admin] {
        let t = token(role);
        let created = p
            .call(
                Method::POST,
                "/api/enrollments",
                Some(&t),
                Some(body.clone()),
            )
            .await;
        let rid = created.request_id();
        let e = created.ok(201);
        assert_eq!(e["metadata"]["till"], "9");
        let id = e["enrollment_id"].as_str().unwrap().to_owned();
        // The audit line names who, what, where and how it ended.
        let entries = audit_for(&rid);
        assert_eq!(entries.len(), 1, "{entries:?}");
        let a = &entries[0];
        assert_eq!(a["action"], "enrollment.create");
        assert_eq!(a["sub"], format!("user-{}", role.as_str()));
        assert_eq!(a["merchant"], playground::DEMO_MERCHANT);
        assert_eq!(a["target_id"], id.as_str());
        assert_eq!(a["outcome"], "applied");
        let changes: Value = serde_json::from_str(a["changes"].as_str().unwrap()).unwrap();
        assert_eq!(changes["location_id"], loc.as_str());

        p.call(
            Method::DELETE,
            &format!("/api/enrollments/{id}"),
            Some(&token(Role::Viewer)),
            None,
        )
        .await
        .problem(403);
        let cancelled = p
            .call(
                Method::DELETE,
                &format!("/api/enrollments/{id}"),
                Some(&t),
                None,
            )
            .await;
        let rid = cancelled.request_id();
        assert_eq!(cancelled.status, 204);
        assert_eq!(audit_for(&rid)[0]["action"], "enrollment.cancel");
        assert_eq!(
            p.get(&format!("/api/enrollments/{id}"), &t).await.ok(200)["status"],
            "CANCELLED"
        );
    }
}

#[tokio::test]
async fn devices_are_changed_by_operators_and_deregistered_by_admins() {
    let p = stack(Opts::default()).await;
    let locs = p.locations();
    let d = p.device_at(&locs[0]);
    let path = format!("/api/devices/{}", d.id);
    let mut metadata = d.metadata.clone();
    metadata.insert("tag".into(), "new".into());
    let body = json!({"name": "Renamed", "metadata": metadata, "location_id": locs[1]});
    p.call(
        Method::PUT,
        &path,
        Some(&token(Role::Viewer)),
        Some(body.clone()),
    )
    .await
    .problem(403);
    let updated = p
        .call(Method::PUT, &path, Some(&token(Role::Operator)), Some(body))
        .await;
    let rid = updated.request_id();
    let updated = updated.ok(200);
    assert_eq!(updated["name"], "Renamed");
    assert_eq!(updated["location_id"], locs[1].as_str());
    let a = &audit_for(&rid)[0];
    assert_eq!(a["action"], "device.update");
    let changes: Value = serde_json::from_str(a["changes"].as_str().unwrap()).unwrap();
    assert_eq!(
        changes["name"],
        json!({"before": d.name, "after": "Renamed"})
    );
    assert_eq!(
        changes["location_id"],
        json!({"before": locs[0], "after": locs[1]})
    );
    assert_eq!(
        changes["metadata"],
        json!({"tag": {"before": null, "after": "new"}})
    );

    let p403 = p
        .call(Method::DELETE, &path, Some(&token(Role::Operator)), None)
        .await
        .problem(403);
    assert!(p403["detail"].as_str().unwrap().contains("admin"));
    let gone = p
        .call(Method::DELETE, &path, Some(&token(Role::Admin)), None)
        .await;
    let rid = gone.request_id();
    assert_eq!(gone.status, 204);
    assert_eq!(audit_for(&rid)[0]["action"], "device.deregister");
    assert_eq!(audit_for(&rid)[0]["outcome"], "applied");
    p.get(&path, &token(Role::Admin)).await.problem(404);
}

#[tokio::test]
async fn an_update_must_send_the_whole_device() {
    let p = stack(Opts::default()).await;
    let d = p.device_at(&p.locations()[0]);
    let path = format!("/api/devices/{}", d.id);
    let problem = p
        .call(
            Method::PUT,
            &path,
            Some(&token(Role::Operator)),
            Some(json!({"name": "Only name"})),
        )
        .await
        .problem(400);
    assert!(problem["errors"]["metadata"]
        .as_str()
        .unwrap()
        .contains("replaces the whole device"));
    assert!(
        p.upstream.take().iter().all(|s| s.method == "GET"),
        "nothing was changed upstream"
    );
    let after = p.get(&path, &token(Role::Viewer)).await.ok(200);
    assert_eq!(
        after["metadata"],
        serde_json::to_value(&d.metadata).unwrap()
    );
}

#[tokio::test]
async fn denied_changes_are_audited_too() {
    let p = stack(Opts::default()).await;
    let d = p.device_at(&p.locations()[0]);
    let a = p
        .call(
            Method::DELETE,
            &format!("/api/devices/{}", d.id),
            Some(&token(Role::Viewer)),
            None,
        )
        .await;
    let rid = a.request_id();
    a.problem(403);
    let entries = audit_for(&rid);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["outcome"], "refused");
    assert_eq!(entries[0]["status"], 403);
}

#[tokio::test]
async fn consumed_enrollments_show_their_device_with_and_without_the_upstream_link() {
    for documented_only in [false, true] {
        let p = stack(Opts {
            documented_only,
            ..Opts::default()
        })
        .await;
        let t = token(Role::Operator);
        let loc = p.locations()[2].clone();
        let e = p
            .call(
                Method::POST,
                "/api/enrollments",
                Some(&t),
                Some(json!({"metadata": {"till": "8", "store": "101"}, "location_id": loc})),
            )
            .await
            .ok(201);
        let code = e["enrollment_code"].as_str().unwrap();
        let device = p
            .store
            .as_ref()
            .unwrap()
            .register_device(
                &ipp::RegisterDevice {
                    enrollment_code: code.into(),
                    hardware_id: "HW-link".into(),
                    platform: ipp::Platform::Ios,
                    name: Some("Linked".into()),
                },
                "test",
                playground::RedemptionLimit::default(),
                chrono::Utc::now(),
            )
            .unwrap();
        let detail = p
            .get(
                &format!("/api/enrollments/{}", e["enrollment_id"].as_str().unwrap()),
                &t,
            )
            .await
            .ok(200);
        assert_eq!(
            detail["status"], "CONSUMED",
            "documented_only={documented_only}"
        );
        assert_eq!(
            detail["device"]["id"],
            device.id.to_string(),
            "documented_only={documented_only}"
        );
        assert_eq!(detail["device"]["name"], "Linked");
        assert!(detail["device"].get("credentials").is_none());
        // Devices too are found without get-by-id.
        let one = p
            .get(&format!("/api/devices/{}", device.id), &t)
            .await
            .ok(200);
        assert_eq!(one["name"], "Linked");
        let uses_by_id = p.upstream.take().iter().any(|s| {
            s.path_and_query
                .starts_with(&format!("/ipp/v1/devices/{}", device.id))
        });
        assert_eq!(uses_by_id, !documented_only);
    }
}

#[tokio::test]
async fn scoped_operators_see_and_change_only_their_locations() {
    let p = stack(Opts::default()).await;
    let locs = p.locations();
    let mine = scoped_token(Role::Admin, std::slice::from_ref(&locs[0]));
    // Lists are narrowed to the one location.
    let devices = p.get("/api/devices", &mine).await.ok(200);
    assert_eq!(devices["total_elements"], 4);
    assert!(devices["content"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["location_id"] == locs[0].as_str()));
    let seen = p.upstream.take();
    assert!(
        seen[0]
            .path_and_query
            .contains(&format!("location_id={}", locs[0])),
        "{seen:?}"
    );
    let locations = p.get("/api/locations", &mine).await.ok(200);
    assert_eq!(locations["total_elements"], 1);
    // Another location's list, device, enrollment: no.
    p.get(&format!("/api/devices?location_id={}", locs[1]), &mine)
        .await
        .problem(403);
    p.get(&format!("/api/locations/{}", locs[1]), &mine)
        .await
        .problem(404);
    let other = p.device_at(&locs[1]);
    p.get(&format!("/api/devices/{}", other.id), &mine)
        .await
        .problem(404);
    let body = json!({"name": "x", "metadata": {}, "location_id": locs[1]});
    p.call(
        Method::PUT,
        &format!("/api/devices/{}", other.id),
        Some(&mine),
        Some(body),
    )
    .await
    .problem(404);
    p.call(
        Method::DELETE,
        &format!("/api/devices/{}", other.id),
        Some(&mine),
        None,
    )
    .await
    .problem(404);
    // My device cannot be moved out of my locations.
    let own = p.device_at(&locs[0]);
    let body = json!({"name": own.name, "metadata": own.metadata, "location_id": locs[2]});
    let problem = p
        .call(
            Method::PUT,
            &format!("/api/devices/{}", own.id),
            Some(&mine),
            Some(body),
        )
        .await
        .problem(403);
    assert!(problem["errors"]["location_id"].is_string());
    // Enrollments only for my location; without one, mine is used.
    let e = p
        .call(
            Method::POST,
            "/api/enrollments",
            Some(&mine),
            Some(json!({})),
        )
        .await
        .ok(201);
    assert_eq!(e["location_id"], locs[0].as_str());
    p.call(
        Method::POST,
        "/api/enrollments",
        Some(&mine),
        Some(json!({"location_id": locs[2]})),
    )
    .await
    .problem(403);
    assert!(
        p.upstream
            .take()
            .iter()
            .filter(|s| s.method != "GET")
            .count()
            == 1,
        "only the allowed create went out"
    );

    // With two locations, a list must say which.
    let two = scoped_token(Role::Viewer, &locs[..2]);
    let problem = p.get("/api/devices", &two).await.problem(400);
    assert!(problem["errors"]["location_id"]
        .as_str()
        .unwrap()
        .contains("Choose a location"));
    assert_eq!(
        p.get(&format!("/api/devices?location_id={}", locs[1]), &two)
            .await
            .ok(200)["total_elements"],
        4
    );
    assert_eq!(
        p.get("/api/locations", &two).await.ok(200)["total_elements"],
        2
    );
}

#[tokio::test]
async fn playground_pairing_exists_only_in_playground_mode() {
    let live = stack(Opts::default()).await;
    let body = json!({"enrollment_code": "ABCD2345", "platform": "IOS"});
    live.call(
        Method::POST,
        "/api/playground/pair",
        Some(&token(Role::Admin)),
        Some(body.clone()),
    )
    .await
    .problem(404);
    let (status, _) = raw(
        live.addr,
        "GET /dev/sign-in HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(status, 404);
    let (status, _) = raw(
        live.addr,
        "GET /dev/sign-in/options HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(status, 404);

    let p = stack(Opts {
        playground_mode: true,
        ..Opts::default()
    })
    .await;
    let t = token(Role::Operator);
    let loc = p.locations()[1].clone();
    let e = p
        .call(
            Method::POST,
            "/api/enrollments",
            Some(&t),
            Some(json!({"metadata": {"till": "5"}, "location_id": loc})),
        )
        .await
        .ok(201);
    let code = e["enrollment_code"].as_str().unwrap();
    p.call(
        Method::POST,
        "/api/playground/pair",
        Some(&token(Role::Viewer)),
        Some(json!({"enrollment_code": code, "platform": "IOS"})),
    )
    .await
    .problem(403);
    let d = p
        .call(Method::POST, "/api/playground/pair", Some(&t), Some(json!({"enrollment_code": code.to_lowercase(), "platform": "ANDROID", "name": "Till 5"})))
        .await
        .ok(201);
    assert_eq!(d["name"], "Till 5");
    assert_eq!(d["metadata"], json!({"till": "5"}));
    assert_eq!(d["location_id"], loc.as_str());
    assert!(
        d.get("credentials").is_none(),
        "the browser never gets a device token"
    );
    let again = p
        .call(
            Method::POST,
            "/api/playground/pair",
            Some(&t),
            Some(json!({"enrollment_code": code, "platform": "IOS"})),
        )
        .await;
    again.problem(404);
    // The development sign-in mints tokens the proxy accepts.
    let minted = p
        .send(
            p.client
                .post(p.url("/api/dev/sign-in"))
                .header("content-type", "application/json")
                .body(json!({"role": "viewer", "locations": [loc]}).to_string()),
        )
        .await
        .ok(200);
    let token = remember(minted["token"].as_str().unwrap());
    let session = p.get("/api/session", &token).await.ok(200);
    assert_eq!(
        (session["role"].as_str(), session["mode"].as_str()),
        (Some("viewer"), Some("playground"))
    );
    assert_eq!(session["locations"], json!([loc]));
    let options = p
        .send(p.client.get(p.url("/api/dev/sign-in/options")))
        .await
        .ok(200);
    assert_eq!(
        options["merchants"][0]["locations"]
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

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
