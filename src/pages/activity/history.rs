//! The short history of one device or pairing code, on its own page: its last changes,
//! newest first, and a link to all of them in the activity view.

use leptos::prelude::*;
use leptos_router::components::A;

use super::table::ActivityTable;
use crate::api;
use crate::components::notice::ErrorNotice;
use crate::i18n::t;
use crate::logic::activity::{ActivityFilters, HISTORY_SIZE};
use crate::routes::Screen;

/// The last changes of what `filters` name (a device or a code), read again whenever
/// `changed` (the version of the page's change action) does.
#[component]
pub fn History(filters: ActivityFilters, #[prop(into)] changed: Signal<usize>) -> impl IntoView {
    let api = api::use_api();
    let all = Screen::Activity.with_query(&filters.to_query());
    let query = ActivityFilters {
        size: HISTORY_SIZE,
        ..filters
    }
    .to_local_query();
    let history = LocalResource::new(move || {
        changed.track();
        let q = query.clone();
        async move { api::activity::list(api, &q).await }
    });
    view! {
        <section class="history no-print" aria-labelledby="history-title" data-testid="history">
            <h2 id="history-title">{move || t("activity-history")}</h2>
            <Transition fallback=|| view! { <p class="hint" role="status">{move || t("activity-history-loading")}</p> }>
                {move || history.get().map(|r| match r {
                    Err(e) => view! { <ErrorNotice error=e retry=Callback::new(move |()| history.refetch())/> }.into_any(),
                    Ok(p) if p.content.is_empty() => view! { <p class="hint">{move || t("activity-history-empty")}</p> }.into_any(),
                    Ok(p) => view! { <ActivityTable records=p.content caption=Signal::derive(move || t("activity-history-caption"))/> }.into_any(),
                })}
            </Transition>
            <p><A href=all>{move || t("activity-see-all")}</A></p>
        </section>
    }
}
