//! Every malformed input gets a problem naming what to fix, and none of it reaches the
//! database.

use crate::common::spawn;
use playground::DEMO_KEY;
use reqwest::Method;
use serde_json::json;

/// Row counts of every table, to show nothing changed.
fn snapshot(pg: &crate::common::Pg) -> Vec<i64> {
    let c = rusqlite_count(pg);
    playground::store::TABLES.iter().map(|t| c(t)).collect()
}

fn rusqlite_count(pg: &crate::common::Pg) -> impl Fn(&str) -> i64 + '_ {
    move |table| pg.store.count_rows(table).unwrap()
}

#[tokio::test]
async fn malformed_requests_change_nothing() {
    let pg = spawn().await;
    let device = pg.get("/ipp/v1/devices?page_size=1").await.ok(200)["content"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let loc = pg.locations().await.remove(0);
    let before = snapshot(&pg);
    let body = |b: &str| {
        pg.client
            .post(pg.url("/ipp/v1/enrollments"))
            .header("authorization", format!("Basic {DEMO_KEY}"))
            .header("content-type", "application/json")
            .body(b.to_owned())
    };
    // Bad JSON, wrong shapes, wrong types.
    for (b, field) in [
        ("{", "body"),
        ("[]", "body"),
        ("null", "body"),
        (r#"{"metadata": "store=1"}"#, "metadata"),
        (r#"{"metadata": {"a": {"b": 1}}}"#, "metadata.a"),
        (r#"{"expires_in": "7200000"}"#, "expires_in"),
        (r#"{"expires_in": 1e309}"#, "body"),
        (r#"{"location_id": 12}"#, "location_id"),
        (r#"{"location_id": "not-a-uuid"}"#, "location_id"),
        (r#"{"merchant_id": "DM10000002"}"#, "merchant_id"),
    ] {
        let p = pg.raw(body(b)).await.problem(400);
        assert!(p["errors"][field].is_string(), "{b}: {p}");
    }
    // Wrong content type, and too large.
    let p = pg
        .raw(
            pg.client
                .post(pg.url("/ipp/v1/enrollments"))
                .header("authorization", format!("Basic {DEMO_KEY}"))
                .header("content-type", "text/plain")
                .body("{}"),
        )
        .await
        .problem(415);
    assert!(p["detail"].as_str().unwrap().contains("application/json"));
    let huge = json!({"metadata": {"k": "v".repeat(70_000)}, "location_id": loc}).to_string();
    pg.raw(body(&huge)).await.problem(413);
    // Bad ids in paths.
    for path in [
        "/ipp/v1/devices/123",
        "/ipp/v1/devices/550e8400e29b41d4a716446655440000",
        "/ipp/v1/enrollments/%2e%2e%2fetc",
        "/ipp/v1/locations/%F0%28%8C%28",
    ] {
        let p = pg.get(path).await.problem(400);
        assert!(p["errors"]["id"].is_string(), "{path}: {p}");
    }
    // Bad device updates.
    for b in [
        json!({"name": 5}),
        json!({"name": "ok", "metadata": []}),
        json!({"name": "ok", "location_id": "x"}),
        json!({"name": ""}),
    ] {
        pg.put(&format!("/ipp/v1/devices/{device}"), b)
            .await
            .problem(400);
    }
    // Bad list queries.
    for q in [
        "page_size=1000",
        "location_id=nope",
        "metadata=a",
        "include_consumed=maybe",
        "color=red",
    ] {
        pg.get(&format!("/ipp/v1/enrollments?{q}"))
            .await
            .problem(400);
    }
    assert_eq!(snapshot(&pg), before);
}

#[tokio::test]
async fn wrong_methods_are_405_and_unknown_paths_404() {
    let pg = spawn().await;
    for (method, path) in [
        (Method::PATCH, "/ipp/v1/devices"),
        (Method::DELETE, "/ipp/v1/locations"),
        (
            Method::POST,
            "/ipp/v1/locations/550e8400-e29b-41d4-a716-446655440000",
        ),
        (
            Method::PATCH,
            "/ipp/v1/devices/550e8400-e29b-41d4-a716-446655440000",
        ),
        (Method::GET, "/ipp/v1/devices/register"),
        (Method::PUT, "/ipp/v1/enrollments"),
    ] {
        let a = pg.call(method.clone(), path, Some(DEMO_KEY), None).await;
        a.problem(405);
    }
    for path in [
        "/ipp/v1/sessions",
        "/ipp/v2/devices",
        "/",
        "/ipp/v1/dev/sessions/x/simulate-tap",
    ] {
        pg.call(Method::GET, path, Some(DEMO_KEY), None)
            .await
            .problem(404);
    }
}
