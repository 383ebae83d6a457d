//! "Saving will change:" — the lines of what a save will do, before it is done.

use leptos::prelude::*;

use crate::i18n::t;
use crate::logic::diff::Change;

#[component]
pub fn ChangeSummary(#[prop(into)] changes: Signal<Vec<Change>>) -> impl IntoView {
    view! {
        // Always there (a live region must exist before what it announces), taking no
        // room while there is nothing to save.
        <div class="change-summary" class:idle=move || changes.with(Vec::is_empty) data-testid="change-summary" aria-live="polite">
            {move || {
                let changes = changes.get();
                if changes.is_empty() {
                    ().into_any()
                } else {
                    view! {
                        <p><strong>{move || t("device-change-summary")}</strong></p>
                        <ul>{changes.iter().map(|c| {
                            let line = c.message();
                            view! { <li>{move || line.text()}</li> }
                        }).collect_view()}</ul>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}
