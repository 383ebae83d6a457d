use super::*;
use crate::metadata::MAX_KEYS;
use serde_json::json;

fn decode(v: serde_json::Value) -> Result<JobRequest, Problem> {
    JobRequest::decode(v.to_string().as_bytes())
}

fn state(name: &str, meta: &[(&str, &str)]) -> DeviceState {
    DeviceState {
        name: name.into(),
        location_id: None,
        metadata: meta
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    }
}

#[test]
fn a_relocation_by_targets_is_read_and_duplicate_ids_count_once() {
    let id = Uuid::from_u128(1);
    let loc = Uuid::from_u128(2);
    let r = decode(json!({"action": "relocate", "idempotency_key": "k1",
        "targets": [id, id], "location_id": loc}))
    .unwrap();
    assert_eq!(r.action, JobAction::Relocate);
    assert_eq!(r.selection, Selection::Targets(vec![id]));
    assert_eq!(r.params.location_id, Some(loc));
}

#[test]
fn every_problem_is_named_by_its_field() {
    let e = decode(
        json!({"action": "set_metadata", "targets": ["nope"], "key": "a b",
        "location_id": Uuid::from_u128(3), "idempotency_key": ""}),
    )
    .unwrap_err();
    for field in [
        "targets[0]",
        "key",
        "value",
        "location_id",
        "idempotency_key",
    ] {
        assert!(e.errors.contains_key(field), "{field}: {:?}", e.errors);
    }
    let e = decode(json!({"action": "undo", "targets": [Uuid::from_u128(4)]})).unwrap_err();
    assert!(e.errors["action"].contains("relocate"));
    let e = decode(json!({"action": "deregister"})).unwrap_err();
    assert!(e.errors["targets"].starts_with("Required"));
    let e = decode(json!({"action": "deregister", "targets": [Uuid::from_u128(5)], "filter": ""}))
        .unwrap_err();
    assert!(e.errors["targets"].contains("not several"));
    let e =
        decode(json!({"action": "rename_metadata_key", "filter": "", "key": "a", "new_key": "a"}))
            .unwrap_err();
    assert!(e.errors.contains_key("new_key"));
}

#[test]
fn more_than_ten_thousand_targets_are_refused_before_anything_else() {
    let ids: Vec<Uuid> = (0..=MAX_TARGETS)
        .map(|i| Uuid::from_u128(100 + i as u128 + 6))
        .collect();
    let e = decode(json!({"action": "deregister", "targets": ids})).unwrap_err();
    assert!(e.errors["targets"].contains("10000"), "{:?}", e.errors);
}

#[test]
fn plans_follow_the_action() {
    let p = |key: Option<&str>, value: Option<&str>, new_key: Option<&str>| JobParams {
        location_id: None,
        key: key.map(Into::into),
        value: value.map(Into::into),
        new_key: new_key.map(Into::into),
    };
    let s = state("Till 1", &[("dept", "checkout")]);
    let set = p(Some("dept"), Some("Checkout"), None);
    match plan(JobAction::SetMetadata, &set.clone(), &s) {
        Plan::Change(next) => {
            assert_eq!(next.metadata["dept"], "Checkout");
            let changes = s.changes(&next);
            assert_eq!(changes.len(), 1);
            assert_eq!(changes[0].field, "metadata.dept");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        plan(
            JobAction::SetMetadata,
            &p(Some("dept"), Some("checkout"), None),
            &s
        ),
        Plan::Unchanged
    );
    assert_eq!(
        plan(JobAction::RemoveMetadata, &p(Some("other"), None, None), &s),
        Plan::Unchanged
    );
    assert_eq!(
        plan(
            JobAction::RenameMetadataKey,
            &p(Some("x"), None, Some("y")),
            &s
        ),
        Plan::Unchanged
    );
    let both = state("Till", &[("a", "1"), ("b", "2")]);
    assert!(matches!(
        plan(
            JobAction::RenameMetadataKey,
            &p(Some("a"), None, Some("b")),
            &both
        ),
        Plan::Refused(_)
    ));
    let full: Vec<(String, String)> = (0..MAX_KEYS)
        .map(|i| (format!("k{i}"), "v".into()))
        .collect();
    let full = DeviceState {
        metadata: full.into_iter().collect(),
        ..s.clone()
    };
    assert!(matches!(
        plan(
            JobAction::SetMetadata,
            &p(Some("new"), Some("v"), None),
            &full
        ),
        Plan::Refused(_)
    ));
    assert_eq!(
        plan(JobAction::Deregister, &JobParams::default(), &s),
        Plan::Remove
    );
    // What a deregistration takes away: the fields it had, each to nothing.
    let gone = s.removal(Some("HW-1"));
    let fields: Vec<&str> = gone.iter().map(|c| c.field.as_str()).collect();
    assert_eq!(fields, ["name", "hardware_id"], "no location to take away");
    assert!(gone.iter().all(|c| c.after.is_none() && c.before.is_some()));
}

#[test]
fn item_queries_read_outcomes_and_pending() {
    let q = JobItemsQuery::parse("outcome=pending&page_size=50").unwrap();
    assert_eq!(q.outcome, Some(None));
    assert_eq!(JobItemsQuery::parse(&q.to_query_string()).unwrap(), q);
    let e = JobItemsQuery::parse("outcome=gone&page_size=0&x=1").unwrap_err();
    for f in ["outcome", "page_size", "x"] {
        assert!(e.errors.contains_key(f), "{f}");
    }
}

#[test]
fn counts_add_up() {
    let mut c = Counts::default();
    c.add(Some(ItemOutcome::Done), 3);
    c.add(None, 2);
    c.add(Some(ItemOutcome::Failed), u64::MAX);
    assert_eq!(c.pending, 2);
    assert_eq!(c.failed, u64::MAX);
    assert_eq!(c.finished(), u64::MAX);
}

#[test]
fn a_batch_of_codes_is_read_item_by_item() {
    let (a, b) = (Uuid::from_u128(10), Uuid::from_u128(11));
    let r = decode(
        json!({"action": "create_enrollments", "idempotency_key": "rollout-1",
        "items": [{"location_id": a, "metadata": {"store": "104", "till": "1"}},
                  {"location_id": b, "expires_in": 3_600_000},
                  {"location_id": a}]}),
    )
    .unwrap();
    assert_eq!(r.action, JobAction::CreateEnrollments);
    assert!(r.action.creates_codes() && !JobAction::Relocate.creates_codes());
    let Selection::Codes(codes) = r.selection else {
        panic!("{:?}", r.selection)
    };
    // Identical codes are several codes (three tills), not one.
    assert_eq!(codes.len(), 3);
    assert_eq!(codes[0].metadata["till"], "1");
    assert_eq!(codes[1].expires_in, Some(3_600_000));
    assert_eq!(codes[2].location_id, Some(a));
    assert_eq!(JobAction::parse("create_enrollments"), r.action.into());
    assert!(!JobAction::REQUESTABLE.contains(&JobAction::CreateEnrollments));
}

#[test]
fn every_bad_item_is_named_by_its_row_and_field() {
    let loc = Uuid::from_u128(12);
    let e = decode(
        json!({"action": "create_enrollments", "idempotency_key": "k",
        "items": [{"location_id": loc},
                  {"metadata": {"store": "104"}},
                  {"location_id": loc, "metadata": {"bad key": "x", "empty": ""}},
                  {"location_id": "nope", "expires_in": 5},
                  "not an object",
                  {"location_id": loc, "ttl": 5}]}),
    )
    .unwrap_err();
    for field in [
        "items[1].location_id",
        "items[2].metadata.bad key",
        "items[2].metadata.empty",
        "items[3].location_id",
        "items[3].expires_in",
        "items[4]",
        "items[5].ttl",
    ] {
        assert!(e.errors.contains_key(field), "{field}: {:?}", e.errors);
    }
    assert!(!e.errors.keys().any(|k| k.starts_with("items[0]")));
    assert!(e.errors["items[1].location_id"].starts_with("Required"));
    assert!(e.errors["items[5].ttl"].contains("expires_in"));
}

#[test]
fn a_batch_takes_one_to_five_hundred_codes_and_nothing_of_a_device_change() {
    let loc = Uuid::from_u128(13);
    let many: Vec<_> = (0..=MAX_CODES)
        .map(|_| json!({"location_id": loc}))
        .collect();
    let e = decode(json!({"action": "create_enrollments", "items": many})).unwrap_err();
    assert!(e.errors["items"].contains("500") && e.errors["items"].contains("501"));
    let most: Vec<_> = (0..MAX_CODES)
        .map(|_| json!({"location_id": loc}))
        .collect();
    decode(json!({"action": "create_enrollments", "items": most})).unwrap();
    let e = decode(json!({"action": "create_enrollments", "items": []})).unwrap_err();
    assert!(e.errors.contains_key("items"));
    let e = decode(json!({"action": "create_enrollments"})).unwrap_err();
    assert!(e.errors["items"].starts_with("Required"));
    let e = decode(
        json!({"action": "create_enrollments", "targets": [loc], "location_id": loc,
        "items": [{"location_id": loc}]}),
    )
    .unwrap_err();
    assert!(e.errors.contains_key("targets") && e.errors.contains_key("location_id"));
    let e = decode(json!({"action": "deregister", "items": [{"location_id": loc}]})).unwrap_err();
    assert!(e.errors["items"].contains("create_enrollments"));
    let e = decode(json!({"action": "nope"})).unwrap_err();
    assert!(e.errors["action"].contains("create_enrollments"));
}
