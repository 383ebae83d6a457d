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

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Redirect, Route, Router, Routes};
use leptos_router::path;

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
fn install_token_source(config: &RuntimeConfig) -> Embedding {
    if config::is_embedded() {
        return match embed::Bridge::start(&config.host_origins) {
            Ok(bridge) => Embedding::Embedded {
                host: bridge.origin().to_owned(),
            },
            Err(embed::EmbedError::OriginNotAllowed(host)) => Embedding::Refused { host },
        };
    }
    if config.mode == ipp::console::Mode::Playground {
        auth::install(std::rc::Rc::new(dev::DevTokens));
        // Ask for the first token now, so that it travels while the screens are being
        // built; the screens' own calls then share this request instead of starting it.
        start_now(async {
            let _ = auth::bearer().await;
        });
    }
    Embedding::Standalone
}

/// How long the first screen waits for the operator's token before it is built anyway.
const TOKEN_WAIT: std::time::Duration = std::time::Duration::from_millis(100);

/// Starts the console in the page: decides where tokens come from, and once the token is
/// there (or after [`TOKEN_WAIT`]) starts the first screen's reads and builds the screen
/// while they travel. Building it first would hold them back until it is done (the page
/// does one thing at a time), and only then wait for the network.
pub fn start() {
    let config = RuntimeConfig::from_page();
    let embedding = install_token_source(&config);
    // Leptos's executor is set up by mounting, hence wasm-bindgen's until then.
    wasm_bindgen_futures::spawn_local(async move {
        if auth::arrival_within(TOKEN_WAIT).await {
            let location = window().location();
            api::early::start(routes::first_reads(
                &location.pathname().unwrap_or_default(),
                &location.search().unwrap_or_default(),
            ));
        }
        leptos::mount::mount_to_body(move || view! { <App config embedding/> });
    });
}

/// Runs `task` at once up to its first wait (a request it makes leaves now, not after
/// the current work), then on as a local task. A task spawned the usual way would first
/// wait for the whole first screen to be built and painted.
fn start_now(task: impl std::future::Future<Output = ()> + 'static) {
    use std::task::{Context, Waker};
    let mut task = Box::pin(task);
    // Whatever it waits on keeps the waker of its latest poll: the local task's from
    // the next poll on.
    if task
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
        .is_pending()
    {
        wasm_bindgen_futures::spawn_local(task);
    }
}

/// The console: `config` from the page, `embedding` as [`start`] found it.
#[component]
pub fn App(config: RuntimeConfig, embedding: Embedding) -> impl IntoView {
    provide_context(config);
    provide_context(embedding);
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
