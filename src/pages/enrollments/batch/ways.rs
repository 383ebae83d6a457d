//! The two ways to a batch: "N codes for this location" (numbered by a metadata key,
//! with a lifetime of the new-code form's presets), or a sheet uploaded or pasted.

use ipp::batch::read_csv;
use ipp::Uuid;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::Prepared;
use crate::components::field::FieldError;
use crate::components::location_picker::{Empty, LocationPicker};
use crate::i18n::{batch_fault, t};
use crate::locations::use_locations;
use crate::logic::batch::sheet_for;
use crate::logic::expiry;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Way {
    Count,
    Sheet,
}

#[component]
pub fn Ways(prepared: Prepared) -> impl IntoView {
    let way = RwSignal::new(Way::Count);
    let choice = move |w: Way, key: &'static str, testid: &'static str| {
        view! {
            <label class="choice">
                <input type="radio" name="rollout-way" data-testid=testid
                    prop:checked=move || way.get() == w on:change=move |_| way.set(w)/>
                {move || t(key)}
            </label>
        }
    };
    view! {
        <fieldset class="field rollout-ways">
            <legend>{move || t("rollout-way")}</legend>
            <div class="choices">
                {choice(Way::Count, "rollout-way-count", "way-count")}
                {choice(Way::Sheet, "rollout-way-sheet", "way-sheet")}
            </div>
        </fieldset>
        {move || match way.get() {
            Way::Count => view! { <CountForm prepared=prepared/> }.into_any(),
            Way::Sheet => view! { <SheetForm prepared=prepared/> }.into_any(),
        }}
    }
}

/// "N codes for this location".
#[component]
fn CountForm(prepared: Prepared) -> impl IntoView {
    let locations = use_locations();
    let chosen = RwSignal::new(None::<Uuid>);
    let location = Memo::new(move |_| {
        chosen.get().or_else(|| match locations.list().as_slice() {
            [only] => Some(only.id),
            _ => None,
        })
    });
    let how_many = RwSignal::new("10".to_owned());
    let key = RwSignal::new("till".to_owned());
    let first = RwSignal::new("1".to_owned());
    let lifetime = RwSignal::new(expiry::DEFAULT);
    let error = RwSignal::new(None::<String>);
    let location_error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let list = locations.list();
        let Some(store) = location
            .get_untracked()
            .and_then(|id| list.iter().find(|l| l.id == id))
        else {
            location_error.set(Some(t("code-new-location-required")));
            return;
        };
        location_error.set(None);
        let n = how_many
            .get_untracked()
            .trim()
            .parse::<usize>()
            .unwrap_or(0);
        let Ok(first) = first.get_untracked().trim().parse::<u32>() else {
            error.set(Some(t("rollout-first-number")));
            return;
        };
        match sheet_for(
            store,
            n,
            &key.get_untracked(),
            first,
            lifetime.get_untracked(),
            &list,
        ) {
            Ok(sheet) => {
                error.set(None);
                prepared.show(sheet);
            }
            Err(fault) => error.set(Some(batch_fault(&fault).text())),
        }
    };
    let text = move |id: &'static str,
                     label: &'static str,
                     value: RwSignal<String>,
                     numeric: bool| {
        view! {
            <div class="field">
                <label for=id>{move || t(label)}</label>
                <input id=id type="text" inputmode=numeric.then_some("numeric") size="8"
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            </div>
        }
    };
    let presets = expiry::PRESETS
        .iter()
        .map(|ms| {
            let (ms, label) = (*ms, expiry::label(*ms));
            view! {
                <label class="choice">
                    <input type="radio" name="rollout-lifetime"
                        prop:checked=move || lifetime.get() == ms on:change=move |_| lifetime.set(ms)/>
                    {move || label.text()}
                </label>
            }
        })
        .collect_view();
    view! {
        <form class="form" novalidate on:submit=submit data-testid="rollout-count">
            <LocationPicker id="rollout-location" label=Signal::derive(move || t("code-new-location"))
                locations=Signal::derive(move || locations.list())
                selected=location
                on_change=Callback::new(move |l| chosen.set(l))
                empty=Signal::derive(|| Empty::Required)
                error=location_error/>
            {text("rollout-n", "rollout-how-many", how_many, true)}
            {text("rollout-key", "rollout-label-key", key, false)}
            {text("rollout-first", "rollout-first", first, true)}
            <fieldset class="field">
                <legend>{move || t("code-new-valid-for")}</legend>
                <div class="choices">{presets}</div>
            </fieldset>
            <FieldError id="rollout-count" error=Signal::derive(move || error.get())/>
            <div class="actions">
                <button type="submit" class="button" data-testid="rollout-preview-count">{move || t("rollout-preview")}</button>
            </div>
        </form>
    }
}

/// A sheet uploaded (a file) or pasted.
#[component]
fn SheetForm(prepared: Prepared) -> impl IntoView {
    let locations = use_locations();
    let text = RwSignal::new(String::new());
    let check = move || prepared.show(read_csv(&text.get_untracked(), &locations.list()));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        check();
    };
    // A chosen file is read, shown in the box (to fix there too) and checked at once.
    let on_file = move |ev: leptos::ev::Event| {
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        let Some(file) = file else { return };
        leptos::task::spawn_local(async move {
            let read = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            if let Some(content) = read.ok().and_then(|v| v.as_string()) {
                text.set(content);
                check();
            }
        });
    };
    view! {
        <form class="form" novalidate on:submit=submit data-testid="rollout-sheet">
            <p class="hint" id="rollout-sheet-hint">{move || t("rollout-sheet-hint")}</p>
            <div class="field">
                <label for="rollout-file">{move || t("rollout-file")}</label>
                <input id="rollout-file" type="file" accept=".csv,.txt,text/csv,text/plain" on:change=on_file data-testid="rollout-file"/>
            </div>
            <div class="field">
                <label for="rollout-paste">{move || t("rollout-paste")}</label>
                <textarea id="rollout-paste" rows="8" spellcheck="false" translate="no" aria-describedby="rollout-sheet-hint"
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <div class="actions">
                <button type="submit" class="button" data-testid="rollout-check">{move || t("rollout-check")}</button>
            </div>
        </form>
    }
}
