//! The one way out to the Device API (Kustom or the playground): the API key and
//! `x-merchant-id` are added here and only here; time limits on connecting and on the
//! whole call; one retry of a GET whose connection failed; answers read with a size cap;
//! failures turned into problems a person can act on.

use std::time::Duration;

use axum::body::Bytes;
use axum::http::Method;
use ipp::{Problem, Uuid};
use serde::de::DeserializeOwned;

use crate::error::AppError;
use crate::keys::Secret;

/// Largest upstream answer the proxy reads.
pub const MAX_UPSTREAM_BODY: usize = 4 * 1024 * 1024;

/// How to reach the Device API.
pub struct Upstream {
    client: reqwest::Client,
    base: String,
    base_url: reqwest::Url,
    timeout: Duration,
    /// Whether the upstream answers `GET …/{id}` for enrollments and devices (the
    /// playground does; the documented Kustom API does not).
    pub get_by_id: bool,
}

/// A successful upstream answer.
pub struct Answer {
    pub status: u16,
    pub body: Bytes,
}

impl Answer {
    /// Reads the body as `T`; an unreadable body is the upstream's fault (502).
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, AppError> {
        serde_json::from_slice(&self.body).map_err(undecodable)
    }

    /// Rewrites the body with `f`; a body it cannot read is the upstream's fault (502).
    pub fn rewrite(
        &self,
        f: impl FnOnce(&[u8]) -> Result<Vec<u8>, serde_json::Error>,
    ) -> Result<Vec<u8>, AppError> {
        f(&self.body).map_err(undecodable)
    }
}

fn undecodable(e: serde_json::Error) -> AppError {
    AppError::status(
        502,
        "Bad answer from Kustom",
        "Kustom sent an answer the console cannot read. Try again; if it persists, Kustom may have changed its API.",
    )
    .with_cause(format!("undecodable upstream body: {e}"))
}

/// Who the call is made for: the merchant and its key.
pub struct Caller<'a> {
    pub merchant: &'a str,
    pub key: &'a Secret,
    pub request_id: &'a str,
}

impl Upstream {
    pub fn new(
        base: &str,
        connect_timeout: Duration,
        timeout: Duration,
        get_by_id: bool,
    ) -> Result<Upstream, String> {
        let base = base.trim_end_matches('/').to_owned();
        if !(base.starts_with("https://") || base.starts_with("http://")) {
            return Err(format!("the upstream URL must start with https:// (or http:// for a local playground): {base}"));
        }
        let base_url = reqwest::Url::parse(&base)
            .map_err(|e| format!("the upstream URL {base} is not a URL: {e}"))?;
        let client = reqwest::Client::builder()
            .connect_timeout(connect_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .pool_idle_timeout(Duration::from_secs(60))
            .build()
            .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
        Ok(Upstream {
            client,
            base,
            base_url,
            timeout,
            get_by_id,
        })
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// Calls `method path_and_query` with an optional JSON body. 2xx answers come back;
    /// anything else becomes an [`AppError`] carrying the problem to show.
    pub async fn call(
        &self,
        caller: &Caller<'_>,
        method: Method,
        path_and_query: &str,
        body: Option<Vec<u8>>,
    ) -> Result<Answer, AppError> {
        // Built from the parsed base: the host is not parsed again for every call.
        let mut url = self.base_url.clone();
        let (path, query) = path_and_query
            .split_once('?')
            .map_or((path_and_query, None), |(p, q)| (p, Some(q)));
        url.set_path(&format!(
            "{}{path}",
            self.base_url.path().trim_end_matches('/')
        ));
        url.set_query(query);
        let idempotent = method == Method::GET;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut req = self
                .client
                .request(method.clone(), url.clone())
                .timeout(self.timeout)
                .header("authorization", format!("Basic {}", caller.key.expose()))
                .header("x-merchant-id", caller.merchant)
                .header("x-request-id", caller.request_id)
                .header("accept", "application/json");
            if let Some(b) = &body {
                req = req
                    .header("content-type", "application/json")
                    .body(b.clone());
            }
            let resp = match req.send().await {
                Ok(r) => r,
                // A GET whose connection failed (refused, or closed before any answer, as a
                // stale pooled connection is) is safe to send once more.
                Err(e)
                    if idempotent
                        && attempt == 1
                        && (e.is_connect() || (e.is_request() && !e.is_timeout())) =>
                {
                    tracing::warn!(path = %path_only(path_and_query), error = %e, "upstream connection failed; retrying once");
                    continue;
                }
                Err(e) => return Err(transport_error(&e, self.timeout)),
            };
            let status = resp.status().as_u16();
            let body = read_capped(resp).await.map_err(|e| match e {
                ReadError::TooLarge => AppError::status(
                    502,
                    "Bad answer from Kustom",
                    "Kustom sent a larger answer than the console accepts. Try a smaller page.",
                )
                .with_cause("upstream body over the size cap"),
                ReadError::Transport(e) => transport_error(&e, self.timeout),
            })?;
            if (200..300).contains(&status) {
                return Ok(Answer { status, body });
            }
            return Err(upstream_error(status, &body));
        }
    }

    /// GET and decode.
    pub async fn get<T: DeserializeOwned>(
        &self,
        caller: &Caller<'_>,
        path_and_query: &str,
    ) -> Result<T, AppError> {
        self.call(caller, Method::GET, path_and_query, None)
            .await?
            .json()
    }

    /// Whether `GET /ipp/v1/enrollments/{id}` exists upstream: a playground that has its
    /// extensions answers 404 for an unknown id; with `--documented-only` the route is
    /// not there and the answer is 405.
    pub async fn probe_get_by_id(&self, caller: &Caller<'_>) -> bool {
        let path = format!("/ipp/v1/enrollments/{}", Uuid::nil());
        match self.call(caller, Method::GET, &path, None).await {
            Ok(_) => true,
            Err(e) => e.problem.status == 404,
        }
    }
}

enum ReadError {
    TooLarge,
    Transport(reqwest::Error),
}

async fn read_capped(mut resp: reqwest::Response) -> Result<Bytes, ReadError> {
    if resp
        .content_length()
        .is_some_and(|n| n as usize > MAX_UPSTREAM_BODY)
    {
        return Err(ReadError::TooLarge);
    }
    let mut buf = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(ReadError::Transport)? {
        if buf.len() + chunk.len() > MAX_UPSTREAM_BODY {
            return Err(ReadError::TooLarge);
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(Bytes::from(buf))
}

fn path_only(path_and_query: &str) -> &str {
    path_and_query.split('?').next().unwrap_or("")
}

fn transport_error(e: &reqwest::Error, timeout: Duration) -> AppError {
    if e.is_timeout() {
        AppError::status(
            504,
            "Kustom did not answer in time",
            format!(
                "Kustom did not answer within {} s. Nothing you entered was lost; try again in a moment.",
                timeout.as_secs_f32()
            ),
        )
        .with_cause(format!("upstream timeout: {e}"))
    } else {
        AppError::status(
            502,
            "Kustom cannot be reached",
            "The console could not reach Kustom. Nothing you entered was lost; try again in a moment. If it keeps failing, tell your administrator.",
        )
        .with_cause(format!("upstream transport error: {e}"))
    }
}

/// Maps an upstream error answer to what the browser gets.
fn upstream_error(status: u16, body: &[u8]) -> AppError {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
