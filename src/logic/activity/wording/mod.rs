//! What a record of the activity trail says in plain words ("Moved Till 4 from Göteborg
//! Nordstan to Malmö Centrum"), who did it, and how it ended when it did not simply
//! apply: catalog messages ([`Msg`]) with the record's data (names, keys, values) as
//! their values, put in words by the screen in the language shown.
//!
//! A device known by name and one known by none have messages of their own (`…` and
//! `…-unnamed`), so that each language says "a device" in the form its sentence needs.
//! Every sentence starts with a word of the catalog, never with a value: [`sentence`]
//! lowers the first letter of the sentences it joins.

use ipp::activity::{Activity, ActivityOutcome, Actor, FieldChange};
use ipp::Uuid;

use crate::i18n::Msg;

/// An action in plain words (the action filter's choices).
pub fn action_label(action: &str) -> Msg {
    match action {
        "device.update" => Msg::new("activity-action-device-update"),
        "device.deregister" => Msg::new("activity-action-device-deregister"),
        "enrollment.create" => Msg::new("activity-action-enrollment-create"),
        "enrollment.cancel" => Msg::new("activity-action-enrollment-cancel"),
        "playground.pair" => Msg::new("activity-action-playground-pair"),
        "job.start" => Msg::new("activity-action-job-start"),
        "job.cancel" => Msg::new("activity-action-job-cancel"),
        "job.undo" => Msg::new("activity-action-job-undo"),
        "job.retry" => Msg::new("activity-action-job-retry"),
        other => Msg::new("activity-other").with("action", other),
    }
}

/// Who made the change: their name, else their id (data, never translated).
pub fn actor_text(actor: &Actor) -> &str {
    match actor.name.as_deref().map(str::trim) {
        Some(name) if !name.is_empty() => name,
        _ => &actor.sub,
    }
}

/// How a change ended, when it did not simply apply.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// "Refused", "Outcome unknown"; "Refused:" when a reason follows.
    pub label: Msg,
    /// Why, as the server recorded it (in English: the console cannot translate it).
    pub reason: Option<String>,
}

/// How it ended, when it did not simply apply: "Refused: <reason>", "Outcome unknown".
pub fn outcome(a: &Activity) -> Option<Outcome> {
    let reason = a
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_owned);
    let label = match (a.outcome, &reason) {
        (ActivityOutcome::Applied, _) => return None,
        (ActivityOutcome::Attempted, _) => Msg::new("activity-outcome-attempted"),
        (ActivityOutcome::Refused, Some(_)) => Msg::new("activity-outcome-refused-because"),
        (ActivityOutcome::Refused, None) => Msg::new("activity-outcome-refused"),
        (ActivityOutcome::Failed, Some(_)) => Msg::new("activity-outcome-failed-because"),
        (ActivityOutcome::Failed, None) => Msg::new("activity-outcome-failed"),
        (ActivityOutcome::Unknown, _) => Msg::new("activity-outcome-unknown"),
    };
    let reason = match a.outcome {
        ActivityOutcome::Refused | ActivityOutcome::Failed => reason,
        _ => None,
    };
    Some(Outcome { label, reason })
}

/// The device's message: `named` with the device's name as `device`, else `unnamed`.
fn of_device(device: Option<&str>, named: Msg, unnamed: Msg) -> Msg {
    match device {
        Some(d) => named.with("device", d),
        None => unnamed,
    }
}

/// What happened, as one message, or several for one save that changed several things
/// (joined by [`sentence`]); `location` names a location (or its absence).
pub fn describe(a: &Activity, location: impl Fn(Option<Uuid>) -> String) -> Vec<Msg> {
    let device = a
        .target
        .as_ref()
        .and_then(|t| t.name.as_deref())
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let at = |l: Option<Uuid>, nowhere: Msg, somewhere: Msg| match l {
        Some(l) => somewhere.with("location", location(Some(l))),
        None => nowhere,
    };
    let one = match a.action.as_str() {
        "device.update" => return device_update(a, device, &location),
        "device.deregister" => of_device(
            device,
            Msg::new("activity-deregistered"),
            Msg::new("activity-deregistered-unnamed"),
        ),
        "enrollment.create" => at(
            a.location_after,
            Msg::new("activity-code-created"),
            Msg::new("activity-code-created-at"),
        ),
        "enrollment.cancel" => at(
            a.location_before.or(a.location_after),
            Msg::new("activity-code-cancelled"),
            Msg::new("activity-code-cancelled-at"),
        ),
        "playground.pair" => match device {
            Some(d) => at(
                a.location_after,
                Msg::new("activity-simulated-pairing"),
                Msg::new("activity-simulated-pairing-at"),
            )
            .with("device", d),
            None => at(
                a.location_after,
                Msg::new("activity-simulated-code"),
                Msg::new("activity-simulated-code-at"),
            ),
        },
        "job.start" => Msg::new("activity-job-started"),
        "job.cancel" => Msg::new("activity-job-cancelled"),
        "job.undo" => Msg::new("activity-job-undone"),
        "job.retry" => Msg::new("activity-job-retried"),
        other => match device {
            Some(d) => Msg::new("activity-other-on")
                .with("action", other)
                .with("target", d),
            None => Msg::new("activity-other").with("action", other),
        },
    };
    vec![one]
}

/// A device's save: each change in reading order (the name, the location, then the rest
/// as recorded), or that it changed nothing.
fn device_update(
    a: &Activity,
    device: Option<&str>,
    location: &impl Fn(Option<Uuid>) -> String,
) -> Vec<Msg> {
    // (Three passes rather than a sort: a sort costs the console's download more.)
    let rank = |c: &FieldChange| match c.field.as_str() {
        "name" => 0,
        "location_id" => 1,
        _ => 2,
    };
    let mut parts: Vec<Msg> = (0..3)
        .flat_map(|r| a.changes.iter().filter(move |c| rank(c) == r))
        .filter_map(|c| change(c, device, location))
        .collect();
    // A move recorded only as the locations before and after.
    let moved_field = a.changes.iter().any(|c| c.field == "location_id");
    if !moved_field && a.location_before != a.location_after {
        parts.insert(
            0,
            moved(device, a.location_before, a.location_after, location),
        );
    }
    if parts.is_empty() {
        parts.push(of_device(
            device,
            Msg::new("activity-saved-unchanged"),
            Msg::new("activity-saved-unchanged-unnamed"),
        ));
    }
    parts
}

/// One field's change to a device, as a sentence.
fn change(
    c: &FieldChange,
    device: Option<&str>,
    location: &impl Fn(Option<Uuid>) -> String,
) -> Option<Msg> {
    let (before, after) = (c.before.as_deref(), c.after.as_deref());
    if before == after {
        return None;
    }
    if let Some(key) = c.field.strip_prefix("metadata.") {
        let m = match (before, after) {
            (Some(b), Some(a)) => of_device(
                device,
                Msg::new("activity-metadata-changed"),
                Msg::new("activity-metadata-changed-unnamed"),
            )
            .with("before", b)
            .with("after", a),
            (None, Some(a)) => of_device(
                device,
                Msg::new("activity-metadata-set"),
                Msg::new("activity-metadata-set-unnamed"),
            )
            .with("value", a),
            _ => of_device(
                device,
                Msg::new("activity-metadata-removed"),
                Msg::new("activity-metadata-removed-unnamed"),
            ),
        };
        return Some(m.with("key", key));
    }
    let id = |v: Option<&str>| v.and_then(|v| ipp::request::parse_uuid(v).ok());
    fn value(v: Option<&str>) -> Option<&str> {
        v.filter(|v| !v.is_empty())
    }
    Some(match (c.field.as_str(), before, after) {
        ("location_id", _, _) => moved(device, id(before), id(after), location),
        ("name", Some(b), Some(a)) if !b.is_empty() && !a.is_empty() => {
            Msg::new("activity-renamed")
                .with("before", b)
                .with("after", a)
        }
        ("name", _, Some(a)) if !a.is_empty() => of_device(
            device,
            Msg::new("activity-named"),
            Msg::new("activity-named-unnamed"),
        )
        .with("name", a),
        ("name", Some(b), _) => Msg::new("activity-name-removed").with("before", b),
        (field, b, a) => {
            let field = field.replace('_', " ");
            let m = match (value(b), value(a)) {
                (Some(b), Some(a)) => of_device(
                    device,
                    Msg::new("activity-field-changed"),
                    Msg::new("activity-field-changed-unnamed"),
                )
                .with("before", b)
                .with("after", a),
                (None, Some(a)) => of_device(
                    device,
                    Msg::new("activity-field-set"),
                    Msg::new("activity-field-set-unnamed"),
                )
                .with("after", a),
                (Some(b), None) => of_device(
                    device,
                    Msg::new("activity-field-cleared"),
                    Msg::new("activity-field-cleared-unnamed"),
                )
                .with("before", b),
                // Blank before and after: nothing to say.
                (None, None) => return None,
            };
            m.with("field", field)
        }
    })
}

fn moved(
    device: Option<&str>,
    from: Option<Uuid>,
    to: Option<Uuid>,
    location: &impl Fn(Option<Uuid>) -> String,
) -> Msg {
    match (from, to) {
        (Some(_), Some(_)) => of_device(
            device,
            Msg::new("activity-moved"),
            Msg::new("activity-moved-unnamed"),
        )
        .with("from", location(from))
        .with("to", location(to)),
        (None, _) => of_device(
            device,
            Msg::new("activity-moved-to"),
            Msg::new("activity-moved-to-unnamed"),
        )
        .with("to", location(to)),
        (Some(_), None) => of_device(
            device,
            Msg::new("activity-moved-out"),
            Msg::new("activity-moved-out-unnamed"),
        )
        .with("from", location(from)),
    }
}

/// The sentences of one record as one: joined by "; ", only the first keeping its
/// capital letter ("Renamed Till 4 to Till 5; moved Till 4 from …").
pub fn sentence(parts: impl IntoIterator<Item = String>) -> String {
    let mut parts = parts.into_iter();
    let first = parts.next().unwrap_or_default();
    parts.fold(first, |s, p| format!("{s}; {}", lower_first(&p)))
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
