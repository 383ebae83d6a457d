//! Operators limited to some locations: what they see and what they may change.

use ipp::console::Role;
use reqwest::Method;
use serde_json::json;

use crate::common::*;

#[tokio::test]
async fn scoped_operators_see_and_change_only_their_locations() {
    let p = stack(Opts::default()).await;
    let locs = p.locations();
    let mine = scoped_token(Role::Admin, std::slice::from_ref(&locs[0]));
    // Lists hold only the one location.
    let devices = p.get("/api/devices", &mine).await.ok(200);
    assert_eq!(devices["total_elements"], 4);
    assert!(devices["content"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["location_id"] == locs[0].as_str()));
    let locations = p.get("/api/locations", &mine).await.ok(200);
    assert_eq!(locations["total_elements"], 1);
    // Another location's list, device, enrollment: no.
    p.get(&format!("/api/devices?location_id={}", locs[1]), &mine)
        .await
        .problem(403);
    p.get(&format!("/api/locations/{}", locs[1]), &mine)
        .await
        .problem(404);
    let other = p.device_at(&locs[1]);
    p.get(&format!("/api/devices/{}", other.id), &mine)
        .await
        .problem(404);
    let body = json!({"name": "x", "metadata": {}, "location_id": locs[1]});
    p.call(
        Method::PUT,
        &format!("/api/devices/{}", other.id),
        Some(&mine),
        Some(body),
    )
    .await
    .problem(404);
    p.call(
        Method::DELETE,
        &format!("/api/devices/{}", other.id),
        Some(&mine),
        None,
    )
    .await
    .problem(404);
    // My device cannot be moved out of my locations.
    let own = p.device_at(&locs[0]);
    let body = json!({"name": own.name, "metadata": own.metadata, "location_id": locs[2]});
    let problem = p
        .call(
            Method::PUT,
            &format!("/api/devices/{}", own.id),
            Some(&mine),
            Some(body),
        )
        .await
        .problem(403);
    assert!(problem["errors"]["location_id"].is_string());
    // Enrollments only for my location; without one, mine is used.
    let e = p
        .call(
            Method::POST,
            "/api/enrollments",
            Some(&mine),
            Some(json!({})),
        )
        .await
        .ok(201);
    assert_eq!(e["location_id"], locs[0].as_str());
    p.call(
        Method::POST,
        "/api/enrollments",
        Some(&mine),
        Some(json!({"location_id": locs[2]})),
    )
    .await
    .problem(403);
    assert!(
        p.upstream
            .take()
            .iter()
            .filter(|s| s.method != "GET")
            .count()
            == 1,
        "only the allowed create went out"
    );

    // With two locations: the device list merges them; the code list must say which.
    let two = scoped_token(Role::Viewer, &locs[..2]);
    assert_eq!(
        p.get("/api/devices", &two).await.ok(200)["total_elements"],
        8
    );
    let problem = p.get("/api/enrollments", &two).await.problem(400);
    assert!(problem["errors"]["location_id"]
        .as_str()
        .unwrap()
        .contains("Choose a location"));
    assert_eq!(
        p.get(&format!("/api/devices?location_id={}", locs[1]), &two)
            .await
            .ok(200)["total_elements"],
        4
    );
    assert_eq!(
        p.get("/api/locations", &two).await.ok(200)["total_elements"],
        2
    );
}
