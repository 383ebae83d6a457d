//! What the proxy answers, read as the tests read it: every answer checked for secrets.

use std::net::SocketAddr;
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::Value;

use super::assert_no_secret;

/// An answer from the proxy, already checked for secrets.
#[derive(Debug)]
pub(crate) struct Answer {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
    pub text: String,
}

impl Answer {
    /// Asserts a problem+json answer with `status` and a request id; returns the problem.
    pub(crate) fn problem(self, status: u16) -> Value {
        assert_eq!(self.status.as_u16(), status, "{}", self.text);
        let ct = self
            .headers
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        assert_eq!(ct, "application/problem+json", "{}", self.text);
        assert_eq!(self.body["status"], status, "{}", self.text);
        assert!(
            self.body["title"].as_str().is_some_and(|t| !t.is_empty()),
            "{}",
            self.text
        );
        let rid = self.body["request_id"]
            .as_str()
            .expect("problem has a request_id");
        assert_eq!(
            self.headers.get("x-request-id").unwrap().to_str().unwrap(),
            rid
        );
        self.body
    }

    pub(crate) fn ok(self, status: u16) -> Value {
        assert_eq!(self.status.as_u16(), status, "{}", self.text);
        self.body
    }

    pub(crate) fn request_id(&self) -> String {
        self.headers
            .get("x-request-id")
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned()
    }
}

pub(crate) async fn answer(resp: reqwest::Response) -> Answer {
    let status = resp.status();
    let headers = resp.headers().clone();
    let text = resp.text().await.unwrap_or_default();
    assert_no_secret("a response body", &text);
    for (name, value) in &headers {
        assert_no_secret(
            &format!("response header {name}"),
            value.to_str().unwrap_or(""),
        );
    }
    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
    Answer {
        status,
        headers,
        body,
        text,
    }
}

/// Sends bytes as they are (no client-side normalization of the path) and returns the
/// status and body.
pub(crate) async fn raw(addr: SocketAddr, request: &str) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(request.as_bytes()).await.unwrap();
    let mut buf = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), s.read_to_end(&mut buf)).await;
    let text = String::from_utf8_lossy(&buf).into_owned();
    assert_no_secret("a raw response", &text);
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}
