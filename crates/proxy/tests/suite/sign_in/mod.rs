//! Standalone sign-in through the proxy's real addresses, against an identity provider
//! the suite controls ([`provider`]); the real provider (`oidc-provider`) signs in
//! through a browser in the Playwright suite.

mod provider;
mod refused;
mod sessions;

use reqwest::Url;
use serde_json::Value;

use crate::common::*;
pub(crate) use provider::{Key, Provider, CLIENT_ID};

/// The command line of a console with standalone sign-in at `idp`.
pub(crate) fn oidc_args(idp: &Provider) -> Vec<String> {
    [
        "--oidc-issuer",
        &idp.issuer,
        "--oidc-client-id",
        CLIENT_ID,
        "--oidc-client-secret",
        OIDC_SECRET,
        "--oidc-role-map",
        "console-admins=admin,store-managers=operator,staff=viewer",
        "--oidc-merchant",
        playground::DEMO_MERCHANT,
        "--oidc-algorithms",
        "RS256,ES256",
    ]
    .map(String::from)
    .to_vec()
}

/// A console in front of the playground with sign-in at a new provider publishing
/// `keys`; `more` arguments on top.
pub(crate) async fn console(keys: Vec<Key>, more: &[&str]) -> (Proxy, Provider, String) {
    let idp = Provider::start(keys).await;
    let db = database_url(false).await;
    let mut extra_args = oidc_args(&idp);
    extra_args.extend(["--database-url".into(), db.clone()]);
    extra_args.extend(more.iter().map(|s| s.to_string()));
    let p = stack(Opts {
        extra_args,
        ..Opts::default()
    })
    .await;
    (p, idp, db)
}

/// A sign-in the console started: the browser's cookie and what the authorization URL
/// asked of the provider.
pub(crate) struct Started {
    pub cookie: String,
    pub state: String,
    pub nonce: String,
    pub challenge: String,
}

/// A `Set-Cookie` value of the answer, by cookie name (`Some("")` when it is removed).
pub(crate) fn set_cookie(a: &Answer, name: &str) -> Option<String> {
    a.headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with(&format!("{name}=")))
        .map(|c| {
            c[name.len() + 1..]
                .split(';')
                .next()
                .unwrap_or("")
                .to_owned()
        })
}

pub(crate) fn location(a: &Answer) -> String {
    assert_eq!(a.status.as_u16(), 303, "{}", a.text);
    a.headers["location"].to_str().unwrap().to_owned()
}

pub(crate) async fn start(p: &Proxy, return_to: &str) -> Started {
    let a = p
        .send(p.client.get(
            Url::parse_with_params(&p.url("/auth/sign-in"), [("return_to", return_to)]).unwrap(),
        ))
        .await;
    let to = Url::parse(&location(&a)).unwrap();
    let q = |k: &str| {
        to.query_pairs()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.into_owned())
            .unwrap_or_else(|| panic!("no {k} in {to}"))
    };
    assert_eq!(q("response_type"), "code");
    assert_eq!(q("client_id"), CLIENT_ID);
    assert_eq!(q("code_challenge_method"), "S256");
    assert_eq!(q("redirect_uri"), p.url("/auth/callback"));
    assert!(q("scope").split(' ').any(|s| s == "openid"), "{to}");
    let cookie = set_cookie(&a, "__Host-console-sign-in").expect("the sign-in cookie");
    Started {
        cookie: remember(&cookie),
        state: q("state"),
        nonce: q("nonce"),
        challenge: q("code_challenge"),
    }
}

/// The provider's answer reaching the console, in a browser with `cookie`.
pub(crate) async fn callback(p: &Proxy, query: &[(&str, &str)], cookie: Option<&str>) -> Answer {
    let mut req = p
        .client
        .get(Url::parse_with_params(&p.url("/auth/callback"), query).unwrap());
    if let Some(c) = cookie {
        req = req.header("cookie", format!("__Host-console-sign-in={c}"));
    }
    p.send(req).await
}

/// Signs in with the ID token `token` makes of the provider and the nonce; the answer.
pub(crate) async fn sign_in_with(
    p: &Proxy,
    idp: &Provider,
    token: impl FnOnce(&Provider, &str) -> String,
) -> Answer {
    let s = start(p, "/devices").await;
    let code = format!("code-{}", uuid::Uuid::new_v4());
    idp.grant(&code, &s.challenge, token(idp, &s.nonce));
    callback(p, &[("code", &code), ("state", &s.state)], Some(&s.cookie)).await
}

/// The error the sign-in page is sent to explain; asserts that no session came of it.
pub(crate) fn refusal(a: &Answer) -> String {
    let to = location(a);
    assert!(
        set_cookie(a, "__Host-console-session").is_none_or(|v| v.is_empty()),
        "a refused sign-in set a session"
    );
    to.strip_prefix("/sign-in?error=")
        .unwrap_or_else(|| panic!("not to the sign-in page: {to}"))
        .to_owned()
}

/// The session cookie a sign-in set.
pub(crate) fn session_of(a: &Answer) -> String {
    let v = set_cookie(a, "__Host-console-session").expect("a session cookie");
    assert!(!v.is_empty());
    remember(&v)
}

/// A call with the session cookie, as the console in the browser makes it (its origin,
/// its header).
pub(crate) fn with_session(
    p: &Proxy,
    req: reqwest::RequestBuilder,
    session: &str,
) -> reqwest::RequestBuilder {
    req.header("cookie", format!("__Host-console-session={session}"))
        .header("origin", p.base.clone())
        .header("x-console-csrf", "1")
}

/// `GET /api/session` with the session cookie: who the console says is signed in.
pub(crate) async fn me(p: &Proxy, session: &str) -> Answer {
    p.send(with_session(
        p,
        p.client.get(p.url("/api/session")),
        session,
    ))
    .await
}

/// How many sessions the console database holds.
pub(crate) async fn sessions_in(db: &str) -> i64 {
    use sqlx::Row;
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(db).await.unwrap();
    let n: i64 = sqlx::query("SELECT COUNT(*) AS n FROM sessions")
        .fetch_one(&pool)
        .await
        .unwrap()
        .try_get("n")
        .unwrap();
    pool.close().await;
    n
}

/// Runs SQL on the console database (to age a session).
pub(crate) async fn execute(db: &str, sql: String) {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(db).await.unwrap();
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
}

pub(crate) fn with(mut claims: Value, changes: Value) -> Value {
    for (k, v) in changes.as_object().unwrap() {
        claims[k] = v.clone();
    }
    claims
}
