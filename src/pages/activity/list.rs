//! `/activity`: every change made through the console, newest first, filtered by device,
//! code, operator, action, location and days, paged, all kept in the address; exported
//! as CSV.

use ipp::activity::Activity;
use ipp::Page;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::filters::ActivityFilterBar;
use super::table::ActivityTable;
use crate::api;
use crate::components::empty::EmptyList;
use crate::components::pager::Pager;
use crate::i18n::{t, t_with, Msg};
use crate::logic::activity::ActivityFilters;
use crate::logic::filters::{parse_query, FromQuery};
use crate::logic::fleet::range_text;
use crate::pages::export::ExportButton;
use crate::pages::filter_bar::{list_body, IgnoredNotice};
use crate::routes::Screen;

fn href(f: &ActivityFilters) -> String {
    Screen::Activity.with_query(&f.to_query())
}

#[component]
pub fn ActivityPage() -> impl IntoView {
    let api = api::use_api();
    crate::pages::use_title(|| t("activity-title"));
    let search = use_location().search;
    let parsed = Memo::new(move |_| ActivityFilters::from_pairs(parse_query(&search.get())));
    let filters = Memo::new(move |_| parsed.get().0);
    // (Worded here, so that a change of language words them again.)
    let ignored = Memo::new(move |_| parsed.with(|p| p.1.iter().map(Msg::text).collect()));
    let query = Memo::new(move |_| filters.get().to_local_query());
    let page = LocalResource::new(move || {
        let q = query.get();
        async move { api::activity::list(api, &q).await }
    });
    // Said once each answer is in (the table itself is rebuilt, so it cannot say it).
    let count = Memo::new(move |_| match page.get() {
        Some(Ok(p)) => t_with(
            "count-changes",
            &[(
                "range",
                range_text(p.page_number, p.page_size, p.total_elements).into(),
            )],
        ),
        _ => String::new(),
    });
    let export = Signal::derive(move || Some(api::activity::export_path(&query.get())));
    view! {
        <section class="page" aria-labelledby="act-title">
            <div class="page-head">
                <h1 id="act-title">{move || t("activity-title")}</h1>
                <div class="actions">
                    <ExportButton path=export fallback="activity.csv"/>
                </div>
            </div>
            <IgnoredNotice ignored=ignored/>
            <ActivityFilterBar filters=filters href=href/>
            <p class="visually-hidden" aria-live="polite" data-testid="count-live">{count}</p>
            <div class="list-area">
                <Transition fallback=|| view! { <crate::components::loading::Loading key="activity-loading"/> }>
                    {list_body(page,
                        move || filters.with(|f| f.is_filtered() || f.page > 0),
                        |_, filtered| view! {
                            <EmptyList filtered no_match="activity-no-match" list=Screen::Activity
                                nothing_yet="activity-nothing-yet"
                                can_create=false/>
                        }.into_any(),
                        move |p: Page<Activity>| view! {
                            <ActivityTable records=p.content caption=Signal::derive(move || t("activity-caption"))/>
                            <Pager page=p.page_number total_pages=p.total_pages total=p.total_elements size=p.page_size noun="count-changes"
                                href=move |n, size| href(&ActivityFilters { page: n, size, ..filters.get_untracked() })/>
                        }.into_any())}
                </Transition>
            </div>
        </section>
    }
}
