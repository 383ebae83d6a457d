//! A session: what it may do, how it ends (sign-out, idle, absolute), that changes made
//! with it come from the console only, and that replicas share it through PostgreSQL.

use reqwest::Method;
use serde_json::json;

use super::*;
use crate::database::Gate;

async fn signed_in(p: &Proxy, idp: &Provider) -> String {
    let a = sign_in_with(p, idp, |i, n| Key::rsa("k1").sign(&i.claims(n))).await;
    session_of(&a)
}

#[tokio::test]
async fn a_session_reads_changes_from_the_console_only_and_is_attributed() {
    let (p, idp, _) = console(vec![Key::rsa("k1")], &[]).await;
    let a = sign_in_with(&p, &idp, |i, n| Key::rsa("k1").sign(&i.claims(n))).await;
    assert_eq!(location(&a), "/devices");
    let set: Vec<&str> = a
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    let session_cookie = set
        .iter()
        .find(|c| c.starts_with("__Host-console-session="))
        .unwrap();
    for part in [
        "Path=/",
        "HttpOnly",
        "Secure",
        "SameSite=Lax",
        "Max-Age=28800",
    ] {
        assert!(session_cookie.contains(part), "{session_cookie}");
    }
    assert!(!session_cookie.contains("Domain"), "{session_cookie}");
    assert!(
        set.iter()
            .any(|c| c.starts_with("__Host-console-sign-in=;")),
        "{set:?}"
    );
    let session = session_of(&a);

    let who = me(&p, &session).await.ok(200);
    assert_eq!(
        (
            who["subject"].as_str(),
            who["name"].as_str(),
            who["role"].as_str()
        ),
        (Some("user-ann"), Some("Ann Store"), Some("operator"))
    );
    assert_eq!(who["merchant_id"], playground::DEMO_MERCHANT);
    assert_eq!(who["locations"], Value::Null);

    let loc = p.locations()[0].clone();
    let body = json!({"location_id": loc, "metadata": {"till": "oidc"}}).to_string();
    let create = |req: reqwest::RequestBuilder| {
        req.header("content-type", "application/json")
            .body(body.clone())
    };
    let url = p.url("/api/enrollments");
    // Made from another site, or without the console's header: refused, nothing created.
    for (origin, header) in [
        (Some("https://evil.example"), true),
        (None, true),
        (Some(p.base.as_str()), false),
    ] {
        let mut req = create(p.client.post(&url))
            .header("cookie", format!("__Host-console-session={session}"));
        if let Some(o) = origin {
            req = req.header("origin", o);
        }
        if header {
            req = req.header("x-console-csrf", "1");
        }
        let refused = p.send(req).await.problem(403);
        assert!(
            refused["detail"]
                .as_str()
                .unwrap()
                .contains("only from the console itself"),
            "{refused}"
        );
    }
    // A cross-site form post (no header, a form's content type).
    let form = p
        .client
        .post(&url)
        .header("cookie", format!("__Host-console-session={session}"))
        .header("origin", "https://evil.example")
        .header("content-type", "application/x-www-form-urlencoded")
        .body("location_id=x");
    p.send(form).await.problem(403);
    let created = p
        .send(with_session(&p, create(p.client.post(&url)), &session))
        .await
        .ok(201);
    // The activity names who did it.
    let id = created["enrollment_id"].as_str().unwrap();
    let trail = p
        .send(with_session(
            &p,
            p.client
                .get(p.url(&format!("/api/activity?enrollment_id={id}"))),
            &session,
        ))
        .await
        .ok(200);
    let entry = trail["content"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "enrollment.create")
        .unwrap()
        .clone();
    assert_eq!(
        entry["actor"],
        json!({"sub": "user-ann", "name": "Ann Store"})
    );
    // A bearer token (embedded use) still works beside it, a cookie or not.
    let bearer = p
        .client
        .get(p.url("/api/session"))
        .bearer_auth(token(ipp::console::Role::Viewer))
        .header("cookie", format!("__Host-console-session={session}"));
    assert_eq!(p.send(bearer).await.ok(200)["role"], "viewer");
}

#[tokio::test]
async fn signing_out_ends_the_session_here_and_at_the_provider() {
    let (p, idp, db) = console(vec![Key::rsa("k1")], &[]).await;
    let session = signed_in(&p, &idp).await;
    let out = p.url("/auth/sign-out");
    // Not from another site.
    let forged = p
        .client
        .post(&out)
        .header("cookie", format!("__Host-console-session={session}"))
        .header("origin", "https://evil.example");
    let forged = p.send(forged).await;
    forged.problem(403);
    me(&p, &session).await.ok(200);
    let a = p
        .send(with_session(&p, p.client.post(&out), &session))
        .await;
    assert_eq!(
        set_cookie(&a, "__Host-console-session").as_deref(),
        Some("")
    );
    let next = Url::parse(a.ok(200)["redirect"].as_str().unwrap()).unwrap();
    assert_eq!(
        next.as_str().split('?').next(),
        Some(format!("{}/session/end", idp.issuer).as_str())
    );
    let q: std::collections::HashMap<_, _> = next.query_pairs().into_owned().collect();
    assert_eq!(q["client_id"], CLIENT_ID);
    assert_eq!(
        q["post_logout_redirect_uri"],
        p.url("/sign-in?signed_out=1")
    );
    assert!(!q.contains_key("id_token_hint"));
    let gone = me(&p, &session).await.problem(401);
    assert!(
        gone["detail"].as_str().unwrap().contains("Sign in again"),
        "{gone}"
    );
    assert_eq!(sessions_in(&db).await, 0);
}

#[tokio::test]
async fn sessions_end_when_idle_and_at_their_absolute_limit() {
    let (p, idp, db) = console(
        vec![Key::rsa("k1")],
        &["--session-idle-minutes", "30", "--session-max-hours", "8"],
    )
    .await;
    let ms = |d: chrono::Duration| (chrono::Utc::now() + d).timestamp_millis();

    // Used two minutes ago: still on, and its last use is written now.
    let s1 = signed_in(&p, &idp).await;
    execute(
        &db,
        format!(
            "UPDATE sessions SET seen_ms = {}",
            ms(chrono::Duration::minutes(-2))
        ),
    )
    .await;
    me(&p, &s1).await.ok(200);
    execute(
        &db,
        format!(
            "UPDATE sessions SET seen_ms = seen_ms - {} WHERE seen_ms < {}",
            29 * 60_000,
            ms(chrono::Duration::minutes(-1))
        ),
    )
    .await;
    // (Had the use not been written, the session would now be 31 minutes idle.)
    me(&p, &s1).await.ok(200);
    // 31 minutes without use: over.
    execute(
        &db,
        format!(
            "UPDATE sessions SET seen_ms = {}",
            ms(chrono::Duration::minutes(-31))
        ),
    )
    .await;
    let idle = me(&p, &s1).await.problem(401);
    assert!(
        idle["detail"]
            .as_str()
            .unwrap()
            .contains("30 minutes without use"),
        "{idle}"
    );

    // Used a moment ago, but signed in over 8 hours ago: over.
    let s2 = signed_in(&p, &idp).await;
    me(&p, &s2).await.ok(200);
    execute(
        &db,
        format!(
            "UPDATE sessions SET expires_ms = {}",
            ms(chrono::Duration::seconds(-1))
        ),
    )
    .await;
    me(&p, &s2).await.problem(401);
    // A made-up cookie is no session.
    me(&p, "made-up-session-value").await.problem(401);
}

#[tokio::test]
async fn with_the_database_down_sign_in_says_the_console_is_unavailable() {
    let url = new_postgres_database().await;
    let (server, name) = url.rsplit_once('/').unwrap();
    let gate = Gate::start(server.rsplit_once(':').unwrap().1.parse().unwrap()).await;
    let via = format!("postgres://postgres@127.0.0.1:{}/{name}", gate.port);
    let idp = Provider::start(vec![Key::rsa("k1")]).await;
    let mut extra_args = oidc_args(&idp);
    extra_args.extend(["--database-url".into(), via]);
    let p = stack(Opts {
        extra_args,
        ..Opts::default()
    })
    .await;
    let session = signed_in(&p, &idp).await;

    gate.open.send(false).unwrap();
    let a = p.send(p.client.get(p.url("/auth/sign-in"))).await;
    assert_eq!(refusal(&a), "unavailable");
    let down = me(&p, &session).await.problem(503);
    assert!(
        down["detail"].as_str().unwrap().contains("your session"),
        "{down}"
    );

    gate.open.send(true).unwrap();
    me(&p, &session).await.ok(200);
}

#[tokio::test]
async fn replicas_share_sessions_through_postgresql() {
    let db = new_postgres_database().await;
    let idp = Provider::start(vec![Key::rsa("k1")]).await;
    let replica = || {
        let mut extra_args = oidc_args(&idp);
        extra_args.extend(["--database-url".into(), db.clone()]);
        stack(Opts {
            extra_args,
            ..Opts::default()
        })
    };
    let (a, b) = (replica().await, replica().await);
    // Signed in through one, used through the other (each checks its own origin).
    let session = signed_in(&a, &idp).await;
    let who = me(&b, &session).await.ok(200);
    assert_eq!(who["subject"], "user-ann");
    let loc = b.locations()[0].clone();
    let create = b
        .client
        .post(b.url("/api/enrollments"))
        .header("content-type", "application/json")
        .body(json!({"location_id": loc}).to_string());
    b.send(with_session(&b, create, &session)).await.ok(201);
    // Signed out through the second, over on the first.
    b.send(with_session(
        &b,
        b.client.request(Method::POST, b.url("/auth/sign-out")),
        &session,
    ))
    .await
    .ok(200);
    me(&a, &session).await.problem(401);
}
