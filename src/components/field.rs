//! Accessible form fields: a label tied to its input, a hint, and an error beside it
//! that the input points to (`aria-describedby`, `aria-invalid`).

use leptos::prelude::*;

/// The ids an input refers to: its hint (if any) and its error (when shown).
pub fn described_by(id: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{id}-hint"));
    }
    if has_error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The error of a field, or nothing; its id is `<id>-error`.
#[component]
pub fn FieldError(
    #[prop(into)] id: String,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    move || {
        error.get().map(|e| {
            view! { <p class="field-error" id=format!("{id}-error")>{e}</p> }
        })
    }
}

/// A text input with its label, hint and error.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    #[prop(into, optional)] hint: Option<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] required: bool,
    #[prop(into, optional)] autocomplete: Option<String>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let described = {
        let id = id.clone();
        move || described_by(&id, has_hint, error.with(Option::is_some))
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}{required.then_some(" (required)")}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            <input
                type="text"
                id=id.clone()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described
                aria-required=required.then_some("true")
                autocomplete=autocomplete.unwrap_or_else(|| "off".into())
            />
            <FieldError id=id.clone() error=error/>
        </div>
    }
}
