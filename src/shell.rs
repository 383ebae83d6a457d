//! Session bootstrap: find out who is signed in before showing any screen, and say
//! clearly what is wrong when that fails.

use ipp::console::Session;
use leptos::prelude::*;
use leptos_router::components::Outlet;

use crate::api::{self, ApiError};
use crate::components::layout::Layout;
use crate::locations::Locations;
use crate::session::CurrentSession;

#[derive(Clone, PartialEq)]
enum Boot {
    Loading,
    Ready,
    Failed(ApiError),
}

/// Loads the session, then shows the layout with the routed screen.
#[component]
pub fn Shell() -> impl IntoView {
    let session: RwSignal<Option<Session>> = RwSignal::new(None);
    provide_context(CurrentSession(session));
    let locations = Locations(RwSignal::new(None));
    provide_context(locations);
    // Shared by the screens of the session.
    provide_context(crate::pages::enrollments::JustCreated(RwSignal::new(None)));
    provide_context(crate::pages::devices::Flash(RwSignal::new(None)));
    let boot = RwSignal::new(Boot::Loading);
    let attempt = RwSignal::new(0u32);

    Effect::new(move |_| {
        attempt.track();
        boot.set(Boot::Loading);
        leptos::task::spawn_local(async move {
            match api::session::get().await {
                Ok(s) => {
                    session.set(Some(s));
                    locations.reload();
                    boot.set(Boot::Ready);
                }
                Err(e) => boot.set(Boot::Failed(e)),
            }
        });
    });

    let state = Memo::new(move |_| boot.get());
    move || match state.get() {
        Boot::Loading => view! {
            <div class="boot" role="status" aria-live="polite">
                <p class="boot-title">"Signing you in…"</p>
            </div>
        }
        .into_any(),
        Boot::Failed(error) => {
            view! { <SessionProblem error=error retry=move || attempt.update(|n| *n += 1)/> }
                .into_any()
        }
        Boot::Ready => view! {
            <Layout session=session.into()>
                <Outlet/>
            </Layout>
        }
        .into_any(),
    }
}

/// The screen shown when the console cannot tell who you are.
#[component]
pub fn SessionProblem(error: ApiError, retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let (title, advice) = match &error {
        ApiError::Unauthorized(_) => (
            "You are not signed in",
            "Open Device Console from your company's portal, which signs you in. If you came from there, your sign-in may have expired: reload the portal page.",
        ),
        ApiError::Forbidden(_) => (
            "Your account cannot use Device Console",
            "Ask your portal administrator to give you a Device Console role (viewer, operator or admin).",
        ),
        ApiError::Network(_) => (
            "The console cannot reach its server",
            "Check your network connection, then try again.",
        ),
        _ => ("Signing in failed", "Try again in a moment. If it keeps failing, contact support with the reference below."),
    };
    let detail = error.message();
    let request_id = error.request_id().map(str::to_owned);
    view! {
        <div class="boot boot-problem" role="alert" data-testid="session-problem">
            <h1>{title}</h1>
            <p>{advice}</p>
            <p class="boot-detail">{detail}</p>
            {request_id.map(|id| view! { <p class="reference">"Reference: " <code>{id}</code></p> })}
            <button type="button" class="button" on:click=move |_| retry()>"Try again"</button>
        </div>
    }
}
