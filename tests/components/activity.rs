//! The activity view's parts: a record in plain words, and its filters in the address.

use app::logic::activity::ActivityFilters;
use app::logic::filters::{parse_query, FromQuery};
use app::pages::activity::table::ActivityTable;
use app::pages::activity::ActivityFilterBar;
use ipp::activity::{Activity, ActivityOutcome, Actor, FieldChange, Target};
use ipp::Uuid;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::common::{all, container, mount, one, settle, text, type_into};

fn renamed(outcome: ActivityOutcome, reason: Option<&str>) -> Activity {
    Activity {
        id: Uuid::from_u128(1),
        at: chrono::Utc::now(),
        actor: Actor {
            sub: "op-7".into(),
            name: None,
        },
        action: "device.update".into(),
        target: Some(Target {
            kind: "device".into(),
            id: Uuid::from_u128(2).to_string(),
            name: Some("Till 4".into()),
        }),
        location_before: None,
        location_after: None,
        changes: vec![FieldChange {
            field: "name".into(),
            before: Some("Till 4".into()),
            after: Some("Till 5".into()),
        }],
        outcome,
        reason: reason.map(str::to_owned),
        request_id: "r1".into(),
        job_id: None,
    }
}

#[wasm_bindgen_test]
async fn a_record_says_what_happened_who_and_how_it_ended() {
    let root = container();
    let records = vec![
        renamed(ActivityOutcome::Applied, None),
        renamed(ActivityOutcome::Refused, Some("Not one of your locations.")),
    ];
    let _h = mount(root.clone(), move || {
        view! { <ActivityTable records=records.clone() caption="Activity"/> }
    });
    settle().await;
    let rows = all(&root, "[data-testid=activity-row]");
    assert_eq!(rows.len(), 2);
    assert_eq!(
        text(&rows[0], "[data-testid=activity-what]"),
        "Renamed Till 4 to Till 5"
    );
    assert!(rows[0]
        .query_selector("[data-testid=activity-outcome]")
        .unwrap()
        .is_none());
    assert_eq!(
        text(&rows[1], "[data-testid=activity-outcome]"),
        "Refused: Not one of your locations."
    );
    // The reason is the server's, in English whatever the language shown: said so.
    assert_eq!(
        text(&rows[1], "[data-testid=activity-outcome] [lang=en]"),
        "Not one of your locations."
    );
    // Who: the operator's id when there is no name; headers name their columns.
    let by = rows[0].children().item(1).unwrap();
    assert_eq!(by.text_content().unwrap(), "op-7");
    assert_eq!(by.get_attribute("translate").as_deref(), Some("no"));
    let headers: Vec<_> = all(&root, "th[scope=col]")
        .iter()
        .map(|h| h.text_content().unwrap())
        .collect();
    assert_eq!(headers, ["What happened", "By", "When"]);
}

#[wasm_bindgen_test]
async fn activity_filters_go_in_the_address_and_wrong_ids_are_explained() {
    let root = container();
    let filters = Memo::new(|_| ActivityFilters::default());
    let href = |f: &ActivityFilters| format!("/activity?{}", f.to_query());
    let _h = mount(root.clone(), move || {
        view! { <Router><ActivityFilterBar filters=filters href=href/></Router> }
    });
    settle().await;
    let shown = || ActivityFilters::from_pairs(parse_query(&window().location().search().unwrap()));
    let form: web_sys::HtmlFormElement = one(&root, "form.activity-filters").unchecked_into();

    // An id that is not one: said beside the field, and the address stays.
    let before = window().location().search().unwrap();
    type_into(&one(&root, "#activity-device"), "till 4");
    form.request_submit().unwrap();
    settle().await;
    assert!(text(&root, "#activity-device-error").contains("device id"));
    assert_eq!(
        one(&root, "#activity-device")
            .get_attribute("aria-describedby")
            .as_deref(),
        Some("activity-device-error")
    );
    assert_eq!(window().location().search().unwrap(), before);

    let id = Uuid::from_u128(42);
    type_into(&one(&root, "#activity-device"), &id.to_string());
    type_into(&one(&root, "#activity-operator"), " auth0|ada ");
    form.request_submit().unwrap();
    settle().await;
    let (f, ignored) = shown();
    assert!(ignored.is_empty(), "{ignored:?}");
    assert_eq!(
        (f.device, f.operator.as_deref()),
        (Some(id), Some("auth0|ada"))
    );
    assert!(root
        .query_selector("#activity-device-error")
        .unwrap()
        .is_none());

    // The action, chosen among plain words.
    let select: web_sys::HtmlSelectElement = one(&root, "#activity-action").unchecked_into();
    let labels: Vec<_> = (0..select.length())
        .map(|i| select.item(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(labels[0], "All actions");
    assert!(
        labels.contains(&"Device deregistered".to_owned()),
        "{labels:?}"
    );
    select.set_value("device.deregister");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(shown().0.action.as_deref(), Some("device.deregister"));

    // A day, in the address as the date input gives it.
    let since = one(&root, "#activity-since");
    type_into(&since, "2026-12-01");
    since
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert!(window()
        .location()
        .search()
        .unwrap()
        .contains("since=2026-12-01"));
}
