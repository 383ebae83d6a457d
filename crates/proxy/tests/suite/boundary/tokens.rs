use super::*;

// ---- 6. Tokens fail closed ----

#[tokio::test]
async fn tokens_with_unusable_scopes_or_extreme_times_are_refused() {
    let p = stack(args(&["--token-max-locations", "3"])).await;
    let loc = p.locations()[0].clone();
    let ids = |n: usize| -> Value {
        (0..n)
            .map(|i| Value::String(uuid::Uuid::from_u128(i as u128 + 1).to_string()))
            .collect()
    };
    let cases: Vec<(&str, Value)> = vec![
        (
            "locations null",
            with(base_claims(), "locations", Value::Null),
        ),
        (
            "locations a string",
            with(base_claims(), "locations", json!(loc)),
        ),
        (
            "locations an object",
            with(base_claims(), "locations", json!({"id": loc})),
        ),
        (
            "locations empty",
            with(base_claims(), "locations", json!([])),
        ),
        (
            "locations not UUIDs",
            with(base_claims(), "locations", json!(["store-1"])),
        ),
        (
            "locations numbers",
            with(base_claims(), "locations", json!([1, 2])),
        ),
        (
            "locations over the limit",
            with(base_claims(), "locations", ids(4)),
        ),
        (
            "exp at i64::MAX",
            with(base_claims(), "exp", json!(i64::MAX)),
        ),
        (
            "exp at u64::MAX",
            with(base_claims(), "exp", json!(u64::MAX)),
        ),
        (
            "exp at i64::MIN",
            with(base_claims(), "exp", json!(i64::MIN)),
        ),
        ("exp a huge float", with(base_claims(), "exp", json!(1e300))),
        (
            "iat at i64::MIN",
            with(base_claims(), "iat", json!(i64::MIN)),
        ),
        (
            "iat at i64::MAX",
            with(base_claims(), "iat", json!(i64::MAX)),
        ),
        (
            "nbf at i64::MAX",
            with(base_claims(), "nbf", json!(i64::MAX)),
        ),
        (
            "nbf at u64::MAX",
            with(base_claims(), "nbf", json!(u64::MAX)),
        ),
        (
            "nbf at i64::MIN",
            with(base_claims(), "nbf", json!(i64::MIN)),
        ),
        (
            "exp and iat both extreme",
            with(
                with(base_claims(), "exp", json!(i64::MAX)),
                "iat",
                json!(i64::MIN),
            ),
        ),
    ];
    let mut failed = Vec::new();
    for (case, c) in &cases {
        let a = p.get("/api/session", &hs(c)).await;
        if a.status != 401 || a.body["request_id"].is_null() {
            failed.push(format!("{case}: {} {}", a.status, a.text));
        }
    }
    // A JWS header with `crit` (RFC 7515 §4.1.11).
    let header = json!({"alg": "HS256", "typ": "JWT", "crit": ["exp"]});
    let crit = sign_with_header(&base_claims(), header);
    let a = p.get("/api/session", &crit).await;
    if a.status != 401 {
        failed.push(format!("crit: {} {}", a.status, a.text));
    }
    assert!(
        failed.is_empty(),
        "accepted or mishandled:\n{}",
        failed.join("\n")
    );

    // Ids named twice count once; at the limit is fine; absent is every location.
    let twice = with(base_claims(), "locations", json!([loc, loc, loc, loc, loc]));
    let s = p.get("/api/session", &hs(&twice)).await.ok(200);
    assert_eq!(s["locations"], json!([loc]));
    p.get(
        "/api/session",
        &hs(&with(base_claims(), "locations", ids(3))),
    )
    .await
    .ok(200);
    let mut all = base_claims();
    all.as_object_mut().unwrap().remove("locations");
    let s = p.get("/api/session", &hs(&all)).await.ok(200);
    assert!(s.get("locations").is_none(), "{s}");
}
