//! `/enrollments/batch/:id`: a batch of codes as it is now, live. Its job is read while
//! it runs, and each code it made is read (`GET /api/enrollments/{id}`) until it is used,
//! expires or is cancelled: the counts per state, each code with its label, store and
//! state — the code itself for operators, the device it paired, the server's reason for
//! a failure — and what to do next: retry the failed, new codes for the expired.

use std::collections::HashMap;
use std::time::Duration;

use chrono::Utc;
use futures::StreamExt;
use ipp::console::Role;
use ipp::Uuid;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::print::PrintSheet;
use crate::api::{self, ApiError};
use crate::components::chips::MetadataChips;
use crate::components::notice::ErrorNotice;
use crate::components::server_words::ServerWords;
use crate::i18n::{t, t_with};
use crate::locations::use_locations;
use crate::logic::batch::{job_body, key_from};
use crate::logic::code;
use crate::logic::rollout::{counts, export_csv, replacements, state_of, to_read, CodeState, Read};
use crate::pages::{id_screen, use_polling, Missing};
use crate::routes::Screen;
use crate::session::use_session;
use ipp::jobs::JobItem;

/// How often the page asks how its job and its codes are doing.
const POLL: Duration = Duration::from_secs(2);
/// Codes read at once.
const AT_ONCE: usize = 6;

#[component]
pub fn BatchPage() -> impl IntoView {
    id_screen(Missing::JOB, |id| view! { <Batch id/> })
}

/// An item of the batch with what is known of its code, and so its state.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub item: JobItem,
    pub read: Option<Read>,
    pub state: CodeState,
}

#[component]
fn Batch(id: Uuid) -> impl IntoView {
    let api = api::use_api();
    let session = use_session();
    let navigate = use_navigate();
    crate::pages::use_title(|| t("rollout-batch-title"));
    let job = LocalResource::new(move || api::jobs::batch(api, id));
    let running = move || job.with(|j| !matches!(j, Some(Ok((j, _))) if j.status.finished()));
    use_polling(job, POLL, running);
    // What was read of each code: kept across reads, so that only codes that may still
    // change are read again.
    let known = StoredValue::new_local(HashMap::<Uuid, Read>::new());
    let codes = LocalResource::new(move || {
        let items = job.with(|j| match j {
            Some(Ok((_, items))) => items.clone(),
            _ => Vec::new(),
        });
        async move {
            let ids = known.with_value(|k| to_read(&items, k, Utc::now()));
            let answers: Vec<_> = futures::stream::iter(ids)
                .map(|id| async move { (id, api::enrollments::get(api, id).await) })
                .buffer_unordered(AT_ONCE)
                .collect()
                .await;
            known.update_value(|k| {
                for (id, answer) in answers {
                    match answer {
                        Ok(d) => {
                            k.insert(id, Read::Found(d));
                        }
                        Err(e) if crate::pages::is_gone(&e) => {
                            let last = k.get(&id).and_then(|r| r.detail().cloned());
                            k.insert(id, Read::Gone(last));
                        }
                        // Read again next time.
                        Err(_) => {}
                    }
                }
            });
            known.get_value()
        }
    });
    let now = RwSignal::new(Utc::now());
    let rows = Memo::new(move |_| {
        let at = now.get();
        let read = codes.get().unwrap_or_default();
        job.with(|j| match j {
            Some(Ok((_, items))) => items
                .iter()
                .map(|item| {
                    let r = item.enrollment_id.and_then(|e| read.get(&e).cloned());
                    let state = state_of(item, r.as_ref(), at);
                    Row {
                        item: item.clone(),
                        read: r,
                        state,
                    }
                })
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
    });
    let waiting = move || rows.with(|r| r.iter().any(|r| r.state == CodeState::Waiting));
    use_polling(codes, POLL, waiting);
    if let Ok(h) = set_interval_with_handle(move || now.set(Utc::now()), Duration::from_secs(5)) {
        on_cleanup(move || h.clear());
    }
    let failure = RwSignal::new(None::<ApiError>);
    // Retrying the failed, or new codes for the expired: a new batch, shown next.
    let again = Action::new_local(move |expired: &bool| {
        let (expired, navigate) = (*expired, navigate.clone());
        let body = expired.then(|| {
            let items = rows.with_untracked(|r| {
                replacements(
                    r.iter()
                        .filter(|r| r.state == CodeState::Expired)
                        .map(|r| &r.item),
                )
            });
            let mut bytes = [0u8; 16];
            if let Ok(c) = window().crypto() {
                let _ = c.get_random_values_with_u8_array(&mut bytes);
            }
            job_body(&items, &key_from(bytes))
        });
        async move {
            let started = match body {
                Some(body) => api::jobs::start(api, &body).await,
                None => api::jobs::retry(api, id).await,
            };
            match started {
                Ok(s) => navigate(&Screen::Batch(s.id).href(), Default::default()),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let operator = move || session.can(Role::Operator);
    // The batch as CSV, each row with its state: it reads again as a batch.
    let export = move |_| {
        let report: Vec<_> = rows.with_untracked(|r| {
            r.iter()
                .map(|r| (r.item.clone(), r.state, r.read.as_ref().and_then(device_of)))
                .collect()
        });
        let _ = api::export::save_csv(&export_csv(&report), &format!("batch-{id}.csv"));
    };
    let print = move |_| {
        let _ = window().print();
    };
    let count_of = move |s: CodeState| rows.with(|r| r.iter().filter(|r| r.state == s).count());
    view! {
        <section class="page rollout-batch" aria-labelledby="batch-title">
            <p class="no-print"><a href=Screen::Enrollments.href()>{move || t("rollout-back")}</a></p>
            <div class="page-head no-print">
                <h1 id="batch-title">{move || t_with("rollout-batch-heading", &[("count", rows.with(Vec::len).into())])}</h1>
                <div class="actions">
                    <button type="button" class="button" data-testid="batch-export" on:click=export>{move || t("rollout-export")}</button>
                    {move || (operator() && count_of(CodeState::Waiting) > 0).then(|| view! {
                        <button type="button" class="button" data-testid="batch-print" on:click=print>{move || t("rollout-print")}</button>
                    })}
                    {move || (operator() && !running() && count_of(CodeState::Failed) > 0).then(|| view! {
                        <button type="button" class="button" data-testid="batch-retry" disabled=move || again.pending().get()
                            on:click=move |_| { again.dispatch(false); }>{move || t("rollout-retry")}</button>
                    })}
                    {move || (operator() && count_of(CodeState::Expired) > 0).then(|| view! {
                        <button type="button" class="button button-primary" data-testid="batch-renew" disabled=move || again.pending().get()
                            on:click=move |_| { again.dispatch(true); }>{move || t("rollout-renew")}</button>
                    })}
                </div>
            </div>
            {move || failure.get().map(|e| view! { <ErrorNotice error=e/> })}
            <ul class="chips no-print" aria-label=move || t("rollout-by-state") data-testid="batch-counts">
                {move || counts(&rows.with(|r| r.iter().map(|r| r.state).collect::<Vec<_>>())).into_iter().map(|(s, n)| {
                    let name = s.name();
                    view! { <li data-testid=format!("batch-count-{}", s.as_str()) data-count=n.to_string()>{move || t_with("rollout-state-count", &[("state", name.text().into()), ("count", n.into())])}</li> }
                }).collect_view()}
            </ul>
            {move || job.get().and_then(Result::err).map(|e| if crate::pages::is_gone(&e) {
                view! { <crate::pages::NoSuchItem missing=Missing::JOB/> }.into_any()
            } else {
                view! { <ErrorNotice error=e retry=Callback::new(move |()| job.refetch())/> }.into_any()
            })}
            <BatchTable rows=rows/>
            <PrintSheet rows=rows/>
        </section>
    }
}

#[component]
fn BatchTable(rows: Memo<Vec<Row>>) -> impl IntoView {
    let locations = use_locations();
    view! {
        <div class="table-box no-print"><table class="table" data-testid="batch-items">
            <caption class="visually-hidden">{move || t("rollout-batch-caption")}</caption>
            <thead><tr>
                <th scope="col">{move || t("col-metadata")}</th>
                <th scope="col">{move || t("col-location")}</th>
                <th scope="col">{move || t("col-status")}</th>
                <th scope="col">{move || t("rollout-col-code-or-device")}</th>
            </tr></thead>
            <tbody>
                {move || rows.get().into_iter().map(|r| {
                    let spec = r.item.spec.clone().unwrap_or_default();
                    let name = r.state.name();
                    let detail = r.read.as_ref().and_then(|x| x.detail().cloned());
                    let what = match (r.state, detail) {
                        (CodeState::Failed, _) => r.item.reason.clone().map(|text| view! { <ServerWords text/> }.into_any()),
                        (CodeState::Paired, Some(d)) => d.device.as_ref().map(|dev| (dev.id, dev.name.clone()))
                            .or_else(|| d.enrollment.device_id.map(|id| (id, d.enrollment.used_by.clone().map(|u| u.name).unwrap_or_default())))
                            .map(|(id, name)| view! { <a href=Screen::Device(id).href() data-testid="batch-device" translate="no">{name}</a> }.into_any()),
                        (CodeState::Waiting, Some(d)) if !d.enrollment.code_hidden() => {
                            let e = d.enrollment;
                            Some(view! { <a href=Screen::Enrollment(e.enrollment_id).href() class="mono code-link" translate="no" data-testid="batch-code">{code::group(&e.enrollment_code)}</a> }.into_any())
                        }
                        _ => None,
                    };
                    view! {
                        <tr data-testid="batch-item" data-state=r.state.as_str()>
                            <td><MetadataChips metadata=spec.metadata.clone()/></td>
                            <td translate="no">{move || locations.name(spec.location_id)}</td>
                            <td>{move || name.text()}</td>
                            <td>{what}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table></div>
    }
}

/// The device a code paired, once known.
fn device_of(read: &Read) -> Option<Uuid> {
    let d = read.detail()?;
    d.device
        .as_ref()
        .map(|dev| dev.id)
        .or(d.enrollment.device_id)
}
