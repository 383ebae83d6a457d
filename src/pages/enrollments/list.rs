//! `/enrollments`: pending codes (used ones on request), filtered by location and
//! metadata, paged, all kept in the URL; who created each code; cancel with a
//! confirmation.

use chrono::Utc;
use ipp::activity::Creation;
use ipp::console::Role;
use ipp::{Enrollment, EnrollmentStatus, Page};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::api::{self, ApiError};
use crate::components::chips::MetadataChips;
use crate::components::confirm::ConfirmDialog;
use crate::components::empty::EmptyList;
use crate::components::notice::ErrorNotice;
use crate::components::pager::Pager;
use crate::components::status::StatusChip;
use crate::components::time::use_dates;
use crate::i18n::{t, t_with};
use crate::locations::use_locations;
use crate::logic::code;
use crate::logic::filters::Filters;
use crate::pages::activity::{use_creators, CreatedBy};
use crate::pages::export::ExportButton;
use crate::pages::filter_bar::{use_scoped_filters, FilterBar, IgnoredNotice, ListScope};
use crate::routes::Screen;
use crate::session::use_session;

#[component]
pub fn EnrollmentsPage() -> impl IntoView {
    let api = crate::api::use_api();
    let session = use_session();
    let locations = use_locations();
    crate::pages::use_title(|| t("codes-title"));
    let navigate = use_navigate();
    let scoped = use_scoped_filters(ListScope::PerLocation);
    let (filters, ignored) = (scoped.filters, scoped.ignored);
    // Cancelling: ask, then do it; the list is read again after each cancel.
    let to_cancel = RwSignal::new(None::<Enrollment>);
    let dialog_open = RwSignal::new(false);
    let notice = RwSignal::new(None::<String>);
    let cancel_error = RwSignal::new(None::<ApiError>);
    let cancel = Action::new_local(move |e: &Enrollment| {
        let (id, grouped) = (e.enrollment_id, code::group(&e.enrollment_code));
        async move {
            match api::enrollments::cancel(api, id).await {
                Ok(()) => notice.set(Some(t_with("codes-cancelled", &[("code", grouped.into())]))),
                Err(e) => cancel_error.set(Some(e)),
            }
            dialog_open.set(false);
        }
    });
    let page = scoped.page(api::enrollments::ENROLLMENTS, move || {
        cancel.version().track()
    });
    let href = move |f: &Filters| Screen::Enrollments.with_query(&f.to_query());
    let creators = use_creators(move || {
        page.with(|p| match p {
            Some(Ok(p)) => p.content.iter().map(|e| e.enrollment_id).collect(),
            _ => Vec::new(),
        })
    });

    let can_edit = move || session.can(Role::Operator);

    let nav = navigate.clone();
    let toggle_used = move |ev: leptos::ev::Event| {
        let used = event_target_checked(&ev);
        nav(
            &href(&Filters {
                used,
                page: 0,
                ..filters.get_untracked()
            }),
            Default::default(),
        );
    };

    view! {
        <section class="page" aria-labelledby="enr-title">
            <div class="page-head">
                <h1 id="enr-title">{move || t("codes-title")}</h1>
                <div class="actions">
                    <ExportButton fallback="codes.csv"
                        path=Signal::derive(move || scoped.query().map(|q| api::fleet::codes_export_path(&q)))/>
                    {move || can_edit().then(|| view! {
                        <a class="button" href=Screen::NewBatch.href() data-testid="create-many">{move || t("rollout-create-many")}</a>
                        <a class="button button-primary" href=Screen::NewEnrollment.href()>{move || t("codes-create")}</a>
                    })}
                </div>
            </div>
            {move || notice.get().map(|n| view! { <div class="notice notice-success" role="status" data-testid="notice">{n}</div> })}
            {move || cancel_error.get().map(|e| view! { <ErrorNotice error=e/> })}
            <IgnoredNotice ignored=ignored/>
            <FilterBar filters=filters href=href id="filter-codes" label=Signal::derive(move || t("codes-filter-label"))>
                <label class="choice">
                    <input type="checkbox" prop:checked=move || filters.get().used on:change=toggle_used data-testid="show-used"/>
                    {move || t("codes-show-used")}
                </label>
            </FilterBar>
            <Transition fallback=|| view! { <crate::components::loading::Loading key="loading-codes"/> }>
                {scoped.body(page,
                    move |_, filtered| view! {
                        <EmptyList filtered no_match="codes-no-match" list=Screen::Enrollments
                            nothing_yet="codes-nothing-yet"
                            can_create=can_edit()/>
                    }.into_any(),
                    move |p| view! {
                        <EnrollmentTable page=p.clone() can_edit=can_edit() creators=creators on_cancel=Callback::new(move |e: Enrollment| {
                            notice.set(None);
                            cancel_error.set(None);
                            to_cancel.set(Some(e));
                            dialog_open.set(true);
                        })/>
                        <Pager page=p.page_number total_pages=p.total_pages total=p.total_elements size=p.page_size noun="count-codes"
                            href=move |n, size| href(&Filters { page: n, size, ..filters.get_untracked() })/>
                    }.into_any())}
            </Transition>
            <ConfirmDialog id="cancel-code" open=dialog_open title=Signal::derive(move || t("card-cancel-title")) confirm_label=Signal::derive(move || t("card-cancel-confirm"))
                busy=Signal::derive(move || cancel.pending().get())
                on_confirm=Callback::new(move |()| {
                    if let Some(e) = to_cancel.get_untracked() {
                        cancel.dispatch(e);
                    }
                })>
                <p>{move || to_cancel.get().map(|e| {
                    let code = code::group(&e.enrollment_code);
                    match e.location_id {
                        Some(l) => t_with("codes-cancel-body-at", &[("code", code.into()), ("location", locations.name(Some(l)).into())]),
                        None => t_with("codes-cancel-body", &[("code", code.into())]),
                    }
                })}</p>
            </ConfirmDialog>
        </section>
    }
}

#[component]
fn EnrollmentTable(
    page: Page<Enrollment>,
    can_edit: bool,
    /// Who created which code, where known.
    creators: Signal<Vec<Creation>>,
    on_cancel: Callback<Enrollment>,
) -> impl IntoView {
    let locations = use_locations();
    let dates = use_dates();
    let now = Utc::now();
    view! {
        <div class="table-box"><table class="table" data-testid="enrollments">
            <caption class="visually-hidden">{move || t("codes-title")}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || t("col-code")}</th>
                    <th scope="col">{move || t("col-status")}</th>
                    <th scope="col">{move || t("col-location")}</th>
                    <th scope="col">{move || t("col-metadata")}</th>
                    <th scope="col">{move || t("col-expires-or-used")}</th>
                    <th scope="col">{move || t("col-created-by")}</th>
                    {can_edit.then(|| view! { <th scope="col"><span class="visually-hidden">{move || t("col-actions")}</span></th> })}
                </tr>
            </thead>
            <tbody>
                {page.content.into_iter().map(|e| {
                    let status = e.status_at(now);
                    let pending = status == EnrollmentStatus::Pending;
                    let grouped = code::group(&e.enrollment_code);
                    let shown = grouped.clone();
                    let e2 = e.clone();
                    let id = e.enrollment_id;
                    view! {
                        <tr data-testid="enrollment-row" data-code=e.enrollment_code.clone()>
                            <td>{if e.code_hidden() {
                                // Viewers learn that a code exists, not the code.
                                view! { <span class="mono code-hidden" data-testid="code-hidden"><span translate="no">"•••• ••••"</span><span class="visually-hidden">" "{move || t("code-masked")}</span></span> }.into_any()
                            } else {
                                view! { <A href=Screen::Enrollment(e.enrollment_id).href() attr:class="mono code-link" attr:translate="no">{shown}</A> }.into_any()
                            }}</td>
                            <td><StatusChip status=status/></td>
                            <td translate="no">{move || e.location_id.map_or_else(|| "—".to_owned(), |l| locations.name(Some(l)))}</td>
                            <td><MetadataChips metadata=e.metadata.clone()/></td>
                            <td>{match (status, e.device_id, e.used_by.clone()) {
                                // A used code: when, and the phone it paired, not an expiry that no longer matters.
                                (EnrollmentStatus::Consumed, Some(d), Some(by)) => view! {
                                    {move || t("codes-paired")}" "<time datetime=ipp::time::format(&by.paired_at) title=use_dates().at_store(by.paired_at, locations.zone(e.location_id).as_deref())>{use_dates().relative(by.paired_at, now)}</time>
                                    " → "<a href=Screen::Device(d).href() data-testid="used-by" translate="no">{by.name}</a>
                                }.into_any(),
                                (EnrollmentStatus::Consumed, Some(d), None) => view! { {move || t("codes-used-by")}" "<a href=Screen::Device(d).href() data-testid="used-by">{move || t("codes-the-device")}</a> }.into_any(),
                                (EnrollmentStatus::Consumed, None, _) => view! { {move || t("codes-used")} }.into_any(),
                                // The exact time as the store reads it.
                                _ => view! { <time datetime=ipp::time::format(&e.expires_at) title=move || dates.at_store(e.expires_at, locations.zone(e.location_id).as_deref())>{dates.relative(e.expires_at, now)}</time> }.into_any(),
                            }}</td>
                            <CreatedBy creators=creators id=id/>
                            {can_edit.then(|| view! {
                                <td>{pending.then(|| view! {
                                    <button type="button" class="button button-small" on:click=move |_| on_cancel.run(e2.clone())>
                                        {move || t("codes-cancel")}" " <span class="visually-hidden">{move || t_with("codes-cancel-which", &[("code", grouped.clone().into())])}</span>
                                    </button>
                                })}</td>
                            })}
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></div>
    }
}
