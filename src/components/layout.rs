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

use crate::routes::Screen;

#[component]
pub fn Layout(session: Signal<Option<Session>>, children: Children) -> impl IntoView {
    let chrome = use_context::<Chrome>().map_or(Signal::stored(true), |c| c.0.into());
    view! {
        <Show when=move || chrome.get()>
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="topbar">
            <a class="brand" href=Screen::Overview.href()>"Device Console"</a>
            <nav class="mainnav" aria-label="Main">
                <ul>
                    <li><A href=Screen::Overview.href() exact=true>"Overview"</A></li>
                    <li><A href=Screen::Enrollments.href()>"Pairing codes"</A></li>
                    <li><A href=Screen::Devices.href()>"Devices"</A></li>
                    <li><A href=Screen::Activity.href()>"Activity"</A></li>
                    <li><A href=Screen::Jobs.href()>"Bulk changes"</A></li>
                </ul>
            </nav>
            <SignedIn session=session/>
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
            let scope = s.locations.as_ref().map(|l| match l.len() {
                1 => " · 1 location".to_owned(),
                n => format!(" · {n} locations"),
            });
            let playground = (s.mode == Mode::Playground)
                .then(|| view! { <span class="badge badge-playground">"Playground"</span> });
            view! {
                <div class="signed-in" data-testid="signed-in">
                    {playground}
                    <span class="who">
                        <span class="visually-hidden">"Signed in as "</span>
                        <strong>{s.display_name().to_owned()}</strong>
                    </span>
                    <span class="role">{s.role.label()}{scope}</span>
                    <span class="merchant" title="Merchant">{s.merchant_id.clone()}</span>
                    {(s.mode == Mode::Playground).then(|| view! {
                        <a class="switch-role" href=Screen::DevSignIn.href()>"Switch role"</a>
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
    let out = Action::new_local(move |()| async move {
        match crate::api::session::sign_out().await {
            Ok(next) => {
                let _ = window().location().assign(&next);
            }
            Err(e) => error.set(Some(e.message())),
        }
    });
    view! {
        <button type="button" class="button-link sign-out" data-testid="sign-out"
            disabled=move || out.pending().get() on:click=move |_| { out.dispatch(()); }>"Sign out"</button>
        {move || error.get().map(|e| view! { <span class="field-error" role="alert">{e}</span> })}
    }
}
