//! The frame around every screen: skip link, product name, main navigation and who is
//! signed in. Embedded in a portal, the frame is left out unless the host asks for it
//! (`chrome {mode: "full"}`): the portal owns navigation, and is told each page's title.

/// Whether the console draws its own top bar (standalone: yes; embedded: as the host
/// says, content only by default). Provided by the shell.
#[derive(Clone, Copy)]
pub struct Chrome(pub RwSignal<bool>);

use ipp::console::{Mode, Session};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{t, t_with};
use crate::routes::Screen;

#[component]
pub fn Layout(session: Signal<Option<Session>>, children: Children) -> impl IntoView {
    let chrome = use_context::<Chrome>().map_or(Signal::stored(true), |c| c.0.into());
    // A portal says which language (its `locale` message); standalone, the person does.
    let embedded = matches!(
        use_context::<crate::Embedding>(),
        Some(crate::Embedding::Embedded { .. })
    );
    view! {
        <Show when=move || chrome.get()>
        <a class="skip-link" href="#main">{move || t("skip-to-content")}</a>
        <header class="topbar">
            <a class="brand" href=Screen::Overview.href() translate="no">"Device Console"</a>
            <nav class="mainnav" aria-label=move || t("nav-label")>
                <ul>
                    <li><A href=Screen::Overview.href() exact=true>{move || t("nav-overview")}</A></li>
                    <li><A href=Screen::Enrollments.href()>{move || t("nav-codes")}</A></li>
                    <li><A href=Screen::Devices.href()>{move || t("nav-devices")}</A></li>
                    <li><A href=Screen::Activity.href()>{move || t("nav-activity")}</A></li>
                    <li><A href=Screen::Jobs.href()>{move || t("nav-jobs")}</A></li>
                </ul>
            </nav>
            // Who is signed in arrives with the session, after the first paint: the
            // stylesheet keeps its place in the bar from the start, or the page would be
            // pushed down when it does (a layout shift).
            <SignedIn session=session/>
            {(!embedded).then(|| view! { <LanguagePicker/> })}
        </header>
        </Show>
        <main id="main" class="content" tabindex="-1">{children()}</main>
    }
}

/// "Signed in as …": name, role, merchant and, when limited, how many locations.
#[component]
pub fn SignedIn(session: Signal<Option<Session>>) -> impl IntoView {
    move || {
        session.get().map(|s| {
            let scope = s.locations.as_ref().map(|l| l.len());
            let scope = move || scope.map(|n| format!(" · {}", t_with("scope-locations", &[("count", n.into())])));
            let role = match s.role {
                ipp::console::Role::Viewer => "role-viewer",
                ipp::console::Role::Operator => "role-operator",
                ipp::console::Role::Admin => "role-admin",
            };
            let playground = (s.mode == Mode::Playground)
                .then(|| view! { <span class="badge badge-playground">{move || t("playground")}</span> });
            view! {
                <div class="signed-in" data-testid="signed-in">
                    {playground}
                    <span class="who">
                        <span class="visually-hidden">{move || t("signed-in-as")}" "</span>
                        <strong translate="no">{s.display_name().to_owned()}</strong>
                    </span>
                    <span class="role">{move || t(role)}{scope}</span>
                    <span class="merchant" translate="no" title=move || t("merchant")>{s.merchant_id.clone()}</span>
                    {(s.mode == Mode::Playground).then(|| view! {
                        <a class="switch-role" href=Screen::DevSignIn.href()>{move || t("switch-role")}</a>
                    })}
                    {crate::config::use_sign_in().map(|_| view! { <SignOut/> })}
                </div>
            }
        })
    }
}

/// "Sign out" of a standalone session: ends it at the proxy, then goes where the proxy
/// says (the identity provider's sign-out, where it has one).
#[component]
fn SignOut() -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    // A task and a flag, not an `Action`: the first load's only one, whose code (about
    // 2 KB brotli) then comes with the screens that need it.
    let pending = RwSignal::new(false);
    // The task runs outside the component: it words a failure under the component's
    // owner, where the console's language is.
    let owner = Owner::current();
    let out = move |_| {
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let owner = owner.clone();
        leptos::task::spawn_local(async move {
            match crate::api::session::sign_out().await {
                Ok(next) => {
                    let _ = window().location().assign(&next);
                }
                Err(e) => {
                    let said = match &owner {
                        Some(owner) => owner.with(|| e.message()),
                        None => e.message(),
                    };
                    error.try_set(Some(said));
                    pending.try_set(false);
                }
            }
        });
    };
    view! {
        <button type="button" class="button-link sign-out" data-testid="sign-out"
            disabled=move || pending.get() on:click=out>{move || t("sign-out")}</button>
        {move || error.get().map(|e| view! { <span class="field-error" role="alert">{e}</span> })}
    }
}

/// The language switcher (standalone): each language by its own name; the choice is
/// remembered in this browser, and nothing typed on the page is lost.
#[component]
fn LanguagePicker() -> impl IntoView {
    use crate::i18n::{use_i18n, Lang};
    let i18n = use_i18n();
    let change = move |ev: leptos::ev::Event| {
        if let Some(lang) = Lang::from_tag(&event_target_value(&ev)) {
            i18n.choose(lang);
        }
    };
    view! {
        <label class="language">
            <span class="visually-hidden">{move || t("language")}</span>
            <select data-testid="language" translate="no" on:change=change prop:value=move || i18n.lang().code()>
                {Lang::ALL.map(|l| view! { <option value=l.code() lang=l.code()>{l.name()}</option> })}
            </select>
        </label>
    }
}
