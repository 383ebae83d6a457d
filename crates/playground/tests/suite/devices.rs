//! Devices: list with filters, full replace, deregistration, simulated devices.

use crate::common::spawn;
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn lists_filter_by_location_and_metadata() {
    let pg = spawn().await;
    assert_eq!(pg.count("/ipp/v1/devices").await, 12);
    let locs = pg.locations().await;
    assert_eq!(
        pg.count(&format!("/ipp/v1/devices?location_id={}", locs[0]))
            .await,
        4
    );
    assert_eq!(
        pg.count("/ipp/v1/devices?metadata=department%3ACheckout")
            .await,
        7
    );
    assert_eq!(
        pg.count("/ipp/v1/devices?metadata=department%3ACheckout&metadata=store%3A112")
            .await,
        3
    );
    assert_eq!(
        pg.count(&format!(
            "/ipp/v1/devices?metadata=department%3ASales&location_id={}",
            locs[2]
        ))
        .await,
        2
    );
    let p = pg
        .get("/ipp/v1/devices?include_consumed=true")
        .await
        .problem(400);
    assert!(p["errors"]["include_consumed"].is_string());
}

#[tokio::test]
async fn put_replaces_the_whole_device() {
    let pg = spawn().await;
    let d = pg.get("/ipp/v1/devices?page_size=1").await.ok(200)["content"][0].clone();
    let path = format!("/ipp/v1/devices/{}", d["id"].as_str().unwrap());
    let locs = pg.locations().await;
    let updated = pg
        .put(
            &path,
            json!({"name": "Till 9", "metadata": {"store": "999"}, "location_id": locs[2]}),
        )
        .await
        .ok(200);
    assert_eq!(updated["name"], "Till 9");
    assert_eq!(updated["metadata"], json!({"store": "999"}));
    assert_eq!(updated["location_id"], locs[2]);
    assert_eq!(updated["hardware_id"], d["hardware_id"]);
    assert_eq!(updated["created_at"], d["created_at"]);
    // As the upstream does: what is left out is cleared.
    let renamed = pg.put(&path, json!({"name": "Only a name"})).await.ok(200);
    assert_eq!(renamed["metadata"], json!({}));
    assert!(renamed["location_id"].is_null());
    // The filters see the new metadata.
    pg.put(&path, json!({"name": "x", "metadata": {"tag": "moved"}}))
        .await
        .ok(200);
    assert_eq!(pg.count("/ipp/v1/devices?metadata=tag%3Amoved").await, 1);
    assert_eq!(pg.count("/ipp/v1/devices?metadata=store%3A999").await, 0);
}

#[tokio::test]
async fn put_checks_its_input_and_changes_nothing_when_wrong() {
    let pg = spawn().await;
    let d = pg.get("/ipp/v1/devices?page_size=1").await.ok(200)["content"][0].clone();
    let path = format!("/ipp/v1/devices/{}", d["id"].as_str().unwrap());
    let p = pg
        .put(
            &path,
            json!({"name": "x", "location_id": "00000000-0000-4000-8000-000000000000"}),
        )
        .await
        .problem(400);
    assert!(p["errors"]["location_id"].is_string());
    let p = pg
        .put(&path, json!({"name": "x\ny", "metadata": {"k": 1}}))
        .await
        .problem(400);
    assert!(p["errors"]["name"].is_string() && p["errors"]["metadata.k"].is_string());
    let after = pg.get(&path).await.ok(200);
    assert_eq!(after, d);
    pg.put(
        "/ipp/v1/devices/00000000-0000-4000-8000-000000000000",
        json!({"name": "x"}),
    )
    .await
    .problem(404);
}

#[tokio::test]
async fn deregistering_revokes_the_token_at_once() {
    let pg = spawn().await;
    let e = pg.enrollment(json!({"till": "7"})).await;
    let device = pg
        .register(e["enrollment_code"].as_str().unwrap(), "HW-77")
        .await
        .ok(201);
    let token = device["credentials"]["bearer_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let me = |t: String| {
        pg.client
            .get(pg.url("/ipp/v1/devices/me"))
            .header("authorization", format!("Bearer {t}"))
    };
    let who = pg.raw(me(token.clone())).await.ok(200);
    assert_eq!(who["id"], device["id"]);
    assert!(
        who.get("credentials").is_none(),
        "credentials are only shown at registration"
    );

    let path = format!("/ipp/v1/devices/{}", device["id"].as_str().unwrap());
    pg.delete(&path).await.ok(204);
    let p = pg.raw(me(token)).await.problem(401);
    assert!(p["detail"].as_str().unwrap().contains("deregistered"));
    pg.get(&path).await.problem(404);
    pg.delete(&path).await.problem(404);
    pg.raw(me("pgdev_forged".into())).await.problem(401);
    pg.raw(pg.client.get(pg.url("/ipp/v1/devices/me")))
        .await
        .problem(401);
}

#[tokio::test]
async fn simulated_devices_are_registered_and_marked() {
    let pg = spawn().await;
    let loc = pg.locations().await.remove(1);
    let d = pg
        .post(
            "/ipp/v1/dev/devices",
            json!({"name": "Sim till", "location_id": loc, "metadata": {"store": "112"}}),
        )
        .await
        .ok(201);
    assert_eq!(d["metadata"], json!({"store": "112", "simulated": "true"}));
    assert_eq!(d["location_id"], loc);
    assert!(d["credentials"]["bearer_token"].is_string());
    let p = pg
        .post("/ipp/v1/dev/devices", json!({"metadata": {}}))
        .await
        .problem(400);
    assert!(p["errors"]["name"].is_string());
    let nineteen_plus: serde_json::Map<_, _> =
        (0..20).map(|i| (format!("k{i}"), json!("v"))).collect();
    let p = pg
        .post(
            "/ipp/v1/dev/devices",
            json!({"name": "x", "metadata": nineteen_plus}),
        )
        .await
        .problem(400);
    assert!(p["errors"]["metadata"]
        .as_str()
        .unwrap()
        .contains("simulated"));
    assert_eq!(
        pg.count("/ipp/v1/devices?metadata=simulated%3Atrue").await,
        1
    );
}

#[tokio::test]
async fn get_by_id_is_an_extension_that_returns_the_device() {
    let pg = spawn().await;
    let d = pg.get("/ipp/v1/devices?page_size=1").await.ok(200)["content"][0].clone();
    let one = pg
        .call(
            Method::GET,
            &format!("/ipp/v1/devices/{}", d["id"].as_str().unwrap()),
            Some(playground::DEMO_KEY),
            None,
        )
        .await
        .ok(200);
    assert_eq!(one, d);
}

#[tokio::test]
async fn totals_stay_right_through_pairing_moves_and_deregistration() {
    let pg = spawn().await;
    let locs = pg.locations().await;
    // Counts by paging through everything, to compare with the totals the lists report.
    async fn counted(pg: &crate::common::Pg, query: &str) -> u64 {
        let mut n = 0;
        for page in 0.. {
            let p = pg
                .get(&format!(
                    "/ipp/v1/devices?page_size=3&page_number={page}{query}"
                ))
                .await
                .ok(200);
            n += p["content"].as_array().unwrap().len() as u64;
            if p["last"] == true {
                return n;
            }
        }
        unreachable!()
    }
    let check = |pg: &'static crate::common::Pg| async move {
        for q in std::iter::once(String::new()).chain(
            pg.locations()
                .await
                .iter()
                .map(|l| format!("&location_id={l}")),
        ) {
            let total = pg
                .get(&format!("/ipp/v1/devices?page_size=1{q}"))
                .await
                .ok(200)["total_elements"]
                .as_u64()
                .unwrap();
            assert_eq!(total, counted(pg, &q).await, "query {q}");
        }
    };
    let pg: &'static crate::common::Pg = Box::leak(Box::new(pg));
    check(pg).await;
    let e = pg.enrollment(json!({})).await;
    let d = pg
        .register(e["enrollment_code"].as_str().unwrap(), "HW-c1")
        .await
        .ok(201);
    check(pg).await;
    let path = format!("/ipp/v1/devices/{}", d["id"].as_str().unwrap());
    pg.put(&path, json!({"name": "moved", "location_id": locs[2]}))
        .await
        .ok(200);
    check(pg).await;
    pg.put(&path, json!({"name": "nowhere"})).await.ok(200);
    check(pg).await;
    pg.delete(&path).await.ok(204);
    check(pg).await;
    assert_eq!(pg.count("/ipp/v1/devices").await, 12);
}
