//! What the proxy refuses, whatever the browser sends: roles, location scope on every
//! item, the confirmation of a deregistration, and the limits of a request.

use ipp::console::Role;
use reqwest::Method;
use serde_json::{json, Value};

use super::{devices_at, finished, start, store_device};
use crate::common::*;

#[tokio::test]
async fn roles_scope_and_limits_are_enforced_by_the_proxy() {
    let p = stack(Opts::default()).await;
    let locs = p.locations();
    let mine = devices_at(&p, &locs[0]);
    let theirs = devices_at(&p, &locs[1]);
    let scoped = scoped_token(Role::Operator, &[locs[0].clone()]);
    let relocate = |targets: Vec<String>, to: &str| json!({"action": "relocate", "targets": targets, "location_id": to, "idempotency_key": uuid::Uuid::new_v4().to_string()});
    // A device outside the scope is answered exactly as one that does not exist.
    let out_of_scope = p
        .call(
            Method::POST,
            "/api/jobs/preview",
            Some(&scoped),
            Some(relocate(
                vec![mine[0].id.to_string(), theirs[0].id.to_string()],
                &locs[0],
            )),
        )
        .await
        .problem(400);
    let unknown = p
        .call(
            Method::POST,
            "/api/jobs/preview",
            Some(&scoped),
            Some(relocate(
                vec![mine[0].id.to_string(), uuid::Uuid::new_v4().to_string()],
                &locs[0],
            )),
        )
        .await
        .problem(400);
    let said = |p: &Value| {
        let e = p["errors"]["targets"].as_str().unwrap().to_owned();
        e.split(": ").next().unwrap().to_owned()
    };
    assert_eq!(said(&out_of_scope), said(&unknown));
    assert!(!out_of_scope.to_string().contains(&locs[1]));
    // Moving to a location that is not theirs.
    p.call(
        Method::POST,
        "/api/jobs",
        Some(&scoped),
        Some(relocate(vec![mine[0].id.to_string()], &locs[1])),
    )
    .await
    .problem(403);
    // Viewers change nothing; operators do not deregister; admins confirm the count.
    let viewer = token(Role::Viewer);
    p.call(
        Method::POST,
        "/api/jobs",
        Some(&viewer),
        Some(relocate(vec![mine[0].id.to_string()], &locs[0])),
    )
    .await
    .problem(403);
    let retire =
        json!({"action": "deregister", "targets": [mine[0].id], "idempotency_key": "retire-1"});
    p.call(
        Method::POST,
        "/api/jobs",
        Some(&token(Role::Operator)),
        Some(retire.clone()),
    )
    .await
    .problem(403);
    let admin = token(Role::Admin);
    let problem = p
        .call(
            Method::POST,
            "/api/jobs",
            Some(&admin),
            Some(retire.clone()),
        )
        .await
        .problem(400);
    assert!(problem["errors"]["confirm_count"]
        .as_str()
        .unwrap()
        .contains('1'));
    let preview = p
        .call(
            Method::POST,
            "/api/jobs/preview",
            Some(&admin),
            Some(retire.clone()),
        )
        .await
        .ok(200);
    assert_eq!(preview["reversible"], false);
    let mut confirmed = retire.clone();
    confirmed["confirm_count"] = json!(1);
    let id = start(&p, &admin, confirmed).await;
    let page = finished(&p, &id, &admin).await;
    assert_eq!(page["job"]["counts"]["done"], 1);
    assert!(store_device(&p, &mine[0].id.to_string()).is_none());
    assert_eq!(page["job"]["reversible"], false);
    p.call(
        Method::POST,
        &format!("/api/jobs/{id}/undo"),
        Some(&admin),
        None,
    )
    .await
    .problem(409);

    // A merchant-wide job that touched another store is not shown to the scoped operator.
    let wide = start(
        &p,
        &token(Role::Operator),
        relocate(vec![theirs[0].id.to_string()], &locs[0]),
    )
    .await;
    finished(&p, &wide, &admin).await;
    p.get(&format!("/api/jobs/{wide}"), &scoped)
        .await
        .problem(404);
    let listed = p.get("/api/jobs", &scoped).await.ok(200);
    assert!(listed
        .as_array()
        .unwrap()
        .iter()
        .all(|j| j["id"] != wide.as_str()));

    // Over 10,000 devices is refused before anything runs; the body may be 1 MiB.
    let many: Vec<String> = (0..10_001)
        .map(|_| uuid::Uuid::new_v4().to_string())
        .collect();
    let problem = p
        .call(
            Method::POST,
            "/api/jobs",
            Some(&admin),
            Some(relocate(many, &locs[0])),
        )
        .await
        .problem(400);
    assert!(problem["errors"]["targets"]
        .as_str()
        .unwrap()
        .contains("10000"));
    let huge = json!({"action": "relocate", "filter": "x".repeat(1 << 20), "location_id": locs[0]});
    p.call(Method::POST, "/api/jobs", Some(&admin), Some(huge))
        .await
        .problem(413);
    // Nonsense is named by its field.
    let problem = p
        .call(
            Method::POST,
            "/api/jobs",
            Some(&admin),
            Some(json!({"action": "explode", "targets": []})),
        )
        .await
        .problem(400);
    assert!(problem["errors"]["action"].is_string() && problem["errors"]["targets"].is_string());
}
