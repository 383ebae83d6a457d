//! Device Console: the web console in which a merchant's operations staff enroll and
//! manage their Kustom In-Person Payments devices.
//!
//! A client-side-rendered Leptos app, served by the console proxy (`crates/proxy`),
//! which verifies the operator and holds the Kustom API key.

pub mod api;
pub mod auth;
pub mod components;
pub mod config;
pub mod dev;
pub mod locations;
pub mod logic;
pub mod pages;
pub mod routes;
pub mod session;
pub mod shell;

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Redirect, Route, Router, Routes};
use leptos_router::path;

use crate::config::RuntimeConfig;
use crate::pages::dev_sign_in::DevSignInPage;
use crate::pages::devices::{DevicePage, DevicesPage};
use crate::pages::enrollments::{EnrollmentsPage, NewEnrollmentPage, PairingCardPage};
use crate::pages::NotFound;
use crate::shell::Shell;

/// Where operator tokens come from, decided once at start: the host portal when
/// embedded, the development sign-in in a standalone playground, else nowhere (the
/// console must then be opened from the portal).
fn install_token_source(config: &RuntimeConfig) {
    if config.mode == ipp::console::Mode::Playground && !config::is_embedded() {
        auth::install(std::rc::Rc::new(dev::DevTokens));
    }
}

#[component]
pub fn App() -> impl IntoView {
    let config = RuntimeConfig::from_page();
    install_token_source(&config);
    provide_context(config);
    view! {
        <Router>
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/dev/sign-in") view=DevSignInPage/>
                <ParentRoute path=path!("") view=Shell>
                    <Route path=path!("/") view=|| view! { <Redirect path="/enrollments"/> }/>
                    <Route path=path!("/enrollments") view=EnrollmentsPage/>
                    <Route path=path!("/enrollments/new") view=NewEnrollmentPage/>
                    <Route path=path!("/enrollments/:id") view=PairingCardPage/>
                    <Route path=path!("/devices") view=DevicesPage/>
                    <Route path=path!("/devices/:id") view=DevicePage/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
