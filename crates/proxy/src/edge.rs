//! What every response passes through: a request id, a time limit, security headers, and
//! problem+json for every `/api` error, whoever produced it.

use std::sync::Arc;
use std::time::Duration;

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ipp::{Problem, PROBLEM_JSON};

use crate::error::problem_response;

/// The id of the request being handled, in request extensions and `x-request-id`.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

pub static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The security headers, computed once from the configuration.
#[derive(Debug)]
pub struct SecurityHeaders {
    csp: HeaderValue,
}

impl SecurityHeaders {
    /// `frame_ancestors`: the host origins allowed to embed the console.
    /// `script_hashes`: CSP sources of the inline scripts of index.html.
    pub fn new(frame_ancestors: &[String], script_hashes: &[String]) -> Self {
        let mut ancestors = vec!["'self'".to_owned()];
        ancestors.extend(frame_ancestors.iter().cloned());
        let mut scripts = vec!["'self'".to_owned(), "'wasm-unsafe-eval'".to_owned()];
        scripts.extend(script_hashes.iter().cloned());
        let csp = format!(
            "default-src 'self'; script-src {}; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
             form-action 'self'; frame-ancestors {}",
            scripts.join(" "),
            ancestors.join(" ")
        );
        SecurityHeaders {
            csp: HeaderValue::from_str(&csp).expect("origins were validated"),
        }
    }

    /// Adds the security headers to `resp`.
    fn add(&self, resp: &mut Response, is_api: bool) {
        let headers = resp.headers_mut();
        headers.insert(header::CONTENT_SECURITY_POLICY, self.csp.clone());
        headers.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        headers.insert(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        );
        headers.insert(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static(
                "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
            ),
        );
        headers.insert(
            HeaderName::from_static("cross-origin-resource-policy"),
            HeaderValue::from_static("same-origin"),
        );
        if is_api {
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
    }
}

/// What the edge needs: the security headers and the time a request may take.
#[derive(Debug)]
pub struct Edge {
    pub headers: SecurityHeaders,
    pub limit: Duration,
}

/// A new request id: UUID-shaped, unique within this process (a counter through a
/// bijective mix of the 62 bits a UUID's variant leaves free) and across processes (a
/// random start), without asking the operating system for randomness on every request.
/// Ids only correlate; they guard nothing.
fn next_request_id() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::OnceLock;
    const BITS62: u64 = (1 << 62) - 1;
    static SEED: OnceLock<(u64, u64)> = OnceLock::new();
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let (hi, lo) = *SEED.get_or_init(|| uuid::Uuid::new_v4().as_u64_pair());
    // Each step maps the 62-bit numbers onto themselves one to one.
    let mut z = COUNTER.fetch_add(1, Ordering::Relaxed) & BITS62;
    z = z.wrapping_mul(0x9e37_79b9_7f4a_7c15) & BITS62;
    z ^= z >> 31;
    z = z.wrapping_mul(0xbf58_476d_1ce4_e5b9) & BITS62;
    z ^= z >> 29;
    z ^= lo & BITS62;
    let mut bytes = [0; 16];
    bytes[..8].copy_from_slice(&hi.to_be_bytes());
    bytes[8..].copy_from_slice(&z.to_be_bytes());
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}

/// Gives the request an id (ours, never the client's), runs it within the time limit,
/// makes sure an `/api` error is problem+json carrying that id, and adds the security
/// headers. One layer for all of it: every request passes here.
pub async fn edge(State(edge): State<Arc<Edge>>, mut req: Request, next: Next) -> Response {
    let id = next_request_id();
    req.extensions_mut().insert(RequestId(id.clone()));
    let is_api = is_api_path(req.uri().path());
    let reads_only = req.method() == Method::GET || req.method() == Method::HEAD;
    let mut resp = match tokio::time::timeout(edge.limit, next.run(req)).await {
        Ok(resp) => resp,
        // A change already sent to Kustom goes on without us (see `audit`): say so.
        Err(_) => problem_response(&Problem::new(503, "Took too long").with_detail(
            if reads_only {
                "The console's server did not finish this request in time. Try again."
            } else {
                "The console's server did not finish this request in time. The change may still be made: look before you try again."
            },
        )),
    };
    if is_api && resp.status().as_u16() >= 400 {
        resp = with_problem_request_id(resp, &id).await;
    }
    resp.headers_mut().insert(
        X_REQUEST_ID.clone(),
        HeaderValue::from_str(&id).expect("uuid is a valid header"),
    );
    edge.headers.add(&mut resp, is_api);
    resp
}

/// Whether `path` is the console's API: `/api` and everything under it.
pub fn is_api_path(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
}

/// Rewrites an error answer as problem+json with `request_id`, keeping its status and,
/// when it already was a problem, its content.
async fn with_problem_request_id(resp: Response, id: &str) -> Response {
    let (parts, body) = resp.into_parts();
    let status = parts.status;
    let is_problem = parts
        .headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(PROBLEM_JSON.as_bytes()));
    let bytes = to_bytes(body, 256 * 1024).await.unwrap_or_default();
    let problem = is_problem
        .then(|| serde_json::from_slice::<Problem>(&bytes).ok())
        .flatten()
        .unwrap_or_else(|| default_problem(status));
    let mut out = problem_response(&problem.with_request_id(id));
    *out.status_mut() = status;
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_TYPE
            && name != header::CONTENT_LENGTH
            && name != header::CONTENT_ENCODING
        {
            out.headers_mut().insert(name.clone(), value.clone());
        }
    }
    out
}

fn default_problem(status: StatusCode) -> Problem {
    let (title, detail) = match status.as_u16() {
        404 => (
            "Not found",
            "There is no such API call. The console's API is listed in the README.",
        ),
        405 => (
            "Method not allowed",
            "This API call does not take this method.",
        ),
        408 => (
            "Took too long",
            "The request did not arrive in time. Try again.",
        ),
        413 => (
            "Request too large",
            "The request body is larger than 64 KiB. Send less.",
        ),
        415 => (
            "Unsupported media type",
            "Send the body as application/json.",
        ),
        _ => (
            status.canonical_reason().unwrap_or("Error"),
            "The request failed.",
        ),
    };
    Problem::new(status.as_u16(), title).with_detail(detail)
}

/// Answers unknown `/api` paths.
pub async fn api_not_found() -> Response {
    problem_response(&default_problem(StatusCode::NOT_FOUND))
}

/// Turns a body that could not be read (too large, broken) into a problem.
pub fn body_error(e: impl std::fmt::Display) -> Response {
    let text = e.to_string();
    if text.contains("length limit") {
        problem_response(&default_problem(StatusCode::PAYLOAD_TOO_LARGE))
    } else {
        (
            StatusCode::BAD_REQUEST,
            Body::from(format!("cannot read the request body: {text}")),
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_are_distinct_uuids() {
        let ids: std::collections::HashSet<String> =
            (0..100_000).map(|_| next_request_id()).collect();
        assert_eq!(ids.len(), 100_000);
        for id in ids.iter().take(100) {
            let u = uuid::Uuid::parse_str(id).unwrap();
            assert_eq!(u.get_version_num(), 4, "{id}");
        }
    }
}
