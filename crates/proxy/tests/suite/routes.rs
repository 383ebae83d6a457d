//! Every route, for every role, through the proxy to the real playground.

use ipp::console::Role;
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::*;

const ROLES: [Role; 3] = [Role::Viewer, Role::Operator, Role::Admin];

#[tokio::test]
async fn session_shows_the_verified_operator() {
    let p = stack(Opts::default()).await;
    for role in ROLES {
        let s = p.get("/api/session", &token(role)).await.ok(200);
        assert_eq!(s["role"], role.as_str());
        assert_eq!(s["merchant_id"], playground::DEMO_MERCHANT);
        assert_eq!(s["name"], format!("Test {}", role.label()));
        assert_eq!(s["mode"], "live");
        assert!(s.get("locations").is_none());
    }
    let loc = p.locations()[1].clone();
    let s = p
        .get(
            "/api/session",
            &scoped_token(Role::Operator, std::slice::from_ref(&loc)),
        )
        .await
        .ok(200);
    assert_eq!(s["locations"], json!([loc]));
    assert!(
        p.upstream.take().is_empty(),
        "the session is answered from the token alone"
    );
}

#[tokio::test]
async fn every_role_reads_locations_enrollments_and_devices() {
    let p = stack(Opts::default()).await;
    for role in ROLES {
        let t = token(role);
        let locs = p.get("/api/locations", &t).await.ok(200);
        assert_eq!(locs["total_elements"], 3);
        let id = locs["content"][0]["id"].as_str().unwrap().to_owned();
        assert_eq!(
            p.get(&format!("/api/locations/{id}"), &t).await.ok(200)["id"],
            id.as_str()
        );
        let enr = p
            .get("/api/enrollments?include_consumed=false", &t)
            .await
            .ok(200);
        assert_eq!(enr["total_elements"], 2);
        let eid = enr["content"][0]["enrollment_id"]
            .as_str()
            .unwrap()
            .to_owned();
        assert_eq!(
            p.get(&format!("/api/enrollments/{eid}"), &t).await.ok(200)["enrollment_id"],
            eid.as_str()
        );
        let dev = p
            .get("/api/devices?metadata=store%3A104&page_size=2", &t)
            .await
            .ok(200);
        assert_eq!(
            (
                dev["total_elements"].as_u64(),
                dev["content"].as_array().unwrap().len()
            ),
            (Some(4), 2)
        );
        let did = dev["content"][0]["id"].as_str().unwrap().to_owned();
        assert_eq!(
            p.get(&format!("/api/devices/{did}"), &t).await.ok(200)["id"],
            did.as_str()
        );
    }
    // The key and merchant were added on the way out, every time, and nothing else came along.
    for seen in p.upstream.take() {
        assert_eq!(
            seen.authorization.as_deref(),
            Some(format!("Basic {}", playground::DEMO_KEY).as_str())
        );
        assert_eq!(seen.merchant.as_deref(), Some(playground::DEMO_MERCHANT));
        assert!(seen.headers.iter().all(|(k, _)| k != "cookie"));
    }
}

#[tokio::test]
async fn enrollments_are_created_and_cancelled_by_operators_and_admins_only() {
    let p = stack(Opts::default()).await;
    let loc = p.locations()[0].clone();
    let body = json!({"metadata": {"store": "104", "till": "9"}, "expires_in": 900000, "location_id": loc});
    let viewer = p
        .call(
            Method::POST,
            "/api/enrollments",
            Some(&token(Role::Viewer)),
            Some(body.clone()),
        )
        .await
        .problem(403);
    assert!(viewer["detail"].as_str().unwrap().contains("viewer"));
    for role in [Role::Operator, Role::Admin] {
        let t = token(role);
        let created = p
            .call(
                Method::POST,
                "/api/enrollments",
                Some(&t),
                Some(body.clone()),
            )
            .await;
        let rid = created.request_id();
        let e = created.ok(201);
        assert_eq!(e["metadata"]["till"], "9");
        let id = e["enrollment_id"].as_str().unwrap().to_owned();
        // The audit line names who, what, where and how it ended.
        let entries = audit_for(&rid);
        assert_eq!(entries.len(), 1, "{entries:?}");
        let a = &entries[0];
        assert_eq!(a["action"], "enrollment.create");
        assert_eq!(a["sub"], format!("user-{}", role.as_str()));
        assert_eq!(a["merchant"], playground::DEMO_MERCHANT);
        assert_eq!(a["target_id"], id.as_str());
        assert_eq!(a["outcome"], "applied");
        let changes: Value = serde_json::from_str(a["changes"].as_str().unwrap()).unwrap();
        assert_eq!(changes["location_id"], loc.as_str());

        p.call(
            Method::DELETE,
            &format!("/api/enrollments/{id}"),
            Some(&token(Role::Viewer)),
            None,
        )
        .await
        .problem(403);
        let cancelled = p
            .call(
                Method::DELETE,
                &format!("/api/enrollments/{id}"),
                Some(&t),
                None,
            )
            .await;
        let rid = cancelled.request_id();
        assert_eq!(cancelled.status, 204);
        assert_eq!(audit_for(&rid)[0]["action"], "enrollment.cancel");
        assert_eq!(
            p.get(&format!("/api/enrollments/{id}"), &t).await.ok(200)["status"],
            "CANCELLED"
        );
    }
}

#[tokio::test]
async fn devices_are_changed_by_operators_and_deregistered_by_admins() {
    let p = stack(Opts::default()).await;
    let locs = p.locations();
    let d = p.device_at(&locs[0]);
    let path = format!("/api/devices/{}", d.id);
    let mut metadata = d.metadata.clone();
    metadata.insert("tag".into(), "new".into());
    let body = json!({"name": "Renamed", "metadata": metadata, "location_id": locs[1]});
    p.call(
        Method::PUT,
        &path,
        Some(&token(Role::Viewer)),
        Some(body.clone()),
    )
    .await
    .problem(403);
    let updated = p
        .call(Method::PUT, &path, Some(&token(Role::Operator)), Some(body))
        .await;
    let rid = updated.request_id();
    let updated = updated.ok(200);
    assert_eq!(updated["name"], "Renamed");
    assert_eq!(updated["location_id"], locs[1].as_str());
    let a = &audit_for(&rid)[0];
    assert_eq!(a["action"], "device.update");
    let changes: Value = serde_json::from_str(a["changes"].as_str().unwrap()).unwrap();
    assert_eq!(
        changes["name"],
        json!({"before": d.name, "after": "Renamed"})
    );
    assert_eq!(
        changes["location_id"],
        json!({"before": locs[0], "after": locs[1]})
    );
    assert_eq!(
        changes["metadata"],
        json!({"tag": {"before": null, "after": "new"}})
    );

    let p403 = p
        .call(Method::DELETE, &path, Some(&token(Role::Operator)), None)
        .await
        .problem(403);
    assert!(p403["detail"].as_str().unwrap().contains("admin"));
    let gone = p
        .call(Method::DELETE, &path, Some(&token(Role::Admin)), None)
        .await;
    let rid = gone.request_id();
    assert_eq!(gone.status, 204);
    assert_eq!(audit_for(&rid)[0]["action"], "device.deregister");
    assert_eq!(audit_for(&rid)[0]["outcome"], "applied");
    p.get(&path, &token(Role::Admin)).await.problem(404);
}

#[tokio::test]
async fn an_update_must_send_the_whole_device() {
    let p = stack(Opts::default()).await;
    let d = p.device_at(&p.locations()[0]);
    let path = format!("/api/devices/{}", d.id);
    let problem = p
        .call(
            Method::PUT,
            &path,
            Some(&token(Role::Operator)),
            Some(json!({"name": "Only name"})),
        )
        .await
        .problem(400);
    assert!(problem["errors"]["metadata"]
        .as_str()
        .unwrap()
        .contains("replaces the whole device"));
    assert!(
        p.upstream.take().iter().all(|s| s.method == "GET"),
        "nothing was changed upstream"
    );
    let after = p.get(&path, &token(Role::Viewer)).await.ok(200);
    assert_eq!(
        after["metadata"],
        serde_json::to_value(&d.metadata).unwrap()
    );
}

#[tokio::test]
async fn denied_changes_are_audited_too() {
    let p = stack(Opts::default()).await;
    let d = p.device_at(&p.locations()[0]);
    let a = p
        .call(
            Method::DELETE,
            &format!("/api/devices/{}", d.id),
            Some(&token(Role::Viewer)),
            None,
        )
        .await;
    let rid = a.request_id();
    a.problem(403);
    let entries = audit_for(&rid);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["outcome"], "refused");
    assert_eq!(entries[0]["status"], 403);
}

#[tokio::test]
async fn consumed_enrollments_show_their_device_with_and_without_the_upstream_link() {
    for documented_only in [false, true] {
        let p = stack(Opts {
            documented_only,
            ..Opts::default()
        })
        .await;
        let t = token(Role::Operator);
        let loc = p.locations()[2].clone();
        let e = p
            .call(
                Method::POST,
                "/api/enrollments",
                Some(&t),
                Some(json!({"metadata": {"till": "8", "store": "101"}, "location_id": loc})),
            )
            .await
            .ok(201);
        let code = e["enrollment_code"].as_str().unwrap();
        let device = p.pair(&ipp::RegisterDevice {
            enrollment_code: code.into(),
            hardware_id: "HW-link".into(),
            platform: ipp::Platform::Ios,
            name: Some("Linked".into()),
        });
        let detail = p
            .get(
                &format!("/api/enrollments/{}", e["enrollment_id"].as_str().unwrap()),
                &t,
            )
            .await
            .ok(200);
        assert_eq!(
            detail["status"], "CONSUMED",
            "documented_only={documented_only}"
        );
        assert_eq!(
            detail["device"]["id"],
            device.id.to_string(),
            "documented_only={documented_only}"
        );
        assert_eq!(detail["device"]["name"], "Linked");
        assert!(detail["device"].get("credentials").is_none());
        // Devices too are found without get-by-id.
        let one = p
            .get(&format!("/api/devices/{}", device.id), &t)
            .await
            .ok(200);
        assert_eq!(one["name"], "Linked");
        let uses_by_id = p.upstream.take().iter().any(|s| {
            s.path_and_query
                .starts_with(&format!("/ipp/v1/devices/{}", device.id))
        });
        assert_eq!(uses_by_id, !documented_only);
    }
}
