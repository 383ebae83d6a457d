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
