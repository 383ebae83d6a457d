//! What a job does to one device: its state before and after, and the plan.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{JobAction, JobParams};
use crate::activity::FieldChange;
use crate::metadata::{Metadata, MAX_KEYS};
use crate::model::Device;

/// What of a device a job may change, and compares: name, location and metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceState {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<Uuid>,
    #[serde(default)]
    pub metadata: Metadata,
}

impl DeviceState {
    pub fn of(d: &Device) -> DeviceState {
        DeviceState {
            name: d.name.clone(),
            location_id: d.location_id,
            metadata: d.metadata.clone(),
        }
    }

    /// What deregistering the device takes away, as the device page records it: its
    /// name, its location and (when known) its hardware id, each to nothing.
    pub fn removal(&self, hardware_id: Option<&str>) -> Vec<FieldChange> {
        [
            ("name", Some(self.name.clone())),
            ("location_id", self.location_id.map(|l| l.to_string())),
            ("hardware_id", hardware_id.map(str::to_owned)),
        ]
        .into_iter()
        .filter(|(_, before)| before.is_some())
        .map(|(field, before)| FieldChange {
            field: field.into(),
            before,
            after: None,
        })
        .collect()
    }

    /// Every field that differs, this → `after` (metadata keys as `metadata.<key>`).
    pub fn changes(&self, after: &DeviceState) -> Vec<FieldChange> {
        let mut out = Vec::new();
        let mut field = |name: String, before: Option<String>, after: Option<String>| {
            if before != after {
                out.push(FieldChange {
                    field: name,
                    before,
                    after,
                });
            }
        };
        field(
            "name".into(),
            Some(self.name.clone()),
            Some(after.name.clone()),
        );
        field(
            "location_id".into(),
            self.location_id.map(|l| l.to_string()),
            after.location_id.map(|l| l.to_string()),
        );
        let keys: std::collections::BTreeSet<&String> =
            self.metadata.keys().chain(after.metadata.keys()).collect();
        for k in keys {
            field(
                format!("metadata.{k}"),
                self.metadata.get(k).cloned(),
                after.metadata.get(k).cloned(),
            );
        }
        out
    }
}

/// What a job will do to one device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// Replace the device with this state.
    Change(DeviceState),
    /// Deregister it.
    Remove,
    /// It already is as asked.
    Unchanged,
    /// It cannot be done to this device; why, as a person can act on it.
    Refused(String),
}

/// The plan for one device in `state`.
pub fn plan(action: JobAction, p: &JobParams, state: &DeviceState) -> Plan {
    let mut next = state.clone();
    match action {
        JobAction::Relocate => next.location_id = p.location_id,
        JobAction::SetMetadata => {
            let (Some(k), Some(v)) = (&p.key, &p.value) else {
                return Plan::Unchanged;
            };
            if !next.metadata.contains_key(k) && next.metadata.len() >= MAX_KEYS {
                return Plan::Refused(format!(
                    "The device has {MAX_KEYS} metadata keys already, the most a device may have; remove one first."
                ));
            }
            next.metadata.insert(k.clone(), v.clone());
        }
        JobAction::RenameMetadataKey => {
            let (Some(k), Some(new)) = (&p.key, &p.new_key) else {
                return Plan::Unchanged;
            };
            let Some(v) = next.metadata.get(k).cloned() else {
                return Plan::Unchanged;
            };
            if next.metadata.contains_key(new) {
                return Plan::Refused(format!(
                    "The device has both {k} and {new}; renaming would overwrite {new}. Remove one of them first."
                ));
            }
            next.metadata.remove(k);
            next.metadata.insert(new.clone(), v);
        }
        JobAction::RemoveMetadata => {
            if let Some(k) = &p.key {
                next.metadata.remove(k);
            }
        }
        JobAction::Deregister => return Plan::Remove,
        // An undo's state comes with each item, not from the parameters; a batch of
        // codes changes no device.
        JobAction::Undo | JobAction::CreateEnrollments => return Plan::Unchanged,
    }
    if next == *state {
        Plan::Unchanged
    } else {
        Plan::Change(next)
    }
}
