use super::*;

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
