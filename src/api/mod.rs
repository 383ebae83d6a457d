//! The one API client: every call to the console proxy goes through [`send`], which adds
//! the operator's bearer token, retries once with a fresh token after a 401, decodes
//! problem+json into [`ApiError`], and aborts the request when the page that asked goes
//! away (the future is dropped).

pub mod dev;
pub mod devices;
pub mod early;
pub mod enrollments;
pub mod locations;
pub mod playground;
pub mod session;

use gloo_net::http::{Method, RequestBuilder};
use ipp::{FieldErrors, Problem};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::auth;

/// What can go wrong with a call, in the terms a page acts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// No valid operator token (even after asking for a new one).
    Unauthorized(Problem),
    /// The operator's role or location scope does not allow this.
    Forbidden(Problem),
    NotFound(Problem),
    /// The thing changed or is in a state that does not allow this.
    Conflict(Problem),
    /// Something sent was wrong; `errors` names the fields.
    Validation(Problem),
    /// Kustom (or the playground) failed or did not answer in time.
    Upstream(Problem),
    /// The request did not get an answer at all.
    Network(String),
}

impl ApiError {
    pub fn from_status(status: u16, body: &str) -> ApiError {
        let problem = serde_json::from_str::<Problem>(body)
            .ok()
            .filter(|p| !p.title.is_empty() || p.detail.is_some())
            .unwrap_or_else(|| Problem::new(status, default_title(status)));
        let problem = Problem { status, ..problem };
        match status {
            401 => ApiError::Unauthorized(problem),
            403 => ApiError::Forbidden(problem),
            404 => ApiError::NotFound(problem),
            409 | 410 | 412 => ApiError::Conflict(problem),
            s if s >= 500 => ApiError::Upstream(problem),
            _ => ApiError::Validation(problem),
        }
    }

    pub fn problem(&self) -> Option<&Problem> {
        match self {
            ApiError::Unauthorized(p)
            | ApiError::Forbidden(p)
            | ApiError::NotFound(p)
            | ApiError::Conflict(p)
            | ApiError::Validation(p)
            | ApiError::Upstream(p) => Some(p),
            ApiError::Network(_) => None,
        }
    }

    /// Field errors to show beside their inputs.
    pub fn fields(&self) -> FieldErrors {
        self.problem().map(|p| p.errors.clone()).unwrap_or_default()
    }

    /// One sentence for a person, with what to do where we know it.
    pub fn message(&self) -> String {
        match self {
            ApiError::Network(_) => {
                "The console could not reach its server. Check your connection and try again."
                    .into()
            }
            other => {
                let p = other.problem().expect("not a network error");
                match (&p.detail, p.title.as_str()) {
                    (Some(d), _) if !d.is_empty() => d.clone(),
                    (_, t) if !t.is_empty() => t.to_owned(),
                    _ => default_title(p.status).to_owned(),
                }
            }
        }
    }

    pub fn request_id(&self) -> Option<&str> {
        self.problem().and_then(|p| p.request_id.as_deref())
    }

    /// Whether trying the same call again may work.
    pub fn is_retryable(&self) -> bool {
        matches!(self, ApiError::Network(_) | ApiError::Upstream(_))
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

fn default_title(status: u16) -> &'static str {
    match status {
        400 => "The request was not accepted.",
        401 => "You are not signed in.",
        403 => "You are not allowed to do this.",
        404 => "Not found.",
        409 => "This changed in the meantime.",
        413 => "The request is too large.",
        502 => "Kustom did not answer properly. Try again in a moment.",
        504 => "Kustom did not answer in time. Try again in a moment.",
        s if s >= 500 => "The console's server failed. Try again in a moment.",
        _ => "The request failed.",
    }
}

/// Percent-encodes one path segment.
pub fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Aborts the fetch if the future is dropped before it finished.
struct AbortOnDrop(Option<web_sys::AbortController>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(c) = self.0.take() {
            c.abort();
        }
    }
}

/// Whether a call carries the operator's token.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Auth {
    Operator,
    /// The development sign-in, which is how a token is obtained in the first place.
    Public,
}

/// Sends one call, as described in the module docs; returns the status and body text.
async fn send(method: Method, path: &str, body: Option<String>) -> Result<(u16, String), ApiError> {
    if method != Method::GET {
        early::forget();
    }
    send_as(Auth::Operator, method, path, body).await
}

async fn send_as(
    who: Auth,
    method: Method,
    path: &str,
    body: Option<String>,
) -> Result<(u16, String), ApiError> {
    let mut retried = false;
    loop {
        let token = if who == Auth::Operator {
            auth::bearer().await
        } else {
            None
        };
        let controller = web_sys::AbortController::new().ok();
        let mut guard = AbortOnDrop(controller);
        let mut req = RequestBuilder::new(path)
            .method(method.clone())
            .header("accept", "application/json, application/problem+json");
        if let Some(t) = &token {
            req = req.header("authorization", &format!("Bearer {t}"));
        }
        if let Some(c) = &guard.0 {
            req = req.abort_signal(Some(&c.signal()));
        }
        let sent = match &body {
            Some(b) => {
                req.header("content-type", "application/json")
                    .body(b.clone())
                    .map_err(|e| ApiError::Network(e.to_string()))?
                    .send()
                    .await
            }
            None => req.send().await,
        };
        let resp = sent.map_err(|e| ApiError::Network(e.to_string()))?;
        let status = resp.status();
        let text = resp
            .text()
            .await
            .map_err(|e| ApiError::Network(e.to_string()))?;
        guard.0 = None; // finished: nothing to abort
                        // A refused token is replaced once; without any token there is nothing to retry.
        if status == 401 && token.is_some() && !retried && auth::refresh().await {
            retried = true;
            continue;
        }
        if (200..300).contains(&status) {
            return Ok((status, text));
        }
        return Err(ApiError::from_status(status, &text));
    }
}

fn decode<T: DeserializeOwned>(status: u16, text: &str) -> Result<T, ApiError> {
    serde_json::from_str(text).map_err(|e| {
        ApiError::Upstream(Problem::new(status, "The server sent an answer the console cannot read.").with_detail(
            format!("The server sent an answer the console cannot read ({e}). Try again; if it persists, report it."),
        ))
    })
}

fn encode<B: Serialize>(body: &B) -> String {
    serde_json::to_string(body).expect("request bodies always serialize")
}

pub(crate) async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let (status, text) = match early::take(path).await {
        Some(answer) => answer?,
        None => send(Method::GET, path, None).await?,
    };
    decode(status, &text)
}

pub(crate) async fn post<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ApiError> {
    let (status, text) = send(Method::POST, path, Some(encode(body))).await?;
    decode(status, &text)
}

pub(crate) async fn put<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ApiError> {
    let (status, text) = send(Method::PUT, path, Some(encode(body))).await?;
    decode(status, &text)
}

pub(crate) async fn post_public<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ApiError> {
    let (status, text) = send_as(Auth::Public, Method::POST, path, Some(encode(body))).await?;
    decode(status, &text)
}

pub(crate) async fn get_public<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let (status, text) = send_as(Auth::Public, Method::GET, path, None).await?;
    decode(status, &text)
}

pub(crate) async fn delete(path: &str) -> Result<(), ApiError> {
    send(Method::DELETE, path, None).await.map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_what_a_page_acts_on() {
        let body = r#"{"type":"about:blank","title":"Invalid request","status":400,"errors":{"name":"Enter a name."},"request_id":"r1"}"#;
        let e = ApiError::from_status(400, body);
        assert!(matches!(e, ApiError::Validation(_)));
        assert_eq!(e.fields()["name"], "Enter a name.");
        assert_eq!(e.request_id(), Some("r1"));
        assert!(matches!(
            ApiError::from_status(401, ""),
            ApiError::Unauthorized(_)
        ));
        assert!(matches!(
            ApiError::from_status(403, "{}"),
            ApiError::Forbidden(_)
        ));
        assert!(matches!(
            ApiError::from_status(404, "<html>"),
            ApiError::NotFound(_)
        ));
        assert!(matches!(
            ApiError::from_status(409, ""),
            ApiError::Conflict(_)
        ));
        let e = ApiError::from_status(504, "");
        assert!(e.is_retryable());
        assert!(e.message().contains("in time"));
        assert!(!ApiError::from_status(400, "").is_retryable());
    }

    #[test]
    fn path_segments_are_encoded() {
        assert_eq!(
            segment("550e8400-e29b-41d4-a716-446655440000"),
            "550e8400-e29b-41d4-a716-446655440000"
        );
        assert_eq!(segment("../x"), "..%2Fx");
        assert_eq!(segment("a b?c#d"), "a%20b%3Fc%23d");
    }
}
