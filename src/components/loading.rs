//! The one way a screen says it is loading: a line that says what, over rows that hold
//! the place of what comes (so nothing jumps when it arrives).

use leptos::prelude::*;

#[component]
pub fn Loading(
    /// What is loading, as in "Loading devices…".
    #[prop(optional)]
    what: &'static str,
    /// Or the catalog's message that says so (`loading-code`).
    #[prop(optional)]
    key: Option<&'static str>,
) -> impl IntoView {
    let text = move || match key {
        Some(k) => crate::i18n::t(k),
        None => format!("Loading {what}…"),
    };
    view! {
        <div class="loading" role="status" data-testid="loading">
            <p>{text}</p>
            <div class="skeleton" aria-hidden="true">
                {(0..6).map(|_| view! { <div class="skeleton-row"></div> }).collect_view()}
            </div>
        </div>
    }
}
