//! How a preview, a job and its items are reported.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{JobAction, JobParams};
use crate::activity::{Actor, FieldChange};
use crate::problem::{FieldErrors, Problem};
use crate::query::{Params, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};

/// One device of a preview: what will change on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Planned {
    pub id: Uuid,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<Uuid>,
    /// Every field that will change (for deregistration: every field, to nothing).
    pub changes: Vec<FieldChange>,
    /// Why this device cannot be changed this way (it will fail).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refused: Option<String>,
}

/// `POST /api/jobs/preview`: the plan, frozen until it expires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preview {
    pub preview_id: Uuid,
    pub action: JobAction,
    /// Devices selected.
    pub total: u64,
    /// Devices that will change (or be refused), and the first [`super::PREVIEW_SHOWN`] of them.
    pub changing: u64,
    pub items: Vec<Planned>,
    /// Devices already as asked, and the first [`PREVIEW_SHOWN`] of their ids.
    pub unchanged: u64,
    pub unchanged_ids: Vec<Uuid>,
    /// Whether the job can be undone (deregistration cannot).
    pub reversible: bool,
    #[serde(with = "crate::time")]
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobStatus {
    Queued,
    Running,
    Done,
    Failed,
    Cancelled,
}

impl JobStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            JobStatus::Queued => "queued",
            JobStatus::Running => "running",
            JobStatus::Done => "done",
            JobStatus::Failed => "failed",
            JobStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<JobStatus> {
        [
            JobStatus::Queued,
            JobStatus::Running,
            JobStatus::Done,
            JobStatus::Failed,
            JobStatus::Cancelled,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }

    /// Whether it will not change any more.
    pub fn finished(self) -> bool {
        matches!(
            self,
            JobStatus::Done | JobStatus::Failed | JobStatus::Cancelled
        )
    }
}

/// How one device of a job ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemOutcome {
    Done,
    /// It already was as asked.
    Unchanged,
    /// It changed since the preview (or is gone), so it was left alone.
    Skipped,
    /// Undo: it changed since the job, so its later state was kept.
    Conflict,
    Failed,
}

impl ItemOutcome {
    pub const ALL: [ItemOutcome; 5] = [
        ItemOutcome::Done,
        ItemOutcome::Unchanged,
        ItemOutcome::Skipped,
        ItemOutcome::Conflict,
        ItemOutcome::Failed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ItemOutcome::Done => "done",
            ItemOutcome::Unchanged => "unchanged",
            ItemOutcome::Skipped => "skipped",
            ItemOutcome::Conflict => "conflict",
            ItemOutcome::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<ItemOutcome> {
        Self::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// How many items ended each way; `pending` have not run (yet, or ever: cancelled).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub done: u64,
    pub unchanged: u64,
    pub skipped: u64,
    pub conflict: u64,
    pub failed: u64,
    pub pending: u64,
}

impl Counts {
    pub fn finished(&self) -> u64 {
        [self.unchanged, self.skipped, self.conflict, self.failed]
            .into_iter()
            .fold(self.done, u64::saturating_add)
    }

    pub fn add(&mut self, outcome: Option<ItemOutcome>, n: u64) {
        let slot = match outcome {
            Some(ItemOutcome::Done) => &mut self.done,
            Some(ItemOutcome::Unchanged) => &mut self.unchanged,
            Some(ItemOutcome::Skipped) => &mut self.skipped,
            Some(ItemOutcome::Conflict) => &mut self.conflict,
            Some(ItemOutcome::Failed) => &mut self.failed,
            None => &mut self.pending,
        };
        *slot = slot.saturating_add(n);
    }
}

/// A job, as the jobs list and its page show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Job {
    pub id: Uuid,
    pub action: JobAction,
    #[serde(default)]
    pub params: JobParams,
    pub status: JobStatus,
    pub starter: Actor,
    #[serde(with = "crate::time")]
    pub created_at: DateTime<Utc>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::time::option"
    )]
    pub finished_at: Option<DateTime<Utc>>,
    pub total: u64,
    pub counts: Counts,
    /// While it runs: about how long until it ends, from its pace so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds_left: Option<u64>,
    /// The job this one undoes or retries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<Uuid>,
    /// The job that undid this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undone_by: Option<Uuid>,
    /// Whether it can be undone (finished, not a deregistration, not undone yet).
    pub reversible: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel_requested: Option<bool>,
}

/// One item of a job: a device it changes, or (`create_enrollments`) a pairing code it
/// creates. The code itself is never part of it: whoever may see it reads it through
/// `GET /api/enrollments/{enrollment_id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobItem {
    /// The device (a change of devices).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<Uuid>,
    /// The device's name (empty for a code).
    #[serde(default)]
    pub name: String,
    /// The code asked for: its location, metadata and lifetime (`create_enrollments`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spec: Option<crate::request::CreateEnrollment>,
    /// The enrollment the code became, once made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrollment_id: Option<Uuid>,
    /// `None` while it has not run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<ItemOutcome>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// What the job changed on it (or, not yet run, what it will).
    #[serde(default)]
    pub changes: Vec<FieldChange>,
}

/// `GET /api/jobs/{id}`: the job and a page of its items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobPage {
    pub job: Job,
    pub items: crate::model::Page<JobItem>,
}

/// `GET /api/jobs/{id}`'s query: items by outcome (`pending`: not run), page by page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobItemsQuery {
    /// `Some(None)`: the items that have not run.
    pub outcome: Option<Option<ItemOutcome>>,
    pub page_number: u32,
    pub page_size: u32,
}

impl Default for JobItemsQuery {
    fn default() -> Self {
        JobItemsQuery {
            outcome: None,
            page_number: 0,
            page_size: DEFAULT_PAGE_SIZE,
        }
    }
}

impl JobItemsQuery {
    const NAMES: [&'static str; 3] = ["outcome", "page_number", "page_size"];

    pub fn parse(raw: &str) -> Result<JobItemsQuery, Problem> {
        let mut q = JobItemsQuery::default();
        let mut errors = FieldErrors::new();
        let mut params = Params::new(&Self::NAMES, "");
        for (name, value) in form_urlencoded::parse(raw.as_bytes()).into_owned() {
            if !params.admit(&name, &mut errors) {
                continue;
            }
            let number = |range| crate::query::whole_number(&value, range);
            let read = match name.as_str() {
                "outcome" if value == "pending" => {
                    q.outcome = Some(None);
                    Ok(())
                }
                "outcome" => match ItemOutcome::parse(&value) {
                    Some(o) => {
                        q.outcome = Some(Some(o));
                        Ok(())
                    }
                    None => Err(
                        "Use one of: done, unchanged, skipped, conflict, failed, pending.".into(),
                    ),
                },
                "page_number" => number(0..=1_000_000).map(|n| q.page_number = n),
                _ => number(1..=MAX_PAGE_SIZE).map(|n| q.page_size = n),
            };
            if let Err(why) = read {
                errors.insert(name, why);
            }
        }
        if errors.is_empty() {
            Ok(q)
        } else {
            Err(Problem::validation(errors))
        }
    }

    pub fn to_query_string(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        match self.outcome {
            Some(Some(o)) => {
                s.append_pair("outcome", o.as_str());
            }
            Some(None) => {
                s.append_pair("outcome", "pending");
            }
            None => {}
        }
        s.append_pair("page_number", &self.page_number.to_string());
        s.append_pair("page_size", &self.page_size.to_string());
        s.finish()
    }
}

/// `POST /api/jobs`' answer (202), and a server-sent `progress` event's data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Started {
    pub id: Uuid,
}
