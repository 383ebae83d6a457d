//! `/enrollments/batch`: a store rollout, many pairing codes at once. Two ways in — "N
//! codes for this location", or a sheet uploaded or pasted — lead to one preview of
//! every row, checked by the `ipp` rules and fixed in place; nothing is created until
//! the person confirms, and then the proxy creates the codes as a job.

pub mod page;
pub mod preview;
pub mod print;
pub mod ways;

use ipp::batch::BatchSheet;
use ipp::jobs::Started;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::api::{self, ApiError};
use crate::components::notice::ErrorNotice;
use crate::i18n::{t, t_with};
use crate::locations::use_locations;
use crate::logic::batch::{job_body, key_from};
use crate::routes::Screen;

pub use page::BatchPage;
pub use preview::Preview;

/// A fresh idempotency key (one per preview: a double click or a resend of the same
/// batch creates it once).
fn fresh_key() -> String {
    let mut bytes = [0u8; 16];
    if let Ok(crypto) = window().crypto() {
        let _ = crypto.get_random_values_with_u8_array(&mut bytes);
    }
    key_from(bytes)
}

/// The batch being prepared: its rows, and the key that creates it once.
#[derive(Clone, Copy)]
pub struct Prepared {
    pub sheet: RwSignal<Option<BatchSheet>>,
    /// Made anew whenever the rows change, so that a changed batch is a new one.
    pub key: StoredValue<String>,
}

impl Default for Prepared {
    fn default() -> Prepared {
        Prepared::new()
    }
}

impl Prepared {
    pub fn new() -> Prepared {
        Prepared {
            sheet: RwSignal::new(None),
            key: StoredValue::new(fresh_key()),
        }
    }

    /// Shows `sheet` as the batch to create (a new preview).
    pub fn show(&self, sheet: BatchSheet) {
        self.key.set_value(fresh_key());
        self.sheet.set(Some(sheet));
    }

    /// Changes the rows in place (a fix, a removed row).
    pub fn change(&self, f: impl FnOnce(&mut BatchSheet)) {
        self.key.set_value(fresh_key());
        self.sheet.update(|s| {
            if let Some(s) = s {
                f(s);
            }
        });
    }
}

#[component]
pub fn NewBatchPage() -> impl IntoView {
    let api = api::use_api();
    let locations = use_locations();
    crate::pages::use_title(|| t("rollout-title"));
    let navigate = use_navigate();
    let prepared = Prepared::new();
    let failure = RwSignal::new(None::<ApiError>);
    let create = Action::new_local(move |body: &serde_json::Value| {
        let body = body.clone();
        let navigate = navigate.clone();
        async move {
            match api::jobs::start(api, &body).await {
                Ok(Started { id }) => navigate(&Screen::Batch(id).href(), Default::default()),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let items = Memo::new(move |_| {
        prepared
            .sheet
            .with(|s| s.as_ref().and_then(BatchSheet::items))
    });
    let count = Memo::new(move |_| {
        prepared
            .sheet
            .with(|s| s.as_ref().map_or(0, |s| s.rows.len()))
    });
    let send = move || {
        if create.pending().get_untracked() {
            return;
        }
        if let Some(items) = items.get_untracked() {
            failure.set(None);
            create.dispatch(job_body(&items, &prepared.key.get_value()));
        }
    };
    let retry = Callback::new(move |()| send());
    view! {
        <section class="page rollout" aria-labelledby="rollout-title">
            <div class="page-head">
                <h1 id="rollout-title">{move || t("rollout-heading")}</h1>
            </div>
            <p class="lead">{move || t("rollout-lead")}</p>
            {move || locations.error().map(|e| view! { <ErrorNotice error=e retry=Callback::new(move |()| locations.reload())/> })}
            <ways::Ways prepared=prepared/>
            {move || prepared.sheet.get().is_some().then(|| view! {
                <Preview prepared=prepared/>
                {move || failure.get().map(|e| view! { <ErrorNotice error=e retry=retry/> })}
                <div class="actions">
                    <button type="button" class="button button-primary" data-testid="rollout-create"
                        disabled=move || items.with(Option::is_none) || create.pending().get()
                        on:click=move |_| send()>
                        {move || if create.pending().get() {
                            t("rollout-creating")
                        } else {
                            t_with("rollout-create", &[("count", count.get().into())])
                        }}
                    </button>
                    {move || items.with(Option::is_none).then(|| view! { <span class="hint" data-testid="rollout-fix-first">{move || t("rollout-fix-first")}</span> })}
                </div>
            })}
            <p><a href=Screen::Enrollments.href()>{move || t("rollout-back")}</a></p>
        </section>
    }
}
