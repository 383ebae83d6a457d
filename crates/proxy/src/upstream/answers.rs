//! What the browser gets of an upstream answer that is not a success, or of a call that
//! got none: problems a person can act on, with no secret of the console in them.

use std::time::Duration;

use axum::http::header;
use ipp::Problem;

use super::{error_chain, Failure, Upstream};
use crate::error::AppError;

impl Upstream {
    /// The problem with every configured secret cut out of its text.
    pub(super) fn redacted(&self, mut e: AppError) -> AppError {
        let cut = |text: &mut String| {
            for secret in &self.redact {
                let secret = secret.expose();
                // Too short to be told from ordinary words; configured secrets are longer.
                if secret.len() >= 8 && text.contains(secret) {
                    *text = text.replace(secret, "[redacted]");
                }
            }
        };
        let p = &mut e.problem;
        cut(&mut p.title);
        cut(&mut p.kind);
        if let Some(d) = p.detail.as_mut() {
            cut(d);
        }
        p.errors = std::mem::take(&mut p.errors)
            .into_iter()
            .map(|(mut k, mut v)| {
                cut(&mut k);
                cut(&mut v);
                (k, v)
            })
            .collect();
        e
    }

    pub(super) fn transport_error(&self, f: Failure) -> AppError {
        let unreachable = |cause: String| {
            AppError::status(
                502,
                "Kustom cannot be reached",
                "The console could not reach Kustom. Nothing you entered was lost; try again in a moment. If it keeps failing, tell your administrator.",
            )
            .with_cause(cause)
        };
        // Whether the request may have reached Kustom: anything but a failed connect.
        let maybe_sent = !matches!(&f, Failure::Send(e) if e.is_connect());
        let error = match f {
            Failure::Timeout => AppError::status(
                504,
                "Kustom did not answer in time",
                format!(
                    "Kustom did not answer within {} s. Nothing you entered was lost; try again in a moment.",
                    self.timeout.as_secs_f32()
                ),
            )
            .with_cause("upstream timeout"),
            Failure::TooLarge => AppError::status(
                502,
                "Bad answer from Kustom",
                "Kustom sent a larger answer than the console accepts. Try a smaller page.",
            )
            .with_cause("upstream body over the size cap"),
            Failure::Send(e) => unreachable(format!("upstream transport error: {}", error_chain(&e))),
            Failure::Read(e) => unreachable(format!("upstream answer broke off: {}", error_chain(&*e))),
        };
        if maybe_sent {
            error.unknown_outcome()
        } else {
            error
        }
    }
}

/// A status as a metric label, without an allocation for the common ones.
pub(super) fn status_text(status: u16) -> &'static str {
    match status {
        200 => "200",
        201 => "201",
        204 => "204",
        400 => "400",
        401 => "401",
        403 => "403",
        404 => "404",
        409 => "409",
        410 => "410",
        422 => "422",
        429 => "429",
        500 => "500",
        502 => "502",
        503 => "503",
        504 => "504",
        s if s < 300 => "2xx",
        s if s < 500 => "4xx",
        _ => "5xx",
    }
}

/// An URL as it may be printed: user information (`user:password@`) masked.
pub fn masked(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..end].rfind('@') {
        Some(at) => format!("{scheme}://***@{}", &rest[at + 1..]),
        None => url.to_owned(),
    }
}

/// Whether a URL's host is this machine (a name or address that cannot leave it).
pub(crate) fn is_loopback_host(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    match host.parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => host.eq_ignore_ascii_case("localhost"),
    }
}

/// Maps an upstream error answer to what the browser gets.
pub(super) fn upstream_error(status: u16, body: &[u8]) -> AppError {
    let parsed: Option<Problem> = serde_json::from_slice(body).ok();
    match status {
        // Our API key was refused: not the operator's fault, and not a 401 for the
        // browser (which would make it ask for a new operator token, forever).
        401 | 403 => AppError::status(
            502,
            "Kustom refused the console",
            "Kustom did not accept the console's API key for this merchant. Ask your administrator to check the Device Console configuration.",
        )
        .with_cause(format!("upstream answered {status}")),
        429 => AppError::status(503, "Kustom is busy", "Kustom asked the console to slow down. Try again in a few seconds.")
            .with_cause("upstream rate limit"),
        400..=499 => AppError::new(sanitize(status, parsed)).with_cause(format!("upstream answered {status}")),
        _ => AppError::status(
            502,
            "Kustom failed",
            format!(
                "Kustom answered with an error ({status}). Nothing you entered was lost; try again in a moment. If it persists, Kustom may be having an outage."
            ),
        )
        .with_cause(format!("upstream answered {status}")),
    }
}

/// Keeps only what a problem is made of, with bounded text.
fn sanitize(status: u16, parsed: Option<Problem>) -> Problem {
    let clip = |s: String| -> String {
        let s: String = s.chars().filter(|c| !c.is_control()).take(500).collect();
        s
    };
    let default_title = match status {
        404 => "Not found",
        409 => "Conflict",
        410 => "Gone",
        _ => "Request not accepted",
    };
    match parsed {
        Some(p) => {
            let mut out = Problem::new(
                status,
                if p.title.is_empty() {
                    default_title.to_owned()
                } else {
                    clip(p.title)
                },
            );
            out.kind = if p.kind.starts_with("https://") || p.kind == "about:blank" {
                clip(p.kind)
            } else {
                "about:blank".into()
            };
            out.detail = p.detail.map(clip);
            out.errors = p
                .errors
                .into_iter()
                .take(50)
                .map(|(k, v)| (clip(k), clip(v)))
                .collect();
            out
        }
        None => {
            Problem::new(status, default_title).with_detail("Kustom did not accept the request.")
        }
    }
}

/// Most a `Retry-After` may ask the console to wait; a longer (or hostile) value is cut.
pub(super) const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// The wait a `Retry-After` header asks for, in seconds (the only form Kustom sends).
pub(super) fn retry_after(headers: &axum::http::HeaderMap) -> Option<Duration> {
    let secs: u64 = headers
        .get(header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(Duration::from_secs(secs).min(MAX_RETRY_AFTER))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::upstream::keys::Secret;
    use std::time::Duration;

    #[test]
    fn an_answer_that_echoes_a_secret_is_cut() {
        let t = Duration::from_secs(1);
        let mut up = Upstream::new("https://api.kustom.co", t, t, false).unwrap();
        up.redact([Secret::new("kco_live_api_Secret123")]);
        let e = up.redacted(upstream_error(
            422,
            br#"{"title":"Bad header Basic kco_live_api_Secret123","detail":"got kco_live_api_Secret123","errors":{"kco_live_api_Secret123":"is kco_live_api_Secret123"}}"#,
        ));
        let shown = serde_json::to_string(&e.problem).unwrap();
        assert!(!shown.contains("Secret123"), "{shown}");
        assert!(shown.contains("[redacted]"), "{shown}");
    }

    #[test]
    fn upstream_key_refusal_is_not_an_operator_401() {
        let e = upstream_error(401, br#"{"title":"Unauthorized","detail":"Access Denied"}"#);
        assert_eq!(e.problem.status, 502);
        assert!(e.problem.detail.unwrap().contains("API key"));
    }

    #[test]
    fn client_errors_pass_through_sanitized() {
        let e = upstream_error(
            400,
            br#"{"type":"javascript:alert(1)","title":"Validation Failed","status":400,"errors":{"ttl":"must not be null\u0007"},"secret":"x"}"#,
        );
        assert_eq!(e.problem.status, 400);
        assert_eq!(e.problem.kind, "about:blank");
        assert_eq!(e.problem.errors["ttl"], "must not be null");
        let e = upstream_error(404, b"<html>nope</html>");
        assert_eq!(
            (e.problem.status, e.problem.title.as_str()),
            (404, "Not found")
        );
    }

    #[test]
    fn server_errors_become_502_with_advice() {
        let e = upstream_error(503, b"");
        assert_eq!(e.problem.status, 502);
        assert!(e.problem.detail.unwrap().contains("try again"));
        assert_eq!(upstream_error(429, b"").problem.status, 503);
    }

    #[test]
    fn retry_after_is_read_in_seconds_and_capped() {
        let wait = |v: &str| {
            let mut h = axum::http::HeaderMap::new();
            h.insert(
                header::RETRY_AFTER,
                axum::http::HeaderValue::from_str(v).unwrap(),
            );
            retry_after(&h)
        };
        assert_eq!(wait("2"), Some(Duration::from_secs(2)));
        assert_eq!(wait("99999999999999999999"), None);
        assert_eq!(wait("86400"), Some(MAX_RETRY_AFTER));
        assert_eq!(wait("-1"), None);
        assert_eq!(wait("Wed, 21 Oct 2026 07:28:00 GMT"), None);
    }
}
