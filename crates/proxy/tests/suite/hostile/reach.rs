use super::*;

#[tokio::test]
async fn roles_cannot_be_exceeded() {
    let p = stack(Opts {
        playground_mode: true,
        ..Opts::default()
    })
    .await;
    let loc = p.locations()[0].clone();
    let device = p.device_at(&loc);
    let enrollment = p
        .store
        .as_ref()
        .unwrap()
        .list_enrollments(
            playground::DEMO_MERCHANT,
            &ipp::ListQuery::default(),
            chrono::Utc::now(),
        )
        .unwrap()
        .content
        .remove(0);
    let viewer = token(Role::Viewer);
    let operator = token(Role::Operator);
    let full = json!({"name": "x", "metadata": {}, "location_id": loc});
    type Case<'a> = (&'a str, Method, String, &'a str, Option<Value>);
    let cases: Vec<Case> = vec![
        (
            "viewer creates an enrollment",
            Method::POST,
            "/api/enrollments".into(),
            &viewer,
            Some(json!({"location_id": loc})),
        ),
        (
            "viewer cancels an enrollment",
            Method::DELETE,
            format!("/api/enrollments/{}", enrollment.enrollment_id),
            &viewer,
            None,
        ),
        (
            "viewer renames a device",
            Method::PUT,
            format!("/api/devices/{}", device.id),
            &viewer,
            Some(full.clone()),
        ),
        (
            "viewer deregisters a device",
            Method::DELETE,
            format!("/api/devices/{}", device.id),
            &viewer,
            None,
        ),
        (
            "operator deregisters a device",
            Method::DELETE,
            format!("/api/devices/{}", device.id),
            &operator,
            None,
        ),
        (
            "viewer simulates pairing",
            Method::POST,
            "/api/playground/pair".into(),
            &viewer,
            Some(json!({"enrollment_code": enrollment.enrollment_code, "platform": "IOS"})),
        ),
    ];
    let mut checked = Cases::default();
    for (case, method, path, t, body) in cases {
        let a = p.call(method, &path, Some(t), body).await;
        if let Some(problem) = checked.refused(&p, case, a, 403) {
            let says_role = problem["detail"].as_str().unwrap_or("").contains("role");
            checked.expect(says_role, || {
                format!("{case}: does not name the role: {problem}")
            });
        }
    }
    checked.all_held();
}

#[tokio::test]
async fn other_merchants_and_other_locations_are_out_of_reach() {
    let p = stack(Opts::default()).await;
    let locs = p.locations();
    let device = p.device_at(&locs[1]);
    let store = p.store.as_ref().unwrap();
    let enrollment = store
        .list_enrollments(
            playground::DEMO_MERCHANT,
            &ipp::ListQuery {
                location_id: locs[1].parse().ok(),
                ..Default::default()
            },
            chrono::Utc::now(),
        )
        .unwrap()
        .content
        .remove(0);
    let other = sign(&proxy::auth::Claims {
        merchant_id: playground::OTHER_MERCHANT.into(),
        ..claims(Role::Admin)
    });
    let scoped = scoped_token(Role::Admin, std::slice::from_ref(&locs[0]));
    let full = |loc: &str| json!({"name": "x", "metadata": {}, "location_id": loc});
    let dev = format!("/api/devices/{}", device.id);
    let enr = format!("/api/enrollments/{}", enrollment.enrollment_id);
    type Case<'a> = (&'a str, Method, String, &'a str, Option<Value>, u16);
    let cases: Vec<Case> = vec![
        (
            "another merchant reads a device",
            Method::GET,
            dev.clone(),
            &other,
            None,
            404,
        ),
        (
            "another merchant renames a device",
            Method::PUT,
            dev.clone(),
            &other,
            Some(full(&locs[1])),
            404,
        ),
        (
            "another merchant deregisters a device",
            Method::DELETE,
            dev.clone(),
            &other,
            None,
            404,
        ),
        (
            "another merchant reads an enrollment",
            Method::GET,
            enr.clone(),
            &other,
            None,
            404,
        ),
        (
            "another merchant cancels an enrollment",
            Method::DELETE,
            enr.clone(),
            &other,
            None,
            404,
        ),
        (
            "another location's device",
            Method::GET,
            dev.clone(),
            &scoped,
            None,
            404,
        ),
        (
            "another location's device renamed",
            Method::PUT,
            dev.clone(),
            &scoped,
            Some(full(&locs[1])),
            404,
        ),
        (
            "another location's device deregistered",
            Method::DELETE,
            dev.clone(),
            &scoped,
            None,
            404,
        ),
        (
            "another location's enrollment",
            Method::GET,
            enr.clone(),
            &scoped,
            None,
            404,
        ),
        (
            "another location's enrollment cancelled",
            Method::DELETE,
            enr.clone(),
            &scoped,
            None,
            404,
        ),
        (
            "an enrollment for another location",
            Method::POST,
            "/api/enrollments".into(),
            &scoped,
            Some(json!({"location_id": locs[2]})),
            403,
        ),
        (
            "my device moved to another location",
            Method::PUT,
            format!("/api/devices/{}", p.device_at(&locs[0]).id),
            &scoped,
            Some(full(&locs[2])),
            403,
        ),
        (
            "my device moved to no location",
            Method::PUT,
            format!("/api/devices/{}", p.device_at(&locs[0]).id),
            &scoped,
            Some(json!({"name": "x", "metadata": {}, "location_id": null})),
            403,
        ),
    ];
    let mut checked = Cases::default();
    for (case, method, path, t, body, status) in cases {
        let a = p.call(method, &path, Some(t), body).await;
        checked.refused_change(&p, case, a, status);
    }
    // Lists of another location, and another location itself: refused before any call.
    for (case, path, status) in [
        (
            "another location's device list",
            format!("/api/devices?location_id={}", locs[1]),
            403,
        ),
        (
            "another location's enrollment list",
            format!("/api/enrollments?location_id={}", locs[2]),
            403,
        ),
        (
            "another location",
            format!("/api/locations/{}", locs[1]),
            404,
        ),
    ] {
        let a = p.get(&path, &scoped).await;
        checked.refused(&p, case, a, status);
    }
    checked.all_held();
}

#[tokio::test]
async fn client_headers_never_reach_the_upstream() {
    let p = stack(Opts::default()).await;
    let a = p
        .send(
            p.client
                .get(p.url("/api/devices"))
                .bearer_auth(token(Role::Viewer))
                .header("x-merchant-id", playground::OTHER_MERCHANT)
                .header("cookie", "session=stolen")
                .header("x-forwarded-for", "10.0.0.1")
                .header("proxy-authorization", "Basic eA==")
                .header("te", "trailers")
                .header("x-api-key", playground::OTHER_KEY),
        )
        .await;
    let page = a.ok(200);
    assert_eq!(
        page["content"][0]["merchant_id"],
        playground::DEMO_MERCHANT,
        "the token's merchant, not the header's"
    );
    // Every call the list made (the fleet index reads devices, locations and codes).
    let seen = p.upstream.take();
    assert!(seen
        .iter()
        .any(|s| s.path_and_query.starts_with("/ipp/v1/devices?")));
    for call in &seen {
        let names: Vec<&str> = call.headers.iter().map(|(k, _)| k.as_str()).collect();
        for forbidden in [
            "cookie",
            "x-forwarded-for",
            "proxy-authorization",
            "te",
            "x-api-key",
        ] {
            assert!(
                !names.contains(&forbidden),
                "{forbidden} was forwarded: {names:?}"
            );
        }
        assert_eq!(call.merchant.as_deref(), Some(playground::DEMO_MERCHANT));
        assert!(call
            .authorization
            .as_deref()
            .unwrap()
            .starts_with("Basic kco_test_api_"));
    }
}
