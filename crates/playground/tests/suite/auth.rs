//! Merchant endpoints take the API key like the real API, and merchants never see each
//! other's data.

use crate::common::spawn;
use base64::Engine;
use playground::{DEMO_KEY, DEMO_MERCHANT, OTHER_KEY};
use reqwest::Method;

#[tokio::test]
async fn missing_or_malformed_keys_get_401_problems() {
    let pg = spawn().await;
    let p = pg
        .call(Method::GET, "/ipp/v1/devices", None, None)
        .await
        .problem(401);
    assert!(p["detail"]
        .as_str()
        .unwrap()
        .contains("Authorization: Basic"));
    for bad in [
        "Bearer kco_test_api_DemoMerchantPlaygroundKey",
        "Basic",
        "Basic kco_test_api_x",
        "Basic !!!",
    ] {
        let a = pg
            .raw(
                pg.client
                    .get(pg.url("/ipp/v1/devices"))
                    .header("authorization", bad),
            )
            .await;
        a.problem(401);
    }
    let p = pg
        .call(
            Method::GET,
            "/ipp/v1/devices",
            Some("kco_live_api_elZGI1B5dHBIRWltRjF5cjZrNldnbEVj"),
            None,
        )
        .await
        .problem(401);
    assert!(p["detail"].as_str().unwrap().contains("production"));
}

#[tokio::test]
async fn basic_with_username_and_key_is_accepted() {
    let pg = spawn().await;
    let cred = base64::engine::general_purpose::STANDARD
        .encode(format!("{DEMO_MERCHANT}-a1b2:{DEMO_KEY}"));
    let a = pg
        .raw(
            pg.client
                .get(pg.url("/ipp/v1/locations"))
                .header("authorization", format!("Basic {cred}")),
        )
        .await;
    assert_eq!(a.ok(200)["total_elements"], 3);
}

#[tokio::test]
async fn x_merchant_id_must_match_the_key() {
    let pg = spawn().await;
    let req = |mid: &str| {
        pg.client
            .get(pg.url("/ipp/v1/locations"))
            .header("authorization", format!("Basic {DEMO_KEY}"))
            .header("x-merchant-id", mid)
    };
    pg.raw(req(DEMO_MERCHANT)).await.ok(200);
    let p = pg.raw(req("DM10000002")).await.problem(401);
    assert!(p["detail"].as_str().unwrap().contains("x-merchant-id"));
}

#[tokio::test]
async fn any_well_formed_test_key_gets_its_own_merchant() {
    let pg = spawn().await;
    let key = "kco_test_api_FreshIntegratorKey01";
    let locs = pg
        .call(Method::GET, "/ipp/v1/locations", Some(key), None)
        .await
        .ok(200);
    assert_eq!(locs["total_elements"], 1);
    assert_eq!(locs["content"][0]["name"], "My Store");
    let devices = pg
        .call(Method::GET, "/ipp/v1/devices", Some(key), None)
        .await
        .ok(200);
    assert_eq!(devices["total_elements"], 0);
}

#[tokio::test]
async fn merchants_cannot_see_or_touch_each_others_data() {
    let pg = spawn().await;
    let mine = pg.get("/ipp/v1/devices").await.ok(200);
    let device = mine["content"][0]["id"].as_str().unwrap().to_owned();
    let enrollment = pg.enrollment(serde_json::json!({})).await;
    let eid = enrollment["enrollment_id"].as_str().unwrap();
    let location = pg.locations().await.remove(0);

    let theirs = pg
        .call(Method::GET, "/ipp/v1/devices", Some(OTHER_KEY), None)
        .await
        .ok(200);
    assert_eq!(theirs["total_elements"], 1);
    assert_ne!(theirs["content"][0]["merchant_id"], DEMO_MERCHANT);
    for (method, path) in [
        (Method::GET, format!("/ipp/v1/devices/{device}")),
        (Method::DELETE, format!("/ipp/v1/devices/{device}")),
        (Method::GET, format!("/ipp/v1/enrollments/{eid}")),
        (Method::DELETE, format!("/ipp/v1/enrollments/{eid}")),
        (Method::GET, format!("/ipp/v1/locations/{location}")),
    ] {
        pg.call(method, &path, Some(OTHER_KEY), None)
            .await
            .problem(404);
    }
    let p = pg
        .call(
            Method::PUT,
            &format!("/ipp/v1/devices/{device}"),
            Some(OTHER_KEY),
            Some(serde_json::json!({"name": "stolen"})),
        )
        .await
        .problem(404);
    assert!(p["detail"].as_str().unwrap().contains("device"));
    let listed = pg
        .call(Method::GET, "/ipp/v1/enrollments", Some(OTHER_KEY), None)
        .await
        .ok(200);
    assert_eq!(listed["total_elements"], 0);
    // Another merchant's location cannot be used either.
    let p = pg
        .call(
            Method::POST,
            "/ipp/v1/enrollments",
            Some(OTHER_KEY),
            Some(serde_json::json!({ "location_id": location })),
        )
        .await
        .problem(400);
    assert!(p["errors"]["location_id"].is_string());
    // Mine is untouched.
    pg.get(&format!("/ipp/v1/devices/{device}")).await.ok(200);
}
