use ipp::activity::{Target, ACTIONS};

use super::*;
use crate::i18n::{bundle, format, Lang};
use crate::logic::activity::tests::english;

const GBG: Uuid = Uuid::from_u128(1);
const MMO: Uuid = Uuid::from_u128(2);

fn name(l: Option<Uuid>) -> String {
    match l {
        Some(GBG) => "Göteborg Nordstan".into(),
        Some(MMO) => "Malmö Centrum".into(),
        Some(_) => "Location 00000000…".into(),
        None => "No location".into(),
    }
}

/// A field's change: the field, before, after.
type Change<'a> = (&'a str, Option<&'a str>, Option<&'a str>);

fn record(action: &str, target: Option<&str>, changes: &[Change]) -> Activity {
    Activity {
        id: Uuid::from_u128(9),
        at: "2026-12-01T10:00:00Z".parse().unwrap(),
        actor: Actor {
            sub: "op-1".into(),
            name: Some("Ada Operator".into()),
        },
        action: action.into(),
        target: Some(Target {
            kind: if action.starts_with("device") {
                "device"
            } else {
                "enrollment"
            }
            .into(),
            id: Uuid::from_u128(5).to_string(),
            name: target.map(str::to_owned),
        }),
        location_before: None,
        location_after: None,
        changes: changes
            .iter()
            .map(|(f, b, a)| FieldChange {
                field: (*f).into(),
                before: b.map(str::to_owned),
                after: a.map(str::to_owned),
            })
            .collect(),
        outcome: ActivityOutcome::Applied,
        reason: None,
        request_id: "r1".into(),
        job_id: None,
    }
}

/// What the record says in English, every value given.
fn said(a: &Activity) -> String {
    let text = sentence(describe(a, name).iter().map(english));
    assert!(!text.contains('{'), "a value is missing: {text}");
    text
}

#[test]
fn device_changes_read_as_sentences() {
    let (g, m) = (GBG.to_string(), MMO.to_string());
    let mut moved = record(
        "device.update",
        Some("Till 4"),
        &[("location_id", Some(&g), Some(&m))],
    );
    assert_eq!(
        said(&moved),
        "Moved Till 4 from Göteborg Nordstan to Malmö Centrum"
    );
    // Known only by the locations before and after.
    moved.changes.clear();
    (moved.location_before, moved.location_after) = (Some(GBG), Some(MMO));
    assert_eq!(
        said(&moved),
        "Moved Till 4 from Göteborg Nordstan to Malmö Centrum"
    );
    let to = record(
        "device.update",
        Some("Till 4"),
        &[("location_id", None, Some(&m))],
    );
    assert_eq!(said(&to), "Moved Till 4 to Malmö Centrum");
    let out = record(
        "device.update",
        Some("Till 4"),
        &[("location_id", Some(&g), None)],
    );
    assert_eq!(said(&out), "Removed Till 4 from Göteborg Nordstan");

    let renamed = record(
        "device.update",
        Some("Till 4"),
        &[("name", Some("Till 4"), Some("Till 5"))],
    );
    assert_eq!(said(&renamed), "Renamed Till 4 to Till 5");
    let named = record("device.update", None, &[("name", Some(""), Some("Till 5"))]);
    assert_eq!(said(&named), "Named a device Till 5");
    let unnamed = record(
        "device.update",
        Some("Till 4"),
        &[("name", Some("Till 4"), Some(""))],
    );
    assert_eq!(said(&unnamed), "Removed the name of Till 4");

    let set = record(
        "device.update",
        Some("Till 4"),
        &[("metadata.department", None, Some("Checkout"))],
    );
    assert_eq!(said(&set), "Set department to Checkout on Till 4");
    let changed = record(
        "device.update",
        Some("Till 4"),
        &[("metadata.department", Some("Sales"), Some("Checkout"))],
    );
    assert_eq!(
        said(&changed),
        "Changed department from Sales to Checkout on Till 4"
    );
    let removed = record(
        "device.update",
        Some("Till 4"),
        &[("metadata.department", Some("Sales"), None)],
    );
    assert_eq!(said(&removed), "Removed department from Till 4");
    let status = record(
        "device.update",
        Some("Till 4"),
        &[("hardware_id", Some("A1"), None)],
    );
    assert_eq!(
        said(&status),
        "Changed the hardware id of Till 4 from A1 to none"
    );

    // One save, several changes; and one that changed nothing.
    let both = record(
        "device.update",
        Some("Till 4"),
        &[
            ("metadata.department", None, Some("Checkout")),
            ("location_id", Some(&g), Some(&m)),
            ("name", Some("Till 4"), Some("Till 5")),
        ],
    );
    assert_eq!(
        said(&both),
        "Renamed Till 4 to Till 5; moved Till 4 from Göteborg Nordstan to Malmö Centrum; \
         set department to Checkout on Till 4"
    );
    assert_eq!(
        said(&record("device.update", Some("Till 4"), &[])),
        "Saved Till 4 without changes"
    );
}

#[test]
fn every_action_has_words() {
    assert_eq!(
        said(&record("device.deregister", Some("Till 4"), &[])),
        "Deregistered Till 4"
    );
    assert_eq!(
        said(&record("device.deregister", None, &[])),
        "Deregistered a device"
    );
    let mut created = record("enrollment.create", None, &[]);
    assert_eq!(said(&created), "Created a pairing code");
    created.location_after = Some(MMO);
    assert_eq!(said(&created), "Created a pairing code for Malmö Centrum");
    let mut cancelled = record("enrollment.cancel", None, &[]);
    assert_eq!(said(&cancelled), "Cancelled a pairing code");
    cancelled.location_before = Some(GBG);
    assert_eq!(
        said(&cancelled),
        "Cancelled a pairing code for Göteborg Nordstan"
    );
    let mut paired = record("playground.pair", Some("Till 9"), &[]);
    paired.location_after = Some(MMO);
    assert_eq!(
        said(&paired),
        "Simulated a clerk pairing Till 9 for Malmö Centrum"
    );
    assert_eq!(
        said(&record("playground.pair", None, &[])),
        "Simulated a clerk entering a pairing code"
    );
    assert_eq!(said(&record("job.run", None, &[])), "job.run");
    assert_eq!(
        said(&record("job.run", Some("Till 4"), &[])),
        "job.run on Till 4"
    );
    assert_eq!(
        english(&action_label("device.deregister")),
        "Device deregistered"
    );
    assert_eq!(english(&action_label("job.run")), "job.run");
    for action in ACTIONS {
        assert_ne!(
            action_label(action).key,
            "activity-other",
            "{action} has a label"
        );
        assert!(
            !said(&record(action, Some("Till 4"), &[])).contains('.'),
            "{action}"
        );
    }
}

#[test]
fn outcomes_other_than_applied_are_said() {
    let mut a = record("device.deregister", Some("Till 4"), &[]);
    let mut said = |o, reason: Option<&str>| {
        a.outcome = o;
        a.reason = reason.map(str::to_owned);
        outcome(&a).map(|o| (o.label.key, o.reason))
    };
    assert_eq!(said(ActivityOutcome::Applied, None), None);
    assert_eq!(
        said(ActivityOutcome::Attempted, None),
        Some(("activity-outcome-attempted", None))
    );
    // The reason is the server's (in English), shown as it is.
    assert_eq!(
        said(ActivityOutcome::Refused, Some("Not your location.")),
        Some((
            "activity-outcome-refused-because",
            Some("Not your location.".into())
        ))
    );
    assert_eq!(
        said(ActivityOutcome::Refused, None),
        Some(("activity-outcome-refused", None))
    );
    assert_eq!(
        said(ActivityOutcome::Failed, Some(" Kustom did not answer ")),
        Some((
            "activity-outcome-failed-because",
            Some("Kustom did not answer".into())
        ))
    );
    assert_eq!(
        said(ActivityOutcome::Failed, Some(" ")),
        Some(("activity-outcome-failed", None))
    );
    assert_eq!(
        said(ActivityOutcome::Unknown, Some("ignored")),
        Some(("activity-outcome-unknown", None))
    );
    let words = |key| english(&Msg::new(key));
    assert_eq!(words("activity-outcome-refused-because"), "Refused:");
    assert_eq!(words("activity-outcome-attempted"), "In progress");
    assert_eq!(words("activity-outcome-unknown"), "Outcome unknown");
}

#[test]
fn the_actor_is_named_else_their_id() {
    let mut actor = Actor {
        sub: "op-1".into(),
        name: Some("Ada".into()),
    };
    assert_eq!(actor_text(&actor), "Ada");
    actor.name = Some(" ".into());
    assert_eq!(actor_text(&actor), "op-1");
    actor.name = None;
    assert_eq!(actor_text(&actor), "op-1");
}

/// Every sentence, in every language, with each of its values given (a value the code
/// does not give would show as `{$name}`).
#[test]
fn every_language_words_every_record() {
    let (g, m) = (GBG.to_string(), MMO.to_string());
    let mut records = vec![
        record("device.update", Some("Till 4"), &[]),
        record("device.update", None, &[]),
        record("device.deregister", None, &[]),
        record("enrollment.create", None, &[]),
        record("enrollment.cancel", None, &[]),
        record("playground.pair", None, &[]),
        record("job.run", Some("Till 4"), &[]),
    ];
    let changes: [&[Change]; 9] = [
        &[("location_id", Some(&g), Some(&m))],
        &[("location_id", None, Some(&m))],
        &[("location_id", Some(&g), None)],
        &[("name", Some("Till 4"), Some("Till 5"))],
        &[("name", None, Some("Till 5"))],
        &[("name", Some("Till 4"), None)],
        &[
            ("metadata.a", Some("1"), Some("2")),
            ("metadata.b", None, Some("2")),
            ("metadata.c", Some("1"), None),
        ],
        &[
            ("hardware_id", Some("A1"), Some("A2")),
            ("serial", None, Some("S")),
            ("imei", Some("1"), Some("")),
        ],
        &[("hardware_id", None, Some(""))],
    ];
    for c in changes {
        records.push(record("device.update", Some("Till 4"), c));
        records.push(record("device.update", None, c));
    }
    for action in ACTIONS {
        let mut a = record(action, Some("Till 4"), &[]);
        records.push(a.clone());
        a.target = None;
        (a.location_before, a.location_after) = (Some(GBG), Some(MMO));
        records.push(a);
    }
    let sources = [
        (
            Lang::En,
            include_str!("../../../../locales/en/activity.ftl"),
        ),
        (
            Lang::Sv,
            include_str!("../../../../locales/sv/activity.ftl"),
        ),
        (
            Lang::Nb,
            include_str!("../../../../locales/nb/activity.ftl"),
        ),
        (
            Lang::Da,
            include_str!("../../../../locales/da/activity.ftl"),
        ),
        (
            Lang::Fi,
            include_str!("../../../../locales/fi/activity.ftl"),
        ),
    ];
    for (lang, source) in sources {
        let b = bundle(lang, source);
        let mut msgs: Vec<Msg> = records.iter().flat_map(|a| describe(a, name)).collect();
        msgs.extend(ACTIONS.iter().map(|a| action_label(a)));
        for m in msgs {
            let text = format(&b, m.key, &m.args)
                .unwrap_or_else(|| panic!("{}: no {}", lang.code(), m.key));
            assert!(!text.contains('{'), "{}: {}: {text}", lang.code(), m.key);
            // Sentences start with a word, so that joining may lower its first letter.
            assert!(
                !text.starts_with("Till") && !text.starts_with("Göteborg"),
                "{}: {} starts with a value: {text}",
                lang.code(),
                m.key
            );
        }
    }
    let swedish = bundle(Lang::Sv, sources[1].1);
    let moved = &describe(&record("device.update", Some("Till 4"), changes[0]), name)[0];
    assert_eq!(
        format(&swedish, moved.key, &moved.args).unwrap(),
        "Flyttade Till 4 från Göteborg Nordstan till Malmö Centrum"
    );
}
