use super::*;

// ---- 7. Secrets stay secret ----

#[tokio::test]
async fn an_upstream_that_echoes_the_api_key_is_not_repeated() {
    let router = Router::new().fallback(any(|req: Request| async move {
        let auth = req
            .headers()
            .get("authorization")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            [("content-type", "application/problem+json")],
            json!({"title": format!("Rejected {auth}"), "detail": format!("header was {auth}"),
                   "errors": {"authorization": auth}})
            .to_string(),
        )
    }));
    let up = format!("http://{}", serve(router).await);
    let p = proxy_for(&up, Opts::default()).await;
    // `answer` (common) fails on any secret in the body or headers; the suite's log scan
    // covers the log lines.
    let problem = p
        .call(
            Method::POST,
            "/api/enrollments",
            Some(&token(Role::Admin)),
            Some(json!({"location_id": MINE})),
        )
        .await
        .problem(422);
    assert!(problem.to_string().contains("[redacted]"), "{problem}");
}

#[tokio::test]
async fn the_start_refuses_what_does_not_fit_and_says_what_to_change() {
    let dir = std::env::temp_dir().join(format!("console-start-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), "<html><head></head></html>").unwrap();
    let dist = dir.to_str().unwrap().to_owned();
    let secret = "hunter2-hunter2-hunter2-hunter2-hunter2";
    let start = |extra: &[&str]| {
        let mut a = vec!["device-console", "--dist", &dist, "--token-secret", secret];
        a.extend_from_slice(extra);
        let config = proxy::config::Config::try_parse_from(a).unwrap();
        async move {
            proxy::start::start(&config)
                .await
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        }
    };
    let live = "kco_live_api_RealMoney123";
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "--playground-url",
                "http://127.0.0.1:9",
                "--api-key",
                live,
                "--merchant-id",
                "M1",
            ],
            "cannot be used in playground mode",
        ),
        (
            vec![
                "--upstream",
                "https://api.playground.kustom.co",
                "--api-key",
                live,
                "--merchant-id",
                "M1",
            ],
            "cannot be used with Kustom's playground",
        ),
        (
            vec![
                "--upstream",
                "http://api.kustom.co",
                "--api-key",
                "kco_test_api_abcdefgh",
                "--merchant-id",
                "M1",
            ],
            "use https://",
        ),
        (
            vec![
                "--upstream",
                "https://ops:hunter22@api.kustom.co",
                "--api-key",
                "kco_test_api_abcdefgh",
                "--merchant-id",
                "M1",
            ],
            "https://***@api.kustom.co",
        ),
    ];
    for (extra, says) in cases {
        let e = start(&extra).await;
        assert!(e.contains(says), "{extra:?}: {e}");
        for secret in [live, "hunter22", "kco_test_api_abcdefgh"] {
            assert!(!e.contains(secret), "{extra:?} prints a secret: {e}");
        }
    }
}
