//! Errors shown in place: what went wrong, the reference to quote, and a retry where
//! trying again may help. Nothing the user typed is touched.

use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::t;

#[component]
pub fn ErrorNotice(
    error: ApiError,
    #[prop(optional, into)] retry: Option<Callback<()>>,
) -> impl IntoView {
    let retry = retry.filter(|_| error.is_retryable());
    let reference = error.request_id().map(str::to_owned);
    // A standalone session that ended mid-edit: sign in again beside this page, which
    // keeps what was typed; then the same button again.
    let sign_in_again = (matches!(error, ApiError::Unauthorized(_))
        && crate::config::use_sign_in().is_some())
    .then(|| {
        view! {
            <p><a class="button button-small" href=crate::pages::sign_in::sign_in_href("/") target="_blank" rel="external noopener" data-testid="sign-in-again">{move || t("sign-in-again")}</a>
                " "{move || t("sign-in-again-hint")}</p>
        }
    });
    view! {
        <div class="notice notice-error" role="alert">
            <p>{error.message()}</p>
            {sign_in_again}
            {reference.map(|r| view! { <p class="reference">{move || t("reference")}" " <code translate="no">{r}</code></p> })}
            {retry.map(|r| view! {
                <p><button type="button" class="button button-small" on:click=move |_| r.run(())>{move || t("try-again")}</button></p>
            })}
        </div>
    }
}

/// Says which parts of the address the list could not read, when there are any.
#[component]
pub fn IgnoredNotice(ignored: Memo<Vec<String>>) -> impl IntoView {
    let dismissed = RwSignal::new(false);
    move || {
        ignored.with(|i| {
            (!i.is_empty() && !dismissed.get()).then(|| view! {
                <div class="notice notice-info" role="status" data-testid="ignored">
                    <p>{move || t("notice-ignored")}" "
                        <button type="button" class="button-link" on:click=move |_| dismissed.set(true)>{move || t("notice-dismiss")}</button></p>
                    <details><summary>{move || t("notice-ignored-which")}</summary>
                        <ul>{i.iter().map(|why| view! { <li>{why.clone()}</li> }).collect_view()}</ul>
                    </details>
                </div>
            })
        })
    }
}
