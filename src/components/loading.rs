//! The one way a screen says it is loading: a line that says what, over rows that hold
//! the place of what comes (so nothing jumps when it arrives).

use leptos::prelude::*;

#[component]
pub fn Loading(
    /// What is loading, as in "Loading devices…".
    what: &'static str,
) -> impl IntoView {
    view! {
        <div class="loading" role="status" data-testid="loading">
            <p>{format!("Loading {what}…")}</p>
            <div class="skeleton" aria-hidden="true">
                {(0..6).map(|_| view! { <div class="skeleton-row"></div> }).collect_view()}
            </div>
        </div>
    }
}
