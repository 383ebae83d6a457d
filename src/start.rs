//! Starting the console in the page: where its tokens come from (the host portal, the
//! development sign-in, or nowhere), the first screen's reads, and mounting [`App`].

use std::rc::Rc;

use leptos::prelude::*;

use crate::api::Client;
use crate::components::time::Dates;
use crate::config::{self, RuntimeConfig};
use crate::embed::{self, Embedding};
use crate::{dev, i18n, routes, App};

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
    // The screen's code, if it is not in the main module: asked for now, after the first
    // token (the browser sends requests in that order, six at a time).
    let lazy_area =
        crate::pages::lazy::preload(&window().location().pathname().unwrap_or_default());
    // The language: standalone, the one chosen here before; else the browser's (the
    // token's and the host's come later and win over it).
    let pseudo = config.mode == ipp::console::Mode::Playground
        && window()
            .session_storage()
            .ok()
            .flatten()
            .and_then(|s| s.get_item("device-console.pseudo-locale").ok().flatten())
            .is_some();
    let catalogs = Rc::new(i18n::Catalogs::new(
        i18n::Catalogs::paths(&config.locales),
        i18n::Catalogs::paths(&config.screens),
        pseudo,
    ));
    let (lang, source, region) = match (embedding == Embedding::Standalone, i18n::remembered()) {
        (true, Some(chosen)) => (chosen, i18n::Source::Chosen, None),
        _ => match i18n::of_browser() {
            Some((lang, tag)) => (lang, i18n::Source::Browser, Some(tag)),
            None => (i18n::Lang::En, i18n::Source::Browser, None),
        },
    };
    // The first screen in its language (its catalog fetched with the first reads) and,
    // if its code is not in the main module, what it says, fetched now beside that code.
    let catalog = catalogs.load(lang);
    if lazy_area.is_some() {
        // The fetch starts now; the screen waits for it when it is built.
        drop(catalogs.load_screens(lang));
    }
    // A standalone session travels as a cookie: there is no token to wait for.
    let cookie_session = config.sign_in.is_some() && embedding == Embedding::Standalone;
    wasm_bindgen_futures::spawn_local(async move {
        if cookie_session || client.auth.arrival_within(TOKEN_WAIT).await {
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
        let lang = if catalog.await { lang } else { i18n::Lang::En };
        let language = (lang, source, region, catalogs);
        leptos::mount::mount_to_body(move || {
            view! { <App config embedding client dates bridge language/> }
        });
    });
}
