//! The audit trail: one JSON line per change an operator asks for, on the log target
//! `audit`, naming who did what to which thing, what changed, and how it ended. No
//! secrets: neither the API key, the operator's token nor a pairing code is ever part of
//! an entry.
//!
//! A change runs in a task of its own ([`Audit::run`]): once it has started, it goes to
//! its end and its entry is written whatever the client does. A client that hangs up, or
//! the edge's time limit, only stops the wait for the answer; they never leave a change
//! at Kustom without its entry.

use std::future::Future;
use std::sync::{Arc, Mutex};

use axum::response::Response;
use serde_json::{json, Map, Value};

use crate::auth::Operator;
use crate::error::AppError;
use ipp::{Device, UpdateDevice};

/// How a change ended, as the entry says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Kustom made the change.
    Applied,
    /// Not made: the console or Kustom refused it (role, scope, invalid input, a state
    /// that does not allow it); `reason` says why.
    Refused,
    /// Not made: something failed before Kustom could make it, or Kustom failed.
    Failed,
    /// Sent to Kustom, but no answer said whether it was made (the answer timed out or
    /// broke off).
    Unknown,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Applied => "applied",
            Outcome::Refused => "refused",
            Outcome::Failed => "failed",
            Outcome::Unknown => "unknown",
        }
    }

    /// How a call ended, given whether the change had been sent to Kustom.
    fn of(result: &Result<Response, AppError>, sent: bool) -> Outcome {
        match result {
            Ok(_) => Outcome::Applied,
            Err(e) if sent && e.outcome_unknown => Outcome::Unknown,
            Err(e) if e.problem.status < 500 => Outcome::Refused,
            Err(_) => Outcome::Failed,
        }
    }
}

/// An entry being assembled while a change runs.
#[derive(Debug)]
pub struct Audit {
    request_id: String,
    sub: String,
    name: Option<String>,
    merchant: String,
    action: &'static str,
    target: Option<String>,
    changes: Value,
    /// Whether the change has been sent to Kustom.
    sent: bool,
    written: bool,
}

/// The running change's hold on its entry: what it learns on the way goes in here.
#[derive(Debug, Clone)]
pub struct Recording(Arc<Mutex<Audit>>);

impl Recording {
    fn with<T>(&self, f: impl FnOnce(&mut Audit) -> T) -> T {
        f(&mut self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }

    pub fn target(&self, id: impl ToString) {
        self.with(|a| a.target = Some(id.to_string()));
    }

    pub fn changes(&self, changes: Value) {
        self.with(|a| a.changes = changes);
    }

    /// Says that the change is about to be sent to Kustom: from here on, a call that
    /// ends without an answer may have made it.
    pub fn sending(&self) {
        self.with(|a| a.sent = true);
    }

    fn finish(&self, result: &Result<Response, AppError>) {
        self.with(|a| a.write(result));
    }
}

/// Writes the entry when the task ends without a result (it panicked, or the runtime
/// stopped): nobody can tell whether the change was made.
struct Unfinished(Recording);

impl Drop for Unfinished {
    fn drop(&mut self) {
        self.0.with(|a| {
            if !a.written {
                let e = AppError::status(
                    500,
                    "Unexpected error",
                    "The console stopped while making this change.",
                )
                .unknown_outcome();
                a.sent = true;
                a.write(&Err(e));
            }
        });
    }
}

impl Audit {
    pub fn new(request_id: &str, op: &Operator, action: &'static str) -> Audit {
        Audit {
            request_id: request_id.to_owned(),
            sub: op.sub.clone(),
            name: op.name.clone(),
            merchant: op.merchant_id.clone(),
            action,
            target: None,
            changes: Value::Null,
            sent: false,
            written: false,
        }
    }

    pub fn target(mut self, id: impl ToString) -> Audit {
        self.target = Some(id.to_string());
        self
    }

    /// Runs the change `work` in a task of its own and writes the entry when it ends;
    /// the answer is handed back to whoever still waits for it.
    pub async fn run<Fut>(self, work: impl FnOnce(Recording) -> Fut) -> Result<Response, AppError>
    where
        Fut: Future<Output = Result<Response, AppError>> + Send + 'static,
    {
        let recording = Recording(Arc::new(Mutex::new(self)));
        let guard = Unfinished(recording.clone());
        let work = work(recording);
        let task = tokio::spawn(async move {
            let result = work.await;
            guard.0.finish(&result);
            result
        });
        task.await.unwrap_or_else(|e| {
            Err(AppError::status(
                500,
                "Unexpected error",
                "The console failed while making this change. Look whether it was made before you try again.",
            )
            .with_cause(format!("change task ended: {e}")))
        })
    }

    fn write(&mut self, result: &Result<Response, AppError>) {
        self.written = true;
        let outcome = Outcome::of(result, self.sent);
        let (status, reason) = match result {
            Ok(r) => (r.status().as_u16(), String::new()),
            Err(e) => (
                e.problem.status,
                e.problem
                    .detail
                    .clone()
                    .unwrap_or_else(|| e.problem.title.clone()),
            ),
        };
        tracing::info!(
            target: "audit",
            time = %chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            request_id = %self.request_id,
            sub = %self.sub,
            name = self.name.as_deref().unwrap_or(""),
            merchant = %self.merchant,
            action = self.action,
            target_id = self.target.as_deref().unwrap_or(""),
            changes = %self.changes,
            outcome = outcome.as_str(),
            status,
            reason = %reason,
            "audit"
        );
    }
}

/// What a device update changes: each changed field as `{before, after}`; metadata per key.
pub fn device_changes(before: &Device, after: &UpdateDevice) -> Value {
    let mut out = Map::new();
    if before.name != after.name {
        out.insert(
            "name".into(),
            json!({"before": before.name, "after": after.name}),
        );
    }
    if before.location_id != after.location_id {
        out.insert(
            "location_id".into(),
            json!({"before": before.location_id, "after": after.location_id}),
        );
    }
    let mut meta = Map::new();
    for (key, b, a) in ipp::metadata::paired(&before.metadata, &after.metadata) {
        if b != a {
            meta.insert(key.clone(), json!({"before": b, "after": a}));
        }
    }
    if !meta.is_empty() {
        out.insert("metadata".into(), Value::Object(meta));
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_changes_name_only_what_changed() {
        let before = ipp::fixtures::device();
        let after = UpdateDevice {
            name: "Till 1".into(),
            metadata: [
                ("store".to_owned(), "104".to_owned()),
                ("dept".to_owned(), "Sales".to_owned()),
            ]
            .into_iter()
            .collect(),
            location_id: before.location_id,
        };
        assert_eq!(
            device_changes(&before, &after),
            json!({"metadata": {"till": {"before": "1", "after": null}, "dept": {"before": null, "after": "Sales"}}})
        );
    }

    #[test]
    fn outcomes_follow_what_was_sent() {
        let ok: Result<Response, AppError> = Ok(Response::default());
        let refused = || Err(AppError::forbidden("no"));
        let failed = || Err(AppError::status(502, "Kustom failed", "x"));
        let unknown = || Err(AppError::status(504, "late", "x").unknown_outcome());
        assert_eq!(Outcome::of(&ok, true), Outcome::Applied);
        assert_eq!(Outcome::of(&refused(), false), Outcome::Refused);
        assert_eq!(Outcome::of(&refused(), true), Outcome::Refused);
        assert_eq!(Outcome::of(&failed(), true), Outcome::Failed);
        assert_eq!(Outcome::of(&unknown(), true), Outcome::Unknown);
        // Never sent: whatever the error, nothing was made.
        assert_eq!(Outcome::of(&unknown(), false), Outcome::Failed);
    }
}
