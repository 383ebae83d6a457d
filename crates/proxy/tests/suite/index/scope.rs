//! The index within an operator's locations, and the overview per store.

use super::*;

#[tokio::test]
async fn a_scoped_operator_sees_one_merged_list_of_their_locations_and_nothing_else() {
    let p = fleet(60, Opts::default()).await;
    let locs = p.locations();
    let mine = &locs[..2];
    let op = scoped_token(Role::Operator, mine);
    let all = all_devices(&p);
    let in_scope = all
        .iter()
        .filter(|d| d.location_id.is_some_and(|l| mine.contains(&l.to_string())))
        .count();
    let list = p.get("/api/devices?page_size=100", &op).await.ok(200);
    assert_eq!(list["total_elements"], in_scope);
    let seen: std::collections::BTreeSet<&str> = list["content"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["location_id"].as_str().unwrap())
        .collect();
    assert_eq!(seen.len(), 2, "both of my locations, merged");
    assert!(seen.iter().all(|l| mine.contains(&l.to_string())));
    let facets = p.get("/api/devices/facets", &op).await.ok(200);
    assert_eq!(facets["total"], in_scope);
    let overview = p.get("/api/overview", &op).await.ok(200);
    let stores: Vec<&str> = overview["locations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["location_id"].as_str().unwrap())
        .collect();
    assert_eq!(stores.len(), 2);
    assert!(stores.iter().all(|l| mine.contains(&l.to_string())));
    let csv = p
        .send(
            p.client
                .get(p.url("/api/devices/export.csv"))
                .bearer_auth(&op),
        )
        .await;
    assert_eq!(csv.headers["x-row-count"], in_scope.to_string().as_str());
    assert!(!csv.text.contains(&locs[2]), "no row of another location");
    // Another location, by any of the index's calls: refused.
    for path in [
        "/api/devices",
        "/api/devices/facets",
        "/api/devices/export.csv",
    ] {
        p.get(&format!("{path}?location_id={}", locs[2]), &op)
            .await
            .problem(403);
    }
    // Searching for another location's device finds nothing.
    let theirs = p.device_at(&locs[2]);
    let found = p
        .get(&format!("/api/devices?q={}", theirs.id), &op)
        .await
        .ok(200);
    assert_eq!(found["total_elements"], 0);
}

#[tokio::test]
async fn the_overview_counts_each_store() {
    for documented_only in [false, true] {
        let p = fleet(0, documented(documented_only)).await;
        let admin = token(Role::Admin);
        let loc = p.locations()[1].clone();
        let before = p.get("/api/overview", &admin).await.ok(200);
        let store = |o: &Value| store_of(o, &loc);
        let s = store(&before);
        assert_eq!(
            s["devices"],
            all_devices(&p)
                .iter()
                .filter(|d| d.location_id.map(|l| l.to_string()) == Some(loc.clone()))
                .count()
        );
        // A code expiring within the hour, created here: counted at once.
        new_code(
            &p,
            &admin,
            json!({"location_id": loc, "expires_in": 600_000}),
        )
        .await;
        let after = store(&p.get("/api/overview", &admin).await.ok(200));
        assert_eq!(
            after["pending_codes"],
            s["pending_codes"].as_u64().unwrap() + 1,
            "documented_only={documented_only}"
        );
        assert_eq!(
            after["expiring_codes"],
            s["expiring_codes"].as_u64().unwrap() + 1
        );
        // After a full read too (the documented code does not name its location).
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        p.call(Method::POST, "/api/devices/refresh", Some(&admin), None)
            .await
            .ok(200);
        let reread = store(&p.get("/api/overview", &admin).await.ok(200));
        assert_eq!(
            reread["pending_codes"], after["pending_codes"],
            "documented_only={documented_only}"
        );
    }
}
