use ipp::activity::{Target, ACTIONS};

use super::*;

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

fn record(
    action: &str,
    target: Option<&str>,
    changes: &[(&str, Option<&str>, Option<&str>)],
) -> Activity {
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

fn said(a: &Activity) -> String {
    describe(a, name)
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
    for action in ACTIONS {
        assert_ne!(action_label(action), action, "{action} has a label");
        assert!(
            !said(&record(action, Some("Till 4"), &[])).contains('.'),
            "{action}"
        );
    }
}

#[test]
fn outcomes_other_than_applied_are_said() {
    let mut a = record("device.deregister", Some("Till 4"), &[]);
    let mut outcome = |o, reason: Option<&str>| {
        a.outcome = o;
        a.reason = reason.map(str::to_owned);
        outcome_text(&a)
    };
    assert_eq!(outcome(ActivityOutcome::Applied, None), None);
    assert_eq!(
        outcome(ActivityOutcome::Attempted, None).as_deref(),
        Some("In progress")
    );
    assert_eq!(
        outcome(ActivityOutcome::Refused, Some("Not your location.")).as_deref(),
        Some("Refused: Not your location.")
    );
    assert_eq!(
        outcome(ActivityOutcome::Refused, None).as_deref(),
        Some("Refused")
    );
    assert_eq!(
        outcome(ActivityOutcome::Failed, Some("Kustom did not answer")).as_deref(),
        Some("Failed: Kustom did not answer")
    );
    assert_eq!(
        outcome(ActivityOutcome::Failed, Some(" ")).as_deref(),
        Some("Failed")
    );
    assert_eq!(
        outcome(ActivityOutcome::Unknown, None).as_deref(),
        Some("Outcome unknown")
    );
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
