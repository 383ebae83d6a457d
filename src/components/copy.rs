//! Copying text to the clipboard: an identifier's small "Copy" button, and the call the
//! pairing card's own button makes.

use std::time::Duration;

use leptos::prelude::*;

/// Puts `text` on the clipboard; `false` where the browser does not allow it.
pub async fn to_clipboard(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// A "Copy" button for an identifier; says "Copied" (or how to copy by hand) for a
/// moment.
#[component]
pub fn CopyButton(text: String, #[prop(into)] label: String) -> impl IntoView {
    let said = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        let text = text.clone();
        leptos::task::spawn_local(async move {
            said.set(Some(if to_clipboard(&text).await {
                "Copied"
            } else {
                "Select it and press Ctrl+C"
            }));
            set_timeout(move || said.set(None), Duration::from_secs(3));
        });
    };
    view! {
        <button type="button" class="button-link copy" aria-label=label on:click=copy>"Copy"</button>
        <span role="status" class="copied">{move || said.get()}</span>
    }
}
