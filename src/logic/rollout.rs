//! A batch of codes after it was created (`/enrollments/batch/:id`): each item of its
//! `create_enrollments` job with the code it became, and so its state — being created,
//! failed, waiting, paired, expired, cancelled — counted per state for the page.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use ipp::batch::{guard, BatchItem, LOCATION, VALID_FOR};
use ipp::console::EnrollmentDetail;
use ipp::jobs::{ItemOutcome, JobItem};
use ipp::{EnrollmentStatus, Uuid};

use super::batch::validity_text;
use crate::i18n::Msg;

/// What is known of a code made by the batch.
#[derive(Debug, Clone, PartialEq)]
pub enum Read {
    Found(EnrollmentDetail),
    /// Gone from the upstream's lists (expired or cancelled), as last seen, if ever.
    Gone(Option<EnrollmentDetail>),
}

impl Read {
    /// Whether it will not change any more (read it no more).
    pub fn is_final(&self, now: DateTime<Utc>) -> bool {
        match self {
            Read::Found(d) => d.enrollment.status_at(now) != EnrollmentStatus::Pending,
            Read::Gone(_) => true,
        }
    }

    pub fn detail(&self) -> Option<&EnrollmentDetail> {
        match self {
            Read::Found(d) | Read::Gone(Some(d)) => Some(d),
            Read::Gone(None) => None,
        }
    }
}

/// A code's state on the batch's page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CodeState {
    Creating,
    Failed,
    Waiting,
    Paired,
    Expired,
    Cancelled,
}

impl CodeState {
    pub const ALL: [CodeState; 6] = [
        CodeState::Creating,
        CodeState::Failed,
        CodeState::Waiting,
        CodeState::Paired,
        CodeState::Expired,
        CodeState::Cancelled,
    ];

    /// Its name in the export (`state`) and the page's test ids.
    pub fn as_str(self) -> &'static str {
        match self {
            CodeState::Creating => "creating",
            CodeState::Failed => "failed",
            CodeState::Waiting => "waiting",
            CodeState::Paired => "paired",
            CodeState::Expired => "expired",
            CodeState::Cancelled => "cancelled",
        }
    }

    /// Its name as the page shows it.
    pub fn name(self) -> Msg {
        Msg::new(match self {
            CodeState::Creating => "rollout-state-creating",
            CodeState::Failed => "rollout-state-failed",
            CodeState::Waiting => "rollout-state-waiting",
            CodeState::Paired => "rollout-state-paired",
            CodeState::Expired => "rollout-state-expired",
            CodeState::Cancelled => "rollout-state-cancelled",
        })
    }
}

/// The state of `item`, given what was read of its code.
pub fn state_of(item: &JobItem, read: Option<&Read>, now: DateTime<Utc>) -> CodeState {
    match (item.outcome, item.enrollment_id) {
        (None, _) => CodeState::Creating,
        (Some(ItemOutcome::Done), Some(_)) => match read {
            // Made, not read yet: it waits.
            None => CodeState::Waiting,
            Some(Read::Found(d)) => match d.enrollment.status_at(now) {
                EnrollmentStatus::Consumed => CodeState::Paired,
                EnrollmentStatus::Expired => CodeState::Expired,
                EnrollmentStatus::Cancelled => CodeState::Cancelled,
                EnrollmentStatus::Pending | EnrollmentStatus::Unknown => CodeState::Waiting,
            },
            // Left out of the lists: expired once its time is up, else cancelled.
            Some(Read::Gone(Some(d))) if now >= d.enrollment.expires_at => CodeState::Expired,
            Some(Read::Gone(Some(d))) if d.enrollment.status == EnrollmentStatus::Consumed => {
                CodeState::Paired
            }
            Some(Read::Gone(_)) => CodeState::Cancelled,
        },
        _ => CodeState::Failed,
    }
}

/// How many codes are in each state, in [`CodeState::ALL`]'s order, those with none
/// left out.
pub fn counts(states: &[CodeState]) -> Vec<(CodeState, usize)> {
    CodeState::ALL
        .into_iter()
        .map(|s| (s, states.iter().filter(|x| **x == s).count()))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// The enrollments of `items` still worth reading: made, and not known to be final.
pub fn to_read(items: &[JobItem], known: &HashMap<Uuid, Read>, now: DateTime<Utc>) -> Vec<Uuid> {
    items
        .iter()
        .filter_map(|i| i.enrollment_id)
        .filter(|id| !known.get(id).is_some_and(|r| r.is_final(now)))
        .collect()
}

/// Replacements for codes: the same location, metadata and validity as asked.
pub fn replacements<'a>(items: impl IntoIterator<Item = &'a JobItem>) -> Vec<BatchItem> {
    items
        .into_iter()
        .filter_map(|i| {
            let spec = i.spec.as_ref()?;
            Some(BatchItem {
                location_id: spec.location_id?,
                metadata: spec.metadata.clone(),
                expires_in: spec.expires_in,
            })
        })
        .collect()
}

/// The batch as CSV, each row with its state (RFC 4180, CRLF): `location` (its id),
/// `valid_for`, a column per metadata key, `state` and `device` (the device it paired).
/// Text a spreadsheet would run as a formula is guarded; read back
/// ([`ipp::batch::read_csv`]), it is the same batch.
pub fn export_csv(rows: &[(JobItem, CodeState, Option<Uuid>)]) -> String {
    let keys: BTreeSet<&str> = rows
        .iter()
        .filter_map(|(i, _, _)| i.spec.as_ref())
        .flat_map(|s| s.metadata.keys().map(String::as_str))
        .collect();
    let mut out = String::new();
    let mut line = |cells: Vec<String>| {
        let cells: Vec<String> = cells.iter().map(|c| quoted(&guard(c))).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    let mut header = vec![LOCATION.to_owned(), VALID_FOR.to_owned()];
    header.extend(keys.iter().map(|k| (*k).to_owned()));
    header.extend(["state".to_owned(), "device".to_owned()]);
    line(header);
    for (item, state, device) in rows {
        let spec = item.spec.clone().unwrap_or_default();
        let mut cells = vec![
            spec.location_id.map(|l| l.to_string()).unwrap_or_default(),
            spec.expires_in.map(validity_text).unwrap_or_default(),
        ];
        cells.extend(
            keys.iter()
                .map(|k| spec.metadata.get(*k).cloned().unwrap_or_default()),
        );
        cells.push(state.as_str().to_owned());
        cells.push(device.map(|d| d.to_string()).unwrap_or_default());
        line(cells);
    }
    out
}

/// A cell in quotes when it needs them (a delimiter, a quote or a line end in it).
fn quoted(cell: &str) -> String {
    if cell.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests;
