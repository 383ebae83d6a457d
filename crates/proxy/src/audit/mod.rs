//! The audit trail: one JSON line per change an operator asks for, on the log target
//! `audit`, naming who did what to which thing, what changed, and how it ended. No
//! secrets: neither the API key, the operator's token nor a pairing code is ever part of
//! an entry.
//!
//! A change runs in a task of its own ([`Audit::run`]): once it has started, it goes to
//! its end and its entry is written whatever the client does. A client that hangs up, or
//! the edge's time limit, only stops the wait for the answer; they never leave a change
//! at Kustom without its entry.
//!
//! The same entry goes to the console database (the activity trail): written as an
//! attempt before the change is sent ([`Recording::sending`], which refuses the change
//! with 503 when it cannot be written), completed with its outcome after. A process that
//! stops in between leaves an attempt that `db::reconcile` completes.

use std::future::Future;
use std::sync::{Arc, Mutex};

use axum::response::Response;
use ipp::activity::{ActivityOutcome, Actor, Target};
use ipp::Uuid;
use serde_json::Value;

mod changes;

pub use changes::{device_changes, field_changes};

use crate::db::activity::NewRecord;
use crate::error::AppError;
use crate::fleet::Fleet;
use crate::AppState;

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
        self.activity().as_str()
    }

    fn activity(self) -> ActivityOutcome {
        match self {
            Outcome::Applied => ActivityOutcome::Applied,
            Outcome::Refused => ActivityOutcome::Refused,
            Outcome::Failed => ActivityOutcome::Failed,
            Outcome::Unknown => ActivityOutcome::Unknown,
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
pub struct Audit {
    state: Arc<AppState>,
    record: NewRecord,
    /// What changed, as the log line says it.
    changes: Value,
    /// Whether the attempt is in the database.
    attempted: bool,
    /// Whether the change has been sent to Kustom.
    sent: bool,
    written: bool,
}

/// The running change's hold on its entry: what it learns on the way goes in here.
#[derive(Clone)]
pub struct Recording(Arc<Mutex<Audit>>);

impl Recording {
    fn with<T>(&self, f: impl FnOnce(&mut Audit) -> T) -> T {
        f(&mut self.0.lock().unwrap_or_else(|p| p.into_inner()))
    }

    /// What the change is made to (its kind follows from the action).
    pub fn target(&self, id: impl ToString) {
        self.with(|a| {
            a.record.target = Some(target(a.record.action.as_str(), id.to_string(), None))
        });
    }

    /// The device the change is made to (or made), and its name.
    pub fn device(&self, id: Uuid, name: &str) {
        self.with(|a| {
            a.record.target = Some(Target {
                kind: "device".into(),
                id: id.to_string(),
                name: Some(name.to_owned()),
            })
        });
    }

    /// Where the target was before the change and where it is after.
    pub fn locations(&self, before: Option<Uuid>, after: Option<Uuid>) {
        self.with(|a| {
            a.record.location_before = before;
            a.record.location_after = after;
        });
    }

    pub fn changes(&self, changes: Value) {
        self.with(|a| {
            a.record.changes = field_changes(&changes);
            a.changes = changes;
        });
    }

    /// Says that the change is about to be sent to Kustom, once it is recorded as an
    /// attempt: from here on, a call that ends without an answer may have made it. When
    /// it cannot be recorded it is not sent (503).
    pub async fn sending(&self) -> Result<(), AppError> {
        let (state, record) = self.with(|a| (a.state.clone(), a.record.clone()));
        state
            .db
            .attempt(&record)
            .await
            .map_err(|e| crate::db::unavailable(&e))?;
        self.with(|a| {
            a.attempted = true;
            a.sent = true;
        });
        Ok(())
    }

    /// Writes the log line; answers what the database is to be told.
    fn finish(&self, result: &Result<Response, AppError>) -> Ending {
        self.with(|a| {
            let (outcome, reason) = a.write(result);
            (
                a.state.clone(),
                a.record.clone(),
                outcome,
                reason,
                a.attempted,
            )
        })
    }
}

/// How a change ended, as the database is told: the state, the record, the outcome, the
/// reason, and whether the attempt was written.
type Ending = (Arc<AppState>, NewRecord, Outcome, String, bool);

fn target(action: &str, id: String, name: Option<String>) -> Target {
    let kind = if action.starts_with("device.") {
        "device"
    } else if action.starts_with("job.") {
        "job"
    } else {
        "enrollment"
    };
    Target {
        kind: kind.into(),
        id,
        name,
    }
}

/// Completes the record (or, for a change refused before it was sent, writes it whole).
/// Best effort: when the database is unavailable now, the log line has it, and an
/// attempt is reconciled later.
async fn store(
    state: &AppState,
    record: &NewRecord,
    outcome: Outcome,
    reason: &str,
    attempted: bool,
) {
    let reason = (!reason.is_empty()).then_some(reason);
    let written = if attempted {
        state.db.complete(record, outcome.activity(), reason).await
    } else {
        match state.db.attempt(record).await {
            Ok(()) => state.db.complete(record, outcome.activity(), reason).await,
            Err(e) => Err(e),
        }
    };
    if let Err(e) = written {
        tracing::warn!(record = %record.id, error = %e, "cannot write how a change ended to the console database");
    }
}

/// Writes the entry when the task ends without a result (it panicked, or the runtime
/// stopped): nobody can tell whether the change was made.
struct Unfinished(Recording);

impl Drop for Unfinished {
    fn drop(&mut self) {
        let done = self.0.with(|a| {
            if a.written {
                return None;
            }
            let e = AppError::status(
                500,
                "Unexpected error",
                "The console stopped while making this change.",
            )
            .unknown_outcome();
            a.sent = true;
            let (outcome, reason) = a.write(&Err(e));
            Some((
                a.state.clone(),
                a.record.clone(),
                outcome,
                reason,
                a.attempted,
            ))
        });
        if let Some((state, record, outcome, reason, attempted)) = done {
            // Still within the runtime (a panic): complete the record there.
            if let Ok(rt) = tokio::runtime::Handle::try_current() {
                rt.spawn(async move { store(&state, &record, outcome, &reason, attempted).await });
            }
        }
    }
}

impl Audit {
    pub fn new(fleet: &Fleet, action: &'static str) -> Audit {
        let op = &fleet.op;
        Audit {
            state: fleet.state.clone(),
            record: NewRecord {
                id: Uuid::new_v4(),
                merchant: op.merchant_id.clone(),
                at: chrono::Utc::now(),
                actor: Actor {
                    sub: op.sub.clone(),
                    name: op.name.clone(),
                },
                action: action.to_owned(),
                target: None,
                location_before: None,
                location_after: None,
                changes: Vec::new(),
                request_id: fleet.request_id.clone(),
                job: None,
            },
            changes: Value::Null,
            attempted: false,
            sent: false,
            written: false,
        }
    }

    pub fn target(mut self, id: impl ToString) -> Audit {
        self.record.target = Some(target(&self.record.action, id.to_string(), None));
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
            let (state, record, outcome, reason, attempted) = guard.0.finish(&result);
            store(&state, &record, outcome, &reason, attempted).await;
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

    /// Writes the log line; answers the outcome and the reason.
    fn write(&mut self, result: &Result<Response, AppError>) -> (Outcome, String) {
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
            request_id = %self.record.request_id,
            sub = %self.record.actor.sub,
            name = self.record.actor.name.as_deref().unwrap_or(""),
            merchant = %self.record.merchant,
            action = %self.record.action,
            target_id = self.record.target.as_ref().map_or("", |t| t.id.as_str()),
            changes = %self.changes,
            outcome = outcome.as_str(),
            status,
            reason = %reason,
            "audit"
        );
        (
            outcome,
            if outcome == Outcome::Applied {
                String::new()
            } else {
                reason
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
