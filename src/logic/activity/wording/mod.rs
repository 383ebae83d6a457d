//! What a record of the activity trail says in plain words: "Moved Till 4 from Göteborg
//! Nordstan to Malmö Centrum", who did it, and how it ended when it did not simply apply.

use ipp::activity::{Activity, ActivityOutcome, Actor, FieldChange};
use ipp::Uuid;

/// An action in plain words (the action filter's choices).
pub fn action_label(action: &str) -> &str {
    match action {
        "device.update" => "Device changed",
        "device.deregister" => "Device deregistered",
        "enrollment.create" => "Pairing code created",
        "enrollment.cancel" => "Pairing code cancelled",
        "playground.pair" => "Pairing simulated (playground)",
        "job.start" => "Bulk change started",
        "job.cancel" => "Bulk change cancelled",
        "job.undo" => "Bulk change undone",
        "job.retry" => "Bulk change retried",
        other => other,
    }
}

/// Who made the change: their name, else their id.
pub fn actor_text(actor: &Actor) -> &str {
    match actor.name.as_deref().map(str::trim) {
        Some(name) if !name.is_empty() => name,
        _ => &actor.sub,
    }
}

/// How it ended, when it did not simply apply: "Refused: <reason>", "Outcome unknown".
pub fn outcome_text(a: &Activity) -> Option<String> {
    let with_reason = |what: &str| match a.reason.as_deref().map(str::trim) {
        Some(r) if !r.is_empty() => format!("{what}: {r}"),
        _ => what.to_owned(),
    };
    match a.outcome {
        ActivityOutcome::Applied => None,
        ActivityOutcome::Attempted => Some("In progress".into()),
        ActivityOutcome::Refused => Some(with_reason("Refused")),
        ActivityOutcome::Failed => Some(with_reason("Failed")),
        ActivityOutcome::Unknown => Some("Outcome unknown".into()),
    }
}

/// What happened, in one sentence (several changes of one save joined by "; ");
/// `location` names a location (or its absence).
pub fn describe(a: &Activity, location: impl Fn(Option<Uuid>) -> String) -> String {
    let named = a
        .target
        .as_ref()
        .and_then(|t| t.name.as_deref())
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let device = named.unwrap_or("a device");
    let at = |l: Option<Uuid>| {
        l.map(|l| format!(" for {}", location(Some(l))))
            .unwrap_or_default()
    };
    match a.action.as_str() {
        "device.update" => {
            // In reading order: the name, the location, then the rest as recorded.
            // (Three passes rather than a sort: a sort costs the console's download more.)
            let rank = |c: &FieldChange| match c.field.as_str() {
                "name" => 0,
                "location_id" => 1,
                _ => 2,
            };
            let mut parts: Vec<String> = (0..3)
                .flat_map(|r| a.changes.iter().filter(move |c| rank(c) == r))
                .filter_map(|c| change(c, device, &location))
                .collect();
            // A move recorded only as the locations before and after.
            let moved_field = a.changes.iter().any(|c| c.field == "location_id");
            if !moved_field && a.location_before != a.location_after {
                parts.insert(
                    0,
                    moved(device, a.location_before, a.location_after, &location),
                );
            }
            if parts.is_empty() {
                format!("Saved {device} without changes")
            } else {
                // Only the first keeps its capital letter.
                let mut parts = parts.into_iter();
                let first = parts.next().unwrap_or_default();
                parts.fold(first, |s, p| format!("{s}; {}", lower_first(&p)))
            }
        }
        "device.deregister" => format!("Deregistered {device}"),
        "enrollment.create" => format!("Created a pairing code{}", at(a.location_after)),
        "enrollment.cancel" => {
            format!(
                "Cancelled a pairing code{}",
                at(a.location_before.or(a.location_after))
            )
        }
        "playground.pair" => match named {
            Some(n) => format!("Simulated a clerk pairing {n}{}", at(a.location_after)),
            None => format!(
                "Simulated a clerk entering a pairing code{}",
                at(a.location_after)
            ),
        },
        "job.start" => "Started a bulk change".into(),
        "job.cancel" => "Cancelled a bulk change".into(),
        "job.undo" => "Undid a bulk change".into(),
        "job.retry" => "Retried the failed devices of a bulk change".into(),
        other => match named {
            Some(n) => format!("{other} on {n}"),
            None => other.to_owned(),
        },
    }
}

/// One field's change to a device, as a sentence.
fn change(
    c: &FieldChange,
    device: &str,
    location: &impl Fn(Option<Uuid>) -> String,
) -> Option<String> {
    let (before, after) = (c.before.as_deref(), c.after.as_deref());
    if before == after {
        return None;
    }
    if let Some(key) = c.field.strip_prefix("metadata.") {
        return Some(match (before, after) {
            (Some(b), Some(a)) => format!("Changed {key} from {b} to {a} on {device}"),
            (None, Some(a)) => format!("Set {key} to {a} on {device}"),
            _ => format!("Removed {key} from {device}"),
        });
    }
    let id = |v: Option<&str>| v.and_then(|v| ipp::request::parse_uuid(v).ok());
    Some(match (c.field.as_str(), before, after) {
        ("location_id", _, _) => moved(device, id(before), id(after), location),
        ("name", Some(b), Some(a)) if !b.is_empty() && !a.is_empty() => {
            format!("Renamed {b} to {a}")
        }
        ("name", _, Some(a)) if !a.is_empty() => format!("Named {device} {a}"),
        ("name", Some(b), _) => format!("Removed the name of {b}"),
        (field, b, a) => {
            let what = field.replace('_', " ");
            let shown = |v: Option<&str>| v.filter(|v| !v.is_empty()).unwrap_or("none").to_owned();
            format!(
                "Changed the {what} of {device} from {} to {}",
                shown(b),
                shown(a)
            )
        }
    })
}

fn moved(
    device: &str,
    from: Option<Uuid>,
    to: Option<Uuid>,
    location: &impl Fn(Option<Uuid>) -> String,
) -> String {
    match (from, to) {
        (Some(_), Some(_)) => format!("Moved {device} from {} to {}", location(from), location(to)),
        (None, _) => format!("Moved {device} to {}", location(to)),
        (Some(_), None) => format!("Removed {device} from {}", location(from)),
    }
}

/// "Moved Till 4" → "moved Till 4", for a sentence that goes on after a semicolon.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
