//! Errors shown in place: what went wrong, the reference to quote, and a retry where
//! trying again may help. Nothing the user typed is touched.

use leptos::prelude::*;

use crate::api::ApiError;

#[component]
pub fn ErrorNotice(
    error: ApiError,
    #[prop(optional, into)] retry: Option<Callback<()>>,
) -> impl IntoView {
    let retry = retry.filter(|_| error.is_retryable());
    let reference = error.request_id().map(str::to_owned);
    view! {
        <div class="notice notice-error" role="alert">
            <p>{error.message()}</p>
            {reference.map(|r| view! { <p class="reference">"Reference: " <code>{r}</code></p> })}
            {retry.map(|r| view! {
                <p><button type="button" class="button button-small" on:click=move |_| r.run(())>"Try again"</button></p>
            })}
        </div>
    }
}
