//! The identity provider's HTTP client: the proxy's own hyper client (no second HTTP
//! stack for `openidconnect`), with what a relying party needs against a provider that
//! misbehaves: no redirects followed (SSRF), HTTPS except to loopback, a time limit per
//! call and a size limit per answer.

use std::time::Duration;

use axum::body::Bytes;
use axum::http::{Request, Response};
use http_body_util::{BodyExt, Full, Limited};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

use crate::upstream::{https_connector, is_loopback_host};

/// Largest answer read from the provider (discovery, keys, tokens are a few KiB).
const MAX_ANSWER: usize = 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub(super) enum HttpError {
    #[error("{0} is neither HTTPS nor loopback")]
    NotHttps(String),
    #[error("no answer: {0}")]
    Send(String),
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    #[error("the answer is larger than {MAX_ANSWER} bytes")]
    TooLarge,
    #[error("the answer could not be read: {0}")]
    Read(String),
}

#[derive(Clone)]
pub(super) struct Http {
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
    timeout: Duration,
}

impl Http {
    pub(super) fn new(connect_timeout: Duration, timeout: Duration) -> Result<Http, String> {
        let client = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(60))
            .build(https_connector(connect_timeout)?);
        Ok(Http { client, timeout })
    }

    /// One call, as `openidconnect` hands it over.
    pub(super) async fn send(&self, req: Request<Vec<u8>>) -> Result<Response<Vec<u8>>, HttpError> {
        let uri = req.uri();
        let secure = uri.scheme_str() == Some("https")
            || (uri.scheme_str() == Some("http") && is_loopback_host(uri.host().unwrap_or("")));
        if !secure {
            return Err(HttpError::NotHttps(uri.to_string()));
        }
        let (parts, body) = req.into_parts();
        let req = Request::from_parts(parts, Full::new(Bytes::from(body)));
        let call = async {
            let resp = self
                .client
                .request(req)
                .await
                .map_err(|e| HttpError::Send(e.to_string()))?;
            let (parts, body) = resp.into_parts();
            let body = Limited::new(body, MAX_ANSWER)
                .collect()
                .await
                .map_err(|e| {
                    if e.is::<http_body_util::LengthLimitError>() {
                        HttpError::TooLarge
                    } else {
                        HttpError::Read(e.to_string())
                    }
                })?
                .to_bytes();
            Ok(Response::from_parts(parts, body.to_vec()))
        };
        tokio::time::timeout(self.timeout, call)
            .await
            .map_err(|_| HttpError::Timeout(self.timeout))?
    }
}

/// `openidconnect`'s client trait, with a boxed future that is `Send` (the handlers
/// that sign in run on any of the server's threads).
impl<'c> openidconnect::AsyncHttpClient<'c> for Http {
    type Error = HttpError;
    type Future = std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<Response<Vec<u8>>, HttpError>> + Send + 'c>,
    >;

    fn call(&'c self, request: Request<Vec<u8>>) -> Self::Future {
        Box::pin(self.send(request))
    }
}
