use super::*;

// ---- 4. Nothing changes unrecorded ----

/// An upstream that knows one device and applies a PUT to it after `delay`.
async fn slow_writes(delay: Duration) -> (String, Seen) {
    upstream(move |line: String| async move {
        if line.starts_with("PUT ") {
            tokio::time::sleep(delay).await;
        }
        (
            StatusCode::OK,
            device(DEVICE, MINE, playground::DEMO_MERCHANT),
        )
    })
    .await
}

fn rename() -> Value {
    json!({"name": "Renamed", "metadata": {"till": "1"}, "location_id": MINE})
}

#[tokio::test]
async fn a_change_cut_off_by_the_time_limit_still_runs_to_its_end_and_is_recorded() {
    let (up, seen) = slow_writes(Duration::from_millis(2500)).await;
    let p = proxy_for(&up, args(&["--request-timeout-secs", "1"])).await;
    let a = p
        .call(
            Method::PUT,
            &format!("/api/devices/{DEVICE}"),
            Some(&token(Role::Operator)),
            Some(rename()),
        )
        .await;
    let rid = a.request_id();
    let problem = a.problem(503);
    assert!(problem["detail"]
        .as_str()
        .unwrap()
        .contains("may still be made"));
    eventually("the change's audit entry", Duration::from_secs(20), || {
        !audit_for(&rid).is_empty()
    })
    .await;
    let entry = &audit_for(&rid)[0];
    assert_eq!(entry["outcome"], "applied", "{entry}");
    assert_eq!(seen.count("PUT "), 1);
}

#[tokio::test]
async fn a_change_whose_client_hangs_up_is_still_recorded() {
    let id = "880e8400-e29b-41d4-a716-446655440008";
    let (up, seen) = upstream(move |line: String| async move {
        if line.starts_with("DELETE ") {
            tokio::time::sleep(Duration::from_millis(800)).await;
            return (StatusCode::NO_CONTENT, Value::Null);
        }
        (StatusCode::OK, device(id, MINE, playground::DEMO_MERCHANT))
    })
    .await;
    let p = proxy_for(&up, Opts::default()).await;
    let mut s = TcpStream::connect(p.addr).await.unwrap();
    let t = token(Role::Admin);
    s.write_all(
        format!(
            "DELETE /api/devices/{id} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {t}\r\n\r\n"
        )
        .as_bytes(),
    )
    .await
    .unwrap();
    // Gone before any answer.
    eventually("the DELETE upstream", Duration::from_secs(20), || {
        seen.count("DELETE ") == 1
    })
    .await;
    drop(s);
    eventually("the audit entry", Duration::from_secs(20), || {
        !audit_of_target(id).is_empty()
    })
    .await;
    let entry = &audit_of_target(id)[0];
    assert_eq!(entry["action"], "device.deregister");
    assert_eq!(entry["outcome"], "applied", "{entry}");
}

#[tokio::test]
async fn a_change_without_an_answer_is_recorded_as_unknown() {
    let (up, seen) = slow_writes(Duration::from_secs(5)).await;
    let p = proxy_for(&up, args(&["--upstream-timeout-ms", "700"])).await;
    let a = p
        .call(
            Method::PUT,
            &format!("/api/devices/{DEVICE}"),
            Some(&token(Role::Operator)),
            Some(rename()),
        )
        .await;
    let rid = a.request_id();
    a.problem(504);
    let entry = &audit_for(&rid)[0];
    assert_eq!(entry["outcome"], "unknown", "{entry}");
    assert_eq!(entry["status"], 504);
    assert_eq!(seen.count("PUT "), 1);
}

#[tokio::test]
async fn refused_changes_are_recorded_as_refused() {
    let p = stack(Opts::default()).await;
    let d = p.device_at(&p.locations()[0]);
    let path = format!("/api/devices/{}", d.id);
    let op = token(Role::Operator);
    let huge = "x".repeat(70 * 1024);
    let cases: Vec<(&str, reqwest::RequestBuilder, u16)> = vec![
        (
            "too large (413)",
            p.client
                .put(p.url(&path))
                .bearer_auth(&op)
                .header("content-type", "application/json")
                .body(format!("{{\"name\": \"{huge}\"}}")),
            413,
        ),
        (
            "not JSON (415)",
            p.client
                .put(p.url(&path))
                .bearer_auth(&op)
                .header("content-type", "text/plain")
                .body(rename().to_string()),
            415,
        ),
        (
            "invalid (400)",
            p.client
                .put(p.url(&path))
                .bearer_auth(&op)
                .header("content-type", "application/json")
                .body("{\"name\": 7}"),
            400,
        ),
        (
            "not allowed (403)",
            p.client
                .put(p.url(&path))
                .bearer_auth(token(Role::Viewer))
                .header("content-type", "application/json")
                .body(rename().to_string()),
            403,
        ),
    ];
    for (case, req, status) in cases {
        let a = p.send(req).await;
        let rid = a.request_id();
        assert_eq!(a.status.as_u16(), status, "{case}: {}", a.text);
        let entries = audit_for(&rid);
        assert_eq!(entries.len(), 1, "{case}: {entries:?}");
        assert_eq!(entries[0]["outcome"], "refused", "{case}");
        assert_eq!(entries[0]["status"], status, "{case}");
        assert!(
            entries[0]["reason"].as_str().is_some_and(|r| !r.is_empty()),
            "{case}"
        );
    }
    assert!(p.upstream.take().iter().all(|s| s.method == "GET"));
}
