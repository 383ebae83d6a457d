//! Above the device list: the search box (in the address as `q`, `/` focuses it), and
//! how fresh the list is ("as of 12:04:31 · Refresh").

use chrono::{DateTime, Utc};
use ipp::fleet::MAX_SEARCH_LEN;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use crate::components::field::{described_by, FieldError};
use crate::components::focus::focus_id;
use crate::components::time::use_dates;
use crate::i18n::{t, t_with};
use crate::logic::filters::Filters;
use crate::logic::fleet::is_old;

/// How long typing pauses before the list is asked: long enough to take a burst of keys
/// (a paste, a fast typist) as one search, short enough that the table follows each key
/// within 100 ms (`make bench-index`: the proxy answers a search of 10,000 devices in a
/// few ms).
const DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(30);

const ID: &str = "device-search";

/// The search box: what is typed goes to the address once typing pauses (editing a
/// search replaces the address instead of adding to the history).
#[component]
pub fn SearchBox(
    filters: Memo<Filters>,
    href: fn(&Filters) -> String,
    /// The index cannot search (the fleet is too large).
    #[prop(into)]
    disabled: Signal<bool>,
    /// The server's word on the search text.
    #[prop(into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let navigate = use_navigate();
    let shown = Memo::new(move |_| filters.with(|f| f.q.clone().unwrap_or_default()));
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let navigate = navigate.clone();
        let wait = set_timeout_with_handle(
            move || {
                let Some(now) = filters.try_get_untracked() else {
                    return;
                };
                let next = now.searching(&typed);
                if next.q != now.q {
                    let replace = now.q.is_some() && next.q.is_some();
                    let options = NavigateOptions {
                        replace,
                        ..Default::default()
                    };
                    navigate(&href(&next), options);
                }
            },
            DEBOUNCE,
        );
        pending.set_value(wait.ok());
    };
    on_cleanup(move || {
        if let Some(h) = pending.try_get_value().flatten() {
            h.clear();
        }
    });
    // `/` anywhere but in a field goes to the search box.
    let key = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "/" && !(ev.ctrl_key() || ev.meta_key() || ev.alt_key()) && !in_a_field(&ev)
        {
            ev.prevent_default();
            focus_id(ID);
        }
    });
    on_cleanup(move || key.remove());
    let has_error = move || error.with(Option::is_some);
    view! {
        <div class="field search" role="search" aria-label=move || t("device-list-title")>
            <label for=ID>{move || t("device-search-label")}</label>
            <input id=ID type="search" autocomplete="off" spellcheck="false" maxlength=MAX_SEARCH_LEN
                placeholder=move || t("device-search-placeholder") aria-keyshortcuts="/"
                prop:value=move || shown.get() on:input=on_input
                disabled=move || disabled.get()
                aria-invalid=move || has_error().then_some("true")
                aria-describedby=move || described_by(ID, true, has_error())/>
            <p class="hint" id=format!("{ID}-hint")>{move || if disabled.get() {
                t("device-search-unavailable")
            } else {
                t("device-search-hint")
            }}</p>
            <FieldError id=ID error=error/>
        </div>
    }
}

/// Whether a key press is typing into a field.
fn in_a_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.is_content_editable()
        })
}

/// What the list knows of its data: when it was read, whether the last refresh failed,
/// whether the fleet is indexed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Freshness {
    pub as_of: DateTime<Utc>,
    pub stale: bool,
    pub indexed: bool,
}

/// "as of 12:04:31 · Refresh" once the data is a few seconds old; that the last refresh
/// failed; that the fleet is too large for the index.
#[component]
pub fn FreshnessLine(
    #[prop(into)] freshness: Signal<Option<Freshness>>,
    /// Asks for a refresh.
    refresh: Callback<()>,
    #[prop(into)] refreshing: Signal<bool>,
    /// Why the last refresh was refused, if it was.
    #[prop(into)]
    refused: Signal<Option<String>>,
) -> impl IntoView {
    let dates = use_dates();
    // Ticks so that "as of" appears once the data has aged.
    let now = RwSignal::new(Utc::now());
    if let Ok(h) = set_interval_with_handle(
        move || now.set(Utc::now()),
        std::time::Duration::from_secs(2),
    ) {
        on_cleanup(move || h.clear());
    }
    // Changes only when the data crosses the line, so the line is not rebuilt each tick.
    let old = Memo::new(move |_| {
        freshness
            .get()
            .is_some_and(|f| f.stale || is_old(f.as_of, now.get()))
    });
    // The line itself is there from the start, empty until the first answer: appearing
    // with it, it would push the table down as the page is read (a layout shift).
    view! {
        {move || freshness.get().map(|f| view! {
            {(!f.indexed).then(|| view! {
                <div class="notice notice-info" role="status" data-testid="not-indexed">
                    {move || t("device-not-indexed")}
                </div>
            })}
            {f.stale.then(|| view! {
                <div class="notice notice-error" role="status" data-testid="stale">
                    {move || t("device-stale")}
                </div>
            })}
        })}
        <p class="freshness" data-testid="freshness">
            {move || freshness.get().filter(|_| old.get()).map(|f| view! {
                <span>{move || t_with("device-as-of", &[("time", dates.time_of_day(f.as_of).into())])}</span>" · "
                <button type="button" class="button-link" on:click=move |_| refresh.run(())
                    disabled=move || refreshing.get()>
                    {move || if refreshing.get() { t("device-refreshing") } else { t("device-refresh") }}
                </button>
            })}
            <span role="status">{move || refused.get()}</span>
        </p>
    }
}
