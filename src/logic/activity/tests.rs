use chrono::TimeZone;

use super::*;
use crate::i18n::{bundle, english_whole, format, Lang};
use crate::logic::filters::parse_query;

/// A message as the English catalog words it (the wording's tests use it too).
pub(super) fn english(m: &Msg) -> String {
    thread_local! {
        static EN: fluent_bundle::FluentBundle<fluent_bundle::FluentResource> = bundle(Lang::En, &english_whole());
    }
    EN.with(|b| format(b, m.key, &m.args))
        .unwrap_or_else(|| panic!("{} is not in English", m.key))
}

fn read(query: &str) -> (ActivityFilters, Vec<String>) {
    let (f, ignored) = ActivityFilters::from_pairs(parse_query(query));
    // The first reads' copy, which words nothing, reads the same filters.
    assert_eq!(ActivityFilters::quietly(parse_query(query)), f, "{query}");
    (f, ignored.iter().map(english).collect())
}

fn every_filter() -> ActivityFilters {
    ActivityFilters {
        device: Some(Uuid::from_u128(1)),
        code: Some(Uuid::from_u128(2)),
        operator: Some("auth0|op 1/ö".into()),
        action: Some("device.update".into()),
        location: Some(Uuid::from_u128(3)),
        since: NaiveDate::from_ymd_opt(2026, 12, 1),
        until: NaiveDate::from_ymd_opt(2026, 12, 7),
        page: 2,
        size: 50,
    }
}

#[test]
fn the_address_round_trips() {
    let f = every_filter();
    let q = f.to_query();
    assert!(
        q.contains("since=2026-12-01&until=2026-12-07&page=3&size=50"),
        "{q}"
    );
    assert!(
        q.starts_with("device=00000000-0000-0000-0000-000000000001&code="),
        "{q}"
    );
    assert!(q.contains("operator=auth0%7Cop%201%2F%C3%B6"), "{q}");
    assert_eq!(read(&q), (f, vec![]));
    // Defaults are left out, and read back as defaults.
    assert_eq!(ActivityFilters::default().to_query(), "");
    assert_eq!(read(""), (ActivityFilters::default(), vec![]));
    let one = ActivityFilters::of_device(Uuid::from_u128(7));
    assert_eq!(read(&one.to_query()).0, one);
    let code = ActivityFilters::of_code(Uuid::from_u128(8));
    assert_eq!(code.to_query(), format!("code={}", Uuid::from_u128(8)));
}

#[test]
fn what_cannot_be_read_is_ignored_and_said() {
    let (f, ignored) = read("device=x&code=y&location=z&action=device.explode&since=tuesday&until=2026-13-01&page=0&size=1000&colour=red");
    assert_eq!(f, ActivityFilters::default());
    assert_eq!(ignored.len(), 9, "{ignored:?}");
    assert_eq!(ignored[0], "device \"x\" is not a device id");
    assert_eq!(ignored[6], "page \"0\"");
    assert_eq!(ignored[7], "page size \"1000\"");
    assert!(
        ignored[3].contains("not one the console records"),
        "{ignored:?}"
    );
    assert!(ignored[4].contains("not a date"), "{ignored:?}");
    assert_eq!(ignored[8], "unknown parameter \"colour\"");
    // An end before the start is dropped.
    let (f, ignored) = read("since=2026-12-07&until=2026-12-01");
    assert_eq!(
        (f.since, f.until),
        (NaiveDate::from_ymd_opt(2026, 12, 7), None)
    );
    assert_eq!(ignored, ["until 2026-12-01 is before since 2026-12-07"]);
    // A blank operator is none; a long one is refused.
    assert_eq!(read("operator=%20%20").0.operator, None);
    assert_eq!(
        read(&format!("operator={}", "a".repeat(201))).1,
        ["An operator's id has at most 200 characters."]
    );
}

#[test]
fn days_become_utc_times_of_the_local_day() {
    // Stockholm in winter: UTC+1.
    let cet = chrono::FixedOffset::east_opt(3600).unwrap();
    let midnight = |d: NaiveDate| {
        cet.from_local_datetime(&d.and_time(chrono::NaiveTime::MIN))
            .unwrap()
            .with_timezone(&Utc)
    };
    let q = every_filter().to_api_query(midnight);
    assert_eq!(q.since, ipp::time::parse("2026-11-30T23:00:00Z"));
    // To the end of the last day: the start of the next.
    assert_eq!(q.until, ipp::time::parse("2026-12-07T23:00:00Z"));
    assert_eq!((q.page_number, q.page_size), (2, 50));
    assert_eq!(q.device_id, Some(Uuid::from_u128(1)));
    assert_eq!(q.enrollment_id, Some(Uuid::from_u128(2)));
    assert_eq!(q.location_id, Some(Uuid::from_u128(3)));
    assert_eq!(q.actor.as_deref(), Some("auth0|op 1/ö"));
    assert_eq!(q.action.as_deref(), Some("device.update"));
    // What the API is sent, it accepts.
    assert_eq!(ActivityQuery::parse(&q.to_query_string()).unwrap(), q);
    // In the machine's own zone, a day starts at its local midnight.
    let d = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
    assert_eq!(local_midnight(d).with_timezone(&Local).date_naive(), d);
}

#[test]
fn a_change_starts_from_the_first_page() {
    let f = every_filter();
    let next = f.changed(|f| f.action = None);
    assert_eq!(
        (next.page, next.action.as_deref(), next.size),
        (0, None, 50)
    );
    assert!(next.is_filtered());
    assert!(!ActivityFilters::default().is_filtered());
    assert_eq!(
        read_day(" 2026-12-01 "),
        NaiveDate::from_ymd_opt(2026, 12, 1)
    );
    assert_eq!(read_day(""), None);
    for bad in [
        "2026-12-1",
        "2026-02-30",
        "26-12-01",
        "2026-12-01-02",
        "+026-12-01",
        "2026/12/01",
    ] {
        assert_eq!(read_day(bad), None, "{bad}");
    }
    assert_eq!(
        day_text(NaiveDate::from_ymd_opt(987, 1, 2).unwrap()),
        "0987-01-02"
    );
    assert_eq!(read_operator("  op  "), Ok(Some("op".into())));
}
