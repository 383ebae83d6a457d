use super::*;

#[tokio::test]
async fn forged_expired_and_malformed_tokens() {
    let p = stack(Opts::default()).await;
    let hs = |c: Value| {
        sign_with_value(
            &c,
            Algorithm::HS256,
            &EncodingKey::from_secret(SECRET.as_bytes()),
        )
    };
    let bearer = |t: String| Some(format!("Bearer {t}"));
    let base = claims_json(Role::Admin);
    let rsa = EncodingKey::from_rsa_pem(include_bytes!("../../fixtures/rsa-private.pem")).unwrap();
    let tampered = {
        let t = token(Role::Viewer);
        let parts: Vec<&str> = t.split('.').collect();
        let payload = b64(&with(claims_json(Role::Viewer), "roles", json!(["admin"])));
        remember(&format!("{}.{payload}.{}", parts[0], parts[2]))
    };
    let cases: Vec<(&str, Option<String>, u16)> = vec![
        ("no authorization", None, 401),
        (
            "the API key as Basic",
            Some(format!("Basic {}", playground::DEMO_KEY)),
            401,
        ),
        ("empty bearer", Some("Bearer ".into()), 401),
        ("bearer of garbage", Some("Bearer not.a.token".into()), 401),
        (
            "signed with another secret",
            bearer(sign_with_value(
                &base,
                Algorithm::HS256,
                &EncodingKey::from_secret(b"another-secret-another-secret-0123456789"),
            )),
            401,
        ),
        (
            "expired",
            bearer(hs(with(
                with(base.clone(), "exp", json!(now() - 120)),
                "iat",
                json!(now() - 300),
            ))),
            401,
        ),
        (
            "not yet valid",
            bearer(hs(with(base.clone(), "nbf", json!(now() + 600)))),
            401,
        ),
        (
            "issued in the future",
            bearer(hs(with(
                with(base.clone(), "iat", json!(now() + 600)),
                "exp",
                json!(now() + 700),
            ))),
            401,
        ),
        (
            "wrong audience",
            bearer(hs(with(base.clone(), "aud", json!("another-app")))),
            401,
        ),
        (
            "wrong issuer",
            bearer(hs(with(base.clone(), "iss", json!("https://evil.example")))),
            401,
        ),
        ("no subject", bearer(hs(without(base.clone(), "sub"))), 401),
        ("no expiry", bearer(hs(without(base.clone(), "exp"))), 401),
        (
            "lives too long",
            bearer(hs(with(base.clone(), "exp", json!(now() + 3600)))),
            401,
        ),
        (
            "alg none, unsigned",
            bearer(handmade(
                json!({"alg": "none", "typ": "JWT"}),
                base.clone(),
                "",
            )),
            401,
        ),
        (
            "alg none, with a signature",
            bearer(handmade(
                json!({"alg": "none"}),
                base.clone(),
                "c2lnbmF0dXJl",
            )),
            401,
        ),
        (
            "alg NONE in capitals",
            bearer(handmade(json!({"alg": "NONE"}), base.clone(), "")),
            401,
        ),
        (
            "RS256 to an HS256 proxy",
            bearer(sign_with_value(&base, Algorithm::RS256, &rsa)),
            401,
        ),
        (
            "HS512 instead of HS256",
            bearer(sign_with_value(
                &base,
                Algorithm::HS512,
                &EncodingKey::from_secret(SECRET.as_bytes()),
            )),
            401,
        ),
        (
            "payload tampered after signing",
            Some(format!("Bearer {tampered}")),
            401,
        ),
        (
            "empty merchant",
            bearer(hs(with(base.clone(), "merchant_id", json!("")))),
            401,
        ),
        (
            "location that is not an id",
            bearer(hs(with(base.clone(), "locations", json!(["../all"])))),
            401,
        ),
        (
            "a token of 10 KB",
            Some(format!("Bearer {}", "a".repeat(10 * 1024))),
            401,
        ),
        (
            "no console role",
            bearer(hs(with(base.clone(), "roles", json!([])))),
            403,
        ),
        (
            "an unknown role",
            bearer(hs(with(base.clone(), "roles", json!(["superuser"])))),
            403,
        ),
        (
            "a merchant the proxy has no key for",
            bearer(hs(with(base.clone(), "merchant_id", json!("DM99999999")))),
            403,
        ),
    ];
    assert!(cases.len() >= 25);
    let mut checked = Cases::default();
    for (case, auth, status) in cases {
        let mut req = p.client.get(p.url("/api/devices"));
        if let Some(a) = auth {
            req = req.header("authorization", a);
        }
        checked.refused(&p, case, p.send(req).await, status);
    }
    checked.all_held();
}

#[tokio::test]
async fn algorithm_confusion_against_a_public_key_proxy() {
    let dir = std::env::temp_dir().join(format!("console-keys-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let public = include_bytes!("../../fixtures/rsa-public.pem");
    std::fs::write(dir.join("rsa.pem"), public).unwrap();
    let (addr, rec, _store) = recorded_playground(false).await;
    let mut p = proxy_for(
        &format!("http://{addr}"),
        Opts {
            extra_args: vec![
                "--token-public-key".into(),
                dir.join("rsa.pem").to_str().unwrap().into(),
                "--token-algorithm".into(),
                "RS256".into(),
            ],
            ..Opts::default()
        },
    )
    .await;
    p.upstream = rec;
    let base = claims_json(Role::Viewer);
    let rsa = EncodingKey::from_rsa_pem(include_bytes!("../../fixtures/rsa-private.pem")).unwrap();
    let ec = EncodingKey::from_ec_pem(include_bytes!("../../fixtures/ec-private.pem")).unwrap();
    let cases = [
        (
            "HS256 keyed with the public key",
            sign_with_value(&base, Algorithm::HS256, &EncodingKey::from_secret(public)),
        ),
        (
            "HS256 keyed with the suite's secret",
            sign_with_value(
                &base,
                Algorithm::HS256,
                &EncodingKey::from_secret(SECRET.as_bytes()),
            ),
        ),
        (
            "ES256 to an RS256 proxy",
            sign_with_value(&base, Algorithm::ES256, &ec),
        ),
        (
            "alg none",
            handmade(json!({"alg": "none"}), base.clone(), ""),
        ),
        ("RS256 with a forged signature", {
            let t = sign_with_value(&base, Algorithm::RS256, &rsa);
            let (head, _) = t.rsplit_once('.').unwrap();
            remember(&format!("{head}.{}", "A".repeat(342)))
        }),
    ];
    let mut checked = Cases::default();
    for (case, t) in cases {
        let a = p
            .send(p.client.get(p.url("/api/devices")).bearer_auth(&t))
            .await;
        checked.refused(&p, case, a, 401);
    }
    checked.all_held();
    // The right key and algorithm work.
    let good = sign_with_value(&base, Algorithm::RS256, &rsa);
    p.send(p.client.get(p.url("/api/session")).bearer_auth(&good))
        .await
        .ok(200);
}

#[tokio::test]
async fn es256_and_eddsa_keys_verify_their_own_tokens_only() {
    for (alg_name, public, private, alg) in [
        (
            "ES256",
            &include_bytes!("../../fixtures/ec-public.pem")[..],
            &include_bytes!("../../fixtures/ec-private.pem")[..],
            Algorithm::ES256,
        ),
        (
            "EdDSA",
            &include_bytes!("../../fixtures/ed-public.pem")[..],
            &include_bytes!("../../fixtures/ed-private.pem")[..],
            Algorithm::EdDSA,
        ),
    ] {
        let file =
            std::env::temp_dir().join(format!("console-{alg_name}-{}.pem", uuid::Uuid::new_v4()));
        std::fs::write(&file, public).unwrap();
        let p = proxy_for(
            "http://127.0.0.1:9",
            Opts {
                extra_args: vec![
                    "--token-public-key".into(),
                    file.to_str().unwrap().into(),
                    "--token-algorithm".into(),
                    alg_name.into(),
                ],
                ..Opts::default()
            },
        )
        .await;
        // Read at start.
        let _ = std::fs::remove_file(&file);
        let key = match alg {
            Algorithm::ES256 => EncodingKey::from_ec_pem(private).unwrap(),
            _ => EncodingKey::from_ed_pem(private).unwrap(),
        };
        let base = claims_json(Role::Viewer);
        p.send(
            p.client
                .get(p.url("/api/session"))
                .bearer_auth(sign_with_value(&base, alg, &key)),
        )
        .await
        .ok(200);
        let hs = sign_with_value(&base, Algorithm::HS256, &EncodingKey::from_secret(public));
        p.send(p.client.get(p.url("/api/session")).bearer_auth(hs))
            .await
            .problem(401);
    }
}
