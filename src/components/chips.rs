//! Metadata as chips ("store 104", the key set apart), wherever metadata is shown.

use ipp::Metadata;
use leptos::prelude::*;

#[component]
pub fn MetadataChips(metadata: Metadata) -> impl IntoView {
    view! {
        // Data, not words of the console: never translated.
        <ul class="chips" translate="no">
            {metadata.into_iter().map(|(k, v)| view! {
                <li class="chip"><span class="chip-key">{k}</span>" "{v}</li>
            }).collect_view()}
        </ul>
    }
}
