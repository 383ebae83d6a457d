//! Hostile input: each case states the answer (status and problem shape) and that nothing
//! (or, where the proxy must look a device up first, nothing that changes anything)
//! reached the upstream.

use base64::Engine;
use ipp::console::Role;
use jsonwebtoken::{Algorithm, EncodingKey};
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::*;

const ID: &str = "550e8400-e29b-41d4-a716-446655440000";

fn b64(v: &Value) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
}

/// A token assembled by hand: any header, any claims, any signature.
fn handmade(header: Value, claims: Value, signature: &str) -> String {
    remember(&format!("{}.{}.{signature}", b64(&header), b64(&claims)))
}

fn claims_json(role: Role) -> Value {
    serde_json::to_value(claims(role)).unwrap()
}

fn with(mut v: Value, key: &str, value: Value) -> Value {
    v[key] = value;
    v
}

fn without(mut v: Value, key: &str) -> Value {
    v.as_object_mut().unwrap().remove(key);
    v
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Asserts the answer and that the upstream saw nothing at all.
async fn refused(p: &Proxy, case: &str, a: Answer, status: u16) -> Value {
    let seen = p.upstream.take();
    assert!(seen.is_empty(), "{case}: reached the upstream: {seen:?}");
    assert_eq!(a.status.as_u16(), status, "{case}: {}", a.text);
    a.problem(status)
}

/// Asserts the answer and that the upstream saw no change (lookups are allowed).
async fn refused_change(p: &Proxy, case: &str, a: Answer, status: u16) -> Value {
    let seen = p.upstream.take();
    assert!(
        seen.iter().all(|s| s.method == "GET"),
        "{case}: a change reached the upstream: {seen:?}"
    );
    assert_eq!(a.status.as_u16(), status, "{case}: {}", a.text);
    a.problem(status)
}

#[tokio::test]
async fn forged_expired_and_malformed_tokens() {
    let p = stack(Opts::default()).await;
    let hs = |c: Value| {
        sign_with_value(
            &c,
            Algorithm::HS256,
            &EncodingKey::from_secret(SECRET.as_bytes()),
        )
    };
    let bearer = |t: String| Some(format!("Bearer {t}"));
    let base = claims_json(Role::Admin);
    let rsa = EncodingKey::from_rsa_pem(include_bytes!("../fixtures/rsa-private.pem")).unwrap();
    let tampered = {
        let t = token(Role::Viewer);
        let parts: Vec<&str> = t.split('.').collect();
        let payload = b64(&with(claims_json(Role::Viewer), "roles", json!(["admin"])));
        remember(&format!("{}.{payload}.{}", parts[0], parts[2]))
    };
    let cases: Vec<(&str, Option<String>, u16)> = vec![
        ("no authorization", None, 401),
        (
            "the API key as Basic",
            Some(format!("Basic {}", playground::DEMO_KEY)),
            401,
        ),
        ("empty bearer", Some("Bearer ".into()), 401),
        ("bearer of garbage", Some("Bearer not.a.token".into()), 401),
        (
            "signed with another secret",
            bearer(sign_with_value(
                &base,
                Algorithm::HS256,
                &EncodingKey::from_secret(b"another-secret-another-secret-0123456789"),
            )),
            401,
        ),
        (
            "expired",
            bearer(hs(with(
                with(base.clone(), "exp", json!(now() - 120)),
                "iat",
                json!(now() - 300),
            ))),
            401,
        ),
        (
            "not yet valid",
            bearer(hs(with(base.clone(), "nbf", json!(now() + 600)))),
            401,
        ),
        (
            "issued in the future",
            bearer(hs(with(
                with(base.clone(), "iat", json!(now() + 600)),
                "exp",
                json!(now() + 700),
            ))),
            401,
        ),
        (
            "wrong audience",
            bearer(hs(with(base.clone(), "aud", json!("another-app")))),
            401,
        ),
        (
            "wrong issuer",
            bearer(hs(with(base.clone(), "iss", json!("https://evil.example")))),
            401,
        ),
        ("no subject", bearer(hs(without(base.clone(), "sub"))), 401),
        ("no expiry", bearer(hs(without(base.clone(), "exp"))), 401),
        (
            "lives too long",
            bearer(hs(with(base.clone(), "exp", json!(now() + 3600)))),
            401,
        ),
        (
            "alg none, unsigned",
            bearer(handmade(
                json!({"alg": "none", "typ": "JWT"}),
                base.clone(),
                "",
            )),
            401,
        ),
        (
            "alg none, with a signature",
            bearer(handmade(
                json!({"alg": "none"}),
                base.clone(),
                "c2lnbmF0dXJl",
            )),
            401,
        ),
        (
            "alg NONE in capitals",
            bearer(handmade(json!({"alg": "NONE"}), base.clone(), "")),
            401,
        ),
        (
            "RS256 to an HS256 proxy",
            bearer(sign_with_value(&base, Algorithm::RS256, &rsa)),
            401,
        ),
        (
            "HS512 instead of HS256",
            bearer(sign_with_value(
                &base,
                Algorithm::HS512,
                &EncodingKey::from_secret(SECRET.as_bytes()),
            )),
            401,
        ),
        (
            "payload tampered after signing",
            Some(format!("Bearer {tampered}")),
            401,
        ),
        (
            "empty merchant",
            bearer(hs(with(base.clone(), "merchant_id", json!("")))),
            401,
        ),
        (
            "location that is not an id",
            bearer(hs(with(base.clone(), "locations", json!(["../all"])))),
            401,
        ),
        (
            "a token of 10 KB",
            Some(format!("Bearer {}", "a".repeat(10 * 1024))),
            401,
        ),
        (
            "no console role",
            bearer(hs(with(base.clone(), "roles", json!([])))),
            403,
        ),
        (
            "an unknown role",
            bearer(hs(with(base.clone(), "roles", json!(["superuser"])))),
            403,
        ),
        (
            "a merchant the proxy has no key for",
            bearer(hs(with(base.clone(), "merchant_id", json!("DM99999999")))),
            403,
        ),
    ];
    assert!(cases.len() >= 25);
    for (case, auth, status) in cases {
        let mut req = p.client.get(p.url("/api/devices"));
        if let Some(a) = auth {
            req = req.header("authorization", a);
        }
        refused(&p, case, p.send(req).await, status).await;
    }
}

#[tokio::test]
async fn algorithm_confusion_against_a_public_key_proxy() {
    let dir = std::env::temp_dir().join(format!("console-keys-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let public = include_bytes!("../fixtures/rsa-public.pem");
    std::fs::write(dir.join("rsa.pem"), public).unwrap();
    let (addr, rec, _store) = recorded_playground(false).await;
    let mut p = proxy_for(
        &format!("http://{addr}"),
        Opts {
            extra_args: vec![
                "--token-public-key".into(),
                dir.join("rsa.pem").to_str().unwrap().into(),
                "--token-algorithm".into(),
                "RS256".into(),
            ],
            ..Opts::default()
        },
    )
    .await;
    p.upstream = rec;
    let base = claims_json(Role::Viewer);
    let rsa = EncodingKey::from_rsa_pem(include_bytes!("../fixtures/rsa-private.pem")).unwrap();
    let ec = EncodingKey::from_ec_pem(include_bytes!("../fixtures/ec-private.pem")).unwrap();
    let cases = [
        (
            "HS256 keyed with the public key",
            sign_with_value(&base, Algorithm::HS256, &EncodingKey::from_secret(public)),
        ),
        (
            "HS256 keyed with the suite's secret",
            sign_with_value(
                &base,
                Algorithm::HS256,
                &EncodingKey::from_secret(SECRET.as_bytes()),
            ),
        ),
        (
            "ES256 to an RS256 proxy",
            sign_with_value(&base, Algorithm::ES256, &ec),
        ),
        (
            "alg none",
            handmade(json!({"alg": "none"}), base.clone(), ""),
        ),
        ("RS256 with a forged signature", {
            let t = sign_with_value(&base, Algorithm::RS256, &rsa);
            let (head, _) = t.rsplit_once('.').unwrap();
            remember(&format!("{head}.{}", "A".repeat(342)))
        }),
    ];
    for (case, t) in cases {
        let a = p
            .send(p.client.get(p.url("/api/devices")).bearer_auth(&t))
            .await;
        refused(&p, case, a, 401).await;
    }
    // The right key and algorithm work.
    let good = sign_with_value(&base, Algorithm::RS256, &rsa);
    p.send(p.client.get(p.url("/api/session")).bearer_auth(&good))
        .await
        .ok(200);
}

#[tokio::test]
async fn es256_and_eddsa_keys_verify_their_own_tokens_only() {
    for (alg_name, public, private, alg) in [
        (
            "ES256",
            &include_bytes!("../fixtures/ec-public.pem")[..],
            &include_bytes!("../fixtures/ec-private.pem")[..],
            Algorithm::ES256,
        ),
        (
            "EdDSA",
            &include_bytes!("../fixtures/ed-public.pem")[..],
            &include_bytes!("../fixtures/ed-private.pem")[..],
            Algorithm::EdDSA,
        ),
    ] {
        let file =
            std::env::temp_dir().join(format!("console-{alg_name}-{}.pem", uuid::Uuid::new_v4()));
        std::fs::write(&file, public).unwrap();
        let p = proxy_for(
            "http://127.0.0.1:9",
            Opts {
                extra_args: vec![
                    "--token-public-key".into(),
                    file.to_str().unwrap().into(),
                    "--token-algorithm".into(),
                    alg_name.into(),
                ],
                ..Opts::default()
            },
        )
        .await;
        let key = match alg {
            Algorithm::ES256 => EncodingKey::from_ec_pem(private).unwrap(),
            _ => EncodingKey::from_ed_pem(private).unwrap(),
        };
        let base = claims_json(Role::Viewer);
        p.send(
            p.client
                .get(p.url("/api/session"))
                .bearer_auth(sign_with_value(&base, alg, &key)),
        )
        .await
        .ok(200);
        let hs = sign_with_value(&base, Algorithm::HS256, &EncodingKey::from_secret(public));
        p.send(p.client.get(p.url("/api/session")).bearer_auth(hs))
            .await
            .problem(401);
    }
}

#[tokio::test]
async fn roles_cannot_be_exceeded() {
    let p = stack(Opts {
        playground_mode: true,
        ..Opts::default()
    })
    .await;
    let loc = p.locations()[0].clone();
    let device = p.device_at(&loc);
    let enrollment = p
        .store
        .as_ref()
        .unwrap()
        .list_enrollments(
            playground::DEMO_MERCHANT,
            &ipp::ListQuery::default(),
            chrono::Utc::now(),
        )
        .unwrap()
        .content
        .remove(0);
    let viewer = token(Role::Viewer);
    let operator = token(Role::Operator);
    let full = json!({"name": "x", "metadata": {}, "location_id": loc});
    type Case<'a> = (&'a str, Method, String, &'a str, Option<Value>);
    let cases: Vec<Case> = vec![
        (
            "viewer creates an enrollment",
            Method::POST,
            "/api/enrollments".into(),
            &viewer,
            Some(json!({"location_id": loc})),
        ),
        (
            "viewer cancels an enrollment",
            Method::DELETE,
            format!("/api/enrollments/{}", enrollment.enrollment_id),
            &viewer,
            None,
        ),
        (
            "viewer renames a device",
            Method::PUT,
            format!("/api/devices/{}", device.id),
            &viewer,
            Some(full.clone()),
        ),
        (
            "viewer deregisters a device",
            Method::DELETE,
            format!("/api/devices/{}", device.id),
            &viewer,
            None,
        ),
        (
            "operator deregisters a device",
            Method::DELETE,
            format!("/api/devices/{}", device.id),
            &operator,
            None,
        ),
        (
            "viewer simulates pairing",
            Method::POST,
            "/api/playground/pair".into(),
            &viewer,
            Some(json!({"enrollment_code": enrollment.enrollment_code, "platform": "IOS"})),
        ),
    ];
    for (case, method, path, t, body) in cases {
        let a = p.call(method, &path, Some(t), body).await;
        let problem = refused(&p, case, a, 403).await;
        assert!(
            problem["detail"].as_str().unwrap().contains("role"),
            "{case}"
        );
    }
}

#[tokio::test]
async fn other_merchants_and_other_locations_are_out_of_reach() {
    let p = stack(Opts::default()).await;
    let locs = p.locations();
    let device = p.device_at(&locs[1]);
    let store = p.store.as_ref().unwrap();
    let enrollment = store
        .list_enrollments(
            playground::DEMO_MERCHANT,
            &ipp::ListQuery {
                location_id: locs[1].parse().ok(),
                ..Default::default()
            },
            chrono::Utc::now(),
        )
        .unwrap()
        .content
        .remove(0);
    let other = sign(&proxy::auth::Claims {
        merchant_id: playground::OTHER_MERCHANT.into(),
        ..claims(Role::Admin)
    });
    let scoped = scoped_token(Role::Admin, std::slice::from_ref(&locs[0]));
    let full = |loc: &str| json!({"name": "x", "metadata": {}, "location_id": loc});
    let dev = format!("/api/devices/{}", device.id);
    let enr = format!("/api/enrollments/{}", enrollment.enrollment_id);
    type Case<'a> = (&'a str, Method, String, &'a str, Option<Value>, u16);
    let cases: Vec<Case> = vec![
        (
            "another merchant reads a device",
            Method::GET,
            dev.clone(),
            &other,
            None,
            404,
        ),
        (
            "another merchant renames a device",
            Method::PUT,
            dev.clone(),
            &other,
            Some(full(&locs[1])),
            404,
        ),
        (
            "another merchant deregisters a device",
            Method::DELETE,
            dev.clone(),
            &other,
            None,
            404,
        ),
        (
            "another merchant reads an enrollment",
            Method::GET,
            enr.clone(),
            &other,
            None,
            404,
        ),
        (
            "another merchant cancels an enrollment",
            Method::DELETE,
            enr.clone(),
            &other,
            None,
            404,
        ),
        (
            "another location's device",
            Method::GET,
            dev.clone(),
            &scoped,
            None,
            404,
        ),
        (
            "another location's device renamed",
            Method::PUT,
            dev.clone(),
            &scoped,
            Some(full(&locs[1])),
            404,
        ),
        (
            "another location's device deregistered",
            Method::DELETE,
            dev.clone(),
            &scoped,
            None,
            404,
        ),
        (
            "another location's enrollment",
            Method::GET,
            enr.clone(),
            &scoped,
            None,
            404,
        ),
        (
            "another location's enrollment cancelled",
            Method::DELETE,
            enr.clone(),
            &scoped,
            None,
            404,
        ),
        (
            "an enrollment for another location",
            Method::POST,
            "/api/enrollments".into(),
            &scoped,
            Some(json!({"location_id": locs[2]})),
            403,
        ),
        (
            "my device moved to another location",
            Method::PUT,
            format!("/api/devices/{}", p.device_at(&locs[0]).id),
            &scoped,
            Some(full(&locs[2])),
            403,
        ),
        (
            "my device moved to no location",
            Method::PUT,
            format!("/api/devices/{}", p.device_at(&locs[0]).id),
            &scoped,
            Some(json!({"name": "x", "metadata": {}, "location_id": null})),
            403,
        ),
    ];
    for (case, method, path, t, body, status) in cases {
        let a = p.call(method, &path, Some(t), body).await;
        refused_change(&p, case, a, status).await;
    }
    // Lists of another location, and another location itself: refused before any call.
    for (case, path, status) in [
        (
            "another location's device list",
            format!("/api/devices?location_id={}", locs[1]),
            403,
        ),
        (
            "another location's enrollment list",
            format!("/api/enrollments?location_id={}", locs[2]),
            403,
        ),
        (
            "another location",
            format!("/api/locations/{}", locs[1]),
            404,
        ),
    ] {
        let a = p.get(&path, &scoped).await;
        refused(&p, case, a, status).await;
    }
}

#[tokio::test]
async fn client_headers_never_reach_the_upstream() {
    let p = stack(Opts::default()).await;
    let a = p
        .send(
            p.client
                .get(p.url("/api/devices"))
                .bearer_auth(token(Role::Viewer))
                .header("x-merchant-id", playground::OTHER_MERCHANT)
                .header("cookie", "session=stolen")
                .header("x-forwarded-for", "10.0.0.1")
                .header("proxy-authorization", "Basic eA==")
                .header("te", "trailers")
                .header("x-api-key", playground::OTHER_KEY),
        )
        .await;
    let page = a.ok(200);
    assert_eq!(
        page["content"][0]["merchant_id"],
        playground::DEMO_MERCHANT,
        "the token's merchant, not the header's"
    );
    let seen = p.upstream.take();
    assert_eq!(seen.len(), 1);
    let names: Vec<&str> = seen[0].headers.iter().map(|(k, _)| k.as_str()).collect();
    for forbidden in [
        "cookie",
        "x-forwarded-for",
        "proxy-authorization",
        "te",
        "x-api-key",
    ] {
        assert!(
            !names.contains(&forbidden),
            "{forbidden} was forwarded: {names:?}"
        );
    }
    assert_eq!(seen[0].merchant.as_deref(), Some(playground::DEMO_MERCHANT));
    assert!(seen[0]
        .authorization
        .as_deref()
        .unwrap()
        .starts_with("Basic kco_test_api_"));
}

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
    for (case, method, path, status) in cases {
        let a = p.call(method, &path, Some(&t), None).await;
        refused(&p, case, a, status).await;
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
        assert_eq!(got, status, "{case}: {body}");
        assert!(body.contains("\"request_id\""), "{case}: {body}");
        assert!(p.upstream.take().is_empty(), "{case} reached the upstream");
    }
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
    for (case, req, status, field) in cases {
        let a = p.send(req).await;
        let problem = refused(&p, case, a, status).await;
        if let Some(f) = field {
            assert!(problem["errors"][f].is_string(), "{case}: {problem}");
        }
    }
}
