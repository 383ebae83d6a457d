//! Components of the enrollment and device screens, mounted in headless Chromium.
#![cfg(target_arch = "wasm32")]

use app::components::change_summary::ChangeSummary;
use app::components::code::{CodeDisplay, Countdown};
use app::components::metadata_editor::{MetadataDraft, MetadataEditor};
use app::components::time::Dates;
use app::logic::diff::{changes, Draft};
use chrono::{DateTime, Utc};
use ipp::fixtures::device;
use ipp::{FieldErrors, Metadata, Uuid};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

#[path = "components/activity.rs"]
mod activity;
#[path = "components/bulk.rs"]
mod bulk;
mod common;
#[path = "components/lists.rs"]
mod lists;

use common::{all, blur, container, mount, one, settle, type_into, wait_for};

wasm_bindgen_test_configure!(run_in_browser);

// ---- The metadata editor ----

#[wasm_bindgen_test]
async fn metadata_editor_adds_checks_and_removes_rows() {
    let root = container();
    let draft = MetadataDraft::new(&Metadata::new());
    let _h = mount(
        root.clone(),
        move || view! { <MetadataEditor draft=draft id="t1"/> },
    );
    settle().await;
    assert!(all(&root, "[data-testid=metadata-row]").is_empty());

    one(&root, ".add-row").click();
    settle().await;
    assert_eq!(all(&root, "[data-testid=metadata-row]").len(), 1);

    // A key with a space: the error shows once the form is submitted, and points at it.
    let key0 = one(&root, "#t1-key-0");
    type_into(&key0, "store id");
    type_into(&one(&root, "#t1-value-0"), "104");
    blur(&key0);
    settle().await;
    assert!(
        root.query_selector("#t1-key-0-error").unwrap().is_none(),
        "not before a submit"
    );
    draft.touch_all();
    settle().await;
    let error = one(&root, "#t1-key-0-error").text_content().unwrap();
    assert!(error.contains("remove a space"), "{error}");
    assert_eq!(key0.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        key0.get_attribute("aria-describedby").as_deref(),
        Some("t1-key-0-error")
    );
    assert_eq!(
        draft.metadata(),
        None,
        "nothing to send while a row is wrong"
    );

    // Fixed; then the same key twice is refused on the second row.
    type_into(&key0, "store");
    one(&root, ".add-row").click();
    settle().await;
    assert_eq!(all(&root, "[data-testid=metadata-row]").len(), 2);
    type_into(&one(&root, "#t1-key-1"), "store");
    type_into(&one(&root, "#t1-value-1"), "7");
    settle().await;
    assert!(root.query_selector("#t1-key-0-error").unwrap().is_none());
    assert!(one(&root, "#t1-key-1-error")
        .text_content()
        .unwrap()
        .contains("already used in row 1"));

    // Removing the duplicate leaves valid metadata.
    all(&root, ".remove-row")[1].click();
    settle().await;
    assert_eq!(all(&root, "[data-testid=metadata-row]").len(), 1);
    let expected: Metadata = [("store".to_owned(), "104".to_owned())]
        .into_iter()
        .collect();
    assert_eq!(draft.metadata(), Some(expected));
}

#[wasm_bindgen_test]
async fn metadata_editor_places_server_errors_on_their_row_and_stops_at_twenty() {
    let root = container();
    let start: Metadata = (0..20).map(|i| (format!("k{i}"), "v".to_owned())).collect();
    let draft = MetadataDraft::new(&start);
    let server = RwSignal::new(FieldErrors::new());
    let _h = mount(
        root.clone(),
        move || view! { <MetadataEditor draft=draft id="t2" server_errors=server/> },
    );
    settle().await;
    assert_eq!(all(&root, "[data-testid=metadata-row]").len(), 20);
    assert!(
        one(&root, ".add-row").has_attribute("disabled"),
        "no 21st row"
    );

    server.set(
        [(
            "metadata.k3".to_owned(),
            "Kustom refused this value.".to_owned(),
        )]
        .into_iter()
        .collect(),
    );
    settle().await;
    // Rows are in key order (k0, k1, k10, …); find each by its key.
    let row_of = |key: &str| {
        all(&root, "[data-testid=metadata-row]")
            .into_iter()
            .find(|r| {
                one(r, "input")
                    .unchecked_ref::<web_sys::HtmlInputElement>()
                    .value()
                    == key
            })
            .unwrap()
    };
    assert!(row_of("k3")
        .text_content()
        .unwrap()
        .contains("Kustom refused this value."));
    assert!(!row_of("k2").text_content().unwrap().contains("refused"));
}

// ---- The code and its countdown ----

#[wasm_bindgen_test]
async fn the_code_is_grouped_for_the_eye_and_spelled_for_the_ear() {
    let root = container();
    let _h = mount(root.clone(), || view! { <CodeDisplay code="ABCD2345"/> });
    settle().await;
    let code = one(&root, "[data-testid=code]");
    assert_eq!(code.get_attribute("data-code").as_deref(), Some("ABCD2345"));
    assert_eq!(
        one(&root, "[aria-hidden=true]").text_content().unwrap(),
        "ABCD 2345"
    );
    assert_eq!(
        one(&root, ".visually-hidden").text_content().unwrap(),
        "Code: A B C D, 2 3 4 5"
    );
}

#[wasm_bindgen_test]
async fn the_countdown_ticks_but_announces_only_in_steps() {
    let root = container();
    let expires: DateTime<Utc> = "2026-11-22T12:00:00Z".parse().unwrap();
    let now = RwSignal::new(expires - chrono::Duration::seconds(125));
    let _h = mount(
        root.clone(),
        move || view! { <Countdown expires_at=expires now=now/> },
    );
    settle().await;
    let visible = || {
        one(&root, "[data-testid=countdown]")
            .text_content()
            .unwrap()
    };
    let spoken = || {
        one(&root, "[data-testid=countdown-announcement]")
            .text_content()
            .unwrap()
    };
    assert_eq!(visible(), "2 min 05 s left");
    assert_eq!(spoken(), "The code expires in 3 minutes.");
    assert_eq!(
        one(&root, "[data-testid=countdown-announcement]")
            .get_attribute("aria-live")
            .as_deref(),
        Some("polite")
    );

    now.set(expires - chrono::Duration::seconds(124));
    settle().await;
    assert_eq!(visible(), "2 min 04 s left");
    assert_eq!(
        spoken(),
        "The code expires in 3 minutes.",
        "the same step: nothing new to announce"
    );

    now.set(expires - chrono::Duration::seconds(60));
    settle().await;
    assert_eq!(spoken(), "The code expires in less than a minute.");
    now.set(expires);
    settle().await;
    assert_eq!(visible(), "Expired");
    assert_eq!(spoken(), "The code has expired.");
}

/// What the browser itself writes for `at` in `locale`, in the console's date style.
fn browser_date(at: DateTime<Utc>, locale: &str) -> String {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into()).unwrap();
    js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into()).unwrap();
    let date = js_sys::Date::new(&(at.timestamp_millis() as f64).into());
    date.to_locale_string(locale, &options).into()
}

#[wasm_bindgen_test]
fn local_times_read_as_the_browser_writes_them() {
    // The shared formatter gives what the browser gives for the same date and style.
    let dates = Dates::default();
    let times: Vec<DateTime<Utc>> = ["2026-11-22T12:00:00Z", "2025-03-01T23:59:00Z"]
        .iter()
        .map(|at| at.parse().unwrap())
        .collect();
    for &t in &times {
        assert_eq!(dates.local(t), browser_date(t, "default"));
    }
    assert_ne!(dates.local(times[0]), dates.local(times[1]));
}

#[wasm_bindgen_test]
fn local_times_follow_the_portals_locale_and_survive_a_bad_one() {
    // Each console has its own: this one starts from the browser's language.
    let dates = Dates::default();
    let t: DateTime<Utc> = "2026-11-22T12:00:00Z".parse().unwrap();
    let (browser, german) = (browser_date(t, "default"), browser_date(t, "de-DE"));
    assert_ne!(browser, german);

    dates.set_locale(Some("de-DE"));
    assert_eq!(dates.local(t), german);
    // Another console in the same page is not affected.
    assert_eq!(Dates::default().local(t), browser);
    // Not a language tag: Intl refuses it; the browser's language stays.
    dates.set_locale(Some("1234"));
    assert_eq!(dates.local(t), browser);
    dates.set_locale(None);
    assert_eq!(dates.local(t), browser);
}

#[wasm_bindgen_test]
fn the_language_chain_is_person_then_host_then_token_then_browser() {
    use app::i18n::{Catalogs, I18n, Lang, Source};
    let owner = Owner::new();
    owner.set();
    let i18n = I18n::provide(
        Lang::En,
        Source::Browser,
        None,
        std::rc::Rc::new(Catalogs::new(Default::default(), Default::default(), false)),
    );
    assert_eq!(i18n.date_tag(), "en-GB");
    i18n.offer("en-US", Source::Token);
    assert_eq!(i18n.date_tag(), "en-US");
    // The host outranks the token; the token, arriving later, changes nothing.
    i18n.offer("en-IE", Source::Host);
    i18n.offer("en-AU", Source::Token);
    assert_eq!(i18n.date_tag(), "en-IE");
    // A language the console does not have changes nothing either.
    i18n.offer("de-DE", Source::Host);
    assert_eq!(i18n.date_tag(), "en-IE");
}

#[wasm_bindgen_test]
async fn a_relative_time_carries_its_absolute_time() {
    let root = container();
    let at: DateTime<Utc> = "2025-03-01T23:59:00Z".parse().unwrap();
    // Outside a console (no languages provided): times in the browser's own language.
    let _h = leptos::mount::mount_to(
        root.clone(),
        move || view! { <app::components::time::RelativeTime at=at/> },
    );
    settle().await;
    let time = one(&root, "time");
    // Filled in after the next paint.
    wait_for("the absolute time", || {
        time.get_attribute("data-absolute")
            .is_some_and(|t| !t.is_empty())
    })
    .await;
    let absolute = Dates::default().local(at);
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2025-03-01T23:59:00Z")
    );
    // Shown on hover by the style sheet (one tooltip: no `title` as well), and no tab stop.
    assert_eq!(time.get_attribute("data-absolute"), Some(absolute.clone()));
    assert_eq!(time.get_attribute("title"), None);
    assert_eq!(time.get_attribute("tabindex"), None);
    assert!(
        time.text_content()
            .unwrap()
            .ends_with(&format!(" ({absolute})")),
        "read out after the relative time: {:?}",
        time.text_content()
    );
}

// ---- What a save will change ----

#[wasm_bindgen_test]
async fn the_change_summary_lists_exactly_what_will_change() {
    let root = container();
    let d = device();
    let draft = RwSignal::new(Draft::of(&d));
    let names = |l: Option<Uuid>| {
        Some(if l.is_some_and(|l| l.to_string().starts_with("660e")) {
            "Malmö Centrum".to_owned()
        } else {
            "Göteborg Nordstan".to_owned()
        })
    };
    let current = d.clone();
    let _h = mount(root.clone(), move || {
        let current = current.clone();
        view! { <ChangeSummary changes=Signal::derive(move || changes(&current, &draft.get(), names))/> }
    });
    settle().await;
    assert_eq!(
        one(&root, "[data-testid=change-summary]")
            .text_content()
            .unwrap(),
        "",
        "nothing to say before an edit"
    );

    draft.update(|dr| {
        dr.name = "Till 3".into();
        dr.metadata.insert("till".into(), "3".into());
        dr.metadata.insert("dept".into(), "Sales".into());
    });
    settle().await;
    let items = || -> Vec<String> {
        all(&root, "[data-testid=change-summary] li")
            .iter()
            .map(|li| li.text_content().unwrap())
            .collect()
    };
    assert_eq!(
        items(),
        [
            "Name: Till 1 → Till 3",
            "Metadata dept: added Sales",
            "Metadata till: 1 → 3"
        ]
    );

    draft.update(|dr| dr.location_id = Some(Uuid::from_u128(5)));
    settle().await;
    let items = items();
    assert!(
        items.contains(&"Location: Malmö Centrum → Göteborg Nordstan".to_owned()),
        "{items:?}"
    );
}
