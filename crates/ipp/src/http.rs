//! The HTTP glue the two servers share (feature `server`: the proxy and the playground
//! answer with the same problems and read ids and bodies by the same rules).
//!
//! - A [`Problem`] is an answer: `application/problem+json` with its status; the problem
//!   also rides in the answer's extensions, for a layer that adds the request id.
//! - [`Id`]: a `{id}` path segment, a UUID or a 400 naming `id`.
//! - [`JsonBody`]: a request body that says it is JSON (`application/json` or a
//!   `+json` type, else 415) of at most [`MAX_BODY`] bytes (else 413).

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use uuid::Uuid;

use crate::request::parse_uuid;
use crate::{Problem, PROBLEM_JSON};

/// Largest request body either server reads.
pub const MAX_BODY: usize = 64 * 1024;

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut res = (status, body).into_response();
        res.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        res.extensions_mut().insert(self);
        res
    }
}

/// A `{id}` path segment: a UUID, or a 400 before anything else happens.
pub struct Id(pub Uuid);

impl<S: Send + Sync> FromRequestParts<S> for Id {
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|_| {
                Problem::invalid_field(
                    "id",
                    "Use an id of the form 550e8400-e29b-41d4-a716-446655440000.",
                )
            })?;
        parse_uuid(&raw)
            .map(Id)
            .map_err(|msg| Problem::invalid_field("id", msg))
    }
}

/// Whether a request says its body is JSON: `application/json` or any `+json` type
/// (RFC 6839), parameters aside.
pub fn says_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|ct| ct.split(';').next())
        .is_some_and(|m| {
            let m = m.trim().to_ascii_lowercase();
            m == "application/json" || (m.starts_with("application/") && m.ends_with("+json"))
        })
}

/// Reads a JSON body by the rules above.
pub async fn read_json(headers: &HeaderMap, body: Body) -> Result<Bytes, Problem> {
    read_json_up_to(headers, body, MAX_BODY).await
}

/// [`read_json`] with another limit (bulk changes take up to 1 MiB).
pub async fn read_json_up_to(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
) -> Result<Bytes, Problem> {
    if !says_json(headers) {
        return Err(Problem::new(415, "Unsupported media type")
            .with_detail("Send the body as JSON with Content-Type: application/json."));
    }
    axum::body::to_bytes(body, limit).await.map_err(|e| {
        let too_large = std::error::Error::source(&e)
            .is_some_and(|s| s.is::<http_body_util::LengthLimitError>());
        if too_large {
            Problem::new(413, "Request too large").with_detail(format!(
                "The request body is larger than {} KiB. Send less.",
                limit / 1024
            ))
        } else {
            Problem::new(400, "Request broke off")
                .with_detail("The request body did not arrive whole. Try again.")
        }
    })
}

/// A JSON request body, read by [`read_json`].
pub struct JsonBody(pub Bytes);

impl<S: Send + Sync> FromRequest<S> for JsonBody {
    type Rejection = Problem;

    async fn from_request(req: Request, _: &S) -> Result<Self, Self::Rejection> {
        let (parts, body) = req.into_parts();
        read_json(&parts.headers, body).await.map(JsonBody)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_said_one_way() {
        let with = |ct: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_str(ct).unwrap());
            says_json(&h)
        };
        assert!(with("application/json"));
        assert!(with("Application/JSON; charset=utf-8"));
        assert!(with("application/merge-patch+json"));
        assert!(!with("text/plain"));
        assert!(!with("text/x+json"));
        assert!(!with("application/jsonx"));
        assert!(!says_json(&HeaderMap::new()));
    }
}
