//! Bulk changes: the jobs list (`/jobs`) and one job (`/jobs/:id`), live while it runs.

pub mod detail;
pub mod list;

pub use detail::JobPage;
pub use list::JobsPage;

use ipp::console::Role;
use ipp::Uuid;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::api;
use crate::i18n::t;
use crate::routes::Screen;

/// In the activity view, beside a change a bulk change made: a link to it, and its undo
/// (the proxy refuses an undo that cannot be: a deregistration, one undone already).
#[component]
pub fn JobLink(id: Uuid) -> impl IntoView {
    let api = api::use_api();
    let session = crate::session::use_session();
    let navigate = use_navigate();
    let refused = RwSignal::new(None::<String>);
    let undo = Action::new_local(move |_: &()| {
        let navigate = navigate.clone();
        async move {
            match api::jobs::undo(api, id).await {
                Ok(s) => navigate(&Screen::Job(s.id).href(), Default::default()),
                Err(e) => refused.set(Some(e.message())),
            }
        }
    });
    view! {
        <span class="activity-job">
            " · "<a href=Screen::Job(id).href() data-testid="activity-job">{move || t("job-one")}</a>
            // (Reactive: the session may arrive after the table.)
            {move || session.can(Role::Operator).then(|| view! {
                " · "<button type="button" class="button-link" data-testid="activity-undo" disabled=move || undo.pending().get()
                    on:click=move |_| { undo.dispatch(()); }>{move || t("job-undo-it")}</button>
            })}
            {move || refused.get().map(|r| view! { <span class="field-error" role="alert">" "{r}</span> })}
        </span>
    }
}
