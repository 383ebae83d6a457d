//! Hostile input: each case states the answer (status and problem shape) and that nothing
//! (or, where the proxy must look a device up first, nothing that changes anything)
//! reached the upstream.

mod input;
mod reach;
mod tokens;

use base64::Engine;
use ipp::console::Role;
use jsonwebtoken::{Algorithm, EncodingKey};
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::*;

const ID: &str = "550e8400-e29b-41d4-a716-446655440000";

fn b64(v: &Value) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
}

/// A token assembled by hand: any header, any claims, any signature.
fn handmade(header: Value, claims: Value, signature: &str) -> String {
    remember(&format!("{}.{}.{signature}", b64(&header), b64(&claims)))
}

fn claims_json(role: Role) -> Value {
    serde_json::to_value(claims(role)).unwrap()
}

fn with(mut v: Value, key: &str, value: Value) -> Value {
    v[key] = value;
    v
}

fn without(mut v: Value, key: &str) -> Value {
    v.as_object_mut().unwrap().remove(key);
    v
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// The cases of one table. Each is checked and every failure is named; the test fails
/// once, at the end, with all of them (a table that stops at its first failure hides the
/// rest).
#[derive(Default)]
struct Cases(Vec<String>);

impl Cases {
    /// The answer must be a problem with `status`, and the upstream must have seen
    /// nothing at all (`lookups`: nothing but lookups).
    fn check(
        &mut self,
        p: &Proxy,
        case: &str,
        a: Answer,
        status: u16,
        lookups: bool,
    ) -> Option<Value> {
        let seen = p.upstream.take();
        let reached = if lookups {
            seen.iter().any(|s| s.method != "GET")
        } else {
            !seen.is_empty()
        };
        if reached {
            self.0
                .push(format!("{case}: reached the upstream: {seen:?}"));
            return None;
        }
        let ct = a
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let shaped = ct == "application/problem+json"
            && a.body["status"] == status
            && a.body["title"].as_str().is_some_and(|t| !t.is_empty())
            && a.body["request_id"].is_string();
        if a.status.as_u16() != status || !shaped {
            self.0.push(format!(
                "{case}: {} {} ({ct}) instead of a {status} problem",
                a.status, a.text
            ));
            return None;
        }
        Some(a.body)
    }

    /// Refused with `status`, nothing reached the upstream.
    fn refused(&mut self, p: &Proxy, case: &str, a: Answer, status: u16) -> Option<Value> {
        self.check(p, case, a, status, false)
    }

    /// Refused with `status`; the upstream saw no change (lookups are allowed).
    fn refused_change(&mut self, p: &Proxy, case: &str, a: Answer, status: u16) -> Option<Value> {
        self.check(p, case, a, status, true)
    }

    /// Records `why` when `ok` is false.
    fn expect(&mut self, ok: bool, why: impl FnOnce() -> String) {
        if !ok {
            self.0.push(why());
        }
    }

    fn all_held(self) {
        assert!(
            self.0.is_empty(),
            "{} case(s) failed:\n{}",
            self.0.len(),
            self.0.join("\n")
        );
    }
}
