use chrono::{Duration, TimeZone};
use serde_json::json;

use super::*;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 6, 10, 0, 0).unwrap()
}

fn item(outcome: Option<&str>, id: Option<u128>) -> JobItem {
    serde_json::from_value(json!({
        "spec": {"location_id": Uuid::from_u128(9), "metadata": {"till": "3"}, "expires_in": 3_600_000},
        "enrollment_id": id.map(Uuid::from_u128),
        "outcome": outcome,
        "reason": outcome.filter(|o| *o == "failed").map(|_| "Upstream said no."),
        "device_id": null, "name": "",
    }))
    .unwrap()
}

fn code(status: &str, expires_in_min: i64) -> EnrollmentDetail {
    serde_json::from_value(json!({
        "enrollment_id": Uuid::from_u128(1), "enrollment_code": "ABCD2345",
        "expires_at": ipp::time::format(&(now() + Duration::minutes(expires_in_min))),
        "status": status, "metadata": {"till": "3"}, "location_id": Uuid::from_u128(9),
    }))
    .unwrap()
}

#[test]
fn each_code_has_one_state() {
    let made = item(Some("done"), Some(1));
    assert_eq!(
        state_of(&item(None, None), None, now()),
        CodeState::Creating
    );
    assert_eq!(
        state_of(&item(Some("failed"), None), None, now()),
        CodeState::Failed
    );
    assert_eq!(state_of(&made, None, now()), CodeState::Waiting);
    let found = |s, m| Read::Found(code(s, m));
    assert_eq!(
        state_of(&made, Some(&found("PENDING", 5)), now()),
        CodeState::Waiting
    );
    assert_eq!(
        state_of(&made, Some(&found("PENDING", -1)), now()),
        CodeState::Expired
    );
    assert_eq!(
        state_of(&made, Some(&found("CONSUMED", -1)), now()),
        CodeState::Paired
    );
    assert_eq!(
        state_of(&made, Some(&found("CANCELLED", 5)), now()),
        CodeState::Cancelled
    );
    // Gone from the lists: expired when its time is up, else cancelled.
    let gone = |m| Read::Gone(Some(code("PENDING", m)));
    assert_eq!(state_of(&made, Some(&gone(-1)), now()), CodeState::Expired);
    assert_eq!(state_of(&made, Some(&gone(5)), now()), CodeState::Cancelled);
    assert_eq!(
        state_of(&made, Some(&Read::Gone(None)), now()),
        CodeState::Cancelled
    );
}

#[test]
fn only_codes_that_may_change_are_read_again() {
    let items = [
        item(Some("done"), Some(1)),
        item(Some("done"), Some(2)),
        item(Some("done"), Some(3)),
        item(None, None),
    ];
    let mut known = HashMap::new();
    known.insert(Uuid::from_u128(1), Read::Found(code("CONSUMED", 5)));
    known.insert(Uuid::from_u128(2), Read::Found(code("PENDING", 5)));
    assert_eq!(
        to_read(&items, &known, now()),
        [Uuid::from_u128(2), Uuid::from_u128(3)]
    );
    known.insert(Uuid::from_u128(2), Read::Gone(None));
    assert_eq!(to_read(&items, &known, now()), [Uuid::from_u128(3)]);
}

#[test]
fn counts_and_replacements() {
    use CodeState::*;
    assert_eq!(
        counts(&[Waiting, Paired, Waiting]),
        [(Waiting, 2), (Paired, 1)]
    );
    let again = replacements(&[item(Some("done"), Some(1))]);
    assert_eq!(again[0].location_id, Uuid::from_u128(9));
    assert_eq!(again[0].metadata["till"], "3");
    assert_eq!(again[0].expires_in, Some(3_600_000));
}

#[test]
fn the_export_reads_again_as_the_batch() {
    let mut odd = item(Some("done"), Some(2));
    if let Some(spec) = odd.spec.as_mut() {
        spec.metadata
            .insert("note".into(), "=HYPERLINK(\"x\"), \"y\"".into());
        spec.metadata.insert("till".into(), "-4".into());
    }
    let device = Uuid::from_u128(77);
    let rows = vec![
        (item(Some("done"), Some(1)), CodeState::Paired, Some(device)),
        (odd, CodeState::Waiting, None),
    ];
    let csv = export_csv(&rows);
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next(),
        Some("location,valid_for,note,till,state,device")
    );
    assert!(csv.contains(",paired,00000000-0000-0000-0000-00000000004d\r\n"));
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"x\"\"), \"\"y\"\"\""),
        "{csv}"
    );
    let store: ipp::Location =
        serde_json::from_value(json!({"id": Uuid::from_u128(9), "name": "Malmö"})).unwrap();
    let sheet = ipp::batch::read_csv(&csv, &[store]);
    assert!(sheet.file.is_empty(), "{:?}", sheet.file);
    let again = sheet.items().unwrap();
    let asked = replacements(rows.iter().map(|(i, _, _)| i));
    assert_eq!(again, asked);
}
