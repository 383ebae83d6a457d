//! The console's activity trail (kept by the proxy, not part of the upstream API): who
//! changed what, when, and how it ended; `GET /api/activity` and its query.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::problem::{FieldErrors, Problem};
use crate::query::{Params, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};

/// One change an operator asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub id: Uuid,
    /// When it was asked for.
    #[serde(with = "crate::time")]
    pub at: DateTime<Utc>,
    pub actor: Actor,
    /// `device.update`, `device.deregister`, `enrollment.create`, `enrollment.cancel`,
    /// `playground.pair`.
    pub action: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// The location of the target before the change and after it (the same when it did
    /// not move; `None` where there is none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_before: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_after: Option<Uuid>,
    /// Every field changed, before → after.
    #[serde(default)]
    pub changes: Vec<FieldChange>,
    pub outcome: ActivityOutcome,
    /// Why it was refused or failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub request_id: String,
    /// The bulk change (job) this change was part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_id: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub sub: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    /// `device`, `enrollment` or `job`.
    pub kind: String,
    pub id: String,
    /// What it was called when the change was made (a device's name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// `GET /api/activity/creators?id=…`: who made each of these codes (through this
/// console), or the code each of these devices was paired with, for "Created by" in
/// lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Creation {
    /// The code's or the device's id, as asked.
    pub id: Uuid,
    pub actor: Actor,
    #[serde(with = "crate::time")]
    pub at: DateTime<Utc>,
}

/// Most ids one `creators` call may ask about.
pub const MAX_CREATOR_IDS: usize = 100;

/// A field's value before and after (`None`: it had none). Metadata keys are fields of
/// their own, `metadata.<key>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

/// How a change ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityOutcome {
    /// Recorded before it was sent; its end is not known yet (it runs, or the console
    /// stopped meanwhile and has not yet asked Kustom how it ended).
    Attempted,
    Applied,
    Refused,
    Failed,
    /// Sent, and nobody could tell whether Kustom made it.
    Unknown,
}

impl ActivityOutcome {
    pub const ALL: [ActivityOutcome; 5] = [
        ActivityOutcome::Attempted,
        ActivityOutcome::Applied,
        ActivityOutcome::Refused,
        ActivityOutcome::Failed,
        ActivityOutcome::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ActivityOutcome::Attempted => "attempted",
            ActivityOutcome::Applied => "applied",
            ActivityOutcome::Refused => "refused",
            ActivityOutcome::Failed => "failed",
            ActivityOutcome::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<ActivityOutcome> {
        ActivityOutcome::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// The actions recorded.
pub const ACTIONS: [&str; 9] = [
    "device.update",
    "device.deregister",
    "enrollment.create",
    "enrollment.cancel",
    "playground.pair",
    "job.start",
    "job.cancel",
    "job.undo",
    "job.retry",
];

/// `GET /api/activity`: newest first, filtered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityQuery {
    pub device_id: Option<Uuid>,
    pub enrollment_id: Option<Uuid>,
    /// An operator's `sub`.
    pub actor: Option<String>,
    pub action: Option<String>,
    /// Changes whose target was at this location before or after.
    pub location_id: Option<Uuid>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    pub page_number: u32,
    pub page_size: u32,
}

impl Default for ActivityQuery {
    fn default() -> Self {
        ActivityQuery {
            device_id: None,
            enrollment_id: None,
            actor: None,
            action: None,
            location_id: None,
            since: None,
            until: None,
            page_number: 0,
            page_size: DEFAULT_PAGE_SIZE,
        }
    }
}

/// Longest `actor` accepted.
pub const MAX_ACTOR_LEN: usize = 200;

impl ActivityQuery {
    const NAMES: [&'static str; 9] = [
        "device_id",
        "enrollment_id",
        "actor",
        "action",
        "location_id",
        "since",
        "until",
        "page_number",
        "page_size",
    ];

    /// Parses a raw (percent-encoded) query string; every problem is reported, by name.
    pub fn parse(raw: &str) -> Result<ActivityQuery, Problem> {
        let mut q = ActivityQuery::default();
        let mut errors = FieldErrors::new();
        let mut params = Params::new(&Self::NAMES, "");
        for (name, value) in form_urlencoded::parse(raw.as_bytes()).into_owned() {
            if !params.admit(&name, &mut errors) {
                continue;
            }
            let id = |v: &str| crate::request::parse_uuid(v).map_err(String::from);
            let time = |v: &str| {
                crate::time::parse(v)
                    .ok_or_else(|| "Use a date and time such as 2026-12-01T00:00:00Z.".to_owned())
            };
            let number = crate::query::whole_number;
            let read: Result<(), String> = match name.as_str() {
                "device_id" => id(&value).map(|v| q.device_id = Some(v)),
                "enrollment_id" => id(&value).map(|v| q.enrollment_id = Some(v)),
                "location_id" => id(&value).map(|v| q.location_id = Some(v)),
                "actor" if value.is_empty() || value.chars().count() > MAX_ACTOR_LEN => Err(
                    format!("Give an operator's id of 1 to {MAX_ACTOR_LEN} characters."),
                ),
                "actor" => {
                    q.actor = Some(value);
                    Ok(())
                }
                "action" if ACTIONS.contains(&value.as_str()) => {
                    q.action = Some(value);
                    Ok(())
                }
                "action" => Err(format!("Use one of: {}.", ACTIONS.join(", "))),
                "since" => time(&value).map(|t| q.since = Some(t)),
                "until" => time(&value).map(|t| q.until = Some(t)),
                "page_number" => number(&value, 0..=1_000_000).map(|n| q.page_number = n),
                _ => number(&value, 1..=MAX_PAGE_SIZE).map(|n| q.page_size = n),
            };
            if let Err(why) = read {
                errors.insert(name, why);
            }
        }
        if let (Some(s), Some(u)) = (q.since, q.until) {
            if s > u {
                errors.insert(
                    "until".into(),
                    "Make the end of the time range later than its start.".into(),
                );
            }
        }
        if errors.is_empty() {
            Ok(q)
        } else {
            Err(Problem::validation(errors))
        }
    }

    /// The query string (without `?`); what is at its default is left out, but the page.
    pub fn to_query_string(&self) -> String {
        let mut s = self.filters_serializer();
        s.append_pair("page_number", &self.page_number.to_string());
        s.append_pair("page_size", &self.page_size.to_string());
        s.finish()
    }

    /// The filters alone as a query string (without `?` and without the page): what an
    /// export of every page asks for.
    pub fn to_filter_string(&self) -> String {
        self.filters_serializer().finish()
    }

    fn filters_serializer(&self) -> form_urlencoded::Serializer<'static, String> {
        let mut s = form_urlencoded::Serializer::new(String::new());
        let ids = [
            ("device_id", self.device_id),
            ("enrollment_id", self.enrollment_id),
            ("location_id", self.location_id),
        ];
        for (name, id) in ids {
            if let Some(id) = id {
                s.append_pair(name, &id.to_string());
            }
        }
        if let Some(a) = &self.actor {
            s.append_pair("actor", a);
        }
        if let Some(a) = &self.action {
            s.append_pair("action", a);
        }
        for (name, t) in [("since", self.since), ("until", self.until)] {
            if let Some(t) = t {
                s.append_pair(name, &crate::time::format(&t));
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_every_filter() {
        let raw = "device_id=497f6eca-6276-4993-bfeb-53cbbbba6f08&actor=op%201&action=device.update&since=2026-12-01T00%3A00%3A00Z&until=2026-12-02T00%3A00%3A00Z&page_number=3&page_size=50";
        let q = ActivityQuery::parse(raw).unwrap();
        assert_eq!(q.actor.as_deref(), Some("op 1"));
        assert_eq!((q.page_number, q.page_size), (3, 50));
        assert_eq!(ActivityQuery::parse(&q.to_query_string()).unwrap(), q);
        let filters_only = ActivityQuery::parse(&q.to_filter_string()).unwrap();
        assert_eq!(
            filters_only,
            ActivityQuery {
                page_number: 0,
                page_size: DEFAULT_PAGE_SIZE,
                ..q
            }
        );
    }

    #[test]
    fn every_bad_part_is_named() {
        let p = ActivityQuery::parse(
            "device_id=x&action=device.explode&since=later&page_size=0&colour=red",
        )
        .unwrap_err();
        for name in ["device_id", "action", "since", "page_size", "colour"] {
            assert!(p.errors.contains_key(name), "{name}: {:?}", p.errors);
        }
        let p = ActivityQuery::parse("since=2026-12-02T00:00:00Z&until=2026-12-01T00:00:00Z")
            .unwrap_err();
        assert!(p.errors["until"].contains("later"));
        let p = ActivityQuery::parse("actor=a&actor=b").unwrap_err();
        assert!(p.errors["actor"].contains("once"));
    }
}
