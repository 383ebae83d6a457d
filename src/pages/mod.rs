//! One module per area, one file per screen.
//!
//! # How a screen loads and changes data
//!
//! There is one way, and every screen follows it:
//!
//! - **Reads** are `LocalResource`s that track what they depend on: the address (its
//!   `:id`, its filters) and the `version()` of the actions that change what they show.
//!   A list reads again because its resource tracks the version of the action that
//!   changed it, never because something calls `refetch` after the fact.
//! - **Changes** are `Action::new_local`s whose `async` block handles its own result:
//!   it sets the notice or the field errors, or navigates. A second submit while one is
//!   out does nothing (`pending()`), and buttons are disabled meanwhile.
//! - **Polling** is [`use_polling`]: it refetches a resource every period while the
//!   page is visible and a condition holds.
//! - **Derived values** are `Memo`s and `Signal::derive`s. An `Effect` writes a signal
//!   only to keep state in step with the DOM or the address, and says so.
//! - Every call goes through the console's API client ([`crate::api::use_api`]), with
//!   ids as `Uuid`s.

pub mod activity;
pub mod dev_sign_in;
pub mod devices;
pub mod enrollments;
pub mod export;
pub mod filter_bar;
pub mod jobs;
pub mod lazy;
pub mod missing;
pub mod overview;
pub mod sign_in;

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::t;
use crate::routes::Screen;

pub use missing::{id_screen, is_gone, use_id_param, Gone, Missing, NoSuchItem};

#[component]
pub fn NotFound() -> impl IntoView {
    use_title(|| t("not-found-title"));
    view! {
        <section class="page" aria-labelledby="nf-title">
            <h1 id="nf-title">{move || t("not-found-title")}</h1>
            <p>{move || t("not-found-body")}</p>
            <p>
                <a href=Screen::Enrollments.href()>{move || t("not-found-codes")}</a>
                " "{move || t("not-found-or")}" "
                <a href=Screen::Devices.href()>{move || t("not-found-devices")}</a>
                "."
            </p>
        </section>
    }
}

/// A screen whose code or words did not arrive (the connection dropped while its chunk
/// was fetched, three times, or its part of the catalog; see `lazy`): says so, and
/// trying again loads the page anew.
#[component]
pub fn Unloaded() -> impl IntoView {
    use_title(|| t("unloaded-title"));
    view! {
        <section class="page" aria-labelledby="unloaded-title">
            <h1 id="unloaded-title">{move || t("unloaded-title")}</h1>
            <p role="alert">{move || t("unloaded-body")}</p>
            <p>
                <button type="button" on:click=|_| { let _ = window().location().reload(); }>
                    {move || t("unloaded-retry")}
                </button>
            </p>
        </section>
    }
}

/// The page's title, as the browser's tab and the host portal show it ("Malmö Till 2 ·
/// Devices"; the tab adds " · Device Console"). Provided by the shell.
#[derive(Clone, Copy)]
pub struct Title(RwSignal<String>);

impl Title {
    pub fn provide() {
        provide_context(Title(RwSignal::new(String::new())));
    }

    /// The current page's title (empty until a page has said it).
    pub fn current() -> Signal<String> {
        use_context::<Title>().map_or(Signal::stored(String::new()), |t| t.0.into())
    }
}

/// Names the page: `title` (reactive, e.g. once the device's name is in), as the
/// document's title and for the host portal.
pub fn use_title(title: impl Fn() -> String + Send + Sync + 'static) {
    let shared = use_context::<Title>();
    Effect::new(move |_| {
        let t = title();
        document().set_title(&if t.is_empty() {
            "Device Console".to_owned()
        } else {
            format!("{t} · Device Console")
        });
        if let Some(Title(s)) = shared {
            s.set(t);
        }
    });
}

/// Resolves once `ready` holds (at once when it already does): true, or false when the
/// component that owns it is gone. For a resource whose read must wait for something:
/// its future must end for the resource to run again (a pending future holds every later
/// change back), so it waits for the condition rather than pending for good.
pub async fn until(ready: Memo<bool>) -> bool {
    if ready.try_get_untracked() == Some(true) {
        return true;
    }
    let (tx, rx) = futures_channel::oneshot::channel::<()>();
    let tx = std::cell::RefCell::new(Some(tx));
    let _watch = Effect::new(move |_| {
        if ready.try_get() == Some(true) {
            if let Some(tx) = tx.borrow_mut().take() {
                let _ = tx.send(());
            }
        }
    });
    rx.await.is_ok()
}

/// Reads `resource` again every `period` while the page is visible and `active` holds;
/// stops with the component.
pub fn use_polling<T: 'static>(
    resource: LocalResource<T>,
    period: Duration,
    active: impl Fn() -> bool + 'static,
) {
    let tick = move || {
        let visible = document().visibility_state() == web_sys::VisibilityState::Visible;
        if visible && active() {
            resource.refetch();
        }
    };
    if let Ok(handle) = set_interval_with_handle(tick, period) {
        on_cleanup(move || handle.clear());
    }
}

/// Something one screen hands to the next (the code just created, a message after a
/// deregistration), shared by the screens of a session.
#[derive(Debug)]
pub struct Handoff<T: Send + Sync + 'static>(RwSignal<Option<T>>);

impl<T: Send + Sync + 'static> Clone for Handoff<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Handoff<T> {}

impl<T: Send + Sync + 'static> Handoff<T> {
    /// Makes a handoff of this kind for the screens below the current owner.
    pub fn provide() {
        provide_context(Handoff::<T>(RwSignal::new(None)));
    }

    pub fn give(&self, value: T) {
        self.0.set(Some(value));
    }

    /// Takes what was handed over, once.
    pub fn take(&self) -> Option<T> {
        let mut out = None;
        self.0.update_untracked(|v| out = v.take());
        out
    }
}

/// The session's handoff of `T`; outside a session (a component test), a fresh one.
pub fn use_handoff<T: Send + Sync + 'static>() -> Handoff<T> {
    use_context::<Handoff<T>>().unwrap_or_else(|| {
        Handoff::<T>::provide();
        expect_context::<Handoff<T>>()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys of [`Missing`] are not seen by the catalogs' missing-key test.
    #[test]
    fn what_is_missing_is_said_from_the_catalogs() {
        for m in [Missing::DEVICE, Missing::CODE, Missing::JOB] {
            for key in [m.title, m.what, m.list_name] {
                assert_ne!(t(key), key);
            }
        }
        assert_eq!(t(Missing::DEVICE.title), "No such device");
    }
}
