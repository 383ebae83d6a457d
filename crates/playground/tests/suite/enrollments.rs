//! Enrollments: create, list with every documented filter, read, cancel, expire.

use std::collections::HashSet;

use crate::common::spawn;
use chrono::{DateTime, Utc};
use ipp::request::{CODE_ALPHABET, CODE_LEN};
use serde_json::json;

#[tokio::test]
async fn create_returns_a_pending_code_with_the_default_two_hours() {
    let pg = spawn().await;
    let before = Utc::now();
    let e = pg
        .enrollment(json!({"store_id": "123", "terminal_type": "checkout"}))
        .await;
    let code = e["enrollment_code"].as_str().unwrap();
    assert_eq!(code.len(), CODE_LEN);
    assert!(code.chars().all(|c| CODE_ALPHABET.contains(c)), "{code}");
    assert_eq!(e["status"], "PENDING");
    assert_eq!(e["metadata"]["store_id"], "123");
    let expires: DateTime<Utc> = e["expires_at"].as_str().unwrap().parse().unwrap();
    let lifetime = expires - before;
    assert!(
        (7_199..=7_201).contains(&lifetime.num_seconds()),
        "{lifetime}"
    );
}

#[tokio::test]
async fn expires_in_is_milliseconds_within_bounds() {
    let pg = spawn().await;
    let loc = pg.locations().await.remove(0);
    let e = pg
        .post(
            "/ipp/v1/enrollments",
            json!({"expires_in": 900_000, "location_id": loc}),
        )
        .await
        .ok(201);
    let expires: DateTime<Utc> = e["expires_at"].as_str().unwrap().parse().unwrap();
    assert!(((expires - Utc::now()).num_seconds() - 900).abs() <= 2);
    for bad in [
        json!(59_999),
        json!(259_200_001),
        json!(-1),
        json!("2h"),
        json!(1.5),
    ] {
        let p = pg
            .post(
                "/ipp/v1/enrollments",
                json!({"expires_in": bad, "location_id": loc}),
            )
            .await
            .problem(400);
        assert!(p["errors"]["expires_in"].is_string(), "{bad}: {p}");
    }
}

#[tokio::test]
async fn location_is_required_when_the_merchant_has_several_and_must_exist() {
    let pg = spawn().await;
    let p = pg.post("/ipp/v1/enrollments", json!({})).await.problem(400);
    assert!(p["errors"]["location_id"]
        .as_str()
        .unwrap()
        .contains("several locations"));
    let p = pg
        .post(
            "/ipp/v1/enrollments",
            json!({"location_id": "00000000-0000-4000-8000-000000000000"}),
        )
        .await
        .problem(400);
    assert!(p["errors"]["location_id"]
        .as_str()
        .unwrap()
        .contains("no location"));
    // A merchant with one location gets it by default.
    let key = "kco_test_api_OneStoreMerchant01";
    let e = pg
        .call(
            reqwest::Method::POST,
            "/ipp/v1/enrollments",
            Some(key),
            Some(json!({})),
        )
        .await
        .ok(201);
    assert!(e["location_id"].is_string());
}

#[tokio::test]
async fn oversized_metadata_is_refused_by_field() {
    let pg = spawn().await;
    let loc = pg.locations().await.remove(0);
    let many: serde_json::Map<String, serde_json::Value> =
        (0..21).map(|i| (format!("k{i}"), json!("v"))).collect();
    let p = pg
        .post(
            "/ipp/v1/enrollments",
            json!({"metadata": many, "location_id": loc}),
        )
        .await
        .problem(400);
    assert!(p["errors"]["metadata"]
        .as_str()
        .unwrap()
        .contains("at most 20"));
    let p = pg
        .post(
            "/ipp/v1/enrollments",
            json!({"metadata": {"k": "v".repeat(501)}, "location_id": loc}),
        )
        .await
        .problem(400);
    assert!(p["errors"]["metadata.k"].is_string());
    let p = pg
        .post(
            "/ipp/v1/enrollments",
            json!({"metadata": {"bad key": "v"}, "location_id": loc}),
        )
        .await
        .problem(400);
    assert!(p["errors"]["metadata.bad key"].is_string());
}

#[tokio::test]
async fn lists_filter_by_location_and_metadata_with_and() {
    let pg = spawn().await;
    let locs = pg.locations().await;
    for (store, dept, loc) in [
        ("1", "Sales", &locs[0]),
        ("1", "Café", &locs[0]),
        ("2", "Sales", &locs[1]),
    ] {
        pg.post(
            "/ipp/v1/enrollments",
            json!({"metadata": {"store": store, "dept": dept}, "location_id": loc}),
        )
        .await
        .ok(201);
    }
    assert_eq!(pg.count("/ipp/v1/enrollments?metadata=store%3A1").await, 2);
    assert_eq!(
        pg.count("/ipp/v1/enrollments?metadata=store%3A1&metadata=dept%3ASales")
            .await,
        1
    );
    assert_eq!(
        pg.count("/ipp/v1/enrollments?metadata=dept%3ASales").await,
        2
    );
    assert_eq!(
        pg.count(&format!(
            "/ipp/v1/enrollments?metadata=dept%3ASales&location_id={}",
            locs[1]
        ))
        .await,
        1
    );
    assert_eq!(pg.count("/ipp/v1/enrollments?metadata=store%3A3").await, 0);
}

#[tokio::test]
async fn consumed_are_listed_by_default_cancelled_and_expired_never() {
    let pg = spawn().await;
    let tag = json!({"batch": "x"});
    let used = pg.enrollment(tag.clone()).await;
    let cancelled = pg.enrollment(tag.clone()).await;
    let expired = pg.enrollment(tag.clone()).await;
    let pending = pg.enrollment(tag).await;
    pg.register(used["enrollment_code"].as_str().unwrap(), "HW-1")
        .await
        .ok(201);
    pg.delete(&format!(
        "/ipp/v1/enrollments/{}",
        cancelled["enrollment_id"].as_str().unwrap()
    ))
    .await
    .ok(204);
    pg.post(
        &format!(
            "/ipp/v1/dev/enrollments/{}/expire",
            expired["enrollment_id"].as_str().unwrap()
        ),
        json!({}),
    )
    .await
    .ok(200);

    let ids = |page: serde_json::Value| -> HashSet<String> {
        page["content"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["enrollment_id"].as_str().unwrap().to_owned())
            .collect()
    };
    let all = ids(pg
        .get("/ipp/v1/enrollments?metadata=batch%3Ax")
        .await
        .ok(200));
    let id = |e: &serde_json::Value| e["enrollment_id"].as_str().unwrap().to_owned();
    assert_eq!(all, HashSet::from([id(&used), id(&pending)]));
    let only_pending = ids(pg
        .get("/ipp/v1/enrollments?metadata=batch%3Ax&include_consumed=false")
        .await
        .ok(200));
    assert_eq!(only_pending, HashSet::from([id(&pending)]));
    // By id, every state shows (an extension), expiry judged as read.
    let e = pg
        .get(&format!("/ipp/v1/enrollments/{}", id(&expired)))
        .await
        .ok(200);
    assert_eq!(e["status"], "EXPIRED");
    let e = pg
        .get(&format!("/ipp/v1/enrollments/{}", id(&cancelled)))
        .await
        .ok(200);
    assert_eq!(e["status"], "CANCELLED");
    let e = pg
        .get(&format!("/ipp/v1/enrollments/{}", id(&used)))
        .await
        .ok(200);
    assert_eq!(e["status"], "CONSUMED");
    assert!(e["device_id"].is_string());
}

#[tokio::test]
async fn cancel_is_delete_and_only_for_pending_codes() {
    let pg = spawn().await;
    let e = pg.enrollment(json!({})).await;
    let path = format!(
        "/ipp/v1/enrollments/{}",
        e["enrollment_id"].as_str().unwrap()
    );
    pg.delete(&path).await.ok(204);
    pg.delete(&path).await.problem(404);
    let used = pg.enrollment(json!({})).await;
    pg.register(used["enrollment_code"].as_str().unwrap(), "HW-2")
        .await
        .ok(201);
    let p = pg
        .delete(&format!(
            "/ipp/v1/enrollments/{}",
            used["enrollment_id"].as_str().unwrap()
        ))
        .await
        .problem(409);
    assert!(p["detail"].as_str().unwrap().contains("already used"));
    pg.delete("/ipp/v1/enrollments/00000000-0000-4000-8000-000000000000")
        .await
        .problem(404);
}

#[tokio::test]
async fn pages_never_skip_or_repeat() {
    let pg = spawn().await;
    let mut created = Vec::new();
    for i in 0..23 {
        let e = pg
            .enrollment(json!({"run": "paging", "i": i.to_string()}))
            .await;
        created.push(e["enrollment_id"].as_str().unwrap().to_owned());
    }
    let mut seen = Vec::new();
    let mut order = Vec::new();
    for page in 0.. {
        let p = pg
            .get(&format!(
                "/ipp/v1/enrollments?metadata=run%3Apaging&page_size=5&page_number={page}"
            ))
            .await
            .ok(200);
        assert_eq!(p["total_elements"], 23);
        assert_eq!(p["total_pages"], 5);
        for e in p["content"].as_array().unwrap() {
            seen.push(e["enrollment_id"].as_str().unwrap().to_owned());
            let created_at: DateTime<Utc> = e["created_at"].as_str().unwrap().parse().unwrap();
            order.push((created_at, seen.last().unwrap().clone()));
        }
        if p["last"] == true {
            break;
        }
    }
    let unique: HashSet<_> = seen.iter().collect();
    assert_eq!(unique.len(), seen.len(), "an item was repeated");
    assert_eq!(unique, created.iter().collect(), "an item was skipped");
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "pages follow creation time, then id");
}

#[tokio::test]
async fn page_size_and_number_are_checked() {
    let pg = spawn().await;
    for q in [
        "page_size=0",
        "page_size=101",
        "page_number=-1",
        "page_size=abc",
    ] {
        let p = pg
            .get(&format!("/ipp/v1/enrollments?{q}"))
            .await
            .problem(400);
        let field = q.split('=').next().unwrap();
        assert!(p["errors"][field].is_string(), "{q}: {p}");
    }
    let p = pg
        .get("/ipp/v1/enrollments?page_size=100&page_number=999")
        .await
        .ok(200);
    assert_eq!(p["content"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn metadata_filters_are_checked() {
    let pg = spawn().await;
    let six: String = (0..6).map(|i| format!("metadata=k{i}%3Av&")).collect();
    for q in [
        six.as_str(),
        "metadata=a%3A1&metadata=a%3A2",
        "metadata=novalue",
        "metadata=%3Av",
        "metadata=bad%20key%3Av",
    ] {
        let p = pg
            .get(&format!("/ipp/v1/enrollments?{q}"))
            .await
            .problem(400);
        assert!(p["errors"]["metadata"].is_string(), "{q}: {p}");
    }
}

#[tokio::test]
async fn documented_only_mode_leaves_the_extensions_out() {
    let pg = crate::common::spawn_with(true).await;
    let e = pg.enrollment(json!({"a": "b"})).await;
    for field in ["location_id", "created_at", "device_id"] {
        assert!(e.get(field).is_none(), "{field} in {e}");
    }
    let id = e["enrollment_id"].as_str().unwrap();
    pg.get(&format!("/ipp/v1/enrollments/{id}"))
        .await
        .problem(405);
    let listed = pg.get("/ipp/v1/enrollments?metadata=a%3Ab").await.ok(200);
    assert!(listed["content"][0].get("location_id").is_none());
    let device = pg.get("/ipp/v1/devices").await.ok(200)["content"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    pg.get(&format!("/ipp/v1/devices/{device}"))
        .await
        .problem(405);
    // Registration stays: the simulated clerk needs it.
    pg.register(e["enrollment_code"].as_str().unwrap(), "HW-9")
        .await
        .ok(201);
}
