//! Choosing a location by its name, among the operator's own (the proxy lists only those).

use ipp::{Location, Uuid};
use leptos::prelude::*;

use super::field::{described_by, FieldError};

/// How an empty choice is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Empty {
    /// A location must be chosen: the empty entry asks for one.
    Required,
    /// "No location" is a valid choice.
    NoLocation,
    /// For filters: "All locations".
    All,
}

/// A `<select>` of the locations showing `selected`; a choice goes to `on_change`
/// (the picker keeps no state of its own).
#[component]
pub fn LocationPicker(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] locations: Signal<Vec<Location>>,
    #[prop(into)] selected: Signal<Option<Uuid>>,
    #[prop(into)] on_change: Callback<Option<Uuid>>,
    #[prop(into)] empty: Signal<Empty>,
    #[prop(into, optional)] error: Signal<Option<String>>,
    #[prop(into, optional)] hint: Option<Signal<String>>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let described = {
        let id = id.clone();
        move || described_by(&id, has_hint, error.with(Option::is_some))
    };
    let empty_label = move || match empty.get() {
        Empty::Required => "location-choose",
        Empty::NoLocation => "location-none",
        Empty::All => "location-all",
    };
    let required = move || empty.get() == Empty::Required;
    view! {
        <div class="field">
            <label for=id.clone()>{label}{move || required().then(|| format!(" {}", crate::i18n::t("field-required")))}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            <select
                id=id.clone()
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described
                aria-required=move || required().then_some("true")
                on:change=move |ev| on_change.run(ipp::request::parse_uuid(&event_target_value(&ev)).ok())
            >
                <option value="" selected=move || selected.get().is_none()>{move || crate::i18n::t(empty_label())}</option>
                {move || {
                    locations
                        .get()
                        .into_iter()
                        .map(|l| {
                            let id = l.id;
                            view! { <option value=id.to_string() translate="no" selected=move || selected.get() == Some(id)>{l.display_name()}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <FieldError id=id.clone() error=error/>
        </div>
    }
}
