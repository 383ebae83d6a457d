//! The POS app's side: redeeming a pairing code, exactly once.

use crate::common::{spawn, spawn_as};
use playground::{Playground, RedemptionLimit};
use serde_json::json;

#[tokio::test]
async fn a_code_becomes_a_device_with_the_enrollments_metadata_and_location() {
    let pg = spawn().await;
    let e = pg.enrollment(json!({"store": "104", "till": "5"})).await;
    let code = e["enrollment_code"].as_str().unwrap();
    // Typed as a clerk might: lower case, with a space.
    let typed = format!("{} {}", code[..4].to_lowercase(), &code[4..]);
    let d = pg.register(&typed, "HW-5").await.ok(201);
    assert_eq!(d["metadata"], json!({"store": "104", "till": "5"}));
    assert_eq!(d["location_id"], e["location_id"]);
    assert_eq!(d["merchant_id"], playground::DEMO_MERCHANT);
    assert_eq!(d["platform"], "ANDROID");
    assert!(d["credentials"]["bearer_token"].as_str().unwrap().len() > 20);
    assert!(d["credentials"]["issuedAt"].is_string());
    let after = pg
        .get(&format!(
            "/ipp/v1/enrollments/{}",
            e["enrollment_id"].as_str().unwrap()
        ))
        .await
        .ok(200);
    assert_eq!(after["status"], "CONSUMED");
    assert_eq!(after["device_id"], d["id"]);
    let listed = pg.get("/ipp/v1/devices?metadata=till%3A5").await.ok(200);
    assert_eq!(listed["content"][0]["id"], d["id"]);
    assert!(listed["content"][0].get("credentials").is_none());
}

#[tokio::test]
async fn unknown_expired_consumed_and_cancelled_codes_are_told_apart() {
    let pg = spawn().await;
    let p = pg.register("ZZZZ9999", "HW").await.problem(404);
    assert_eq!(p["type"], playground::http::CODE_UNKNOWN);

    let used = pg.enrollment(json!({})).await;
    pg.register(used["enrollment_code"].as_str().unwrap(), "HW-a")
        .await
        .ok(201);
    let p = pg
        .register(used["enrollment_code"].as_str().unwrap(), "HW-b")
        .await
        .problem(409);
    assert_eq!(p["type"], playground::http::CODE_CONSUMED);

    let cancelled = pg.enrollment(json!({})).await;
    pg.delete(&format!(
        "/ipp/v1/enrollments/{}",
        cancelled["enrollment_id"].as_str().unwrap()
    ))
    .await
    .ok(204);
    let p = pg
        .register(cancelled["enrollment_code"].as_str().unwrap(), "HW-c")
        .await
        .problem(410);
    assert_eq!(p["type"], playground::http::CODE_CANCELLED);

    let expired = pg.enrollment(json!({})).await;
    pg.post(
        &format!(
            "/ipp/v1/dev/enrollments/{}/expire",
            expired["enrollment_id"].as_str().unwrap()
        ),
        json!({}),
    )
    .await
    .ok(200);
    let p = pg
        .register(expired["enrollment_code"].as_str().unwrap(), "HW-d")
        .await
        .problem(410);
    assert_eq!(p["type"], playground::http::CODE_EXPIRED);
}

#[tokio::test]
async fn registration_input_is_checked() {
    let pg = spawn().await;
    let p = pg
        .call(
            reqwest::Method::POST,
            "/ipp/v1/devices/register",
            None,
            Some(json!({"platform": "WATCH"})),
        )
        .await
        .problem(400);
    for field in ["enrollment_code", "hardware_id", "platform"] {
        assert!(p["errors"][field].is_string(), "{field}: {p}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn of_a_hundred_concurrent_redemptions_exactly_one_wins() {
    // 99 losers count as wrong codes: allow them all.
    let pg = spawn_as(|pg| Playground {
        redemption_limit: RedemptionLimit {
            failures: 1_000,
            window_secs: 600,
        },
        ..pg
    })
    .await;
    let before = pg.count("/ipp/v1/devices").await;
    let e = pg.enrollment(json!({"race": "yes"})).await;
    let code = e["enrollment_code"].as_str().unwrap().to_owned();
    let url = pg.url("/ipp/v1/devices/register");
    let tasks: Vec<_> = (0..100)
        .map(|i| {
            let client = pg.client.clone();
            let url = url.clone();
            let code = code.clone();
            tokio::spawn(async move {
                client
                    .post(url)
                    .header("content-type", "application/json")
                    .body(json!({"enrollment_code": code, "hardware_id": format!("HW-{i}"), "platform": "IOS"}).to_string())
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 201).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        99,
        "{statuses:?}"
    );
    assert_eq!(pg.count("/ipp/v1/devices").await, before + 1);
    assert_eq!(pg.count("/ipp/v1/devices?metadata=race%3Ayes").await, 1);
}

#[tokio::test]
async fn a_client_that_enters_too_many_wrong_codes_waits_and_others_do_not() {
    let pg = spawn_as(|pg| Playground {
        redemption_limit: RedemptionLimit {
            failures: 3,
            window_secs: 600,
        },
        ..pg
    })
    .await;
    let good = pg.enrollment(json!({})).await;
    let good = good["enrollment_code"].as_str().unwrap();
    for guess in ["AAAA2222", "AAAA2223", "AAAA2224"] {
        pg.register(guess, "HW-guess").await.problem(404);
    }
    // Now even the right code is refused to this client, with when to come back.
    let resp = pg
        .client
        .post(pg.url("/ipp/v1/devices/register"))
        .header("content-type", "application/json")
        .body(
            json!({"enrollment_code": good, "hardware_id": "HW-1", "platform": "IOS"}).to_string(),
        )
        .send()
        .await
        .unwrap();
    let wait: u64 = resp.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=600).contains(&wait), "{wait}");
    let p = crate::common::answer(resp).await.problem(429);
    assert!(p["detail"].as_str().unwrap().contains("Wait"), "{p}");
    // Another client (another loopback address) is not held up, and the code still works.
    let other = reqwest::Client::builder()
        .local_address(std::net::IpAddr::from([127, 0, 0, 2]))
        .build()
        .unwrap();
    let d = pg
        .raw(
            other
                .post(pg.url("/ipp/v1/devices/register"))
                .header("content-type", "application/json")
                .body(
                    json!({"enrollment_code": good, "hardware_id": "HW-2", "platform": "IOS"})
                        .to_string(),
                ),
        )
        .await
        .ok(201);
    assert_eq!(d["hardware_id"], "HW-2");
    assert_eq!(pg.store.count_rows("redemption_failures").unwrap(), 3);
}
