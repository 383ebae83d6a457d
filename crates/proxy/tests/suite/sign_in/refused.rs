//! Every forged, replayed or stale answer is refused with a code the sign-in page
//! explains, and leaves no session.

use base64::Engine;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::json;

use super::*;

/// An unsigned token (`alg: none`).
fn unsigned(claims: &Value) -> String {
    let b64 = |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    remember(&format!(
        "{}.{}.",
        b64(&json!({"alg": "none", "typ": "JWT"})),
        b64(claims)
    ))
}

/// HS256 signed with `secret`: what an attacker does with a public key, or with the
/// client secret the console shares with the provider.
fn hs256(claims: &Value, secret: &[u8]) -> String {
    let mut h = Header::new(Algorithm::HS256);
    h.kid = Some("k1".into());
    remember(&jsonwebtoken::encode(&h, claims, &EncodingKey::from_secret(secret)).unwrap())
}

#[tokio::test]
async fn forged_and_stale_id_tokens_are_refused_without_a_session() {
    let (p, idp, db) = console(vec![Key::rsa("k1")], &[]).await;
    let k1 = Key::rsa("k1");
    let now = chrono::Utc::now().timestamp();
    type Make = Box<dyn FnOnce(&Provider, &str) -> String>;
    let cases: Vec<(&str, Make, &str)> = vec![
        (
            "a wrong nonce",
            Box::new(move |i, _| Key::rsa("k1").sign(&i.claims("another-nonce"))),
            "token",
        ),
        (
            "no nonce",
            Box::new(move |i, n| Key::rsa("k1").sign(&with(i.claims(n), json!({"nonce": null})))),
            "token",
        ),
        (
            "expired",
            Box::new(move |i, n| {
                Key::rsa("k1").sign(&with(
                    i.claims(n),
                    json!({"iat": now - 600, "exp": now - 10}),
                ))
            }),
            "token",
        ),
        (
            "issued in the future",
            Box::new(move |i, n| {
                Key::rsa("k1").sign(&with(
                    i.claims(n),
                    json!({"iat": now + 3_600, "exp": now + 4_000}),
                ))
            }),
            "token",
        ),
        (
            "another issuer",
            Box::new(move |i, n| {
                Key::rsa("k1").sign(&with(
                    i.claims(n),
                    json!({"iss": "https://idp.evil.example"}),
                ))
            }),
            "token",
        ),
        (
            "another audience",
            Box::new(move |i, n| {
                Key::rsa("k1").sign(&with(i.claims(n), json!({"aud": "another-app"})))
            }),
            "token",
        ),
        (
            "unsigned (alg none)",
            Box::new(|i, n| unsigned(&i.claims(n))),
            "token",
        ),
        (
            "HS256 with the public key",
            Box::new(|i, n| {
                hs256(
                    &i.claims(n),
                    include_bytes!("../../fixtures/rsa-public.pem"),
                )
            }),
            "token",
        ),
        (
            "HS256 with the client secret",
            Box::new(|i, n| hs256(&i.claims(n), OIDC_SECRET.as_bytes())),
            "token",
        ),
        (
            "ES256 under the RSA key's id",
            Box::new(|i, n| {
                Key {
                    kid: "k1".into(),
                    ..Key::ec("k1")
                }
                .sign(&i.claims(n))
            }),
            "token",
        ),
        (
            "a user in no mapped group",
            Box::new(move |i, n| {
                Key::rsa("k1").sign(&with(i.claims(n), json!({"groups": ["canteen"]})))
            }),
            "no_role",
        ),
        (
            "a user with no groups claim",
            Box::new(move |i, n| Key::rsa("k1").sign(&with(i.claims(n), json!({"groups": null})))),
            "no_role",
        ),
    ];
    for (what, make, code) in cases {
        let a = sign_in_with(&p, &idp, make).await;
        assert_eq!(refusal(&a), code, "{what}");
    }
    assert_eq!(sessions_in(&db).await, 0);
    // The same provider and console sign in a proper token.
    let a = sign_in_with(&p, &idp, |i, n| k1.sign(&i.claims(n))).await;
    assert_eq!(location(&a), "/devices");
    session_of(&a);
    assert_eq!(sessions_in(&db).await, 1);
}

#[tokio::test]
async fn a_tampered_state_another_browser_and_a_replay_are_refused() {
    let (p, idp, db) = console(vec![Key::rsa("k1")], &[]).await;
    let k1 = Key::rsa("k1");
    // The state changed on the way back.
    let s = start(&p, "/").await;
    idp.grant("c1", &s.challenge, k1.sign(&idp.claims(&s.nonce)));
    let tampered = format!("{}x", &s.state[..s.state.len() - 1]);
    let a = callback(&p, &[("code", "c1"), ("state", &tampered)], Some(&s.cookie)).await;
    assert_eq!(refusal(&a), "state");
    // Finished in a browser that did not start it (no cookie, or another one's).
    let s = start(&p, "/").await;
    idp.grant("c2", &s.challenge, k1.sign(&idp.claims(&s.nonce)));
    let a = callback(&p, &[("code", "c2"), ("state", &s.state)], None).await;
    assert_eq!(refusal(&a), "state");
    let s = start(&p, "/").await;
    let other = start(&p, "/").await;
    idp.grant("c3", &s.challenge, k1.sign(&idp.claims(&s.nonce)));
    let a = callback(
        &p,
        &[("code", "c3"), ("state", &s.state)],
        Some(&other.cookie),
    )
    .await;
    assert_eq!(refusal(&a), "state");
    // No state at all; the provider's own refusal.
    let a = callback(&p, &[("code", "c3")], Some(&s.cookie)).await;
    assert_eq!(refusal(&a), "state");
    let s = start(&p, "/").await;
    let a = callback(
        &p,
        &[("error", "access_denied"), ("state", &s.state)],
        Some(&s.cookie),
    )
    .await;
    assert_eq!(refusal(&a), "provider_refused");
    assert_eq!(sessions_in(&db).await, 0);

    // A good sign-in, then the same answer again, and its code with a fresh state.
    let s = start(&p, "/jobs").await;
    idp.grant("c4", &s.challenge, k1.sign(&idp.claims(&s.nonce)));
    let query = [("code", "c4"), ("state", s.state.as_str())];
    let a = callback(&p, &query, Some(&s.cookie)).await;
    assert_eq!(location(&a), "/jobs");
    let again = callback(&p, &query, Some(&s.cookie)).await;
    assert_eq!(refusal(&again), "state");
    let fresh = start(&p, "/").await;
    let a = callback(
        &p,
        &[("code", "c4"), ("state", &fresh.state)],
        Some(&fresh.cookie),
    )
    .await;
    assert_eq!(refusal(&a), "provider_refused");
    // A code granted to another PKCE challenge (a stolen code) is refused too.
    let s = start(&p, "/").await;
    idp.grant("c5", &fresh.challenge, k1.sign(&idp.claims(&s.nonce)));
    let a = callback(&p, &[("code", "c5"), ("state", &s.state)], Some(&s.cookie)).await;
    assert_eq!(refusal(&a), "provider_refused");
    assert_eq!(sessions_in(&db).await, 1);
}

#[tokio::test]
async fn rotated_keys_are_read_again_and_an_unknown_key_id_is_refused() {
    let (p, idp, _) = console(vec![Key::rsa("k1")], &[]).await;
    let a = sign_in_with(&p, &idp, |i, n| Key::rsa("k1").sign(&i.claims(n))).await;
    session_of(&a);
    let reads = idp.key_reads();
    // The provider rotates to a new key: the console reads the keys again and accepts it.
    idp.publish(vec![Key::ec("k2")]);
    let a = sign_in_with(&p, &idp, |i, n| Key::ec("k2").sign(&i.claims(n))).await;
    session_of(&a);
    assert_eq!(idp.key_reads(), reads + 1);

    // On another console: a key id that the provider's keys, read again, still lack.
    let (p, idp, db) = console(vec![Key::rsa("k1")], &[]).await;
    start(&p, "/").await; // discovery (which reads the keys) done
    let reads = idp.key_reads();
    let a = sign_in_with(&p, &idp, |i, n| {
        Key {
            kid: "k9".into(),
            ..Key::rsa("k1")
        }
        .sign(&i.claims(n))
    })
    .await;
    assert_eq!(refusal(&a), "token");
    assert_eq!(idp.key_reads(), reads + 1, "the keys were read again once");
    assert_eq!(sessions_in(&db).await, 0);
}

#[tokio::test]
async fn a_configured_locations_claim_is_required_and_scopes_the_session() {
    let (p, idp, db) = console(
        vec![Key::rsa("k1")],
        &["--oidc-locations-claim", "locations"],
    )
    .await;
    let loc = p.locations()[1].clone();
    for bad in [
        json!(null),
        json!([]),
        json!(["not-a-location-id"]),
        json!("everywhere"),
    ] {
        let a = sign_in_with(&p, &idp, |i, n| {
            let mut c = i.claims(n);
            if !bad.is_null() {
                c["locations"] = bad.clone();
            }
            Key::rsa("k1").sign(&c)
        })
        .await;
        assert_eq!(refusal(&a), "no_locations", "{bad}");
    }
    assert_eq!(sessions_in(&db).await, 0);
    let a = sign_in_with(&p, &idp, |i, n| {
        Key::rsa("k1").sign(&with(i.claims(n), json!({"locations": [loc]})))
    })
    .await;
    let session = session_of(&a);
    let who = me(&p, &session).await.ok(200);
    assert_eq!(who["locations"], json!([loc]));
    assert_eq!(who["role"], "operator");
    // Only that location's devices, and no other location's.
    let devices = p
        .send(with_session(
            &p,
            p.client.get(p.url("/api/devices?page_size=100")),
            &session,
        ))
        .await
        .ok(200);
    let listed = devices["content"].as_array().unwrap();
    assert!(!listed.is_empty());
    assert!(
        listed.iter().all(|d| d["location_id"] == loc.as_str()),
        "{devices}"
    );
    let other = p.locations()[0].clone();
    p.send(with_session(
        &p,
        p.client
            .get(p.url(&format!("/api/devices?location_id={other}"))),
        &session,
    ))
    .await
    .problem(403);
}

#[tokio::test]
async fn a_flood_of_sign_ins_started_is_capped_and_the_cap_frees_as_they_expire() {
    let (p, _idp, db) = console(vec![Key::rsa("k1")], &[]).await;
    let later = (chrono::Utc::now() + chrono::Duration::minutes(10)).timestamp_millis();
    // 10,000 sign-ins started by someone and never finished.
    execute(&db, format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) \
         INSERT INTO sign_ins (state_hash, browser_hash, nonce, pkce_verifier, return_to, created_ms, expires_ms) \
         SELECT 'flood-' || i, 'b', 'n', 'v', '/', 0, {later} FROM n"
    ))
    .await;
    let a = p.send(p.client.get(p.url("/auth/sign-in"))).await;
    assert_eq!(refusal(&a), "busy");
    execute(&db, "UPDATE sign_ins SET expires_ms = 0".into()).await;
    start(&p, "/").await;
}
