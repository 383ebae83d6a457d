//! `/jobs/:id`: one bulk change — a live progress bar while it runs (the proxy's event
//! stream), the counts by outcome, cancel, undo, retry the failed, its devices filtered
//! by outcome, and its results as CSV.

use ipp::console::Role;
use ipp::jobs::{ItemOutcome, Job, JobItem, JobItemsQuery, JobStatus};
use ipp::{Page, Uuid};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api;
use crate::components::notice::ErrorNotice;
use crate::components::pager::Pager;
use crate::components::server_words::ServerWords;
use crate::i18n::{t, t_with};
use crate::locations::use_locations;
use crate::logic::activity::wording::actor_text;
use crate::logic::diff::Change;
use crate::logic::fleet::thousands;
use crate::logic::jobs::{action_name, device_count, outcome_name, percent, progress, status_name};
use crate::pages::export::ExportButton;
use crate::pages::{id_screen, use_polling, Missing};
use crate::routes::Screen;

#[component]
pub fn JobPage() -> impl IntoView {
    id_screen(Missing::JOB, |id| view! { <JobScreen id/> })
}

/// The outcome filter and page in the address (`?outcome=failed&page=2`).
fn items_query(pairs: &leptos_router::params::ParamsMap) -> JobItemsQuery {
    JobItemsQuery {
        outcome: match pairs.get("outcome").as_deref() {
            Some("pending") => Some(None),
            Some(o) => ItemOutcome::parse(o).map(Some),
            None => None,
        },
        page_number: pairs
            .get("page")
            .and_then(|p| p.parse::<u32>().ok())
            .map_or(0, |p| p.saturating_sub(1)),
        page_size: 50,
    }
}

fn href(id: Uuid, outcome: Option<&str>, page: u32) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    if let Some(o) = outcome {
        q.append_pair("outcome", o);
    }
    if page > 0 {
        q.append_pair("page", &(page + 1).to_string());
    }
    Screen::Job(id).with_query(&q.finish())
}

#[component]
fn JobScreen(id: Uuid) -> impl IntoView {
    let api = api::use_api();
    let session = crate::session::use_session();
    let navigate = use_navigate();
    let query_map = use_query_map();
    let query = Memo::new(move |_| query_map.with(items_query));
    // The job as last heard of: from its page, then from its event stream.
    let live = RwSignal::new(None::<Job>);
    crate::pages::use_title(move || {
        let what = live.with(|j| j.as_ref().map(|j| action_name(j.action)));
        let what = what.map_or_else(|| t("job-one"), |m| m.text());
        format!("{what} · {}", t("nav-jobs"))
    });
    let ended = Memo::new(move |_| live.with(|j| j.as_ref().is_some_and(|j| j.status.finished())));
    let changed = RwSignal::new(0u32);
    let page = LocalResource::new(move || {
        let q = query.get();
        ended.track();
        changed.track();
        async move { api::jobs::get(api, id, &q).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(p)) = page.get() {
            live.set(Some(p.job));
        }
    });
    // Progress as it streams in; if the stream breaks off, the page is read every few
    // seconds instead.
    let streaming = RwSignal::new(true);
    // Ends with the page: leaving it drops the stream, which aborts its request.
    leptos::task::spawn_local_scoped_with_cancellation(async move {
        let followed = api::jobs::follow(api, id, move |job| live.set(Some(job))).await;
        streaming.set(false);
        if followed.is_err() {
            leptos::logging::warn!("the job's progress stream broke off; polling instead");
        }
    });
    use_polling(page, std::time::Duration::from_secs(3), move || {
        !streaming.get_untracked() && !ended.get_untracked()
    });
    let notice = RwSignal::new(None::<String>);
    let act = Action::new_local(move |what: &&'static str| {
        let what = *what;
        let navigate = navigate.clone();
        async move {
            let started = match what {
                "cancel" => api::jobs::cancel(api, id).await.map(|()| None),
                "undo" => api::jobs::undo(api, id).await.map(Some),
                _ => api::jobs::retry(api, id).await.map(Some),
            };
            match started {
                Ok(Some(s)) => navigate(&Screen::Job(s.id).href(), Default::default()),
                Ok(None) => {
                    notice.set(Some(t("job-cancelling")));
                    changed.update(|n| *n += 1);
                }
                Err(e) => notice.set(Some(e.message())),
            }
        }
    });
    let operator = move || session.can(Role::Operator);
    let export = Signal::derive(move || Some(api::jobs::export_path(id)));
    view! {
        <section class="page" aria-labelledby="job-title">
            <p><a href=Screen::Jobs.href()>{move || t("job-back")}</a></p>
            {move || live.get().map(|job| {
                let running = !job.status.finished();
                let (action, total) = (action_name(job.action), job.total);
                view! {
                    <div class="page-head">
                        <h1 id="job-title">{move || format!("{} · {}", action.text(), device_count(total).text())}</h1>
                        <div class="actions">
                            <ExportButton path=export fallback="bulk-change.csv"/>
                            {(operator() && running).then(|| view! { <button class="button" data-testid="job-cancel" on:click=move |_| { act.dispatch("cancel"); }>{move || t("job-cancel")}</button> })}
                            {(operator() && job.reversible).then(|| view! { <button class="button" data-testid="job-undo" on:click=move |_| { act.dispatch("undo"); }>{move || t("job-undo")}</button> })}
                            {(operator() && !running && job.counts.failed > 0).then(|| view! { <button class="button" data-testid="job-retry" on:click=move |_| { act.dispatch("retry"); }>{move || t("job-retry")}</button> })}
                        </div>
                    </div>
                    <JobSummary job=job/>
                }
            })}
            {move || notice.get().map(|n| view! { <div class="notice" role="status" data-testid="job-notice">{n}</div> })}
            <Transition fallback=|| view! { <crate::components::loading::Loading key="job-loading"/> }>
                {move || page.get().map(|r| match r {
                    Err(e) if e.problem().is_some_and(|p| p.status == 404) => view! { <crate::pages::NoSuchItem missing=Missing::JOB/> }.into_any(),
                    Err(e) => view! { <ErrorNotice error=e retry=Callback::new(move |()| page.refetch())/> }.into_any(),
                    Ok(p) => view! { <Items id items=p.items current=query.get_untracked().outcome/> }.into_any(),
                })}
            </Transition>
        </section>
    }
}

/// Status, the progress bar, who started it, and the counts by outcome (each a filter).
#[component]
fn JobSummary(job: Job) -> impl IntoView {
    let c = job.counts;
    let counts = [
        (Some(ItemOutcome::Done), c.done),
        (Some(ItemOutcome::Unchanged), c.unchanged),
        (Some(ItemOutcome::Skipped), c.skipped),
        (Some(ItemOutcome::Conflict), c.conflict),
        (Some(ItemOutcome::Failed), c.failed),
        (None, c.pending),
    ];
    let id = job.id;
    let status = status_name(job.status);
    // Built as it is shown: its numbers are grouped as the language shown groups them.
    let done = {
        let job = job.clone();
        move || progress(&job).text()
    };
    view! {
        <p data-testid="job-status"><strong>{move || status.text()}</strong>" · "{move || t("job-started-by")}" "<span translate="no">{actor_text(&job.starter).to_owned()}</span>
            {job.parent_id.map(|p| view! { " · "{move || t("job-follows")}" "<a href=Screen::Job(p).href()>{move || t("job-earlier")}</a> })}
            {job.undone_by.map(|u| view! { " · "{move || t("job-undone-by")}" "<a href=Screen::Job(u).href()>{move || t("job-later")}</a> })}
        </p>
        <progress max="100" value=percent(&job).to_string() aria-label=move || t("job-progress-label") data-testid="job-progress"></progress>
        <p aria-live="polite" data-testid="job-progress-text">{done}</p>
        <ul class="chips" aria-label=move || t("job-by-outcome")>
            {counts.into_iter().filter(|(_, n)| *n > 0).map(|(o, n)| {
                let key = o.map_or("pending", |o| o.as_str());
                let outcome = outcome_name(o);
                let text = move || t_with("job-outcome-count", &[("outcome", outcome.text().into()), ("n", thousands(n).into())]);
                view! { <li><a href=href(id, Some(key), 0) data-testid=format!("count-{key}")>{text}</a></li> }
            }).collect_view()}
            <li><a href=href(id, None, 0)>{move || t("job-all")}</a></li>
        </ul>
        {(job.status == JobStatus::Done && !job.reversible && job.undone_by.is_none() && job.action == ipp::jobs::JobAction::Deregister)
            .then(|| view! { <p class="hint">{move || t("job-deregister-final")}</p> })}
    }
}

#[component]
fn Items(id: Uuid, items: Page<JobItem>, current: Option<Option<ItemOutcome>>) -> impl IntoView {
    let locations = use_locations();
    let outcome = current.map(|o| o.map_or("pending", |o| o.as_str()));
    if items.content.is_empty() {
        return view! { <p>{move || t("job-items-none")}</p> }.into_any();
    }
    view! {
        <div class="table-box"><table class="table" data-testid="job-items">
            <caption class="visually-hidden">{move || t("job-items-caption")}</caption>
            <thead><tr>
                <th scope="col">{move || t("job-col-device")}</th>
                <th scope="col">{move || t("job-col-outcome")}</th>
                <th scope="col">{move || t("job-col-what")}</th>
            </tr></thead>
            <tbody>
                {items.content.into_iter().map(|i| {
                    let outcome = outcome_name(i.outcome);
                    // Worded when shown, so that a change of language words them again.
                    let changes = i.changes.clone();
                    let lines = move || changes.iter().map(|c| Change::of_field(c, |l| Some(locations.name(l))).sentence()).collect::<Vec<_>>();
                    view! {
                        <tr data-testid="job-item" data-outcome=i.outcome.map_or("pending", |o| o.as_str())>
                            <td>{item_link(&i, locations)}</td>
                            <td>{move || outcome.text()}</td>
                            <td>
                                {i.reason.map(|r| view! { <p><ServerWords text=r/></p> })}
                                <ul>{move || lines().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></div>
        <Pager page=items.page_number total_pages=items.total_pages total=items.total_elements size=items.page_size noun="count-devices"
            href=move |n, _| href(id, outcome, n)/>
    }
    .into_any()
}

/// Where an item leads: its device, or the pairing code a batch created (named by its
/// location; the code itself is read on the code's own page, operators only).
fn item_link(i: &JobItem, locations: crate::locations::Locations) -> impl IntoView {
    let (href, text) = match (i.device_id, i.enrollment_id, &i.spec) {
        (Some(d), _, _) => (Some(Screen::Device(d).href()), i.name.clone()),
        (None, code, Some(spec)) => (
            code.map(|c| Screen::Enrollment(c).href()),
            locations.name(spec.location_id),
        ),
        (None, code, None) => (code.map(|c| Screen::Enrollment(c).href()), String::new()),
    };
    match href {
        Some(href) => view! { <a href=href translate="no">{text}</a> }.into_any(),
        None => view! { <span translate="no">{text}</span> }.into_any(),
    }
}
