//! `/sign-in`: standalone sign-in with the merchant's identity provider (the proxy does
//! the OpenID Connect part at `/auth/…`). Says why the last attempt failed, when it did,
//! and sends the user back to the page they asked for.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::config::use_sign_in;

/// What the sign-in page says for the code the proxy sent the browser back with.
pub fn explain(code: &str, help: &str) -> String {
    match code {
        "state" => "You were not signed in: the sign-in took longer than 10 minutes, was already used, or was started in another browser. Sign in again.".into(),
        "provider_refused" => format!("Your company's sign-in did not let you in (it was cancelled, or its link was used already). Sign in again; if it keeps failing, ask {help}."),
        "provider_unavailable" => "Your company's sign-in service does not answer right now. Try again in a few minutes.".into(),
        "token" => format!("The answer from your company's sign-in could not be verified, so you were not signed in. Try again; if it keeps failing, tell {help} (the console's log says why)."),
        "no_role" => format!("Your account has no role in Device Console: none of your groups gives access to it. Ask {help} to add you to the console's viewers, operators or admins."),
        "no_locations" => format!("Your account does not say which stores you work with, so the console cannot tell what to show you. Ask {help} to assign your stores."),
        "no_merchant" => format!("Your account is not linked to a merchant this console serves. Ask {help}."),
        "busy" => "Too many sign-ins are under way right now. Try again in a minute.".into(),
        "unavailable" => "Device Console is unavailable right now: its database does not answer, so nobody can sign in. Try again in a few minutes.".into(),
        _ => format!("You were not signed in. Try again; if it keeps failing, ask {help}."),
    }
}

/// The address that starts a sign-in and comes back to `return_to` (the proxy's, not a
/// screen: links to it are `rel="external"`, so the router lets the browser go there).
pub fn sign_in_href(return_to: &str) -> String {
    let to: String = form_urlencoded::byte_serialize(return_to.as_bytes()).collect();
    format!("/auth/sign-in?return_to={to}")
}

#[component]
pub fn SignInPage() -> impl IntoView {
    crate::pages::use_title(|| "Sign in".into());
    let query = use_query_map();
    let config = use_sign_in();
    let Some(config) = config else {
        return view! {
            <main id="main" class="boot boot-problem" role="alert">
                <h1>"Sign in from your portal"</h1>
                <p>"This console is signed into from your company's portal: open Device Console there."</p>
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
            <h1>"Sign in to Device Console"</h1>
            {move || signed_out().then(|| view! { <p class="notice notice-success" role="status">"You have signed out."</p> })}
            {move || problem().map(|p| view! { <div class="notice notice-error" role="alert" data-testid="sign-in-problem"><p>{p}</p></div> })}
            <p>"Device Console is where your team pairs payment phones and looks after them. Sign in with your work account."</p>
            <p><a class="button button-primary" href=href rel="external" data-testid="sign-in-button">{format!("Sign in with {}", config.provider)}</a></p>
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
