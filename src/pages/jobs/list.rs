//! `/jobs`: the bulk changes running and recent, newest first.

use ipp::jobs::{Job, JobStatus};
use leptos::prelude::*;

use crate::api;
use crate::components::notice::ErrorNotice;
use crate::components::time::RelativeTime;
use crate::i18n::{t, t_with, Arg};
use crate::logic::activity::wording::actor_text;
use crate::logic::jobs::{action_name, progress, status_name};
use crate::pages::use_polling;
use crate::routes::Screen;

#[component]
pub fn JobsPage() -> impl IntoView {
    let api = api::use_api();
    crate::pages::use_title(|| t("nav-jobs"));
    let jobs = LocalResource::new(move || async move { api::jobs::list(api).await });
    // While some run, their progress is read again.
    use_polling(jobs, std::time::Duration::from_secs(3), move || {
        jobs.with(|j| matches!(j, Some(Ok(list)) if list.iter().any(|j| !j.status.finished())))
    });
    view! {
        <section class="page" aria-labelledby="jobs-title">
            <div class="page-head"><h1 id="jobs-title">{move || t("nav-jobs")}</h1></div>
            <p class="hint">{move || t("job-list-hint")}</p>
            <Transition fallback=|| view! { <crate::components::loading::Loading key="job-loading-list"/> }>
                {move || jobs.get().map(|r| match r {
                    Err(e) => view! { <ErrorNotice error=e retry=Callback::new(move |()| jobs.refetch())/> }.into_any(),
                    Ok(list) if list.is_empty() => view! { <p data-testid="jobs-empty">{move || t("job-list-empty")}</p> }.into_any(),
                    Ok(list) => view! { <JobsTable jobs=list/> }.into_any(),
                })}
            </Transition>
        </section>
    }
}

#[component]
fn JobsTable(jobs: Vec<Job>) -> impl IntoView {
    view! {
        <div class="table-box"><table class="table" data-testid="jobs">
            <caption class="visually-hidden">{move || t("job-list-caption")}</caption>
            <thead><tr>
                <th scope="col">{move || t("job-col-change")}</th>
                <th scope="col">{move || t("col-status")}</th>
                <th scope="col">{move || t("job-col-progress")}</th>
                <th scope="col">{move || t("job-col-started-by")}</th>
                <th scope="col">{move || t("job-col-started")}</th>
            </tr></thead>
            <tbody>
                {jobs.into_iter().map(|j| {
                    let failed = j.counts.failed;
                    let attention = failed > 0 && j.status == JobStatus::Done;
                    let (action, status) = (action_name(j.action), status_name(j.status));
                    let done = {
                        let j = j.clone();
                        move || progress(&j).text()
                    };
                    view! {
                        <tr data-testid="job-row">
                            <td><a href=Screen::Job(j.id).href()>{move || action.text()}</a></td>
                            <td>{move || status.text()}{attention.then(|| view! { " · "{move || t_with("job-failed-count", &[("count", Arg::Number(failed as f64))])} })}</td>
                            <td>{done}</td>
                            <td translate="no">{actor_text(&j.starter).to_owned()}</td>
                            <td><RelativeTime at=j.created_at/></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></div>
    }
}
