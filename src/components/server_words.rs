//! What the server recorded in its own words: the reason a change was refused or failed,
//! as the proxy or Kustom gave it. Those words are English (the API's language, and
//! Kustom's own text cannot be translated here): read in English they are shown as they
//! are; read in another language they are folded under a line in that language that
//! says what they are, so that the screen itself stays in one language.

use leptos::prelude::*;

use crate::i18n::{t, use_i18n};

#[component]
pub fn ServerWords(text: String) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let words =
            view! { <span lang="en" translate="no" class="server-words">{text.clone()}</span> };
        if i18n.shows_server_words() {
            words.into_any()
        } else {
            view! {
                <details class="server-words-folded">
                    <summary>{move || t("server-words")}</summary>
                    {words}
                </details>
            }
            .into_any()
        }
    }
}
