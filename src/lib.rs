//! Device Console: the web console in which a merchant's operations staff enroll and
//! manage their Kustom In-Person Payments devices.
//!
//! A client-side-rendered Leptos app, served by the console proxy (`crates/proxy`),
//! which verifies the operator and holds the Kustom API key.

pub mod api;
pub mod auth;
pub mod components;
pub mod pages;
pub mod routes;
pub mod session;
pub mod shell;

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Redirect, Route, Router, Routes};
use leptos_router::path;

use crate::pages::devices::DevicesPage;
use crate::pages::enrollments::EnrollmentsPage;
use crate::pages::NotFound;
use crate::shell::Shell;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Routes fallback=|| view! { <NotFound/> }>
                <ParentRoute path=path!("") view=Shell>
                    <Route path=path!("/") view=|| view! { <Redirect path="/enrollments"/> }/>
                    <Route path=path!("/enrollments") view=EnrollmentsPage/>
                    <Route path=path!("/devices") view=DevicesPage/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
