//! Operator tokens as a portal signs them, every one remembered (the secret scan
//! looks for them).

use super::*;

pub(crate) fn claims(role: Role) -> Claims {
    let now = chrono::Utc::now().timestamp();
    Claims {
        iss: ISSUER.into(),
        aud: AUDIENCE.into(),
        sub: format!("user-{}", role.as_str()),
        exp: now + 300,
        iat: now,
        nbf: None,
        merchant_id: DEMO_MERCHANT.into(),
        roles: vec![role.as_str().into()],
        locations: None,
        name: Some(format!("Test {}", role.label())),
        locale: Some("sv-SE".into()),
    }
}

/// Signs claims as the portal would (HS256 with the suite's secret) and remembers the token.
pub(crate) fn sign(c: &Claims) -> String {
    sign_with(
        c,
        Algorithm::HS256,
        &EncodingKey::from_secret(SECRET.as_bytes()),
    )
}

pub(crate) fn sign_with(c: &Claims, alg: Algorithm, key: &EncodingKey) -> String {
    let t = encode(&Header::new(alg), c, key).unwrap();
    TOKENS.lock().unwrap().push(t.clone());
    t
}

/// Signs any claims (any JSON, not only what [`Claims`] can say).
pub(crate) fn sign_with_value(c: &Value, alg: Algorithm, key: &EncodingKey) -> String {
    let t = encode(&Header::new(alg), c, key).unwrap();
    remember(&t)
}

/// Signs claims under any JWS header (HS256 with the suite's secret), members the
/// library's `Header` cannot carry included.
pub(crate) fn sign_with_header(c: &Value, header: Value) -> String {
    use base64::Engine;
    let b64 = |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    let input = format!("{}.{}", b64(&header), b64(c));
    let key = EncodingKey::from_secret(SECRET.as_bytes());
    let signature = jsonwebtoken::crypto::sign(input.as_bytes(), &key, Algorithm::HS256).unwrap();
    remember(&format!("{input}.{signature}"))
}

pub(crate) fn remember(token: &str) -> String {
    TOKENS.lock().unwrap().push(token.to_owned());
    token.to_owned()
}

pub(crate) fn token(role: Role) -> String {
    sign(&claims(role))
}

pub(crate) fn scoped_token(role: Role, locations: &[String]) -> String {
    sign(&Claims {
        locations: Some(json!(locations)),
        ..claims(role)
    })
}
