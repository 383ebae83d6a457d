//! What every request passes through, as tower-http layers: our own request id (set on
//! the request, in its extensions and on the answer), the time limit, the fixed security
//! headers, sensitive headers kept out of traces, an access log line per request, and
//! the request counters of `/metrics`. Under `/api`, every error is problem+json with
//! the `request_id`, and nothing is cached.

pub mod serve;
pub mod site;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Router};
use ipp::Problem;
use tower_http::classify::ServerErrorsFailureClass;
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::sensitive_headers::SetSensitiveHeadersLayer;
use tower_http::set_header::{SetRequestHeaderLayer, SetResponseHeaderLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use tracing::Span;

use crate::error::problem_response;
use crate::metrics::{Metrics, Route};

pub static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

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

fn new_request_id() -> Option<HeaderValue> {
    HeaderValue::from_str(&next_request_id()).ok()
}

/// Our request ids, for tower-http's request-id layers.
#[derive(Debug, Clone, Copy, Default)]
pub struct ConsoleRequestId;

impl MakeRequestId for ConsoleRequestId {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        new_request_id().map(RequestId::new)
    }
}

/// The id of the request, as text (the edge always sets one).
pub fn request_id_text(id: &RequestId) -> &str {
    id.header_value().to_str().unwrap_or("")
}

/// The edge's settings, computed once from the configuration.
#[derive(Debug, Clone)]
pub struct Edge {
    csp: HeaderValue,
    /// The longest a request may take once its head has arrived.
    pub limit: Duration,
}

impl Edge {
    /// `frame_ancestors`: the host origins allowed to embed the console.
    /// `script_hashes`: CSP sources of the inline scripts of index.html.
    pub fn new(frame_ancestors: &[String], script_hashes: &[String], limit: Duration) -> Self {
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
        Edge {
            // Origins were validated at start (config), hashes are base64.
            csp: HeaderValue::from_str(&csp)
                .unwrap_or(HeaderValue::from_static("default-src 'none'")),
            limit,
        }
    }

    /// The layers every request passes, around `router` (outermost last).
    pub fn around(&self, router: Router, metrics: Arc<Metrics>) -> Router {
        let fixed = |name: HeaderName, value: &'static str| {
            SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
        };
        router
            .layer(middleware::map_response_with_state(metrics, count))
            .layer(SetResponseHeaderLayer::overriding(
                header::CONTENT_SECURITY_POLICY,
                self.csp.clone(),
            ))
            .layer(fixed(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
            .layer(fixed(header::REFERRER_POLICY, "no-referrer"))
            .layer(fixed(
                HeaderName::from_static("permissions-policy"),
                "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
            ))
            .layer(fixed(
                HeaderName::from_static("cross-origin-resource-policy"),
                "same-origin",
            ))
            // One access log line per request.
            .layer(
                TraceLayer::new_for_http()
                    .make_span_with(access_span)
                    .on_request(())
                    .on_response(access_line)
                    .on_body_chunk(())
                    .on_eos(())
                    .on_failure(access_failure),
            )
            .layer(SetSensitiveHeadersLayer::new([
                header::AUTHORIZATION,
                header::COOKIE,
                header::SET_COOKIE,
            ]))
            .layer(PropagateRequestIdLayer::new(X_REQUEST_ID.clone()))
            .layer(SetRequestIdLayer::new(
                X_REQUEST_ID.clone(),
                ConsoleRequestId,
            ))
            // Ours, never the client's: whatever `x-request-id` came in is replaced.
            .layer(SetRequestHeaderLayer::overriding(
                X_REQUEST_ID.clone(),
                |_: &Request| new_request_id(),
            ))
    }

    /// The layers of the API, around its router: the time limit (inside, so that its
    /// answer becomes a problem too), problem bodies, and no caching.
    pub fn around_api<S: Clone + Send + Sync + 'static>(&self, api: Router<S>) -> Router<S> {
        api.layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            self.limit,
        ))
        .layer(middleware::map_response(api_answer))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
    }

    /// The time limit of everything but the API.
    pub fn timeout(&self) -> TimeoutLayer {
        TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, self.limit)
    }
}

/// The span of a request, for its access log line: method, matched route, request id.
fn access_span(req: &Request) -> Span {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or("-", MatchedPath::as_str);
    let id = req
        .extensions()
        .get::<RequestId>()
        .map_or("", request_id_text);
    tracing::info_span!("request", method = %req.method(), route, request_id = id)
}

/// The access log line of an answered request (in its span): status and latency.
fn access_line(res: &Response, latency: Duration, _: &Span) {
    tracing::info!(
        target: "access",
        status = res.status().as_u16(),
        latency_ms = latency.as_secs_f64() * 1000.0,
        "answered"
    );
}

/// The access log line of a request that failed before an answer.
fn access_failure(class: ServerErrorsFailureClass, latency: Duration, _: &Span) {
    tracing::warn!(target: "access", %class, latency_ms = latency.as_secs_f64() * 1000.0, "failed");
}

/// Counts the request by route and status for `/metrics`.
async fn count(
    State(metrics): State<Arc<Metrics>>,
    matched: Option<MatchedPath>,
    res: Response,
) -> Response {
    metrics.request(Route::of(matched.as_ref()), res.status().as_u16());
    res
}

/// Every API error as problem+json carrying the request id: the handlers' own problems
/// (an [`crate::error::AppError`] leaves its problem in the answer's extensions), and a
/// plain one for the status of anything else (the time limit, an unknown method).
async fn api_answer(id: Option<Extension<RequestId>>, mut res: Response) -> Response {
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let problem = res
        .extensions_mut()
        .remove::<Problem>()
        .unwrap_or_else(|| default_problem(status));
    let id = id.map(|Extension(id)| request_id_text(&id).to_owned());
    let mut out = problem_response(&match id {
        Some(id) => problem.with_request_id(id),
        None => problem,
    });
    *out.status_mut() = status;
    for (name, value) in res.headers() {
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
        413 => (
            "Request too large",
            "The request body is larger than 64 KiB. Send less.",
        ),
        415 => (
            "Unsupported media type",
            "Send the body as application/json.",
        ),
        // The time limit: a change already sent to Kustom goes on without us (`audit`).
        503 => (
            "Took too long",
            "The console's server did not finish this request in time. If it was a change, it may still be made: look before you try again.",
        ),
        _ => (
            status.canonical_reason().unwrap_or("Error"),
            "The request failed.",
        ),
    };
    Problem::new(status.as_u16(), title).with_detail(detail)
}

/// Answers unknown `/api` paths and methods.
pub async fn api_not_found() -> Response {
    StatusCode::NOT_FOUND.into_response()
}

/// Answers a method an API call does not take.
pub async fn api_method_not_allowed() -> Response {
    StatusCode::METHOD_NOT_ALLOWED.into_response()
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
