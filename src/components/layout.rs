//! The frame around every screen: skip link, product name, main navigation and who is
//! signed in.

use ipp::console::{Mode, Session};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::Screen;

#[component]
pub fn Layout(session: Signal<Option<Session>>, children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="topbar">
            <a class="brand" href=Screen::Overview.href()>"Device Console"</a>
            <nav class="mainnav" aria-label="Main">
                <ul>
                    <li><A href=Screen::Overview.href() exact=true>"Overview"</A></li>
                    <li><A href=Screen::Enrollments.href()>"Enrollments"</A></li>
                    <li><A href=Screen::Devices.href()>"Devices"</A></li>
                    <li><A href=Screen::Activity.href()>"Activity"</A></li>
                    <li><A href=Screen::Jobs.href()>"Bulk changes"</A></li>
                </ul>
            </nav>
            <SignedIn session=session/>
        </header>
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
                </div>
            }
        })
    }
}
