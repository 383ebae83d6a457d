//! "Export CSV" of a list: every row its filters select, downloaded as a file, with its
//! progress announced and a way to stop it.

use leptos::prelude::*;

use crate::api::{self, ApiError};
use crate::components::notice::ErrorNotice;
use crate::i18n::{t, Msg};
use crate::logic::fleet::{thousands, ExportProgress};

/// A button that exports what `path` (the export call with the list's filters) gives;
/// unavailable while `path` is `None`. `fallback` names the file when the server does
/// not.
#[component]
pub fn ExportButton(
    #[prop(into)] path: Signal<Option<String>>,
    fallback: &'static str,
) -> impl IntoView {
    let api = api::use_api();
    let progress = RwSignal::new(None::<ExportProgress>);
    // What became of the last export (said in the language shown, also after a switch).
    let done = RwSignal::new(None::<Msg>);
    let failure = RwSignal::new(None::<ApiError>);
    let export = Action::new_local(move |path: &String| {
        let path = path.clone();
        async move {
            let shown = move |p| {
                progress.try_set(Some(p));
            };
            match api::export::download(api, &path, fallback, shown).await {
                Ok(e) => done.set(Some(
                    Msg::new("export-done")
                        .with("rows", thousands(e.rows))
                        .with("file", e.filename),
                )),
                Err(e) => failure.set(Some(e)),
            }
            progress.set(None);
        }
    });
    let running = StoredValue::new_local(None::<ActionAbortHandle>);
    let start = move |_| {
        if export.pending().get_untracked() {
            return;
        }
        if let Some(path) = path.get_untracked() {
            done.set(None);
            failure.set(None);
            progress.set(Some(ExportProgress::default()));
            running.set_value(Some(export.dispatch(path)));
        }
    };
    let cancel = move |_| {
        if let Some(handle) = running.try_update_value(Option::take).flatten() {
            handle.abort();
        }
        progress.set(None);
        done.set(Some(Msg::new("export-cancelled")));
    };
    let busy = move || progress.with(Option::is_some);
    view! {
        <div class="export">
            {move || if busy() {
                view! {
                    <button type="button" class="button" on:click=cancel data-testid="export-cancel">{move || t("export-cancel")}</button>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="button" on:click=start data-testid="export"
                        disabled=move || path.with(Option::is_none)>{move || t("export-csv")}</button>
                }.into_any()
            }}
            <span class="export-status" role="status" aria-live="polite" data-testid="export-status">
                {move || progress.get().map(|p| p.text()).or_else(|| done.with(|d| d.as_ref().map(Msg::text)))}
            </span>
            {move || failure.get().map(|e| view! { <ErrorNotice error=e/> })}
        </div>
    }
}
