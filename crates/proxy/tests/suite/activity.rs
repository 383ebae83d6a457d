//! The activity trail in the console database, on SQLite and on PostgreSQL: every change
//! recorded with who, what, where and how it ended; read back within the operator's
//! locations; migrations; the database going away.

use ipp::console::Role;
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::*;

fn records(page: &Value) -> Vec<Value> {
    page["content"].as_array().unwrap().clone()
}

fn change<'a>(record: &'a Value, field: &str) -> &'a Value {
    record["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["field"] == field)
        .unwrap_or_else(|| panic!("no change of {field} in {record}"))
}

#[tokio::test]
async fn a_change_is_recorded_with_who_what_where_and_how_it_ended() {
    for postgres in [false, true] {
        let p = stack(Opts {
            postgres,
            ..Opts::default()
        })
        .await;
        let admin = token(Role::Admin);
        let locs = p.locations();
        let d = p.device_at(&locs[0]);
        let body = json!({"name": "Till 4", "location_id": locs[1], "metadata": d.metadata});
        let moved = p
            .call(
                Method::PUT,
                &format!("/api/devices/{}", d.id),
                Some(&admin),
                Some(body),
            )
            .await;
        let rid = moved.request_id();
        moved.ok(200);
        let page = p
            .get(&format!("/api/activity?device_id={}", d.id), &admin)
            .await
            .ok(200);
        assert_eq!(page["total_elements"], 1, "postgres={postgres}: {page}");
        let r = &records(&page)[0];
        assert_eq!(r["action"], "device.update");
        assert_eq!(r["outcome"], "applied");
        assert_eq!(r["actor"]["sub"], "user-admin");
        assert_eq!(r["request_id"], rid.as_str());
        assert_eq!(r["location_before"], locs[0].as_str());
        assert_eq!(r["location_after"], locs[1].as_str());
        assert_eq!(
            r["target"],
            json!({"kind": "device", "id": d.id, "name": "Till 4"})
        );
        assert_eq!(change(r, "name")["before"], d.name.as_str());
        assert_eq!(change(r, "name")["after"], "Till 4");
        assert_eq!(change(r, "location_id")["after"], locs[1].as_str());

        // Refused before it was sent: recorded too, with why.
        let viewer = token(Role::Viewer);
        p.call(
            Method::DELETE,
            &format!("/api/devices/{}", d.id),
            Some(&viewer),
            None,
        )
        .await
        .problem(403);
        let page = p
            .get(&format!("/api/activity?device_id={}", d.id), &admin)
            .await
            .ok(200);
        let newest = &records(&page)[0];
        assert_eq!(
            (newest["action"].as_str(), newest["outcome"].as_str()),
            (Some("device.deregister"), Some("refused"))
        );
        assert!(
            newest["reason"].as_str().unwrap().contains("role"),
            "{newest}"
        );

        // A code: its record never holds the code itself; "created by" finds it.
        let e = p
            .call(
                Method::POST,
                "/api/enrollments",
                Some(&admin),
                Some(json!({"location_id": locs[0], "metadata": {"till": "4"}})),
            )
            .await
            .ok(201);
        let id = e["enrollment_id"].as_str().unwrap();
        let page = p
            .get(&format!("/api/activity?enrollment_id={id}"), &admin)
            .await;
        assert!(
            !page.text.contains(e["enrollment_code"].as_str().unwrap()),
            "no pairing code in the trail"
        );
        let r = &records(&page.ok(200))[0];
        assert_eq!(
            (r["action"].as_str(), r["outcome"].as_str()),
            (Some("enrollment.create"), Some("applied"))
        );
        assert_eq!(r["location_after"], locs[0].as_str());
        assert_eq!(change(r, "metadata.till")["after"], "4");
        let made = p
            .get(
                &format!("/api/activity/creators?id={id}&id={}", d.id),
                &admin,
            )
            .await
            .ok(200);
        assert_eq!(made.as_array().unwrap().len(), 1, "{made}");
        assert_eq!(made[0]["id"], id);
        assert_eq!(made[0]["actor"]["sub"], "user-admin");

        // Filters: by action, by operator, by time.
        let by_action = p
            .get("/api/activity?action=enrollment.create", &admin)
            .await
            .ok(200);
        assert!(records(&by_action)
            .iter()
            .all(|r| r["action"] == "enrollment.create"));
        let nobody = p
            .get("/api/activity?actor=someone-else", &admin)
            .await
            .ok(200);
        assert_eq!(nobody["total_elements"], 0);
        let later = p
            .get("/api/activity?since=2099-01-01T00:00:00Z", &admin)
            .await
            .ok(200);
        assert_eq!(later["total_elements"], 0);
        let all = p.get("/api/activity?page_size=2", &admin).await.ok(200);
        assert_eq!(all["total_elements"], 3);
        assert_eq!(all["total_pages"], 2);
        let bad = p
            .get("/api/activity?action=device.explode", &admin)
            .await
            .problem(400);
        assert!(bad["errors"]["action"]
            .as_str()
            .unwrap()
            .contains("device.update"));

        // As CSV.
        let csv = p
            .send(
                p.client
                    .get(p.url("/api/activity/export.csv"))
                    .bearer_auth(&admin),
            )
            .await;
        assert_eq!(csv.headers["x-row-count"], "3");
        assert!(csv.text.contains("name: "), "{}", csv.text);
    }
}

#[tokio::test]
async fn operators_see_the_activity_of_their_own_locations_only() {
    for postgres in [false, true] {
        let p = stack(Opts {
            postgres,
            ..Opts::default()
        })
        .await;
        let locs = p.locations();
        let d = p.device_at(&locs[0]);
        let body = json!({"name": d.name, "location_id": locs[1], "metadata": d.metadata});
        p.call(
            Method::PUT,
            &format!("/api/devices/{}", d.id),
            Some(&token(Role::Admin)),
            Some(body),
        )
        .await
        .ok(200);
        let path = format!("/api/activity?device_id={}", d.id);
        // Moved from the first to the second: visible from either, not from the third.
        for (i, seen) in [(0, 1), (1, 1), (2, 0)] {
            let op = scoped_token(Role::Viewer, std::slice::from_ref(&locs[i]));
            let page = p.get(&path, &op).await.ok(200);
            assert_eq!(
                page["total_elements"], seen,
                "postgres={postgres}, location {i}"
            );
        }
        let third = scoped_token(Role::Viewer, std::slice::from_ref(&locs[2]));
        p.get(&format!("/api/activity?location_id={}", locs[0]), &third)
            .await
            .problem(403);
        let made = p
            .get(&format!("/api/activity/creators?id={}", d.id), &third)
            .await
            .ok(200);
        assert_eq!(made, json!([]));
    }
}

#[tokio::test]
async fn a_device_was_created_by_whoever_created_its_code() {
    for postgres in [false, true] {
        let p = stack(Opts {
            postgres,
            playground_mode: true,
            ..Opts::default()
        })
        .await;
        let (admin, operator) = (token(Role::Admin), token(Role::Operator));
        let loc = p.locations()[0].clone();
        let code = |who: String| {
            let p = &p;
            let loc = loc.clone();
            async move {
                p.call(
                    Method::POST,
                    "/api/enrollments",
                    Some(&who),
                    Some(json!({"location_id": loc})),
                )
                .await
                .ok(201)
            }
        };
        // Paired in the playground by another operator: the code's creator made it.
        let e = code(admin.clone()).await;
        let d = p
            .call(
                Method::POST,
                "/api/playground/pair",
                Some(&operator),
                Some(json!({"enrollment_code": e["enrollment_code"], "platform": "IOS"})),
            )
            .await
            .ok(201);
        // Paired by the POS app, learnt when the pairing card reads the used code.
        let e2 = code(operator.clone()).await;
        let pos = ipp::RegisterDevice {
            enrollment_code: e2["enrollment_code"].as_str().unwrap().into(),
            hardware_id: "POS-1".into(),
            platform: ipp::Platform::Android,
            name: Some("From the POS app".into()),
        };
        let d2 = p.pair(&pos);
        p.get(
            &format!("/api/enrollments/{}", e2["enrollment_id"].as_str().unwrap()),
            &admin,
        )
        .await
        .ok(200);
        let made = p
            .get(
                &format!(
                    "/api/activity/creators?id={}&id={}&id={}",
                    d["id"].as_str().unwrap(),
                    d2.id,
                    e["enrollment_id"].as_str().unwrap()
                ),
                &admin,
            )
            .await
            .ok(200);
        let by = |id: &str| {
            made.as_array()
                .unwrap()
                .iter()
                .find(|c| c["id"] == id)
                .map(|c| c["actor"]["sub"].as_str().unwrap().to_owned())
        };
        assert_eq!(
            by(d["id"].as_str().unwrap()).as_deref(),
            Some("user-admin"),
            "postgres={postgres}: {made}"
        );
        assert_eq!(by(&d2.id.to_string()).as_deref(), Some("user-operator"));
        assert_eq!(
            by(e["enrollment_id"].as_str().unwrap()).as_deref(),
            Some("user-admin")
        );
        assert_eq!(made.as_array().unwrap().len(), 3);
        // The code's own history has its pairing (recorded against the device).
        let card = p
            .get(
                &format!(
                    "/api/activity?enrollment_id={}",
                    e["enrollment_id"].as_str().unwrap()
                ),
                &admin,
            )
            .await
            .ok(200);
        let actions: Vec<&str> = card["content"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["action"].as_str().unwrap())
            .collect();
        assert_eq!(
            actions,
            ["playground.pair", "enrollment.create"],
            "postgres={postgres}"
        );
    }
}
