//! One device of a job: read it fresh, compare it with the state the job expects, make
//! the change (recorded in the activity trail before it is sent), retry what Kustom
//! answers with 429 or 5xx, and record the outcome.
//!
//! Upstream calls per device: one fresh read and one write, plus retries.

use std::time::Duration;

use axum::http::Method;
use chrono::Utc;
use ipp::activity::{ActivityOutcome, FieldChange, Target};
use ipp::jobs::{plan, DeviceState, ItemOutcome, JobAction, Plan};
use ipp::{Device, UpdateDevice, Uuid};

use crate::db::activity::NewRecord;
use crate::db::jobs::{ItemEnd, ItemRow, JobRow};
use crate::error::AppError;
use crate::fleet::index::Change;
use crate::fleet::Fleet;
use crate::upstream::paths;

pub(in crate::jobs) struct Ctx<'a> {
    pub fleet: &'a Fleet,
    pub job: &'a JobRow,
}

fn end(outcome: ItemOutcome, reason: impl Into<Option<String>>) -> ItemEnd {
    ItemEnd {
        outcome,
        reason: reason.into(),
        changes: Vec::new(),
        before: None,
        after: None,
    }
}

/// The reason of a failed call, as a person can act on it.
pub(in crate::jobs) fn reason(e: &AppError) -> String {
    e.problem
        .detail
        .clone()
        .unwrap_or_else(|| e.problem.title.clone())
}

/// What to do to the device, given how it is now.
enum Step {
    Put(DeviceState),
    Delete,
    Ended(ItemEnd),
}

impl Ctx<'_> {
    /// Runs one item and records its outcome; an error means the outcome could not be
    /// recorded (the job stops, and resumes later where it stopped).
    pub(super) async fn run(&self, it: ItemRow) -> Result<(), sqlx::Error> {
        if self.job.action.creates_codes() {
            return self.code(it).await;
        }
        let db = &self.fleet.state.db;
        // An item whose change was being sent when the job stopped: finish its record,
        // unless the reconciler did so meanwhile.
        let mut resumed = None;
        if let Some(a) = it.activity {
            if db.adopt_attempt(a).await? {
                resumed = Some(a);
            } else if db.activity_outcome(a).await?.as_deref() == Some("applied") {
                let mut e = end(ItemOutcome::Done, None);
                e.changes = it.changes.clone();
                return db.item_ended(self.job.id, it.seq, &e).await;
            }
        }
        let ended = self.item(&it, resumed).await?;
        db.item_ended(self.job.id, it.seq, &ended).await
    }

    async fn item(&self, it: &ItemRow, resumed: Option<Uuid>) -> Result<ItemEnd, sqlx::Error> {
        let current = match self.retrying(|| self.fleet.device(it.device)).await {
            Ok(d) => d,
            Err(e) if e.problem.status == 404 => {
                if let Some(rec) = resumed {
                    if self.job.action == JobAction::Deregister {
                        // Deregistered by the try that was cut off.
                        self.complete(rec, it, ActivityOutcome::Applied, None).await;
                        let mut e = end(ItemOutcome::Done, None);
                        e.changes = it.changes.clone();
                        return Ok(e);
                    }
                    self.complete(rec, it, ActivityOutcome::Unknown, Some(GONE))
                        .await;
                }
                return Ok(end(ItemOutcome::Skipped, GONE.to_owned()));
            }
            Err(e) => {
                if let Some(rec) = resumed {
                    self.complete(rec, it, ActivityOutcome::Unknown, Some(&reason(&e)))
                        .await;
                }
                return Ok(end(ItemOutcome::Failed, reason(&e)));
            }
        };
        let now = DeviceState::of(&current);
        let step = match self.step(it, &now, resumed.is_some()) {
            Step::Ended(e) => {
                if let Some(rec) = resumed {
                    let outcome = if e.outcome == ItemOutcome::Done {
                        ActivityOutcome::Applied
                    } else {
                        ActivityOutcome::Failed
                    };
                    self.complete(rec, it, outcome, e.reason.as_deref()).await;
                }
                return Ok(e);
            }
            s => s,
        };
        self.send(it, &current, now, step, resumed).await
    }

    /// What the job does to a device in state `now`.
    fn step(&self, it: &ItemRow, now: &DeviceState, resumed: bool) -> Step {
        let action = self.job.action;
        let target = match (action, &it.restore) {
            (JobAction::Undo, Some(before)) => Plan::Change(before.clone()),
            (JobAction::Undo, None) => Plan::Unchanged,
            // Planned from the state the preview saw, so that a try cut off by a
            // restart is recognised as made.
            _ => plan(
                action,
                &self.job.params,
                it.expected.as_ref().unwrap_or(now),
            ),
        };
        if resumed {
            // Already as asked: the try that was cut off made it.
            let made = match &target {
                Plan::Change(after) => after == now,
                Plan::Unchanged => true,
                _ => false,
            };
            {
                if made {
                    let mut e = end(ItemOutcome::Done, None);
                    e.changes = it.changes.clone();
                    e.before = it.expected.clone();
                    e.after = Some(now.clone());
                    return Step::Ended(e);
                }
            }
        }
        if let Some(expected) = &it.expected {
            if expected != now {
                return Step::Ended(if action == JobAction::Undo {
                    end(ItemOutcome::Conflict, CHANGED_SINCE_JOB.to_owned())
                } else {
                    end(ItemOutcome::Skipped, CHANGED_SINCE_PREVIEW.to_owned())
                });
            }
        }
        match target {
            Plan::Unchanged => Step::Ended(end(ItemOutcome::Unchanged, None)),
            Plan::Change(after) if after == *now => Step::Ended(end(ItemOutcome::Unchanged, None)),
            Plan::Refused(why) => Step::Ended(end(ItemOutcome::Failed, why)),
            Plan::Change(after) => {
                if !self.fleet.op.allows_location(after.location_id) {
                    return Step::Ended(end(
                        ItemOutcome::Failed,
                        "Its location is not one of yours, so it cannot be moved there.".to_owned(),
                    ));
                }
                Step::Put(after)
            }
            Plan::Remove => Step::Delete,
        }
    }

    async fn send(
        &self,
        it: &ItemRow,
        current: &Device,
        now: DeviceState,
        step: Step,
        resumed: Option<Uuid>,
    ) -> Result<ItemEnd, sqlx::Error> {
        let db = &self.fleet.state.db;
        let (action, after, changes) = match &step {
            Step::Put(after) => ("device.update", Some(after.clone()), now.changes(after)),
            _ => (
                "device.deregister",
                None,
                now.removal(Some(&current.hardware_id)),
            ),
        };
        let record = self.record(it, current, action, after.as_ref(), &changes, resumed);
        if resumed.is_none() {
            db.attempt(&record).await?;
        }
        db.item_sending(self.job.id, it.seq, record.id, &changes)
            .await?;
        let result = match &step {
            Step::Put(after) => {
                let req = UpdateDevice {
                    name: after.name.clone(),
                    metadata: after.metadata.clone(),
                    location_id: after.location_id,
                };
                let path = paths::device(it.device);
                self.retrying(|| self.fleet.send::<_, Device>(Method::PUT, &path, &req))
                    .await
                    .map(|d| self.fleet.changed(Change::Device(d.without_credentials())))
            }
            _ => {
                let path = paths::device(it.device);
                self.retrying(|| self.fleet.call(Method::DELETE, &path, None))
                    .await
                    .map(|_| self.fleet.changed(Change::DeviceGone(it.device)))
            }
        };
        let (outcome, activity, why) = match &result {
            Ok(()) => (ItemOutcome::Done, ActivityOutcome::Applied, None),
            Err(e) if e.outcome_unknown => (
                ItemOutcome::Failed,
                ActivityOutcome::Unknown,
                Some(format!(
                    "{} Whether Kustom made the change cannot be told; open the device to see.",
                    reason(e)
                )),
            ),
            Err(e) if e.problem.status < 500 => (
                ItemOutcome::Failed,
                ActivityOutcome::Refused,
                Some(reason(e)),
            ),
            Err(e) => (
                ItemOutcome::Failed,
                ActivityOutcome::Failed,
                Some(reason(e)),
            ),
        };
        if let Err(e) = db.complete(&record, activity, why.as_deref()).await {
            // The attempt stays; the reconciler settles it from what Kustom says.
            tracing::warn!(record = %record.id, error = %e, "cannot complete a job item's record");
        }
        Ok(ItemEnd {
            outcome,
            reason: why,
            changes,
            before: Some(now),
            after: if outcome == ItemOutcome::Done {
                after
            } else {
                None
            },
        })
    }

    fn record(
        &self,
        it: &ItemRow,
        current: &Device,
        action: &str,
        after: Option<&DeviceState>,
        changes: &[FieldChange],
        resumed: Option<Uuid>,
    ) -> NewRecord {
        NewRecord {
            id: resumed.unwrap_or_else(Uuid::new_v4),
            merchant: self.job.merchant.clone(),
            at: Utc::now(),
            actor: self.job.starter.clone(),
            action: action.to_owned(),
            target: Some(Target {
                kind: "device".into(),
                id: it.device.to_string(),
                name: Some(current.name.clone()),
            }),
            location_before: current.location_id,
            location_after: after.and_then(|a| a.location_id),
            changes: changes.to_vec(),
            request_id: self.job.request_id.clone(),
            job: Some(self.job.id),
        }
    }

    /// Completes a resumed item's record; best effort (the reconciler is the fallback).
    async fn complete(&self, rec: Uuid, it: &ItemRow, outcome: ActivityOutcome, why: Option<&str>) {
        let db = &self.fleet.state.db;
        let record = NewRecord {
            id: rec,
            merchant: self.job.merchant.clone(),
            at: Utc::now(),
            actor: self.job.starter.clone(),
            action: String::new(),
            target: Some(Target {
                kind: "device".into(),
                id: it.device.to_string(),
                name: Some(it.name.clone()),
            }),
            location_before: None,
            location_after: it.expected.as_ref().and_then(|e| e.location_id),
            changes: it.changes.clone(),
            request_id: self.job.request_id.clone(),
            job: Some(self.job.id),
        };
        if let Err(e) = db.complete(&record, outcome, why).await {
            tracing::warn!(record = %rec, error = %e, "cannot complete a resumed job item's record");
        }
    }

    /// Makes a call, again after a wait while Kustom answers 429 or 5xx (or nothing), up
    /// to the configured number of attempts.
    pub(in crate::jobs) async fn retrying<T, F, Fut>(&self, call: F) -> Result<T, AppError>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<T, AppError>>,
    {
        let config = &self.fleet.state.jobs.config;
        let mut attempt = 1;
        loop {
            match call().await {
                Err(e) if e.transient && attempt < config.attempts => {
                    let wait = e.retry_after.unwrap_or_else(|| backoff(config, attempt));
                    tracing::debug!(job = %self.job.id, attempt, wait_ms = wait.as_millis() as u64, "retrying an upstream call");
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                done => return done,
            }
        }
    }
}

/// The wait before attempt `n + 1`: doubling from the configured start, at most the
/// configured most, with up to a quarter of it left out at random so that many items do
/// not come back at once.
pub(in crate::jobs) fn backoff(config: &super::JobsConfig, n: u32) -> Duration {
    let full = config
        .backoff
        .saturating_mul(1u32 << n.saturating_sub(1).min(16))
        .min(config.max_backoff);
    let quarter = full.as_millis() as u64 / 4;
    let jitter = if quarter == 0 {
        0
    } else {
        (Uuid::new_v4().as_u128() % u128::from(quarter)) as u64
    };
    full.saturating_sub(Duration::from_millis(jitter))
}

const GONE: &str = "The device no longer exists, or is no longer in your locations.";
const CHANGED_SINCE_PREVIEW: &str =
    "The device changed after the preview, so it was left as it is. Preview again to include it.";
const CHANGED_SINCE_JOB: &str = "The device changed after the job, so its later state was kept.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let c = super::super::JobsConfig::default();
        let b1 = backoff(&c, 1);
        assert!(b1 <= c.backoff && b1 >= c.backoff * 3 / 4, "{b1:?}");
        let b3 = backoff(&c, 3);
        assert!(b3 <= c.backoff * 4 && b3 >= c.backoff * 3, "{b3:?}");
        assert!(backoff(&c, u32::MAX) <= c.max_backoff);
    }
}
