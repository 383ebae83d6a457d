//! The fleet query's address round trips and refusals.

use super::*;

#[test]
fn reads_what_the_console_sends_and_writes_it_back() {
    let raw = "location_id=497f6eca-6276-4993-bfeb-53cbbbba6f08&metadata=dept%3ACheckout&page_number=2&page_size=50&q=till+1&sort=name&order=desc&metadata_match=ci&platform=IOS&created_after=2026-12-01T00%3A00%3A00Z";
    let q = FleetQuery::parse(raw).unwrap();
    assert_eq!(q.q.as_deref(), Some("till 1"));
    assert_eq!((q.sort, q.order), (SortColumn::Name, Order::Desc));
    assert!(q.metadata_ci && q.platform == Some(Platform::Ios));
    assert_eq!((q.list.page_number, q.list.page_size), (2, 50));
    assert_eq!(FleetQuery::parse(&q.to_query_string()).unwrap(), q);
    assert!(q.needs_index());
}

#[test]
fn defaults_are_newest_first_and_need_no_index() {
    let q = FleetQuery::parse("").unwrap();
    assert_eq!((q.sort, q.order), (SortColumn::CreatedAt, Order::Desc));
    assert!(!q.needs_index());
    assert_eq!(q.to_query_string(), "page_number=0&page_size=20");
    // A sort without an order takes the column's own.
    assert_eq!(FleetQuery::parse("sort=name").unwrap().order, Order::Asc);
    // An empty search is no search.
    assert_eq!(FleetQuery::parse("q=+++").unwrap().q, None);
}

#[test]
fn a_device_list_reads_back_what_it_writes() {
    let list = DeviceList {
        page: Page::new(Vec::new(), 7, 0, 20),
        as_of: "2026-12-01T12:04:31Z".parse().unwrap(),
        stale: true,
        indexed: true,
        did_you_mean: vec![NearMiss {
            key: "dept".into(),
            value: "Checkout".into(),
            count: 7,
        }],
    };
    let json = serde_json::to_string(&list).unwrap();
    assert!(
        json.contains("\"total_elements\":7") && !json.contains("\"page\""),
        "{json}"
    );
    assert_eq!(serde_json::from_str::<DeviceList>(&json).unwrap(), list);
}

#[test]
fn every_bad_part_is_named() {
    let long = "x".repeat(MAX_SEARCH_LEN + 1);
    let p = FleetQuery::parse(&format!(
        "q={long}&sort=colour&order=up&metadata_match=fuzzy&platform=WATCH&created_after=yesterday&page_size=500&bogus=1"
    ))
    .unwrap_err();
    for name in [
        "q",
        "sort",
        "order",
        "metadata_match",
        "platform",
        "created_after",
        "page_size",
        "bogus",
    ] {
        assert!(p.errors.contains_key(name), "{name}: {:?}", p.errors);
    }
    assert!(p.errors["q"].contains("at most 200"));
    assert!(p.errors["sort"].contains("created_at"));
    let p = FleetQuery::parse("q=a&q=b").unwrap_err();
    assert!(p.errors["q"].contains("once"));
    // 200 characters, not bytes.
    assert!(FleetQuery::parse(&format!("q={}", "ö".repeat(MAX_SEARCH_LEN))).is_ok());
}
