//! Sessions of standalone sign-in: the `__Host-` cookies (HttpOnly, Secure,
//! SameSite=Lax; browsers treat loopback as secure), the operator a live session is,
//! and the rule that a change made with a cookie comes from the console's own origin
//! with the console's request header (CSRF).

use axum::http::header::{COOKIE, ORIGIN};
use axum::http::{HeaderMap, HeaderValue, Method};
use base64::Engine;
use chrono::{DateTime, Utc};
use cookie::{Cookie, SameSite};
use rand::RngExt;

use super::Operator;
use crate::db::sessions::SessionRow;
use crate::error::AppError;

/// The session's cookie.
pub const SESSION_COOKIE: &str = "__Host-console-session";
/// The cookie that ties a sign-in under way to the browser that started it.
pub const SIGN_IN_COOKIE: &str = "__Host-console-sign-in";
/// The header every request of the console carries; a cross-site form cannot send it,
/// and a cross-site script cannot without a CORS preflight the proxy never answers.
pub const CSRF_HEADER: &str = "x-console-csrf";

/// 32 random bytes from the operating system's generator, base64url.
pub fn secret() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// A cookie's value from the request, if sent.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
        .filter(|v| !v.is_empty())
}

/// `Set-Cookie` for a `__Host-` cookie; `max_age` zero removes it.
pub fn set_cookie(name: &str, value: &str, max_age: chrono::Duration) -> HeaderValue {
    let c = Cookie::build((name, value))
        .path("/")
        .secure(true)
        .http_only(true)
        .same_site(SameSite::Lax)
        .max_age(cookie::time::Duration::seconds(
            max_age.num_seconds().max(0),
        ))
        .build();
    HeaderValue::from_str(&c.to_string()).expect("cookie values are base64url")
}

/// Refuses a change made with a session cookie unless it comes from the console itself:
/// the `Origin` is the console's, and the console's header is there.
pub fn check_same_origin(
    method: &Method,
    headers: &HeaderMap,
    public_origin: &str,
) -> Result<(), AppError> {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return Ok(());
    }
    let origin = headers.get(ORIGIN).and_then(|o| o.to_str().ok());
    if origin != Some(public_origin) || !headers.contains_key(CSRF_HEADER) {
        return Err(AppError::forbidden(format!(
            "Changes are accepted only from the console itself ({public_origin}): this request came from {} without the console's request header. Nothing was changed; make the change in the console.",
            origin.unwrap_or("a page that did not say where it was")
        )));
    }
    Ok(())
}

impl Operator {
    /// The operator a live session is; it lasts until the earlier of its idle and
    /// absolute ends.
    pub fn of_session(s: SessionRow, idle: chrono::Duration) -> Operator {
        let ends: DateTime<Utc> = (s.seen_at + idle).min(s.expires_at);
        let who = s.who;
        Operator {
            sub: who.subject,
            name: who.name,
            merchant_id: who.merchant_id,
            role: who.role,
            locations: who.locations,
            locale: who.locale,
            expires_at: ends,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_host_only_secure_and_lax() {
        let c = set_cookie(SESSION_COOKIE, "abc", chrono::Duration::hours(8));
        let c = c.to_str().unwrap();
        for part in [
            "__Host-console-session=abc",
            "Path=/",
            "Secure",
            "HttpOnly",
            "SameSite=Lax",
            "Max-Age=28800",
        ] {
            assert!(c.contains(part), "{c}");
        }
        assert!(!c.contains("Domain"), "{c}");
        let mut h = HeaderMap::new();
        h.append(
            COOKIE,
            HeaderValue::from_static("a=1; __Host-console-session=xyz"),
        );
        assert_eq!(cookie(&h, SESSION_COOKIE).as_deref(), Some("xyz"));
        assert_eq!(cookie(&h, SIGN_IN_COOKIE), None);
        assert_ne!(secret(), secret());
        assert_eq!(secret().len(), 43);
    }

    #[test]
    fn changes_need_the_origin_and_the_header() {
        let me = "https://console.example.com";
        let h = |origin: Option<&'static str>, header: bool| {
            let mut h = HeaderMap::new();
            if let Some(o) = origin {
                h.insert(ORIGIN, HeaderValue::from_static(o));
            }
            if header {
                h.insert(CSRF_HEADER, HeaderValue::from_static("1"));
            }
            h
        };
        assert!(check_same_origin(&Method::GET, &h(None, false), me).is_ok());
        assert!(check_same_origin(&Method::POST, &h(Some(me), true), me).is_ok());
        for (origin, header) in [
            (Some(me), false),
            (Some("https://evil.example"), true),
            (None, true),
            (Some("null"), true),
        ] {
            let e = check_same_origin(&Method::PUT, &h(origin, header), me).unwrap_err();
            assert_eq!(e.problem.status, 403);
        }
    }
}
