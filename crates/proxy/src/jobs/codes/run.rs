//! One code of a batch: its create recorded in the activity trail before it is sent,
//! sent again after a wait while Kustom answers 429 or 503 (nothing made), looked for
//! before it is sent again when its answer was lost (a timeout, a broken connection, a
//! gateway's 5xx: it may have been made), and its one outcome recorded — done with the
//! enrollment it became, or failed with why.
//!
//! Upstream calls per code: one create, plus a list read (or a few pages) for each lost
//! answer, plus retries.

use chrono::{DateTime, Utc};
use ipp::activity::{ActivityOutcome, Target};
use ipp::jobs::ItemOutcome;
use ipp::{CreateEnrollment, Enrollment, Uuid};
use serde_json::json;

use super::look::Found;
use crate::audit::field_changes;
use crate::db::activity::NewRecord;
use crate::db::jobs::{ItemEnd, ItemRow};
use crate::error::AppError;
use crate::fleet::index::Change;
use crate::jobs::item::{backoff, reason, Ctx};
use crate::upstream::paths;

/// How an item's creates ended.
enum Ended {
    Made(Enrollment),
    /// Made, and taken as this item's, before the job stopped.
    MadeBefore(Uuid),
    /// Kustom refused it (4xx): nothing made.
    Refused(AppError),
    /// Kustom failed every try (429, 503): nothing made.
    Failed(AppError),
    /// No answer said whether the last try made it, and none was found made.
    Unknown(AppError),
    /// A try may have made it, and the code list cannot be read to tell.
    Unseen(AppError),
}

/// Whether a failed create may have been made: no answer came after it was sent, or a
/// 5xx other than 503 (a gateway's, or a failure part-way). 429 and 503 say it was not.
fn may_have_made(e: &AppError) -> bool {
    e.outcome_unknown || (e.problem.status >= 500 && e.problem.status != 503)
}

impl Ctx<'_> {
    /// Runs one code and records its outcome; an error means it could not be recorded.
    pub(in crate::jobs) async fn code(&self, it: ItemRow) -> Result<(), sqlx::Error> {
        let db = &self.fleet.state.db;
        let Some(spec) = it.spec.clone() else {
            let e = ended(
                ItemOutcome::Failed,
                Some("The item names no code to create.".into()),
            );
            return db.item_ended(self.job.id, it.seq, &e).await;
        };
        let changes = field_changes(
            &json!({"location_id": spec.location_id, "metadata": spec.metadata, "expires_in": spec.expires_in_ms()}),
        );
        let mut record = self.code_record(&spec, changes.clone());
        let now = Utc::now();
        // The item names its record before the create is sent; the record is written
        // next. A create under way when the job stopped keeps its record (taken over
        // from the stopped replica, or written now if the stop came in between).
        let written = match it.activity {
            Some(a) => {
                record.id = a;
                db.adopt_attempt(a).await? || db.activity_outcome(a).await?.is_some()
            }
            None => {
                db.code_sending(self.job.id, it.seq, record.id, now).await?;
                false
            }
        };
        if !written {
            db.attempt(&record).await?;
        }
        let end = match it.enrollment {
            Some(id) => Ended::MadeBefore(id),
            None => {
                self.creates(&it, &spec, it.sent, it.sent.unwrap_or(now), record.id)
                    .await?
            }
        };
        let made = match &end {
            Ended::Made(e) => {
                self.fleet.changed(Change::Code(Enrollment {
                    location_id: e.location_id.or(spec.location_id),
                    used_by: None,
                    ..e.clone()
                }));
                Some(e.enrollment_id)
            }
            Ended::MadeBefore(id) => Some(*id),
            _ => None,
        };
        let (outcome, activity, why) = match &end {
            Ended::Made(_) | Ended::MadeBefore(_) => {
                record.target = made.map(|id| Target {
                    kind: "enrollment".into(),
                    id: id.to_string(),
                    name: None,
                });
                (ItemOutcome::Done, ActivityOutcome::Applied, None)
            }
            Ended::Refused(e) => (ItemOutcome::Failed, ActivityOutcome::Refused, Some(reason(e))),
            Ended::Failed(e) => (ItemOutcome::Failed, ActivityOutcome::Failed, Some(reason(e))),
            Ended::Unknown(e) => (
                ItemOutcome::Failed,
                ActivityOutcome::Unknown,
                Some(format!(
                    "{} Kustom did not say whether it made the code, and no such code is among its pending codes. Retry to look again and create it if it is still missing.",
                    reason(e)
                )),
            ),
            Ended::Unseen(e) => (
                ItemOutcome::Failed,
                ActivityOutcome::Unknown,
                Some(format!(
                    "Kustom did not say whether it made the code, and its code list cannot be read now ({}). Retry later: the retry looks for the code first and creates it only if it is missing.",
                    reason(e)
                )),
            ),
        };
        if let Err(e) = db.complete(&record, activity, why.as_deref()).await {
            // The attempt stays; the reconciler settles it.
            tracing::warn!(record = %record.id, error = %e, "cannot complete a code's record");
        }
        let mut e = ended(outcome, why);
        e.changes = changes;
        db.item_ended(self.job.id, it.seq, &e).await
    }

    /// Sends the create until it is made or refused, up to the configured attempts, and
    /// looks for it before sending it again whenever a try may have made it (and first,
    /// when `sent` says an earlier run or job sent it).
    async fn creates(
        &self,
        it: &ItemRow,
        spec: &CreateEnrollment,
        sent: Option<DateTime<Utc>>,
        since: DateTime<Utc>,
        record: Uuid,
    ) -> Result<Ended, sqlx::Error> {
        let db = &self.fleet.state.db;
        let attempts = self.fleet.state.jobs.config.attempts.max(1);
        let mut look = sent.is_some();
        let mut tries = 0;
        let mut last = None;
        loop {
            if look {
                match self.look(it, spec, since, record).await? {
                    Found::Made(e) => return Ok(Ended::Made(e)),
                    Found::Nothing => look = false,
                    Found::CannotTell(e) => return Ok(Ended::Unseen(e)),
                }
            }
            if tries >= attempts {
                return Ok(last.unwrap_or_else(|| {
                    Ended::Failed(AppError::status(
                        502,
                        "Kustom failed",
                        "Kustom did not create the code.",
                    ))
                }));
            }
            tries += 1;
            let path = paths::enrollments();
            match self
                .fleet
                .send::<_, Enrollment>(axum::http::Method::POST, &path, spec)
                .await
            {
                Ok(e) => {
                    if db.code_made(self.job.id, it.seq, e.enrollment_id).await? {
                        return Ok(Ended::Made(e));
                    }
                    // Another item, looking for its own lost code, took this one: this
                    // item's may be among those made meanwhile.
                    look = true;
                }
                Err(e) if may_have_made(&e) => {
                    tokio::time::sleep(backoff(&self.fleet.state.jobs.config, tries)).await;
                    last = Some(Ended::Unknown(e));
                    look = true;
                }
                Err(e) if e.transient => {
                    if tries < attempts {
                        let wait = e
                            .retry_after
                            .unwrap_or_else(|| backoff(&self.fleet.state.jobs.config, tries));
                        tokio::time::sleep(wait).await;
                    }
                    // A lost answer before stays unaccounted for: looked for again.
                    if !matches!(last, Some(Ended::Unknown(_))) {
                        last = Some(Ended::Failed(e));
                    }
                }
                Err(e) => return Ok(Ended::Refused(e)),
            }
        }
    }

    fn code_record(
        &self,
        spec: &CreateEnrollment,
        changes: Vec<ipp::activity::FieldChange>,
    ) -> NewRecord {
        NewRecord {
            id: Uuid::new_v4(),
            merchant: self.job.merchant.clone(),
            at: Utc::now(),
            actor: self.job.starter.clone(),
            action: "enrollment.create".into(),
            target: None,
            location_before: None,
            location_after: spec.location_id,
            changes,
            request_id: self.job.request_id.clone(),
            job: Some(self.job.id),
        }
    }
}

fn ended(outcome: ItemOutcome, reason: Option<String>) -> ItemEnd {
    ItemEnd {
        outcome,
        reason,
        changes: Vec::new(),
        before: None,
        after: None,
    }
}
