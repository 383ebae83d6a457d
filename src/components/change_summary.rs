//! "Saving will change:" — the lines of what a save will do, before it is done.

use leptos::prelude::*;

use crate::logic::diff::Change;

#[component]
pub fn ChangeSummary(#[prop(into)] changes: Signal<Vec<Change>>) -> impl IntoView {
    view! {
        <div class="change-summary" data-testid="change-summary" aria-live="polite">
            {move || {
                let changes = changes.get();
                if changes.is_empty() {
                    view! { <p class="hint">"No changes yet."</p> }.into_any()
                } else {
                    view! {
                        <p><strong>"Saving will change:"</strong></p>
                        <ul>{changes.iter().map(|c| view! { <li>{c.sentence()}</li> }).collect_view()}</ul>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}
