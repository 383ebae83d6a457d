//! Records of the activity trail as a table: what happened in plain words (and how it
//! ended when it did not simply apply), who, and when.

use ipp::activity::Activity;
use leptos::prelude::*;

use crate::components::server_words::ServerWords;
use crate::components::time::RelativeTime;
use crate::i18n::{t, Msg};
use crate::locations::use_locations;
use crate::logic::activity::wording::{actor_text, describe, outcome, sentence};
use crate::pages::jobs::JobLink;

#[component]
pub fn ActivityTable(
    records: Vec<Activity>,
    #[prop(into)] caption: Signal<String>,
) -> impl IntoView {
    let locations = use_locations();
    view! {
        <div class="table-box"><table class="table activity" data-testid="activity">
            <caption class="visually-hidden">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || t("activity-col-what")}</th>
                    <th scope="col">{move || t("activity-col-by")}</th>
                    <th scope="col">{move || t("activity-col-when")}</th>
                </tr>
            </thead>
            <tbody>
                {records.into_iter().map(|a| {
                    let ended = outcome(&a);
                    let who = actor_text(&a.actor).to_owned();
                    let (at, state) = (a.at, a.outcome.as_str());
                    // The store's time, where the change was made (or to which it moved).
                    let store = a.location_before.or(a.location_after);
                    // A change made by a bulk change, or the bulk change itself.
                    let job = a.job_id.or_else(|| {
                        a.target.as_ref().filter(|t| t.kind == "job" && a.action == "job.start")
                            .and_then(|t| t.id.parse().ok())
                    });
                    view! {
                        <tr data-testid="activity-row" data-outcome=state>
                            // Location names follow the locations as they load.
                            <td>
                                <span data-testid="activity-what">{move || sentence(describe(&a, |l| locations.name(l)).iter().map(Msg::text))}</span>
                                {ended.map(|o| view! {
                                    <span class="activity-outcome" data-testid="activity-outcome">
                                        {move || o.label.text()}
                                        {o.reason.map(|r| view! { " "<ServerWords text=r/> })}
                                    </span>
                                })}
                                {job.map(|id| view! { <JobLink id/> })}
                            </td>
                            <td translate="no">{who}</td>
                            <td><RelativeTime at=at location=store/></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></div>
    }
}
