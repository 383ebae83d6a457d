//! The trust boundary under attack: slow clients, changes cut short, hostile upstream
//! answers, tokens at the edges of what they can say, secrets echoed back, amplification.
//! Each test names what must hold.

mod changes;
mod clients;
mod edges;
mod scope;
mod secrets;
mod tokens;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::Request;
use axum::http::StatusCode;
use axum::routing::any;
use axum::Router;
use clap::Parser;
use ipp::console::Role;
use jsonwebtoken::{Algorithm, EncodingKey};
use reqwest::Method;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::common::*;

const DEVICE: &str = "550e8400-e29b-41d4-a716-446655440000";
const MINE: &str = "660e8400-e29b-41d4-a716-446655440001";
const THEIRS: &str = "770e8400-e29b-41d4-a716-446655440002";

fn device(id: &str, location: &str, merchant: &str) -> Value {
    json!({"id": id, "hardware_id": format!("HW-{}", &id[..4]), "merchant_id": merchant,
           "location_id": location, "name": format!("Till {}", &id[..4]), "platform": "IOS",
           "metadata": {"till": "1"}, "created_at": "2024-01-15T10:30:00Z"})
}

fn page(content: Vec<Value>, last: bool) -> Value {
    json!({"content": content, "total_elements": 1000, "total_pages": 10, "page_number": 0,
           "page_size": 100, "first": true, "last": last})
}

/// A fake upstream: `answer` gets each request's method and path-and-query and says
/// what to answer; every request is recorded.
#[derive(Clone, Default)]
struct Seen(Arc<Mutex<Vec<String>>>);

impl Seen {
    fn all(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
    fn count(&self, prefix: &str) -> usize {
        self.all().iter().filter(|s| s.starts_with(prefix)).count()
    }
}

async fn upstream<F, Fut>(answer: F) -> (String, Seen)
where
    F: Fn(String) -> Fut + Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = (StatusCode, Value)> + Send,
{
    let seen = Seen::default();
    let record = seen.clone();
    let router = Router::new().fallback(any(move |req: Request| {
        let answer = answer.clone();
        let record = record.clone();
        async move {
            let line = format!(
                "{} {}",
                req.method(),
                req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("")
            );
            record.0.lock().unwrap().push(line.clone());
            let (status, body) = answer(line).await;
            (
                status,
                [("content-type", "application/json")],
                body.to_string(),
            )
        }
    }));
    (format!("http://{}", serve(router).await), seen)
}

fn args(a: &[&str]) -> Opts {
    Opts {
        extra_args: a.iter().map(|s| (*s).to_owned()).collect(),
        ..Opts::default()
    }
}

/// Waits until `check` holds, or fails after a generous `limit` (a bound on
/// correctness, not a speed figure).
async fn eventually(what: &str, limit: Duration, mut check: impl FnMut() -> bool) {
    let until = Instant::now() + limit;
    while !check() {
        assert!(Instant::now() < until, "never happened: {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn audit_of_target(target: &str) -> Vec<Value> {
    logs()
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v["target"] == "audit" && v["target_id"] == target)
        .collect()
}

fn hs(claims: &Value) -> String {
    sign_with_value(
        claims,
        Algorithm::HS256,
        &EncodingKey::from_secret(SECRET.as_bytes()),
    )
}

fn base_claims() -> Value {
    serde_json::to_value(claims(Role::Admin)).unwrap()
}

fn with(mut v: Value, key: &str, value: Value) -> Value {
    v[key] = value;
    v
}
