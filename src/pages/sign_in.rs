//! `/sign-in`: standalone sign-in with the merchant's identity provider (the proxy does
//! the OpenID Connect part at `/auth/…`). Says why the last attempt failed, when it did,
//! and sends the user back to the page they asked for.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::config::use_sign_in;
use crate::i18n::{t, t_with};

/// What the sign-in page says for the code the proxy sent the browser back with
/// (reactive: in the language shown).
pub fn explain(code: &str, help: &str) -> String {
    let key = match code {
        "state" => "sign-in-error-state",
        "provider_refused" => "sign-in-error-provider-refused",
        "provider_unavailable" => "sign-in-error-provider-unavailable",
        "token" => "sign-in-error-token",
        "no_role" => "sign-in-error-no-role",
        "no_locations" => "sign-in-error-no-locations",
        "no_merchant" => "sign-in-error-no-merchant",
        "busy" => "sign-in-error-busy",
        "unavailable" => "sign-in-error-unavailable",
        _ => "sign-in-error-other",
    };
    t_with(key, &[("help", help.into())])
}

/// The address that starts a sign-in and comes back to `return_to` (the proxy's, not a
/// screen: links to it are `rel="external"`, so the router lets the browser go there).
pub fn sign_in_href(return_to: &str) -> String {
    let to: String = form_urlencoded::byte_serialize(return_to.as_bytes()).collect();
    format!("/auth/sign-in?return_to={to}")
}

#[component]
pub fn SignInPage() -> impl IntoView {
    crate::pages::use_title(|| t("sign-in-title"));
    let query = use_query_map();
    let config = use_sign_in();
    let Some(config) = config else {
        return view! {
            <main id="main" class="boot boot-problem" role="alert">
                <h1>{move || t("sign-in-portal-heading")}</h1>
                <p>{move || t("sign-in-portal-body")}</p>
            </main>
        }
        .into_any();
    };
    let help = config.help.clone();
    let problem = move || {
        query
            .with(|q| q.get("error"))
            .map(|code| explain(&code, &help))
    };
    let signed_out = move || query.with(|q| q.get("signed_out")).is_some();
    let href = move || {
        sign_in_href(
            &query
                .with(|q| q.get("return_to"))
                .unwrap_or_else(|| "/".into()),
        )
    };
    view! {
        <main id="main" class="boot sign-in" data-testid="sign-in">
            <h1>{move || t("sign-in-heading")}</h1>
            {move || signed_out().then(|| view! { <p class="notice notice-success" role="status">{move || t("signed-out")}</p> })}
            {move || problem().map(|p| view! { <div class="notice notice-error" role="alert" data-testid="sign-in-problem"><p>{p}</p></div> })}
            <p>{move || t("sign-in-intro")}</p>
            <p><a class="button button-primary" href=href rel="external" data-testid="sign-in-button">{move || t_with("sign-in-with", &[("provider", config.provider.clone().into())])}</a></p>
        </main>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_says_what_to_do() {
        for code in [
            "state",
            "provider_refused",
            "provider_unavailable",
            "token",
            "no_role",
            "no_locations",
            "no_merchant",
            "busy",
            "unavailable",
            "new",
        ] {
            let text = explain(code, "the IT desk");
            assert!(text.ends_with('.'), "{code}: {text}");
        }
        assert!(explain("no_role", "the IT desk").contains("Ask the IT desk"));
        assert_eq!(
            sign_in_href("/devices?location=a b"),
            "/auth/sign-in?return_to=%2Fdevices%3Flocation%3Da+b"
        );
    }
}
