//! Bulk changes, without the DOM: the selection of devices, the request a form makes,
//! the words for actions and outcomes, the progress line, and reading the job's event
//! stream.

use std::collections::BTreeSet;

use ipp::jobs::{ItemOutcome, Job, JobAction, JobStatus};
use ipp::Uuid;
use serde_json::{json, Value};

use super::fleet::thousands;
use crate::i18n::{Arg, Msg};

/// Which devices are selected: some by id, or every device a filter finds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Picked {
    pub ids: BTreeSet<Uuid>,
    /// Every device the device list's query finds (its query string), and how many.
    pub all: Option<(String, u64)>,
}

impl Picked {
    pub fn count(&self) -> u64 {
        match &self.all {
            Some((_, n)) => *n,
            None => self.ids.len() as u64,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }

    pub fn has(&self, id: Uuid) -> bool {
        self.all.is_some() || self.ids.contains(&id)
    }

    /// Selects or unselects one device (a choice by id ends "all matching").
    pub fn set(&mut self, id: Uuid, on: bool, page: &[Uuid]) {
        self.leave_all(page);
        if on {
            self.ids.insert(id);
        } else {
            self.ids.remove(&id);
        }
    }

    /// A shift-click: every device of the page from the last one clicked (`anchor`) to
    /// `to`, set as `on`.
    pub fn set_range(&mut self, page: &[Uuid], anchor: usize, to: usize, on: bool) {
        self.leave_all(page);
        let (a, b) = (anchor.min(to), anchor.max(to));
        for id in page.iter().take(b + 1).skip(a) {
            if on {
                self.ids.insert(*id);
            } else {
                self.ids.remove(id);
            }
        }
    }

    /// From "all matching" to this page's devices, the others' ids being unknown here.
    fn leave_all(&mut self, page: &[Uuid]) {
        if self.all.take().is_some() {
            self.ids = page.iter().copied().collect();
        }
    }

    /// Whether every device of the page is selected.
    pub fn whole_page(&self, page: &[Uuid]) -> bool {
        !page.is_empty() && page.iter().all(|id| self.has(*id))
    }

    /// The body's selection: `targets` or `filter`.
    pub fn selection(&self) -> (&'static str, Value) {
        match &self.all {
            Some((query, _)) => ("filter", json!(query)),
            None => ("targets", json!(self.ids)),
        }
    }
}

/// What the person chose in the bulk-change form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Form {
    pub action: Option<JobAction>,
    pub location: Option<Uuid>,
    pub key: String,
    pub value: String,
    pub new_key: String,
}

impl Form {
    /// The request (`POST /api/jobs/preview`) for these devices. The proxy checks every
    /// field again; the form only asks for what the action uses.
    pub fn request(&self, picked: &Picked) -> Option<Value> {
        let action = self.action?;
        let mut body = json!({ "action": action.as_str() });
        let (name, selection) = picked.selection();
        body[name] = selection;
        let text = |s: &str| json!(s.trim());
        match action {
            JobAction::Relocate => body["location_id"] = json!(self.location),
            JobAction::SetMetadata => {
                body["key"] = text(&self.key);
                body["value"] = text(&self.value);
            }
            JobAction::RenameMetadataKey => {
                body["key"] = text(&self.key);
                body["new_key"] = text(&self.new_key);
            }
            JobAction::RemoveMetadata => body["key"] = text(&self.key),
            JobAction::Deregister | JobAction::Undo | JobAction::CreateEnrollments => {}
        }
        Some(body)
    }
}

/// The request that runs exactly what a preview showed.
pub fn run_request(preview: &Value, preview_id: Uuid, key: &str, confirm: Option<u64>) -> Value {
    let mut body = preview.clone();
    if let Some(o) = body.as_object_mut() {
        o.remove("targets");
        o.remove("filter");
    }
    body["preview_id"] = json!(preview_id);
    body["idempotency_key"] = json!(key);
    if let Some(n) = confirm {
        body["confirm_count"] = json!(n);
    }
    body
}

/// An action, as the form's choices and the jobs list name it.
pub fn action_name(action: JobAction) -> Msg {
    match action {
        JobAction::Relocate => Msg::new("job-action-relocate"),
        JobAction::SetMetadata => Msg::new("job-action-set-metadata"),
        JobAction::RenameMetadataKey => Msg::new("job-action-rename-key"),
        JobAction::RemoveMetadata => Msg::new("job-action-remove-key"),
        JobAction::Deregister => Msg::new("job-action-deregister"),
        JobAction::Undo => Msg::new("job-action-undo"),
        JobAction::CreateEnrollments => Msg::new("job-action-create-codes"),
    }
}

/// [`action_name`] in the language shown, for callers that want the text itself
/// (reactive: read it inside `move ||`).
pub fn action_label(action: JobAction) -> String {
    action_name(action).text()
}

pub fn status_name(status: JobStatus) -> Msg {
    match status {
        JobStatus::Queued => Msg::new("job-status-queued"),
        JobStatus::Running => Msg::new("job-status-running"),
        JobStatus::Done => Msg::new("job-status-done"),
        JobStatus::Failed => Msg::new("job-status-failed"),
        JobStatus::Cancelled => Msg::new("job-status-cancelled"),
    }
}

pub fn outcome_name(outcome: Option<ItemOutcome>) -> Msg {
    match outcome {
        Some(ItemOutcome::Done) => Msg::new("job-outcome-done"),
        Some(ItemOutcome::Unchanged) => Msg::new("job-outcome-unchanged"),
        Some(ItemOutcome::Skipped) => Msg::new("job-outcome-skipped"),
        Some(ItemOutcome::Conflict) => Msg::new("job-outcome-conflict"),
        Some(ItemOutcome::Failed) => Msg::new("job-outcome-failed"),
        None => Msg::new("job-outcome-pending"),
    }
}

/// A count as its plural is chosen by.
fn count(n: u64) -> Arg {
    Arg::Number(n as f64)
}

/// "1 device", "1,240 devices".
pub fn device_count(n: u64) -> Msg {
    Msg::new("job-devices")
        .with("count", count(n))
        .with("n", thousands(n))
}

/// [`device_count`] in the language shown (reactive: read it inside `move ||`).
pub fn devices(n: u64) -> String {
    device_count(n).text()
}

/// How far a job is: "412 of 1,240 devices", and while it runs, how long it has left.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub done: Msg,
    pub left: Option<Msg>,
}

impl Progress {
    /// "412 of 1,240 devices · about 3 min left", in the language shown (reactive).
    pub fn text(&self) -> String {
        let mut s = self.done.text();
        if let Some(left) = &self.left {
            s.push_str(" · ");
            s.push_str(&left.text());
        }
        s
    }
}

pub fn progress(job: &Job) -> Progress {
    let done = Msg::new("job-progress")
        .with("count", count(job.total))
        .with("done", thousands(job.counts.finished()))
        .with("total", thousands(job.total));
    let left = job
        .seconds_left
        .filter(|_| job.status == JobStatus::Running)
        .map(|secs| match secs {
            0..=59 => Msg::new("job-left-under-a-minute"),
            60..=5_399 => Msg::new("job-left-minutes").with("m", count(secs.div_ceil(60))),
            _ => Msg::new("job-left-hours").with("h", count(secs.div_ceil(3_600))),
        });
    Progress { done, left }
}

/// The share of the job done, 0–100.
pub fn percent(job: &Job) -> u64 {
    if job.total == 0 {
        return 100;
    }
    (job.counts.finished().min(job.total) * 100) / job.total
}

/// Server-sent events as they arrive in pieces: each complete event's `data` (its
/// `data:` lines joined). Only what the proxy's own stream uses is read (`event:`, `data:`
/// and comments); a hand-written reader of a few lines instead of an event-stream crate,
/// which the console's download would carry for this one screen.
#[derive(Debug, Default)]
pub struct EventBuffer {
    pending: Vec<u8>,
}

impl EventBuffer {
    pub fn push(&mut self, bytes: &[u8]) -> Vec<String> {
        self.pending.extend_from_slice(bytes);
        let mut out = Vec::new();
        while let Some(end) = find_blank_line(&self.pending) {
            let block: Vec<u8> = self.pending.drain(..end.1).collect();
            let text = String::from_utf8_lossy(&block[..end.0]);
            let data: Vec<&str> = text
                .lines()
                .filter_map(|l| l.strip_prefix("data:"))
                .map(|d| d.strip_prefix(' ').unwrap_or(d))
                .collect();
            if !data.is_empty() {
                out.push(data.join("\n"));
            }
        }
        out
    }
}

/// Where the first event ends: (its length, its length with the blank line).
fn find_blank_line(b: &[u8]) -> Option<(usize, usize)> {
    (0..b.len()).find_map(|i| {
        if b[i..].starts_with(b"\n\n") {
            Some((i, i + 2))
        } else if b[i..].starts_with(b"\r\n\r\n") {
            Some((i, i + 4))
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests;
