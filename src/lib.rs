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
pub mod embed;
pub mod i18n;
pub mod json;
pub mod locations;
pub mod logic;
pub mod pages;
pub mod routes;
pub mod session;
pub mod shell;
pub mod start;

pub use embed::Embedding;
pub use start::start;

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{path, Lazy};

use crate::api::{Api, Client};
use crate::components::time::{DateFormat, Dates};

use crate::config::RuntimeConfig;
use crate::pages::lazy;
use crate::pages::overview::OverviewPage;
use crate::pages::NotFound;
use crate::shell::Shell;

/// The console: `config` from the page, `embedding` as [`start`] found it, and the
/// values the screens share, provided in context: the API `client`, the `dates` format
/// and, embedded, the `bridge` to the host.
#[component]
pub fn App(
    config: RuntimeConfig,
    embedding: Embedding,
    client: Rc<Client>,
    dates: Rc<Dates>,
    bridge: Option<Rc<embed::Bridge>>,
    /// The language to start in, who chose it, and the catalogs.
    language: (i18n::Lang, i18n::Source, Option<String>, Rc<i18n::Catalogs>),
) -> impl IntoView {
    provide_context(config);
    // Embedded, the console draws its content only, unless the host asks for more.
    let embedded = matches!(embedding, Embedding::Embedded { .. });
    provide_context(components::layout::Chrome(RwSignal::new(!embedded)));
    pages::Title::provide();
    provide_context(embedding);
    Api::provide(client);
    let (lang, source, region, catalogs) = language;
    let i18n = i18n::I18n::provide(lang, source, region, catalogs);
    // The page's language is the one shown (dates follow it too: `DateFormat`).
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", &i18n.date_tag());
        }
    });
    DateFormat::provide(dates);
    if let Some(bridge) = bridge {
        embed::BridgeHandle::provide(bridge);
    }
    view! {
        <Router>
            <shell::EmbedSync/>
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/dev/sign-in") view={Lazy::<lazy::DevSignIn>::new()}/>
                <Route path=path!("/sign-in") view={Lazy::<lazy::SignIn>::new()}/>
                <ParentRoute path=path!("") view=Shell>
                    <Route path=path!("/") view=OverviewPage/>
                    <Route path=path!("/enrollments") view={Lazy::<lazy::Enrollments>::new()}/>
                    <Route path=path!("/enrollments/new") view={Lazy::<lazy::NewEnrollment>::new()}/>
                    <Route path=path!("/enrollments/batch") view={Lazy::<lazy::NewBatch>::new()}/>
                    <Route path=path!("/enrollments/batch/:id") view={Lazy::<lazy::Batch>::new()}/>
                    <Route path=path!("/enrollments/:id") view={Lazy::<lazy::PairingCard>::new()}/>
                    <Route path=path!("/devices") view={Lazy::<lazy::Devices>::new()}/>
                    <Route path=path!("/devices/:id") view={Lazy::<lazy::Device>::new()}/>
                    <Route path=path!("/activity") view={Lazy::<lazy::Activity>::new()}/>
                    <Route path=path!("/jobs") view={Lazy::<lazy::Jobs>::new()}/>
                    <Route path=path!("/jobs/:id") view={Lazy::<lazy::Job>::new()}/>
                    // Inside the console's frame, like every other page.
                    <Route path=path!("/*any") view=NotFound/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
