//! The one way out to the Device API (Kustom or the playground): the API key and
//! `x-merchant-id` are added here and only here; time limits on connecting and on the
//! whole call; one retry of a GET whose connection failed; answers read with a size cap;
//! failures turned into problems a person can act on.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use axum::http::{header, HeaderValue, Method, Request, Uri};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use ipp::Uuid;
use serde::de::DeserializeOwned;

mod answers;
pub mod keys;
pub mod paths;

pub(crate) use answers::is_loopback_host;
pub use answers::masked;
use answers::{retry_after, status_text, upstream_error};

use crate::error::AppError;
use crate::metrics::Metrics;
use keys::Secret;

/// Largest upstream answer the proxy reads.
pub const MAX_UPSTREAM_BODY: usize = 4 * 1024 * 1024;

/// How to reach the Device API.
pub struct Upstream {
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
    base: String,
    timeout: Duration,
    /// Whether the upstream answers `GET …/{id}` for enrollments and devices (the
    /// playground does; the documented Kustom API does not).
    pub get_by_id: bool,
    /// Every configured secret, cut out of whatever the upstream says before it is passed
    /// on (an upstream error may echo the request's Authorization).
    redact: Vec<Secret>,
    /// Where answers are counted (`/metrics`).
    metrics: Option<Arc<Metrics>>,
}

/// Why the upstream URL cannot be used (printed with any credentials masked).
#[derive(Debug, thiserror::Error)]
pub enum UpstreamUrlError {
    #[error("the upstream URL must start with https:// (or http:// for a local playground): {0}")]
    Scheme(String),
    #[error("the upstream URL {0} needs a host and no query")]
    NoHost(String),
    #[error("the upstream URL {0} is not a URL")]
    NotAUrl(String),
    #[error("the upstream URL {0} carries a user name or password; leave them out (the Kustom API key is given with --api-key or --api-keys-file)")]
    Credentials(String),
    #[error("the upstream URL {0} is plain http:// to another machine, which would send the API key unencrypted; use https:// (http:// is for a playground on this machine only)")]
    PlainHttp(String),
    #[error("cannot set up TLS: {0}")]
    Tls(String),
}

/// A successful upstream answer.
pub struct Answer {
    pub status: u16,
    pub body: Bytes,
}

impl Answer {
    /// Reads the body as `T`; an unreadable body is the upstream's fault (502). Read by
    /// sonic-rs, through the same serde definitions: a page of devices is the proxy's
    /// busiest answer, and sonic-rs reads and writes one in three quarters of
    /// serde_json's time (`cargo run --release -p proxy --example json_bench`).
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, AppError> {
        sonic_rs::from_slice(&self.body).map_err(undecodable)
    }
}

fn undecodable(e: impl std::fmt::Display) -> AppError {
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

/// A connector for HTTPS (and loopback HTTP) whose certificates are checked against the
/// system's trusted roots: Kustom's, and the identity provider's.
pub fn https_connector(connect_timeout: Duration) -> Result<HttpsConnector<HttpConnector>, String> {
    let mut http = HttpConnector::new();
    http.set_connect_timeout(Some(connect_timeout));
    http.set_nodelay(true);
    http.enforce_http(false);
    let tls = <rustls::ClientConfig as rustls_platform_verifier::ConfigVerifierExt>::with_platform_verifier()
        .map_err(|e| e.to_string())?;
    Ok(hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(tls)
        .https_or_http()
        .enable_http1()
        .wrap_connector(http))
}

impl Upstream {
    pub fn new(
        base: &str,
        connect_timeout: Duration,
        timeout: Duration,
        get_by_id: bool,
    ) -> Result<Upstream, UpstreamUrlError> {
        let shown = masked(base);
        if !(base.starts_with("https://") || base.starts_with("http://")) {
            return Err(UpstreamUrlError::Scheme(shown));
        }
        let base = base.trim_end_matches('/').to_owned();
        let uri = match base.parse::<Uri>() {
            Ok(u)
                if u.scheme().is_some()
                    && u.host().is_some_and(|h| !h.is_empty())
                    && u.query().is_none() =>
            {
                u
            }
            Ok(_) => return Err(UpstreamUrlError::NoHost(shown)),
            Err(_) => return Err(UpstreamUrlError::NotAUrl(shown)),
        };
        if uri.authority().is_some_and(|a| a.as_str().contains('@')) {
            return Err(UpstreamUrlError::Credentials(shown));
        }
        // The API key travels with every call: never in the clear across a network.
        if uri.scheme_str() == Some("http") && !is_loopback_host(uri.host().unwrap_or("")) {
            return Err(UpstreamUrlError::PlainHttp(shown));
        }
        let connector = https_connector(connect_timeout).map_err(UpstreamUrlError::Tls)?;
        let client = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(60))
            .build(connector);
        Ok(Upstream {
            client,
            base,
            timeout,
            get_by_id,
            redact: Vec::new(),
            metrics: None,
        })
    }

    /// Counts every answer (or why there was none) in `metrics`.
    pub fn count_in(&mut self, metrics: Arc<Metrics>) {
        self.metrics = Some(metrics);
    }

    fn count(&self, what: &str) {
        if let Some(m) = &self.metrics {
            m.upstream(what);
        }
    }

    /// Secrets to cut out of upstream answers before they are passed on.
    pub fn redact(&mut self, secrets: impl IntoIterator<Item = Secret>) {
        self.redact.extend(secrets);
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
        let uri: Uri = format!("{}{path_and_query}", self.base)
            .parse()
            .map_err(|e| unsendable(format!("path {}: {e}", path_only(path_and_query))))?;
        let authorization = HeaderValue::try_from(format!("Basic {}", caller.key.expose()))
            .map(|mut v| {
                v.set_sensitive(true);
                v
            })
            .map_err(|_| {
                AppError::status(502, "Kustom refused the console", "The console's API key for this merchant cannot be sent. Ask your administrator to check the Device Console configuration.")
                    .with_cause("API key is not a valid header value")
            })?;
        // Cheap to send again: the bytes are shared, not copied.
        let body = Bytes::from(body.unwrap_or_default());
        let idempotent = method == Method::GET;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut req = Request::builder()
                .method(method.clone())
                .uri(uri.clone())
                .header(header::AUTHORIZATION, authorization.clone())
                .header("x-merchant-id", caller.merchant)
                .header("x-request-id", caller.request_id)
                .header(header::ACCEPT, "application/json");
            if !body.is_empty() {
                req = req.header(header::CONTENT_TYPE, "application/json");
            }
            let req = req
                .body(Full::new(body.clone()))
                .map_err(|e| unsendable(e.to_string()))?;
            let answer = tokio::time::timeout(self.timeout, async {
                let resp = self.client.request(req).await.map_err(Failure::Send)?;
                let status = resp.status().as_u16();
                let retry_after = retry_after(resp.headers());
                let body = read_capped(resp.into_body()).await?;
                Ok::<_, Failure>((status, body, retry_after))
            })
            .await
            .unwrap_or(Err(Failure::Timeout));
            let (status, body, wait) = match answer {
                Ok(a) => a,
                // A GET whose connection failed (refused, or closed before any answer, as a
                // stale pooled connection is) is safe to send once more.
                Err(Failure::Send(e)) if idempotent && attempt == 1 => {
                    tracing::warn!(path = %path_only(path_and_query), error = %error_chain(&e), "upstream connection failed; retrying once");
                    continue;
                }
                Err(f) => {
                    self.count(match f {
                        Failure::Timeout => "timeout",
                        Failure::TooLarge => "too_large",
                        Failure::Send(_) => "unreachable",
                        Failure::Read(_) => "broken",
                    });
                    return Err(self.transport_error(f).transient(None));
                }
            };
            self.count(status_text(status));
            if (200..300).contains(&status) {
                return Ok(Answer { status, body });
            }
            let error = self.redacted(upstream_error(status, &body));
            return Err(if status == 429 || status >= 500 {
                error.transient(wait)
            } else {
                error
            });
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
        let path = paths::enrollment(Uuid::nil());
        match self.call(caller, Method::GET, &path, None).await {
            Ok(_) => true,
            Err(e) => e.problem.status == 404,
        }
    }
}

/// A request the console built wrong: its own fault, not Kustom's.
fn unsendable(cause: String) -> AppError {
    AppError::status(
        500,
        "Unexpected error",
        "The console built a request it cannot send. Tell your administrator.",
    )
    .with_cause(format!("unsendable upstream request: {cause}"))
}

/// Why no answer came.
enum Failure {
    /// The request could not be sent or no answer head came back.
    Send(hyper_util::client::legacy::Error),
    /// The answer's body broke off.
    Read(Box<dyn std::error::Error + Send + Sync>),
    TooLarge,
    Timeout,
}

async fn read_capped(body: Incoming) -> Result<Bytes, Failure> {
    use hyper::body::Body as _;
    if body
        .size_hint()
        .exact()
        .is_some_and(|n| n > MAX_UPSTREAM_BODY as u64)
    {
        return Err(Failure::TooLarge);
    }
    // An answer that came in one piece is kept as it is, not copied.
    match http_body_util::Limited::new(body, MAX_UPSTREAM_BODY)
        .collect()
        .await
    {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.is::<http_body_util::LengthLimitError>() => Err(Failure::TooLarge),
        Err(e) => Err(Failure::Read(e)),
    }
}

fn path_only(path_and_query: &str) -> &str {
    path_and_query.split('?').next().unwrap_or("")
}

/// An error with its causes, which say what actually went wrong (refused, reset, …).
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cause = c.source();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn https_and_local_http_upstreams_are_accepted_and_others_explained() {
        let t = Duration::from_secs(1);
        for ok in [
            "https://api.kustom.co",
            "https://api.kustom.co/base/",
            "http://127.0.0.1:8081",
        ] {
            let up = Upstream::new(ok, t, t, false).unwrap_or_else(|e| panic!("{ok}: {e}"));
            assert!(!up.base().ends_with('/'));
        }
        for (bad, says) in [
            ("api.kustom.co", "must start with https://"),
            ("ftp://api.kustom.co", "must start with https://"),
            ("https://", "needs a host"),
            ("https://api.kustom.co/?x=1", "needs a host and no query"),
            ("https://api kustom.co", "is not a URL"),
            ("http://api.kustom.co", "plain http:// to another machine"),
            ("http://10.0.0.7:8080", "plain http:// to another machine"),
            (
                "https://ops:hunter22@api.kustom.co",
                "https://***@api.kustom.co carries a user name",
            ),
            (
                "ftp://ops:hunter22@api.kustom.co",
                "ftp://***@api.kustom.co",
            ),
            (
                "https://ops:hunter22@api kustom.co/",
                "https://***@api kustom.co/ is not a URL",
            ),
        ] {
            let e = Upstream::new(bad, t, t, false)
                .err()
                .unwrap_or_else(|| panic!("{bad} accepted"))
                .to_string();
            assert!(e.contains(says), "{bad}: {e}");
            assert!(!e.contains("hunter22"), "{bad}: {e}");
        }
        Upstream::new("http://localhost:9", t, t, false).unwrap();
        Upstream::new("http://[::1]:9", t, t, false).unwrap();
    }
}
