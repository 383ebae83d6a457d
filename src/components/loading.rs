//! The one way a screen says it is loading: a line that says what, over rows that hold
//! the place of what comes (so nothing jumps when it arrives).

use leptos::prelude::*;

#[component]
pub fn Loading(
    /// The catalog's message that says what is loading (`loading-code`: "Loading the
    /// code…").
    key: &'static str,
) -> impl IntoView {
    view! {
        <div class="loading" role="status" data-testid="loading">
            <p>{move || crate::i18n::t(key)}</p>
            <div class="skeleton" aria-hidden="true">
                {(0..6).map(|_| view! { <div class="skeleton-row"></div> }).collect_view()}
            </div>
        </div>
    }
}
