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
pub mod locations;
pub mod logic;
pub mod pages;
pub mod routes;
pub mod session;
pub mod shell;

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Redirect, Route, Router, Routes};
use leptos_router::path;

use crate::api::{Api, Client};
use crate::components::time::{DateFormat, Dates};

use crate::config::RuntimeConfig;
use crate::pages::dev_sign_in::DevSignInPage;
use crate::pages::devices::{DevicePage, DevicesPage};
use crate::pages::enrollments::{EnrollmentsPage, NewEnrollmentPage, PairingCardPage};
use crate::pages::NotFound;
use crate::shell::Shell;

/// How the console runs: on its own, or in a host portal's frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Embedding {
    Standalone,
    Embedded {
        host: String,
    },
    /// Framed by a page whose origin is not allowed (or cannot be told).
    Refused {
        host: Option<String>,
    },
}

/// Where operator tokens come from, decided once at start: the host portal when
/// embedded, the development sign-in in a standalone playground, else nowhere (the
/// console must then be opened from the portal). Detected, not configured per build.
fn connect(
    config: &RuntimeConfig,
    client: &Rc<Client>,
    dates: &Rc<Dates>,
) -> (Embedding, Option<Rc<embed::Bridge>>) {
    if config::is_embedded() {
        return match embed::Bridge::start(&config.host_origins, client, dates.clone()) {
            Ok(bridge) => {
                let host = bridge.origin().to_owned();
                (Embedding::Embedded { host }, Some(bridge))
            }
            Err(embed::EmbedError::OriginNotAllowed(host)) => (Embedding::Refused { host }, None),
        };
    }
    if config.mode == ipp::console::Mode::Playground {
        client.auth.install(Rc::new(dev::DevTokens));
        // Ask for the first token now: this task runs before the one that builds the
        // screens, so the request travels while they are built.
        let client = client.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let _ = client.auth.bearer().await;
        });
    }
    (Embedding::Standalone, None)
}

/// How long the first screen waits for the operator's token before it is built anyway.
const TOKEN_WAIT: std::time::Duration = std::time::Duration::from_millis(100);

/// Starts the console in the page: decides where tokens come from, and once the token is
/// there (or after [`TOKEN_WAIT`]) starts the first screen's reads and builds the screen
/// while they travel. Building it first would hold them back until it is done (the page
/// does one thing at a time), and only then wait for the network.
pub fn start() {
    let config = RuntimeConfig::from_page();
    let client = Rc::new(Client::default());
    let dates = Rc::new(Dates::default());
    let (embedding, bridge) = connect(&config, &client, &dates);
    wasm_bindgen_futures::spawn_local(async move {
        if client.auth.arrival_within(TOKEN_WAIT).await {
            let location = window().location();
            let scope = client.auth.claims().and_then(|c| c.locations);
            client.start_early(routes::first_reads(
                &location.pathname().unwrap_or_default(),
                &location.search().unwrap_or_default(),
                scope.as_deref(),
            ));
            // Let those reads leave (their tasks run up to their fetch) before the
            // screens are built in this one.
            let ready = js_sys::Promise::resolve(&wasm_bindgen::JsValue::UNDEFINED);
            let _ = wasm_bindgen_futures::JsFuture::from(ready).await;
        }
        leptos::mount::mount_to_body(move || {
            view! { <App config embedding client dates bridge/> }
        });
    });
}

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
) -> impl IntoView {
    provide_context(config);
    provide_context(embedding);
    Api::provide(client);
    DateFormat::provide(dates);
    if let Some(bridge) = bridge {
        embed::BridgeHandle::provide(bridge);
    }
    view! {
        <Router>
            <shell::EmbedSync/>
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
