//! A playground on a real socket for each test, and a small HTTP client for it.

use std::net::SocketAddr;

use playground::{Playground, Store, DEMO_KEY};
use reqwest::{Client, Method, StatusCode};
use serde_json::Value;

pub(crate) struct Pg {
    pub base: String,
    pub client: Client,
    pub store: Store,
}

/// A seeded in-memory playground, listening on a free loopback port.
pub(crate) async fn spawn() -> Pg {
    spawn_with(false).await
}

pub(crate) async fn spawn_with(documented_only: bool) -> Pg {
    spawn_as(|pg| Playground {
        documented_only,
        ..pg
    })
    .await
}

/// A seeded in-memory playground, set up by `f`.
pub(crate) async fn spawn_as(f: impl FnOnce(Playground) -> Playground) -> Pg {
    let store = Store::open(":memory:").unwrap();
    store.seed_demo(chrono::Utc::now()).unwrap();
    let (listener, addr): (_, SocketAddr) = playground::bind("127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let pg = f(Playground::new(store.clone(), false));
    tokio::spawn(playground::serve(listener, pg));
    Pg {
        base: format!("http://{addr}"),
        client: Client::new(),
        store,
    }
}

/// An answer: status, content type and body as JSON (Null when empty).
#[derive(Debug)]
pub(crate) struct Answer {
    pub status: StatusCode,
    pub content_type: String,
    pub body: Value,
}

impl Answer {
    /// Asserts a problem+json answer with `status`, and returns it.
    pub(crate) fn problem(self, status: u16) -> Value {
        assert_eq!(self.status.as_u16(), status, "{:#}", self.body);
        assert_eq!(
            self.content_type, "application/problem+json",
            "{:#}",
            self.body
        );
        assert_eq!(self.body["status"], status);
        assert!(self.body["title"].as_str().is_some_and(|t| !t.is_empty()));
        self.body
    }

    pub(crate) fn ok(self, status: u16) -> Value {
        assert_eq!(self.status.as_u16(), status, "{:#}", self.body);
        self.body
    }
}

impl Pg {
    pub(crate) async fn call(
        &self,
        method: Method,
        path: &str,
        key: Option<&str>,
        body: Option<Value>,
    ) -> Answer {
        let mut req = self.client.request(method, format!("{}{path}", self.base));
        if let Some(k) = key {
            req = req.header("authorization", format!("Basic {k}"));
        }
        if let Some(b) = body {
            req = req
                .header("content-type", "application/json")
                .body(b.to_string());
        }
        answer(req.send().await.unwrap()).await
    }

    pub(crate) async fn raw(&self, req: reqwest::RequestBuilder) -> Answer {
        answer(req.send().await.unwrap()).await
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub(crate) async fn get(&self, path: &str) -> Answer {
        self.call(Method::GET, path, Some(DEMO_KEY), None).await
    }

    pub(crate) async fn post(&self, path: &str, body: Value) -> Answer {
        self.call(Method::POST, path, Some(DEMO_KEY), Some(body))
            .await
    }

    pub(crate) async fn put(&self, path: &str, body: Value) -> Answer {
        self.call(Method::PUT, path, Some(DEMO_KEY), Some(body))
            .await
    }

    pub(crate) async fn delete(&self, path: &str) -> Answer {
        self.call(Method::DELETE, path, Some(DEMO_KEY), None).await
    }

    /// The demo merchant's locations' ids, oldest first.
    pub(crate) async fn locations(&self) -> Vec<String> {
        let page = self.get("/ipp/v1/locations").await.ok(200);
        page["content"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["id"].as_str().unwrap().to_owned())
            .collect()
    }

    /// Creates an enrollment at the first location and returns it.
    pub(crate) async fn enrollment(&self, metadata: Value) -> Value {
        let loc = self.locations().await.remove(0);
        self.post(
            "/ipp/v1/enrollments",
            serde_json::json!({ "metadata": metadata, "location_id": loc }),
        )
        .await
        .ok(201)
    }

    /// Redeems a code as the POS app does.
    pub(crate) async fn register(&self, code: &str, hardware_id: &str) -> Answer {
        self.call(
            Method::POST,
            "/ipp/v1/devices/register",
            None,
            Some(serde_json::json!({ "enrollment_code": code, "hardware_id": hardware_id, "platform": "ANDROID" })),
        )
        .await
    }

    pub(crate) async fn count(&self, list: &str) -> u64 {
        self.get(list).await.ok(200)["total_elements"]
            .as_u64()
            .unwrap()
    }
}

pub(crate) async fn answer(resp: reqwest::Response) -> Answer {
    let status = resp.status();
    let content_type = resp
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let bytes = resp.bytes().await.unwrap();
    let body = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes).unwrap_or(Value::Null)
    };
    Answer {
        status,
        content_type,
        body,
    }
}
