use super::*;

#[tokio::test]
async fn paths_and_methods_outside_the_allow_list() {
    let p = stack(Opts::default()).await;
    let t = token(Role::Admin);
    let cases: Vec<(&str, Method, String, u16)> = vec![
        ("an unknown call", Method::GET, "/api/sessions".into(), 404),
        (
            "the upstream's own path",
            Method::GET,
            "/api/ipp/v1/devices".into(),
            404,
        ),
        (
            "a playground endpoint",
            Method::POST,
            "/api/dev/devices".into(),
            404,
        ),
        (
            "registration",
            Method::POST,
            "/api/devices/register".into(),
            405,
        ),
        (
            "credentials of a device",
            Method::GET,
            format!("/api/devices/{ID}/credentials"),
            404,
        ),
        (
            "pairing in live mode",
            Method::POST,
            "/api/playground/pair".into(),
            404,
        ),
        (
            "creating a location",
            Method::POST,
            "/api/locations".into(),
            405,
        ),
        (
            "deleting a location",
            Method::DELETE,
            format!("/api/locations/{ID}"),
            405,
        ),
        (
            "patching a device",
            Method::PATCH,
            format!("/api/devices/{ID}"),
            405,
        ),
        (
            "replacing an enrollment",
            Method::PUT,
            format!("/api/enrollments/{ID}"),
            405,
        ),
        (
            "creating a device",
            Method::POST,
            "/api/devices".into(),
            405,
        ),
        (
            "deleting every device",
            Method::DELETE,
            "/api/devices".into(),
            405,
        ),
        (
            "changing the session",
            Method::POST,
            "/api/session".into(),
            405,
        ),
        ("an empty segment", Method::GET, "/api//devices".into(), 404),
        (
            "an id that is not one",
            Method::GET,
            "/api/devices/123".into(),
            400,
        ),
        (
            "an encoded traversal as id",
            Method::GET,
            "/api/devices/..%2F..%2Fsession".into(),
            400,
        ),
        (
            "an id with a trailing encoded slash",
            Method::GET,
            format!("/api/devices/{ID}%2F..%2F"),
            400,
        ),
        (
            "an encoded slash in the collection",
            Method::GET,
            format!("/api/devices%2F{ID}"),
            404,
        ),
        (
            "a NUL in the id",
            Method::GET,
            "/api/devices/%00".into(),
            400,
        ),
        (
            "a nested path under an id",
            Method::GET,
            format!("/api/enrollments/{ID}/device"),
            404,
        ),
    ];
    let mut checked = Cases::default();
    for (case, method, path, status) in cases {
        let a = p.call(method, &path, Some(&t), None).await;
        checked.refused(&p, case, a, status);
    }
    // Dot segments sent raw (clients normally fold them away).
    for (case, path, status) in [
        ("dot segments out of /api", "/api/../ipp/v1/devices", 404),
        (
            "dot segments into another call",
            "/api/devices/../session",
            404,
        ),
        ("encoded dots", "/api/%2e%2e/ipp/v1/devices", 404),
    ] {
        let req = format!("GET {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {t}\r\nConnection: close\r\n\r\n");
        let (got, body) = raw(p.addr, &req).await;
        checked.expect(got == status && body.contains("\"request_id\""), || {
            format!("{case}: {got} {body} instead of a {status} problem")
        });
        let reached = !p.upstream.take().is_empty();
        checked.expect(!reached, || format!("{case}: reached the upstream"));
    }
    checked.all_held();
}

#[tokio::test]
async fn oversized_malformed_and_injected_input() {
    let p = stack(Opts::default()).await;
    let t = token(Role::Admin);
    let loc = p.locations()[0].clone();
    let device = p.device_at(&loc);
    let post = |body: String, ct: &str| {
        p.client
            .post(p.url("/api/enrollments"))
            .bearer_auth(&t)
            .header("content-type", ct.to_owned())
            .body(body)
    };
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let cases: Vec<(&str, reqwest::RequestBuilder, u16, Option<&str>)> = vec![
        ("a body of 100 KB", post(format!("{{\"metadata\":{{\"k\":\"{}\"}}}}", "v".repeat(100 * 1024)), "application/json"), 413, None),
        ("broken JSON", post("{\"location_id\":".into(), "application/json"), 400, Some("body")),
        ("not JSON at all", post("location_id=x".into(), "application/x-www-form-urlencoded"), 415, None),
        ("JSON sent as text", post("{}".into(), "text/plain"), 415, None),
        ("an array for a body", post("[]".into(), "application/json"), 400, Some("body")),
        ("deeply nested JSON", post(deep, "application/json"), 400, Some("body")),
        ("a smuggled merchant", post(json!({"merchant_id": "DM10000002", "location_id": loc}).to_string(), "application/json"), 400, Some("merchant_id")),
        ("a line break in metadata", post(json!({"metadata": {"k": "a\r\nx-merchant-id: DM10000002"}, "location_id": loc}).to_string(), "application/json"), 400, Some("metadata.k")),
        ("a key with a colon", post(json!({"metadata": {"a:b": "c"}, "location_id": loc}).to_string(), "application/json"), 400, Some("metadata.a:b")),
        ("expiry out of range", post(json!({"expires_in": 999_999_999_999u64, "location_id": loc}).to_string(), "application/json"), 400, Some("expires_in")),
        ("expiry as text", post(json!({"expires_in": "2h", "location_id": loc}).to_string(), "application/json"), 400, Some("expires_in")),
        ("a location that is not an id", post(json!({"location_id": "' OR 1=1 --"}).to_string(), "application/json"), 400, Some("location_id")),
        ("21 metadata keys", post(json!({"metadata": (0..21).map(|i| (format!("k{i}"), json!("v"))).collect::<serde_json::Map<_, _>>(), "location_id": loc}).to_string(), "application/json"), 400, Some("metadata")),
        ("a name of 101 characters", p.client.put(p.url(&format!("/api/devices/{}", device.id))).bearer_auth(&t).header("content-type", "application/json").body(json!({"name": "n".repeat(101), "metadata": {}, "location_id": loc}).to_string()), 400, Some("name")),
        ("a device moved to a non-id", p.client.put(p.url(&format!("/api/devices/{}", device.id))).bearer_auth(&t).header("content-type", "application/json").body(json!({"name": "x", "metadata": {}, "location_id": "../1"}).to_string()), 400, Some("location_id")),
        ("a metadata filter with CRLF", p.client.get(p.url("/api/devices?metadata=k%3Av%0D%0Ax-merchant-id%3A%20DM10000002")).bearer_auth(&t), 400, Some("metadata")),
        ("six metadata filters", p.client.get(p.url(&format!("/api/devices?{}", (0..6).map(|i| format!("metadata=k{i}%3Av")).collect::<Vec<_>>().join("&")))).bearer_auth(&t), 400, Some("metadata")),
        ("a huge page", p.client.get(p.url("/api/devices?page_size=100000")).bearer_auth(&t), 400, Some("page_size")),
        ("an extra query parameter", p.client.get(p.url("/api/devices?api_key=kco_test_api_x")).bearer_auth(&t), 400, Some("api_key")),
        ("a query smuggled into location_id", p.client.get(p.url(&format!("/api/devices?location_id={loc}%26page_size%3D1000"))).bearer_auth(&t), 400, Some("location_id")),
        ("include_consumed on devices", p.client.get(p.url("/api/devices?include_consumed=true")).bearer_auth(&t), 400, Some("include_consumed")),
    ];
    let mut checked = Cases::default();
    for (case, req, status, field) in cases {
        let a = p.send(req).await;
        if let (Some(problem), Some(f)) = (checked.refused(&p, case, a, status), field) {
            let names = problem["errors"][f].is_string();
            checked.expect(names, || format!("{case}: does not name {f}: {problem}"));
        }
    }
    checked.all_held();
}
