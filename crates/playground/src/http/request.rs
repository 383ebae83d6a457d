//! The request side: failures as problem+json, the merchant behind an API key, ids and
//! JSON bodies taken apart with errors a person can act on, and store calls run without
//! holding up other requests.

use std::net::SocketAddr;

use axum::extract::connect_info::ConnectInfo;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap};
use base64::Engine;
use chrono::Utc;
use ipp::Problem;

use crate::store::merchants::{is_live_key, is_test_key};
use crate::store::{CodeRejection, Store, StoreError};
use crate::Playground;

/// Problem `type`s for the registration errors, so the POS app can tell them apart.
pub const CODE_UNKNOWN: &str = "https://device-console.dev/problems/code-unknown";
pub const CODE_EXPIRED: &str = "https://device-console.dev/problems/code-expired";
pub const CODE_CONSUMED: &str = "https://device-console.dev/problems/code-consumed";
pub const CODE_CANCELLED: &str = "https://device-console.dev/problems/code-cancelled";

/// Who is calling, as far as the connection tells: its IP address, or `unknown` when
/// the server was started without connection info.
pub struct Client(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Client(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string()),
        ))
    }
}

impl From<StoreError> for Problem {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => {
                Problem::not_found(format!("There is no such {what} for this merchant."))
            }
            StoreError::Invalid(errors) => Problem::validation(errors),
            StoreError::Conflict(detail) => Problem::new(409, "Conflict").with_detail(detail),
            StoreError::Code(why) => code_problem(why),
            StoreError::TooManyFailures(secs) => too_many_failures(secs),
            StoreError::Db(e) => {
                tracing::error!(error = %e, "database error");
                Problem::new(500, "Internal error")
                    .with_detail("The playground's database failed; see its log.")
            }
        }
    }
}

/// A client that got too many codes wrong (RFC 6585 §4: 429, with `Retry-After`).
pub(super) fn too_many_failures(retry_after_secs: u64) -> Problem {
    Problem::new(429, "Too many wrong codes").with_detail(format!(
        "Too many wrong codes were entered from this device lately. Wait {retry_after_secs} s, then check the code and try again."
    ))
}

fn code_problem(why: CodeRejection) -> Problem {
    let (status, title, kind, detail) = match why {
        CodeRejection::Unknown => (404, "Unknown code", CODE_UNKNOWN, "No enrollment has this code. Check it for typos; codes have 8 characters."),
        CodeRejection::Expired => (410, "Code expired", CODE_EXPIRED, "This code has expired. Ask for a new one."),
        CodeRejection::Consumed => (409, "Code already used", CODE_CONSUMED, "This code was already used to register a device. Each code works once; ask for a new one."),
        CodeRejection::Cancelled => (410, "Code cancelled", CODE_CANCELLED, "This code was cancelled by the merchant. Ask for a new one."),
    };
    Problem::new(status, title)
        .with_type(kind)
        .with_detail(detail)
}

/// A handler's result: an answer, or the problem that says why not.
pub type ApiResult<T> = Result<T, Problem>;

/// Runs a store operation (blocking work) without holding up the other requests.
pub async fn blocking<T: Send + 'static>(
    store: &Store,
    f: impl FnOnce(&Store) -> crate::store::Result<T> + Send + 'static,
) -> ApiResult<T> {
    use tokio::runtime::{Handle, RuntimeFlavor};
    // On the request's own thread, the runtime moving its other tasks away: handing each
    // query to a pooled thread and back cost ~2 ms a request on 2 cores (a filtered list
    // of 100,000 devices: 5.3 -> 3.4 ms p50 over HTTP, the query itself 2.4-2.8 ms).
    // A single-threaded runtime (tests) cannot do that.
    if Handle::current().runtime_flavor() == RuntimeFlavor::MultiThread {
        return tokio::task::block_in_place(|| f(store)).map_err(Problem::from);
    }
    let store = store.clone();
    tokio::task::spawn_blocking(move || f(&store))
        .await
        .map_err(|e| Problem::new(500, "Internal error").with_detail(e.to_string()))?
        .map_err(Problem::from)
}

pub(super) fn unauthorized(detail: &str) -> Problem {
    Problem::new(401, "Unauthorized").with_detail(detail)
}

/// The merchant whose API key authenticated the request.
pub struct Merchant(pub String);

impl FromRequestParts<Playground> for Merchant {
    type Rejection = Problem;

    async fn from_request_parts(
        parts: &mut Parts,
        pg: &Playground,
    ) -> Result<Self, Self::Rejection> {
        let key = api_key(&parts.headers)?;
        if is_live_key(&key) {
            return Err(unauthorized(
                "This is a production (kco_live_) key; the playground takes test keys (kco_test_api_…).",
            ));
        }
        if !is_test_key(&key) {
            return Err(unauthorized("The API key is not a well-formed test key (kco_test_api_ and at least 8 letters or digits)."));
        }
        let merchant = blocking(&pg.store, move |s| s.merchant_for_key(&key, Utc::now())).await?;
        if let Some(claimed) = parts.headers.get("x-merchant-id") {
            if claimed.as_bytes() != merchant.as_bytes() {
                return Err(unauthorized(
                    "x-merchant-id does not match the merchant of the API key.",
                ));
            }
        }
        Ok(Merchant(merchant))
    }
}

/// `Authorization: Basic <API key>`, or `Basic base64(<username>:<API key>)`.
fn api_key(headers: &HeaderMap) -> ApiResult<String> {
    let missing = || unauthorized("Send the API key as Authorization: Basic <API key>.");
    let value = headers
        .get(header::AUTHORIZATION)
        .ok_or_else(missing)?
        .to_str()
        .map_err(|_| missing())?;
    let (scheme, cred) = value.split_once(' ').ok_or_else(missing)?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return Err(missing());
    }
    let cred = cred.trim();
    if cred.starts_with("kco_") {
        return Ok(cred.to_owned());
    }
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(cred)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(missing)?;
    let (_user, key) = decoded.split_once(':').ok_or_else(missing)?;
    Ok(key.to_owned())
}
