//! The proxy's integration suite: over real HTTP, in front of the real playground or an
//! in-test fake upstream. Every response read here, and every log line the suite
//! produced, is checked for the API keys and the operator tokens (see `common`).

mod activity;
mod added;
mod boundary;
mod common;
mod database;
mod faults;
mod hostile;
mod index;
mod jobs;
mod killed;
mod modes;
mod routes;
mod scoped;
mod sign_in;
mod site;

use common::*;
use ipp::console::Role;
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn no_secret_in_any_log_line_or_response() {
    let p = stack(Opts {
        playground_mode: true,
        ..Opts::default()
    })
    .await;
    let admin = token(Role::Admin);
    let loc = p.locations()[0].clone();
    // A bit of everything: reads, changes, refusals, errors.
    p.get("/api/session", &admin).await.ok(200);
    p.get("/api/devices", &admin).await.ok(200);
    let e = p
        .call(
            Method::POST,
            "/api/enrollments",
            Some(&admin),
            Some(json!({"location_id": loc})),
        )
        .await
        .ok(201);
    p.call(
        Method::POST,
        "/api/playground/pair",
        Some(&admin),
        Some(json!({"enrollment_code": e["enrollment_code"], "platform": "IOS"})),
    )
    .await
    .ok(201);
    p.call(
        Method::DELETE,
        &format!("/api/devices/{}", p.device_at(&loc).id),
        Some(&admin),
        None,
    )
    .await;
    p.get("/api/devices?page_size=0", &admin).await.problem(400);
    p.send(
        p.client
            .get(p.url("/api/devices"))
            .header("authorization", format!("Basic {}", playground::DEMO_KEY)),
    )
    .await
    .problem(401);
    p.send(
        p.client
            .get(p.url("/api/devices"))
            .bearer_auth(format!("{admin}x")),
    )
    .await
    .problem(401);
    let logs = logs();
    assert!(logs.lines().count() > 10, "the logs were captured");
    assert!(logs.contains("\"target\":\"audit\""));
    assert_no_secret("the captured logs", &logs);
}
