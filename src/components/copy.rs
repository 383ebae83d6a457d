//! Copying text to the clipboard: an identifier's small "Copy" button, and the call the
//! pairing card's own button makes.

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::t;

/// Puts `text` on the clipboard; `false` where the browser does not allow it.
pub async fn to_clipboard(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// A "Copy" button for an identifier; says "Copied" (or how to copy by hand) for a
/// moment. `label`: its accessible name ("Copy the device id").
#[component]
pub fn CopyButton(text: String, #[prop(into)] label: Signal<String>) -> impl IntoView {
    // Whether it was copied, while that is said.
    let said = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = text.clone();
        leptos::task::spawn_local(async move {
            said.set(Some(to_clipboard(&text).await));
            set_timeout(move || said.set(None), Duration::from_secs(3));
        });
    };
    let said_text = move || {
        said.get().map(|copied| {
            if copied {
                t("copy-done")
            } else {
                t("copy-by-hand")
            }
        })
    };
    view! {
        <button type="button" class="button-link copy" aria-label=label on:click=copy>{move || t("copy")}</button>
        <span role="status" class="copied">{said_text}</span>
    }
}
