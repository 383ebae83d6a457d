//! Session bootstrap: find out who is signed in before showing any screen, and say
//! clearly what is wrong when that fails.

use leptos::prelude::*;
use leptos_router::components::Outlet;

use crate::api::{self, ApiError};
use crate::components::layout::Layout;
use crate::i18n::{t, t_with};
use crate::locations::Locations;
use crate::session::CurrentSession;
use crate::Embedding;

#[derive(Clone, PartialEq)]
enum Boot {
    Loading,
    Ready,
    Failed(ApiError),
}

/// Loads the session, then shows the layout with the routed screen.
#[component]
pub fn Shell() -> impl IntoView {
    let api = api::use_api();
    let i18n = crate::i18n::use_i18n();
    // "Try again" reads the session and the locations again.
    let attempt = RwSignal::new(0u32);
    let boot = LocalResource::new(move || {
        attempt.track();
        async move {
            let session = api::session::get(api).await;
            // The token's language, unless the portal or the person has said which.
            if let Ok(Some(tag)) = session.as_ref().map(|s| &s.locale) {
                i18n.offer(tag, crate::i18n::Source::Token);
            }
            session
        }
    });
    let session = Signal::derive(move || boot.get().and_then(Result::ok));
    provide_context(CurrentSession(session));
    Locations::provide(api, attempt);
    // Handed from one screen to the next: the code just created, a deregistration.
    crate::pages::Handoff::<ipp::Enrollment>::provide();
    crate::pages::Handoff::<crate::pages::devices::Deregistered>::provide();
    let boot = Memo::new(move |_| match boot.get() {
        None => Boot::Loading,
        Some(Ok(_)) => Boot::Ready,
        Some(Err(e)) => Boot::Failed(e),
    });

    let embedding = use_context::<Embedding>().unwrap_or(Embedding::Standalone);
    // Standalone, the screens start at once and load their data while the session is
    // checked (one round trip less before anything shows); embedded, nothing is asked of
    // the proxy before the portal's token has arrived.
    let sign_in = crate::config::use_sign_in();
    let view = Memo::new(move |_| match (boot.get(), &embedding) {
        (_, Embedding::Refused { host }) => View::NotAllowed(host.clone()),
        (Boot::Loading, Embedding::Embedded { .. }) => View::Connecting,
        (Boot::Failed(ApiError::Unauthorized(_)), _) if sign_in.is_some() => View::SignIn,
        (Boot::Failed(e), _) => View::Problem(e),
        _ => View::App,
    });
    // Signed out, with a sign-in to offer: to the sign-in page, which brings the user
    // back to this address.
    let navigate = leptos_router::hooks::use_navigate();
    Effect::new(move |_| {
        if view.get() == View::SignIn {
            let location = window().location();
            let here = format!(
                "{}{}",
                location.pathname().unwrap_or_default(),
                location.search().unwrap_or_default()
            );
            let to: String = form_urlencoded::byte_serialize(here.as_bytes()).collect();
            navigate(
                &format!("{}?return_to={to}", crate::routes::Screen::SignIn.href()),
                leptos_router::NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
    move || match view.get() {
        View::NotAllowed(host) => view! { <NotAllowedHere host=host/> }.into_any(),
        View::SignIn => ().into_any(),
        View::Connecting => view! {
            <div class="boot" role="status" aria-live="polite">
                <p class="boot-title">{move || t("connecting")}</p>
            </div>
        }
        .into_any(),
        View::Problem(error) => {
            view! { <SessionProblem error=error retry=move || attempt.update(|n| *n += 1)/> }
                .into_any()
        }
        View::App => view! {
            <Layout session=session>
                <Outlet/>
            </Layout>
        }
        .into_any(),
    }
}

/// What the shell shows.
#[derive(Clone, PartialEq)]
enum View {
    NotAllowed(Option<String>),
    Connecting,
    /// Signed out; on the way to the sign-in page.
    SignIn,
    Problem(ApiError),
    App,
}

/// Framed by a page that is not one of the allowed portals.
#[component]
fn NotAllowedHere(host: Option<String>) -> impl IntoView {
    view! {
        <div class="boot boot-problem" role="alert" data-testid="not-allowed">
            <h1>{move || t("not-allowed-heading")}</h1>
            <p>{move || t_with("not-allowed-body", &[("host", host.clone().unwrap_or_else(|| t("not-allowed-this-page")).into())])}</p>
            <p>{move || t("not-allowed-admin")}</p>
        </div>
    }
}

/// Keeps the host portal informed (route changes, the content's height) and lets it
/// move the console, when embedded. Renders nothing.
#[component]
pub fn EmbedSync() -> impl IntoView {
    use leptos_router::hooks::{use_location, use_navigate};

    use crate::embed::ConsoleMessage;

    let Some(bridge) = crate::embed::BridgeHandle::current() else {
        return;
    };
    let navigate = use_navigate();
    bridge.on_navigate(move |path| navigate(&path, Default::default()));
    if let Some(chrome) = use_context::<crate::components::layout::Chrome>() {
        bridge.on_chrome(move |full| chrome.0.set(full));
    }
    let i18n = crate::i18n::use_i18n();
    bridge.on_locale(move |tag| i18n.offer(&tag, crate::i18n::Source::Host));
    bridge.speak(i18n);
    let location = use_location();
    let title = crate::pages::Title::current();
    let b = bridge.clone();
    let posted = StoredValue::new_local((String::new(), String::new()));
    // Tells the host where the console went and what the page is called (keeps the host's
    // address and its own heading in step).
    Effect::new(move |_| {
        let search = location.search.get();
        let path = if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{search}", location.pathname.get())
        };
        let now = (path, title.get());
        if posted.get_value() != now {
            posted.set_value(now.clone());
            let (path, title) = now;
            b.post(&ConsoleMessage::Navigated { path, title });
        }
    });
    watch_height(bridge);
}

/// Posts `resize` whenever the content's height changes.
fn watch_height(bridge: std::rc::Rc<crate::embed::Bridge>) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let Some(body) = document().body() else {
        return;
    };
    let last = std::rc::Rc::new(std::cell::Cell::new(0u32));
    let measure = move || {
        let Some(body) = document().body() else {
            return;
        };
        let height = body.scroll_height().max(0) as u32;
        if height != last.get() {
            last.set(height);
            bridge.post(&crate::embed::ConsoleMessage::Resize { height });
        }
    };
    measure();
    let callback = Closure::<dyn Fn()>::new(measure);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        callback.forget();
        std::mem::forget(observer);
    }
}

/// The screen shown when the console cannot tell who you are.
#[component]
pub fn SessionProblem(error: ApiError, retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let (title, advice) = match &error {
        ApiError::Unauthorized(_) => ("problem-unauthorized-title", "problem-unauthorized-advice"),
        ApiError::Forbidden(_) => ("problem-forbidden-title", "problem-forbidden-advice"),
        ApiError::Network(_) => ("problem-network-title", "problem-network-advice"),
        ApiError::Upstream(p) if p.status == 503 => {
            ("problem-unavailable-title", "problem-unavailable-advice")
        }
        _ => ("problem-other-title", "problem-other-advice"),
    };
    let last_error = use_context::<api::Api>()
        .and_then(|a| a.client().ok())
        .and_then(|c| c.auth.last_error());
    let detail = match (&error, last_error) {
        (ApiError::Unauthorized(_), Some(why)) => why,
        _ => error.message(),
    };
    let request_id = error.request_id().map(str::to_owned);
    view! {
        <div class="boot boot-problem" role="alert" data-testid="session-problem">
            <h1>{move || t(title)}</h1>
            <p>{move || t(advice)}</p>
            <p class="boot-detail">{detail}</p>
            {request_id.map(|id| view! { <p class="reference">{move || t("reference")}" " <code translate="no">{id}</code></p> })}
            <button type="button" class="button" on:click=move |_| retry()>{move || t("try-again")}</button>
        </div>
    }
}
