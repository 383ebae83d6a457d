use super::*;

// ---- 5. Scope on every item ----

#[tokio::test]
async fn items_outside_the_scope_never_reach_the_browser() {
    let other_merchant = "990e8400-e29b-41d4-a716-446655440009";
    let (up, _) = upstream(move |line: String| async move {
        if line.starts_with("GET /ipp/v1/devices?") {
            return (
                StatusCode::OK,
                page(
                    vec![
                        device(DEVICE, MINE, playground::DEMO_MERCHANT),
                        device(THEIRS, THEIRS, playground::DEMO_MERCHANT),
                        device(other_merchant, MINE, "DM99999999"),
                    ],
                    true,
                ),
            );
        }
        if line.starts_with("GET /ipp/v1/locations?")
            || line.starts_with("GET /ipp/v1/enrollments?")
        {
            return (StatusCode::OK, page(Vec::new(), true));
        }
        if line.starts_with(&format!("GET /ipp/v1/devices/{THEIRS}")) {
            return (
                StatusCode::OK,
                device(THEIRS, THEIRS, playground::DEMO_MERCHANT),
            );
        }
        (StatusCode::NOT_FOUND, json!({"title": "Not found"}))
    })
    .await;
    let p = proxy_for(&up, Opts::default()).await;
    let scoped = scoped_token(Role::Admin, &[MINE.to_owned()]);
    let list = p.get("/api/devices", &scoped).await.ok(200);
    let ids: Vec<&str> = list["content"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [DEVICE],
        "only the operator's own location and merchant"
    );
    // Even asked for by its location (which the scope refuses) or its id.
    p.get(&format!("/api/devices?location_id={THEIRS}"), &scoped)
        .await
        .problem(403);
    p.get(&format!("/api/devices/{THEIRS}"), &scoped)
        .await
        .problem(404);
    // Another merchant's device is left out for everyone.
    let all = p.get("/api/devices", &token(Role::Admin)).await.ok(200);
    assert_eq!(all["content"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn an_enrollment_found_through_the_list_is_cancelled_only_within_the_scope() {
    let code_id = "aa0e8400-e29b-41d4-a716-44665544000a";
    let (up, seen) = upstream(move |line: String| async move {
        if line.starts_with("GET /ipp/v1/enrollments?") {
            // Whatever location is asked for, the answer holds a code of another.
            let e = json!({"enrollment_id": code_id, "enrollment_code": "ABCD2345",
                "expires_at": "2099-01-01T00:00:00Z", "status": "PENDING", "metadata": {},
                "location_id": THEIRS});
            return (StatusCode::OK, page(vec![e], true));
        }
        (StatusCode::NO_CONTENT, Value::Null)
    })
    .await;
    // Documented mode: no get-by-id, so the code is looked up through the list.
    let p = proxy_for(
        &up,
        Opts {
            documented_only: true,
            ..Opts::default()
        },
    )
    .await;
    let scoped = scoped_token(Role::Operator, &[MINE.to_owned()]);
    p.call(
        Method::DELETE,
        &format!("/api/enrollments/{code_id}"),
        Some(&scoped),
        None,
    )
    .await
    .problem(404);
    assert_eq!(seen.count("DELETE "), 0, "{:?}", seen.all());
    let list = p.get("/api/enrollments", &scoped).await.ok(200);
    assert_eq!(list["content"], json!([]));
}
