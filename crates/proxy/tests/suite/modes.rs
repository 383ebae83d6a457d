//! What exists only in playground mode: simulated pairing and the development sign-in.

use ipp::console::Role;
use reqwest::Method;
use serde_json::json;

use crate::common::*;

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
