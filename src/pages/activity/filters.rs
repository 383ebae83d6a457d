//! The activity view's filters: device, code, operator (typed, applied with Enter or
//! "Apply"), action, location and the days from and to (applied when chosen); every
//! choice is a new address.

use ipp::activity::ACTIONS;
use leptos::html::Input;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::field::{described_by, FieldError};
use crate::components::location_picker::{Empty, LocationPicker};
use crate::i18n::{t, Msg};
use crate::locations::use_locations;
use crate::logic::activity::wording::action_label;
use crate::logic::activity::{day_text, read_day, read_operator, ActivityFilters};
use crate::routes::Screen;

/// An id as typed: blank is none; one that is not an id is `wrong`, with an example.
fn read_id(typed: &str, wrong: Msg) -> Result<Option<ipp::Uuid>, Msg> {
    match crate::logic::optional_text(typed) {
        None => Ok(None),
        Some(t) => ipp::request::parse_uuid(&t)
            .map(Some)
            .map_err(|_| wrong.with("example", "497f6eca-6276-4993-bfeb-53cbbbba6f08")),
    }
}

/// A field's error in the language shown.
fn worded(error: RwSignal<Option<Msg>>) -> Signal<Option<String>> {
    Signal::derive(move || error.with(|e| e.as_ref().map(Msg::text)))
}

fn id_text(id: Option<ipp::Uuid>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

#[component]
pub fn ActivityFilterBar(
    filters: Memo<ActivityFilters>,
    href: impl Fn(&ActivityFilters) -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let locations = use_locations();
    let navigate = use_navigate();
    let go = Callback::new(move |next: ActivityFilters| navigate(&href(&next), Default::default()));
    let (device, code, operator) = (
        NodeRef::<Input>::new(),
        NodeRef::<Input>::new(),
        NodeRef::<Input>::new(),
    );
    let device_error = RwSignal::new(None::<Msg>);
    let code_error = RwSignal::new(None::<Msg>);
    let operator_error = RwSignal::new(None::<Msg>);
    let until_error = RwSignal::new(None::<Msg>);
    // The typed fields, read when applied; each wrong one says why beside it.
    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = |n: NodeRef<Input>| n.get_untracked().map(|i| i.value()).unwrap_or_default();
        let d = read_id(&typed(device), Msg::new("activity-device-id-invalid"));
        let c = read_id(&typed(code), Msg::new("activity-code-id-invalid"));
        let o = read_operator(&typed(operator));
        device_error.set(d.clone().err());
        code_error.set(c.clone().err());
        operator_error.set(o.clone().err());
        if let (Ok(d), Ok(c), Ok(o)) = (d, c, o) {
            go.run(filters.get_untracked().changed(|f| {
                (f.device, f.code, f.operator) = (d, c, o);
            }));
        }
    };
    let day = move |until: bool| {
        move |ev: leptos::ev::Event| {
            let chosen = read_day(&event_target_value(&ev));
            let f = filters.get_untracked();
            let (since, to) = if until {
                (f.since, chosen)
            } else {
                (chosen, f.until)
            };
            if let (Some(s), Some(u)) = (since, to) {
                if u < s {
                    until_error.set(Some(Msg::new("activity-until-before-since")));
                    return;
                }
            }
            until_error.set(None);
            go.run(f.changed(|f| (f.since, f.until) = (since, to)));
        }
    };
    let choose_action = move |ev: leptos::ev::Event| {
        let chosen = Some(event_target_value(&ev)).filter(|a| ACTIONS.contains(&a.as_str()));
        go.run(filters.get_untracked().changed(|f| f.action = chosen));
    };
    let text = move |id: &'static str,
                     label: fn() -> String,
                     node: NodeRef<Input>,
                     error: RwSignal<Option<Msg>>,
                     value: fn(&ActivityFilters) -> String| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="text" node_ref=node autocomplete="off" spellcheck="false"
                    prop:value=move || filters.with(value)
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=move || described_by(id, false, error.with(Option::is_some))/>
                <FieldError id=id error=worded(error)/>
            </div>
        }
    };
    let date = move |id: &'static str, label: fn() -> String, until: bool| {
        let error = until.then_some(until_error);
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="date"
                    prop:value=move || filters.with(|f| if until { f.until } else { f.since }).map(day_text).unwrap_or_default()
                    on:change=day(until)
                    aria-invalid=move || error.is_some_and(|e| e.with(Option::is_some)).then_some("true")
                    aria-describedby=move || described_by(id, false, error.is_some_and(|e| e.with(Option::is_some)))/>
                {error.map(|e| view! { <FieldError id=id error=worded(e)/> })}
            </div>
        }
    };
    view! {
        <form class="filter-bar activity-filters" role="search" aria-label=move || t("activity-filter-label") on:submit=apply novalidate>
            {text("activity-device", || t("activity-filter-device"), device, device_error, |f| id_text(f.device))}
            {text("activity-code", || t("activity-filter-code"), code, code_error, |f| id_text(f.code))}
            {text("activity-operator", || t("activity-filter-operator"), operator, operator_error, |f| f.operator.clone().unwrap_or_default())}
            <div class="field">
                <label for="activity-action">{move || t("activity-filter-action")}</label>
                <select id="activity-action" on:change=choose_action>
                    <option value="" selected=move || filters.with(|f| f.action.is_none())>{move || t("activity-filter-all-actions")}</option>
                    {ACTIONS.into_iter().map(|a| view! {
                        <option value=a selected=move || filters.with(|f| f.action.as_deref() == Some(a))>{move || action_label(a).text()}</option>
                    }).collect_view()}
                </select>
            </div>
            <LocationPicker id="activity-location" label=Signal::derive(move || t("filter-location"))
                locations=Signal::derive(move || locations.list())
                selected=Signal::derive(move || filters.get().location)
                on_change=Callback::new(move |l| go.run(filters.get_untracked().changed(|f| f.location = l)))
                empty=Empty::All/>
            {date("activity-since", || t("activity-filter-from"), false)}
            {date("activity-until", || t("activity-filter-to"), true)}
            <div class="actions">
                <button type="submit" class="button">{move || t("activity-filter-apply")}</button>
                {move || filters.with(ActivityFilters::is_filtered).then(|| view! {
                    <a href=Screen::Activity.href()>{move || t("list-clear-filters")}</a>
                })}
            </div>
        </form>
    }
}
