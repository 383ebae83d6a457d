//! Bulk changes, run by the proxy as jobs (not part of the upstream API): what a job is
//! asked to do (`POST /api/jobs/preview`, `POST /api/jobs`), the plan for one device,
//! a batch of pairing codes to create, and how a job and its items are reported.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::fields::Fields;
use crate::metadata::{check_key, check_value};
use crate::problem::{FieldErrors, Problem};
use crate::request::CreateEnrollment;

mod codes;
mod plan;
mod report;

pub use codes::MAX_CODES;
pub use plan::{plan, DeviceState, Plan};
pub use report::*;

/// Most devices one job may change.
pub const MAX_TARGETS: usize = 10_000;
/// Largest body `POST /api/jobs` and its preview take (the other calls keep theirs).
pub const MAX_JOB_BODY: usize = 1 << 20;
/// Longest idempotency key.
pub const MAX_KEY_LEN: usize = 100;
/// How many planned changes (and unchanged ids) a preview shows; the counts cover all.
pub const PREVIEW_SHOWN: usize = 100;

/// What a job does to each of its devices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobAction {
    Relocate,
    SetMetadata,
    RenameMetadataKey,
    RemoveMetadata,
    Deregister,
    /// Puts each device of an earlier job back as it was before it (`POST …/undo`).
    Undo,
    /// Creates a pairing code per item (a store rollout); its items are codes, not devices.
    CreateEnrollments,
}

impl JobAction {
    /// The bulk changes of devices one may ask for (the device list's bulk form).
    pub const REQUESTABLE: [JobAction; 5] = [
        JobAction::Relocate,
        JobAction::SetMetadata,
        JobAction::RenameMetadataKey,
        JobAction::RemoveMetadata,
        JobAction::Deregister,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            JobAction::Relocate => "relocate",
            JobAction::SetMetadata => "set_metadata",
            JobAction::RenameMetadataKey => "rename_metadata_key",
            JobAction::RemoveMetadata => "remove_metadata",
            JobAction::Deregister => "deregister",
            JobAction::Undo => "undo",
            JobAction::CreateEnrollments => "create_enrollments",
        }
    }

    pub fn parse(s: &str) -> Option<JobAction> {
        Self::REQUESTABLE
            .into_iter()
            .chain([JobAction::Undo, JobAction::CreateEnrollments])
            .find(|a| a.as_str() == s)
    }

    /// Whether its items are pairing codes to create (else devices to change).
    pub fn creates_codes(self) -> bool {
        self == JobAction::CreateEnrollments
    }
}

/// The action's own fields.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_key: Option<String>,
}

/// Which devices: listed by id, or every device the device list's query finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    Targets(Vec<Uuid>),
    /// The device list's query string (`q`, `location_id`, `metadata`, …).
    Filter(String),
    /// Exactly the devices of an earlier preview.
    Preview(Uuid),
    /// `create_enrollments`: the codes to create, each with its location.
    Codes(Vec<CreateEnrollment>),
}

/// The body of `POST /api/jobs` and `POST /api/jobs/preview`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobRequest {
    pub action: JobAction,
    /// Required to start a job; a preview needs none.
    pub idempotency_key: Option<String>,
    pub selection: Selection,
    pub params: JobParams,
    /// Deregistration only: the number of devices, as the person typed it.
    pub confirm_count: Option<u64>,
}

impl JobRequest {
    const FIELDS: [&'static str; 11] = [
        "action",
        "items",
        "idempotency_key",
        "preview_id",
        "targets",
        "filter",
        "location_id",
        "key",
        "value",
        "new_key",
        "confirm_count",
    ];

    /// Reads and checks a body; every problem is named by its field.
    pub fn decode(body: &[u8]) -> Result<JobRequest, Problem> {
        let mut f = Fields::parse(body, &Self::FIELDS)?;
        let action = match f.string("action") {
            Some(a) => match JobAction::parse(&a) {
                Some(JobAction::Undo) | None => {
                    let names: Vec<&str> = JobAction::REQUESTABLE
                        .iter()
                        .chain(&[JobAction::CreateEnrollments])
                        .map(|a| a.as_str())
                        .collect();
                    f.errors.insert(
                        "action".into(),
                        format!("Use one of: {}.", names.join(", ")),
                    );
                    None
                }
                found => found,
            },
            None => {
                f.require("action", "what to do (relocate, set_metadata, …)");
                None
            }
        };
        let idempotency_key = f.string("idempotency_key");
        if let Some(k) = &idempotency_key {
            if k.is_empty() || k.chars().count() > MAX_KEY_LEN {
                f.errors.insert(
                    "idempotency_key".into(),
                    format!("Use 1 to {MAX_KEY_LEN} characters."),
                );
            }
        }
        let creates_codes = action.is_some_and(JobAction::creates_codes);
        let devices_named = ["preview_id", "targets", "filter"].map(|name| f.present(name));
        let has_items = f.present("items");
        let preview = f.uuid("preview_id");
        let targets = targets(&mut f);
        let filter = f.string("filter");
        let items = if creates_codes {
            codes::items(&mut f)
        } else {
            None
        };
        let selection = match (preview, targets, filter) {
            _ if creates_codes => {
                for (name, named) in ["preview_id", "targets", "filter"]
                    .into_iter()
                    .zip(devices_named)
                {
                    if named {
                        f.errors.insert(
                            name.into(),
                            "create_enrollments takes items (the codes to create), not devices; leave this out.".into(),
                        );
                    }
                }
                if !has_items {
                    f.require(
                        "items",
                        "the codes to create ([{\"location_id\": …, \"metadata\": {…}}, …])",
                    );
                }
                items.map(Selection::Codes)
            }
            _ if has_items && action.is_some() => {
                f.errors.insert(
                    "items".into(),
                    "Only create_enrollments takes items; a change of devices takes targets, filter or preview_id.".into(),
                );
                None
            }
            (Some(p), None, None) => Some(Selection::Preview(p)),
            (None, Some(t), None) => Some(Selection::Targets(t)),
            (None, None, Some(q)) => Some(Selection::Filter(q)),
            (None, None, None) => {
                if !has_items
                    && !f.errors.contains_key("targets")
                    && !f.errors.contains_key("preview_id")
                {
                    f.require("targets", "the devices: targets (ids), filter (the device list's query) or preview_id");
                }
                None
            }
            _ => {
                f.errors.insert(
                    "targets".into(),
                    "Send one of targets, filter and preview_id, not several.".into(),
                );
                None
            }
        };
        let params = JobParams {
            location_id: f.uuid("location_id"),
            key: f.string("key"),
            value: f.string("value"),
            new_key: f.string("new_key"),
        };
        let confirm_count = f.u64("confirm_count");
        if let Some(action) = action {
            check_params(action, &params, &mut f.errors);
        }
        let (Some(action), Some(selection)) = (action, selection) else {
            return Err(Problem::validation(f.errors));
        };
        f.finish(JobRequest {
            action,
            idempotency_key,
            selection,
            params,
            confirm_count,
        })
    }
}

fn targets(f: &mut Fields) -> Option<Vec<Uuid>> {
    let value = f.take("targets")?;
    let serde_json::Value::Array(items) = value else {
        f.errors.insert(
            "targets".into(),
            "Send a list of device ids ([\"…\"]).".into(),
        );
        return None;
    };
    if items.is_empty() {
        f.errors
            .insert("targets".into(), "Select at least one device.".into());
        return None;
    }
    if items.len() > MAX_TARGETS {
        f.errors.insert(
            "targets".into(),
            format!(
                "A job changes at most {MAX_TARGETS} devices; {} were selected. Narrow the selection, or split it into several jobs.",
                items.len()
            ),
        );
        return None;
    }
    let mut ids = Vec::with_capacity(items.len());
    let mut seen = std::collections::HashSet::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match item.as_str().map(crate::rules::parse_uuid) {
            Some(Ok(id)) => {
                if seen.insert(id) {
                    ids.push(id);
                }
            }
            _ => {
                f.errors.insert(
                    format!("targets[{i}]"),
                    "Send a device id (a UUID such as 0b6a…-…).".into(),
                );
                return None;
            }
        }
    }
    Some(ids)
}

/// Whether the action has the fields it needs, each valid; fields it does not use are
/// refused, so that nobody believes a value was applied.
fn check_params(action: JobAction, p: &JobParams, errors: &mut FieldErrors) {
    let mut need = |name: &str, present: bool, what: &str| {
        if !present {
            errors
                .entry(name.into())
                .or_insert_with(|| format!("Required: {what}."));
        }
    };
    let (uses_location, uses_key, uses_value, uses_new_key) = match action {
        JobAction::Relocate => (true, false, false, false),
        JobAction::SetMetadata => (false, true, true, false),
        JobAction::RenameMetadataKey => (false, true, false, true),
        JobAction::RemoveMetadata => (false, true, false, false),
        JobAction::Deregister | JobAction::Undo | JobAction::CreateEnrollments => {
            (false, false, false, false)
        }
    };
    if uses_location {
        need(
            "location_id",
            p.location_id.is_some(),
            "the location to move to",
        );
    }
    if uses_key {
        need("key", p.key.is_some(), "the metadata key");
    }
    if uses_value {
        need("value", p.value.is_some(), "the value to set");
    }
    if uses_new_key {
        need("new_key", p.new_key.is_some(), "the key's new name");
    }
    let unused = [
        ("location_id", p.location_id.is_some() && !uses_location),
        ("key", p.key.is_some() && !uses_key),
        ("value", p.value.is_some() && !uses_value),
        ("new_key", p.new_key.is_some() && !uses_new_key),
    ];
    for (name, bad) in unused {
        if bad {
            errors.insert(
                name.into(),
                format!("{} does not use this field; leave it out.", action.as_str()),
            );
        }
    }
    for (name, key) in [("key", &p.key), ("new_key", &p.new_key)] {
        if let Some(Err(why)) = key.as_deref().map(check_key) {
            errors.insert(name.into(), why.into());
        }
    }
    if let Some(Err(why)) = p.value.as_deref().map(check_value) {
        errors.insert("value".into(), why.into());
    }
    if action == JobAction::RenameMetadataKey && p.key.is_some() && p.key == p.new_key {
        errors.insert("new_key".into(), "Give the key a different name.".into());
    }
}

#[cfg(test)]
mod tests;
