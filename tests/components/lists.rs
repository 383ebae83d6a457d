//! The list screens' parts: filters and the address, the pager, the search box.

use app::components::pager::Pager;
use app::logic::filters::{parse_query, Filters, FromQuery};
use app::pages::devices::search::SearchBox;
use app::pages::filter_bar::FilterBar;
use ipp::Uuid;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::common::{all, container, mount, one, settle, type_into, wait_for};

// ---- Filters and the URL ----

#[wasm_bindgen_test]
async fn filters_round_trip_through_the_browsers_url() {
    let f = Filters {
        location: Some(Uuid::from_u128(77)),
        metadata: vec![ipp::MetadataFilter::parse("department:Café & bar").unwrap()],
        used: true,
        page: 1,
        size: 50,
        sort: Some("-name".parse().unwrap()),
        q: Some("Till 1 / ö".into()),
        metadata_ci: true,
        platform: Some(ipp::Platform::Terminal),
        created_after: ipp::time::parse("2026-12-01T08:30:00Z"),
    };
    // Through a real URL object: what the browser keeps is what comes back.
    let url = web_sys::Url::new(&format!("http://example.test/devices?{}", f.to_query())).unwrap();
    let (back, ignored) = Filters::from_pairs(parse_query(&url.search()));
    assert!(ignored.is_empty());
    assert_eq!(back, f);
}

#[wasm_bindgen_test]
async fn adding_a_filter_puts_it_in_the_address() {
    let root = container();
    let filters = Memo::new(|_| Filters::default());
    let href = |f: &Filters| format!("/devices?{}", f.to_query());
    let _h = mount(root.clone(), move || {
        view! { <Router><FilterBar filters=filters href=href id="filter-devices" label="Filter devices"/></Router> }
    });
    settle().await;
    type_into(&one(&root, "#filter-key"), "store");
    type_into(&one(&root, "#filter-value"), "104");
    let form: web_sys::HtmlFormElement = root
        .query_selector("form.add-filter")
        .unwrap()
        .unwrap()
        .unchecked_into();
    form.request_submit().unwrap();
    settle().await;
    let location = window().location();
    assert_eq!(location.pathname().unwrap(), "/devices");
    let (now_shown, _) = Filters::from_pairs(parse_query(&location.search().unwrap()));
    assert_eq!(
        now_shown.metadata,
        vec![ipp::MetadataFilter::parse("store:104").unwrap()]
    );

    // A bad filter is explained beside the form and changes nothing.
    type_into(&one(&root, "#filter-key"), "store id");
    type_into(&one(&root, "#filter-value"), "1");
    form.request_submit().unwrap();
    settle().await;
    assert!(one(&root, "#filter-error")
        .text_content()
        .unwrap()
        .contains("remove a space"));
    let (still, _) = Filters::from_pairs(parse_query(&window().location().search().unwrap()));
    assert_eq!(still, now_shown);
}

#[wasm_bindgen_test]
async fn the_pager_counts_rows_and_jumps_to_a_typed_page() {
    let root = container();
    let href = |n: u32, size: u32| format!("/devices?page={}&size={size}", n + 1);
    let _h = mount(root.clone(), move || {
        view! { <Router><Pager page=0 total_pages=201 total=10_012 size=50 href=href noun="count-devices"/></Router> }
    });
    settle().await;
    assert_eq!(
        one(&root, "[data-testid=count]").text_content().unwrap(),
        "1–50 of 10,012 devices"
    );
    let jump = one(&root, "#pager-page");
    assert_eq!(jump.get_attribute("max").as_deref(), Some("201"));
    // Past the last page goes to the last.
    type_into(&jump, "999");
    jump.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(window().location().search().unwrap(), "?page=201&size=50");
}

#[wasm_bindgen_test]
async fn device_filters_show_as_chips_and_any_case_goes_in_the_address() {
    let root = container();
    let (f, _) = Filters::from_pairs(parse_query(
        "platform=IOS&created_after=2026-12-01T00%3A00%3A00Z&metadata=dept%3Acheckout",
    ));
    let filters = Memo::new(move |_| f.clone());
    let href = |f: &Filters| format!("/devices?{}", f.to_query());
    let _h = mount(root.clone(), move || {
        view! { <Router><FilterBar filters=filters href=href id="filter-devices" label="Filter devices" merged=true any_case=Signal::stored(true)/></Router> }
    });
    settle().await;
    let chips: Vec<String> = all(&root, "[data-testid=filter-chip]")
        .iter()
        .map(|c| c.text_content().unwrap())
        .collect();
    assert_eq!(chips.len(), 3, "{chips:?}");
    assert!(chips[0].starts_with("platform iPhone"), "{chips:?}");
    assert!(chips[1].starts_with("added since"), "{chips:?}");
    // Removing the platform keeps the rest.
    let remove = one(&root, "a[aria-label^='Remove filter platform']");
    let (rest, _) = Filters::from_pairs(parse_query(
        remove
            .get_attribute("href")
            .unwrap()
            .trim_start_matches("/devices?"),
    ));
    assert_eq!((rest.platform, rest.metadata.len()), (None, 1));
    assert!(rest.created_after.is_some());

    let any_case = one(&root, "[data-testid=any-case]");
    any_case.click();
    settle().await;
    let (now_shown, _) = Filters::from_pairs(parse_query(&window().location().search().unwrap()));
    assert!(now_shown.metadata_ci);
    assert!(window()
        .location()
        .search()
        .unwrap()
        .contains("metadata_match=ci"));
}

#[wasm_bindgen_test]
async fn the_search_waits_for_a_pause_and_slash_focuses_it() {
    let root = container();
    let filters = Memo::new(|_| Filters::default());
    let href: fn(&Filters) -> String = |f| format!("/devices?{}", f.to_query());
    let _h = mount(root.clone(), move || {
        view! { <Router><SearchBox filters=filters href=href disabled=Signal::stored(false) error=Signal::stored(None::<String>)/></Router> }
    });
    settle().await;
    let before = window().location().search().unwrap();
    let input = one(&root, "#device-search");
    type_into(&input, "Till");
    settle().await;
    assert_eq!(
        window().location().search().unwrap(),
        before,
        "not while typing"
    );
    wait_for("the search in the address", || {
        window().location().search().unwrap() == "?q=Till"
    })
    .await;

    // `/` from the page (not from a field) moves to the search box.
    input.blur().unwrap();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("/");
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    document().body().unwrap().dispatch_event(&ev).unwrap();
    assert!(ev.default_prevented());
    wait_for("focus on the search box", || {
        document()
            .active_element()
            .is_some_and(|e| e.id() == "device-search")
    })
    .await;
}

// ---- A list that waits for the operator's scope ----

#[wasm_bindgen_test]
async fn a_read_that_waits_for_the_scope_runs_once_it_is_known_and_again_on_new_filters() {
    // The code list waits for the scope (the session, or the token's claims) before it
    // asks; when the session came after the screen was built, the list stayed on
    // "Loading codes…" for good: its read pended forever, and a resource does not run
    // again while its read is pending.
    let root = container();
    let known = RwSignal::new(false);
    let wanted = RwSignal::new(1u32);
    let reads = StoredValue::new(Vec::<u32>::new());
    let _h = mount(root.clone(), move || {
        let ready = Memo::new(move |_| known.get());
        let answer = LocalResource::new(move || {
            let n = wanted.get();
            async move {
                if !app::pages::until(ready).await {
                    return std::future::pending().await;
                }
                reads.update_value(|r| r.push(n));
                n
            }
        });
        view! { <p id="answer">{move || answer.get().map(|n| format!("read {n}"))}</p> }
    });
    settle().await;
    assert_eq!(one(&root, "#answer").text_content().unwrap(), "");
    known.set(true);
    wait_for("the read after the scope arrived", || {
        one(&root, "#answer").text_content().unwrap() == "read 1"
    })
    .await;
    wanted.set(2);
    wait_for("a new read for new filters", || {
        one(&root, "#answer").text_content().unwrap() == "read 2"
    })
    .await;
    assert_eq!(reads.get_value(), vec![1, 2]);
}
