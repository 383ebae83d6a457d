//! The address ↔ list state round trips.

use super::*;

fn f(s: &str) -> MetadataFilter {
    MetadataFilter::parse(s).unwrap()
}

#[test]
fn round_trips_through_the_url() {
    let filters = Filters {
        location: Some(Uuid::from_u128(0x550e8400_e29b_41d4_a716_446655440000)),
        metadata: vec![f("store:104"), f("department:Café & bar")],
        used: true,
        page: 2,
        size: 50,
        sort: Some(Sort {
            column: SortColumn::Name,
            descending: true,
        }),
        q: Some("till 1 ".into()),
        metadata_ci: true,
        platform: Some(Platform::Ios),
        created_after: ipp::time::parse("2026-12-01T00:00:00Z"),
    };
    let q = filters.to_query();
    assert_eq!(
        q,
        "location=550e8400-e29b-41d4-a716-446655440000&metadata=store:104&metadata=department:Caf%C3%A9%20%26%20bar&metadata_match=ci&platform=IOS&created_after=2026-12-01T00:00:00Z&q=till%201%20&used=1&page=3&size=50&sort=-name"
    );
    let (back, ignored) = Filters::from_pairs(parse_query(&q));
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(back, filters);
}

#[test]
fn the_device_list_asks_the_api_for_the_whole_fleet_in_its_order() {
    let (f, _) = Filters::from_pairs(parse_query(
        "metadata=dept%3ACheckout&metadata_match=ci&q=+till+&sort=hardware&page=2&size=50&platform=ANDROID",
    ));
    let api = f.to_fleet_query();
    assert_eq!(api.q.as_deref(), Some("till"), "trimmed for the API");
    assert_eq!((api.sort, api.order), (SortColumn::HardwareId, Order::Asc));
    assert_eq!((api.list.page_number, api.list.page_size), (1, 50));
    assert_eq!(api.list.include_consumed, None);
    assert_eq!(
        api.to_query_string(),
        "metadata=dept%3ACheckout&page_number=1&page_size=50&q=till&sort=hardware_id&order=asc&metadata_match=ci&platform=ANDROID"
    );
    // What the API reads back is what was meant.
    assert_eq!(FleetQuery::parse(&api.to_query_string()).unwrap(), api);
    // Newest first unless told, and then nothing about it in either address.
    let newest = Filters::default().to_fleet_query();
    assert_eq!(
        (newest.sort, newest.order),
        (SortColumn::CreatedAt, Order::Desc)
    );
    assert_eq!(newest.to_query_string(), "page_number=0&page_size=20");
    for sort in ["-created", "-created_at"] {
        let (f, ignored) = Filters::from_pairs(parse_query(&format!("sort={sort}")));
        assert!(ignored.is_empty());
        assert_eq!((f.sort(), f.to_query()), (Sort::NEWEST, String::new()));
    }
    let oldest = Filters::default().sorted(Sort {
        column: SortColumn::CreatedAt,
        descending: false,
    });
    assert_eq!(oldest.to_query(), "sort=created_at");
    assert_eq!(oldest.sorted(Sort::NEWEST), Filters::default());
}

#[test]
fn searching_starts_from_the_first_page_and_blank_is_no_search() {
    let f = Filters {
        page: 3,
        ..Filters::default()
    }
    .searching("Till");
    assert_eq!((f.q.as_deref(), f.page), (Some("Till"), 0));
    assert!(f.is_filtered());
    assert_eq!(f.searching("  ").q, None);
    assert_eq!(Filters::from_pairs(parse_query("q=")).0, Filters::default());
}

#[test]
fn the_code_list_drops_the_device_lists_own_filters_and_says_so() {
    let (f, _) = Filters::from_pairs(parse_query("q=a&platform=IOS&used=1&metadata=k%3Av"));
    assert_eq!(f.clone().codes_only(), f.clone().for_codes().0);
    let (codes, ignored) = f.for_codes();
    assert_eq!((codes.q, codes.platform, codes.used), (None, None, true));
    assert_eq!(codes.metadata, vec![MetadataFilter::parse("k:v").unwrap()]);
    let said: Vec<String> = ignored.iter().map(Msg::text).collect();
    assert_eq!(said, ["search (devices only)", "platform (devices only)"]);
}

#[test]
fn defaults_stay_out_of_the_url() {
    assert_eq!(Filters::default().to_query(), "");
    assert_eq!(Filters::from_pairs(parse_query("")).0, Filters::default());
}

#[test]
fn mangled_links_still_open_and_say_what_was_ignored() {
    let query = "location=nope&metadata=bad&page=0&size=1000&x=1&metadata=a%3A1&platform=WATCH&created_after=soon&sort=colour";
    let (f, ignored) = Filters::from_pairs(parse_query(query));
    // The first reads' copy, which words nothing, reads the same filters.
    assert_eq!(Filters::quietly(parse_query(query)), f);
    assert_eq!(f.location, None);
    assert_eq!(f.metadata.len(), 1);
    assert_eq!((f.page, f.size, f.platform), (0, DEFAULT_PAGE_SIZE, None));
    let said: Vec<String> = ignored.iter().map(Msg::text).collect();
    assert_eq!(
        said,
        [
            "location \"nope\" is not a location id",
            "Write each metadata filter as key:value (for example store_id:123); got \"bad\".",
            "page \"0\"",
            "page size \"1000\"",
            "unknown parameter \"x\"",
            "platform \"WATCH\"",
            "created_after \"soon\" is not a time",
            "sort \"colour\"",
        ]
    );
}

#[test]
fn the_api_query_counts_pages_from_zero() {
    let (f, _) = Filters::from_pairs(parse_query("page=3&size=10&metadata=till%3A2"));
    let q = f.to_list_query();
    assert_eq!(
        (q.page_number, q.page_size, q.include_consumed),
        (2, 10, Some(false))
    );
    assert_eq!(q.metadata, vec![MetadataFilter::parse("till:2").unwrap()]);
}

#[test]
fn filters_are_added_replaced_and_removed() {
    let base = Filters {
        page: 4,
        ..Filters::default()
    };
    let one = base.with_filter(f("store:1")).unwrap();
    assert_eq!(one.page, 0);
    let replaced = one.with_filter(f("store:2")).unwrap();
    assert_eq!(replaced.metadata, vec![f("store:2")]);
    let mut five = Filters::default();
    for i in 0..5 {
        five = five.with_filter(f(&format!("k{i}:v"))).unwrap();
    }
    assert_eq!(
        five.with_filter(f("k9:v")).unwrap_err(),
        ipp::rules::Broken::TooManyFilters { count: 6 }
    );
    assert_eq!(five.without_filter("k0").metadata.len(), 4);
}

#[test]
fn decoding_handles_plus_and_broken_escapes() {
    assert_eq!(
        parse_query("a=b+c&d=%zz&e=%41"),
        vec![
            ("a".into(), "b c".into()),
            ("d".into(), "%zz".into()),
            ("e".into(), "A".into())
        ]
    );
}
