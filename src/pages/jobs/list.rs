//! `/jobs`: the bulk changes running and recent, newest first.

use ipp::jobs::{Job, JobStatus};
use leptos::prelude::*;

use crate::api;
use crate::components::notice::ErrorNotice;
use crate::components::time::RelativeTime;
use crate::logic::activity::wording::actor_text;
use crate::logic::jobs::{action_label, progress_text, status_label};
use crate::pages::use_polling;
use crate::routes::Screen;

#[component]
pub fn JobsPage() -> impl IntoView {
    let api = api::use_api();
    crate::pages::use_title(|| "Bulk changes".into());
    let jobs = LocalResource::new(move || async move { api::jobs::list(api).await });
    // While some run, their progress is read again.
    use_polling(jobs, std::time::Duration::from_secs(3), move || {
        jobs.with(|j| matches!(j, Some(Ok(list)) if list.iter().any(|j| !j.status.finished())))
    });
    view! {
        <section class="page" aria-labelledby="jobs-title">
            <div class="page-head"><h1 id="jobs-title">"Bulk changes"</h1></div>
            <p class="hint">"Select devices in the device list to move, tag or deregister many at once. Each bulk change runs on the server, so it goes on if you close this page."</p>
            <Transition fallback=|| view! { <crate::components::loading::Loading what="bulk changes"/> }>
                {move || jobs.get().map(|r| match r {
                    Err(e) => view! { <ErrorNotice error=e retry=Callback::new(move |()| jobs.refetch())/> }.into_any(),
                    Ok(list) if list.is_empty() => view! { <p data-testid="jobs-empty">"No bulk changes yet."</p> }.into_any(),
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
            <caption class="visually-hidden">"Bulk changes, running first, then newest first"</caption>
            <thead><tr><th scope="col">"Change"</th><th scope="col">"Status"</th><th scope="col">"Progress"</th>
                <th scope="col">"Started by"</th><th scope="col">"Started"</th></tr></thead>
            <tbody>
                {jobs.into_iter().map(|j| {
                    let attention = j.counts.failed > 0 && j.status == JobStatus::Done;
                    view! {
                        <tr data-testid="job-row">
                            <td><a href=Screen::Job(j.id).href()>{action_label(j.action)}</a></td>
                            <td>{status_label(j.status)}{attention.then(|| format!(" · {} failed", j.counts.failed))}</td>
                            <td>{progress_text(&j)}</td>
                            <td>{actor_text(&j.starter).to_owned()}</td>
                            <td><RelativeTime at=j.created_at/></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></div>
    }
}
