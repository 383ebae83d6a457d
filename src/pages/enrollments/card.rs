//! `/enrollments/:id`: the pairing card. The code large and grouped (and spelled out for
//! screen readers), a QR code, copy and print, the expiry as a local time and a live
//! countdown; while visible it checks every 1.5 s and turns to "Paired" when the code is
//! used, or says it expired and offers a new one with the same details. Below, the
//! code's history.

use std::time::Duration;

use chrono::{DateTime, Utc};
use ipp::console::{EnrollmentDetail, Role};
use ipp::{Enrollment, EnrollmentStatus, Uuid};
use leptos::prelude::*;
use leptos_router::components::A;

use super::new_code_href;
use super::simulate::{Pairing, SimulateClerk};
use crate::api::{self, ApiError};
use crate::components::chips::MetadataChips;
use crate::components::clerk_steps::ClerkSteps;
use crate::components::code::{CodeDisplay, Countdown};
use crate::components::confirm::ConfirmDialog;
use crate::components::notice::ErrorNotice;
use crate::components::qr_code::QrCode;
use crate::components::status::StatusChip;
use crate::components::time::use_dates;
use crate::i18n::{t, t_with};
use crate::locations::use_locations;
use crate::logic::activity::ActivityFilters;
use crate::logic::code;
use crate::pages::activity::History;
use crate::pages::{id_screen, use_handoff, use_polling, Missing};
use crate::routes::Screen;
use crate::session::use_session;

/// How often a visible card asks whether its code was used.
pub const POLL: Duration = Duration::from_millis(1500);

#[component]
pub fn PairingCardPage() -> impl IntoView {
    id_screen(Missing::CODE, |id| view! { <PairingCard id=id/> })
}

/// What the card shows.
#[derive(Debug, Clone, PartialEq)]
enum State {
    Loading,
    Failed(ApiError),
    Waiting,
    Paired,
    Expired,
    Cancelled,
    /// Gone from the lists before its expiry (cancelled elsewhere).
    Unavailable,
}

/// The lifetime a pending code was made with (for "a new code with the same details"):
/// once it has expired, its expiry may no longer tell.
fn lifetime_of(e: &Enrollment) -> Option<u64> {
    if e.status != EnrollmentStatus::Pending {
        return None;
    }
    let ms = (e.expires_at - e.created_at?).num_milliseconds();
    u64::try_from(ms)
        .ok()
        .filter(|ms| ipp::request::check_expires_in(*ms).is_ok())
}

#[component]
pub fn PairingCard(id: Uuid) -> impl IntoView {
    let api = crate::api::use_api();
    // The code just created shows at once; the card reads it all the same.
    let created = use_handoff::<Enrollment>()
        .take()
        .filter(|e| e.enrollment_id == id)
        .map(|enrollment| EnrollmentDetail {
            enrollment,
            device: None,
        });
    let pairing = Pairing::start();
    crate::pages::use_title(|| t("card-title"));
    // Cancelling the code from the card.
    let cancel =
        Action::new_local(move |_: &()| async move { api::enrollments::cancel(api, id).await });
    // Read again after the clerk's pairing is simulated here, or the code cancelled.
    let detail = LocalResource::new(move || {
        pairing.action.version().track();
        cancel.version().track();
        async move { api::enrollments::get(api, id).await }
    });
    // What is known of the code: the latest answer that had it.
    let known = Memo::new(
        move |before: Option<&Option<EnrollmentDetail>>| match detail.get() {
            Some(Ok(d)) => Some(d),
            _ => before.cloned().flatten().or_else(|| created.clone()),
        },
    );
    let lifetime = Memo::new(move |before: Option<&Option<u64>>| {
        before
            .copied()
            .flatten()
            .or_else(|| known.with(|d| d.as_ref().and_then(|d| lifetime_of(&d.enrollment))))
    });
    // The countdown's clock.
    let now = RwSignal::new(Utc::now());
    if let Ok(h) = set_interval_with_handle(move || now.set(Utc::now()), Duration::from_secs(1)) {
        on_cleanup(move || h.clear());
    }
    let state = Memo::new(move |_| {
        let t = now.get();
        match (detail.get(), known.get()) {
            // Gone from the lists: expired, or cancelled elsewhere.
            (Some(Err(ApiError::NotFound(_))), Some(d)) if t >= d.enrollment.expires_at => {
                State::Expired
            }
            (Some(Err(ApiError::NotFound(_))), Some(_)) => State::Unavailable,
            (Some(Err(e)), None) => State::Failed(e),
            (_, Some(d)) => match d.enrollment.status_at(t) {
                EnrollmentStatus::Pending => State::Waiting,
                EnrollmentStatus::Consumed => State::Paired,
                EnrollmentStatus::Expired => State::Expired,
                EnrollmentStatus::Cancelled => State::Cancelled,
                EnrollmentStatus::Unknown => State::Unavailable,
            },
            // Nothing yet (an answer is always known by now).
            (_, None) => State::Loading,
        }
    });
    // While the code could still be used, the card asks whether it was.
    use_polling(detail, POLL, move || {
        state.get_untracked() == State::Waiting
    });

    view! {
        <section class="page pairing" aria-labelledby="card-title">
            {move || match state.get() {
                State::Loading => view! { <crate::components::loading::Loading key="loading-code"/> }.into_any(),
                State::Failed(e) if crate::pages::is_gone(&e) => view! { <crate::pages::Gone missing=Missing::CODE error=e title_id="card-title"/> }.into_any(),
                State::Failed(e) => view! {
                    <h1 id="card-title">{move || t("card-heading-waiting")}</h1>
                    <ErrorNotice error=e retry=Callback::new(move |()| detail.refetch())/>
                    <p><A href=Screen::Enrollments.href()>{move || t("card-back")}</A></p>
                }.into_any(),
                s => match known.get_untracked() {
                    Some(d) => view! {
                        <CardBody detail=d state=s now=now lifetime=lifetime.get_untracked() pairing=pairing cancel=cancel/>
                    }.into_any(),
                    None => ().into_any(),
                },
            }}
            <History filters=ActivityFilters::of_code(id) changed=Signal::derive(move || pairing.action.version().get())/>
        </section>
    }
}

#[component]
fn CardBody(
    detail: EnrollmentDetail,
    state: State,
    now: RwSignal<DateTime<Utc>>,
    lifetime: Option<u64>,
    pairing: Pairing,
    cancel: Action<(), Result<(), ApiError>>,
) -> impl IntoView {
    let locations = use_locations();
    let e = detail.enrollment.clone();
    let location_id = e.location_id;
    // Names follow the locations as they load.
    let location = Signal::derive(move || location_id.map(|l| locations.name(Some(l))));
    // Times on the card are the store's (its zone named when it is not the viewer's).
    let zone = Signal::derive(move || locations.zone(location_id));
    // What is printed for the store is in its language(s), whatever the operator reads.
    let store_langs = Signal::derive(move || locations.languages(location_id));
    let title = match &state {
        State::Waiting => "card-heading-waiting",
        State::Paired => "card-heading-paired",
        State::Expired => "card-heading-expired",
        State::Cancelled => "card-heading-cancelled",
        _ => "card-heading-gone",
    };
    let status = match &state {
        State::Waiting => EnrollmentStatus::Pending,
        State::Paired => EnrollmentStatus::Consumed,
        State::Expired => EnrollmentStatus::Expired,
        State::Cancelled => EnrollmentStatus::Cancelled,
        _ => EnrollmentStatus::Unknown,
    };
    let waiting = matches!(state, State::Waiting);
    let again = new_code_href(e.location_id, &e.metadata, lifetime);
    let session = use_session();
    let can_create = move || session.can(Role::Operator);
    let dates = use_dates();
    let (hidden, grouped, expires_at) = (
        e.code_hidden(),
        code::group(&e.enrollment_code),
        e.expires_at,
    );
    let expired_text = move || {
        let at = dates.at_store(expires_at, zone.get().as_deref());
        if hidden {
            t_with("card-expired-at", &[("time", at.into())])
        } else {
            t_with(
                "card-code-expired-at",
                &[("code", grouped.clone().into()), ("time", at.into())],
            )
        }
    };
    let body = match state {
        State::Waiting => view! { <Waiting enrollment=e.clone() location=location zone=zone store_langs=store_langs now=now pairing=pairing cancel=cancel/> }.into_any(),
        State::Paired => {
            // The next phone of the same store, with the same details.
            let another = again.clone();
            view! {
                <Paired detail=detail.clone() now=now/>
                {move || can_create().then(|| view! { <p><a class="button button-primary" href=another.clone() data-testid="pair-another">{move || t("card-pair-another")}</a></p> })}
            }.into_any()
        }
        State::Expired => view! {
            <div class="notice notice-info" role="status" data-testid="expired">
                <p>{expired_text}</p>
                {move || can_create().then(|| view! { <p><a class="button button-primary" href=again.clone() data-testid="new-code">{move || t("card-new-same")}</a></p> })}
            </div>
        }.into_any(),
        _ => view! {
            <div class="notice notice-info" role="status">
                <p>{move || t("card-gone")}</p>
                {move || can_create().then(|| view! { <p><a class="button button-primary" href=again.clone()>{move || t("card-new-same")}</a></p> })}
            </div>
        }.into_any(),
    };
    view! {
        <div class="page-head">
            <h1 id="card-title">{move || t(title)}</h1>
            // The chip says the state where the heading does not.
            {waiting.then(|| view! { <StatusChip status=status/> })}
        </div>
        {move || location.get().map(|l| view! { <p class="card-location">{move || t("card-for")}" " <strong translate="no">{l}</strong></p> })}
        // What tells this phone from the others, next to the code (and on paper).
        {(!e.metadata.is_empty()).then(|| view! {
            <div class="card-metadata">
                <h2>{move || t("card-metadata")}</h2>
                <MetadataChips metadata=e.metadata.clone()/>
            </div>
        })}
        {body}
        <p><A href=Screen::Enrollments.href()>{move || t("card-all-codes")}</A></p>
    }
}

/// The code waiting to be used: everything a clerk needs, and the print layout.
#[component]
fn Waiting(
    enrollment: Enrollment,
    location: Signal<Option<String>>,
    /// The store's time zone.
    zone: Signal<Option<String>>,
    /// The store's languages, the main one first (its printout).
    store_langs: Signal<Vec<crate::i18n::Lang>>,
    now: RwSignal<DateTime<Utc>>,
    pairing: Pairing,
    cancel: Action<(), Result<(), ApiError>>,
) -> impl IntoView {
    let session = use_session();
    let e = enrollment;
    let asking = RwSignal::new(false);
    let dates = use_dates();
    let expires_at = e.expires_at;
    let absolute = Signal::derive(move || dates.at_store(expires_at, zone.get().as_deref()));
    if e.code_hidden() {
        // A viewer: the code is a credential they never receive (no code, QR or print).
        return view! {
            <div class="notice notice-info" data-testid="code-hidden">
                <p>{move || t("card-hidden")}</p>
            </div>
            <p class="expiry">
                {move || t("card-valid-until")}" " <strong data-testid="valid-until" translate="no">{absolute}</strong>" · "
                <Countdown expires_at=e.expires_at now=now/>
            </p>
        }
        .into_any();
    }
    let grouped = code::group(&e.enrollment_code);
    let spelled = code::spelled(&e.enrollment_code);
    let copied = RwSignal::new(None::<String>);
    let code_text = e.enrollment_code.clone();
    let copy = move |_| {
        let code_text = code_text.clone();
        leptos::task::spawn_local(async move {
            let msg = if crate::components::copy::to_clipboard(&code_text).await {
                t_with("card-copied", &[("code", code::group(&code_text).into())])
            } else {
                t("card-copy-refused")
            };
            copied.set(Some(msg));
            set_timeout(move || copied.set(None), Duration::from_secs(4));
        });
    };
    let code = e.enrollment_code.clone();
    let print = move |_| {
        let _ = window().print();
    };
    // Reactive: the session may arrive after the card.
    let playground = move || session.is_playground() && session.can(Role::Operator);
    view! {
        <div class="print-card" data-testid="pairing-card">
            {move || location.get().map(|l| view! { <p class="print-only print-location" translate="no">{l}</p> })}
            <CodeDisplay code=e.enrollment_code.clone()/>
            <QrCode text=code::qr_payload(&e.enrollment_code) label=t_with("card-qr", &[("code", spelled.clone().into())])/>
            <p class="expiry no-print">
                {move || t("card-valid-until")}" " <strong data-testid="valid-until" translate="no">{absolute}</strong>
                " · "<Countdown expires_at=expires_at now=now/>
            </p>
            {(!e.metadata.is_empty()).then(|| view! {
                <p class="print-only print-metadata" data-testid="print-metadata" translate="no">
                    {e.metadata.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(" · ")}
                </p>
            })}
            // On paper, in the store's language(s); no countdown.
            {move || store_langs.get().into_iter().map(|lang| {
                view! { <ClerkSteps lang grouped=grouped.clone() expires_at zone/> }
            }).collect_view()}
        </div>
        <div class="actions no-print">
            <button type="button" class="button" on:click=copy data-testid="copy">{move || t("card-copy")}</button>
            <button type="button" class="button" on:click=print>{move || t("card-print")}</button>
            <button type="button" class="button" data-testid="cancel-code" on:click=move |_| asking.set(true)>{move || t("card-cancel")}</button>
            <span role="status" class="copied">{move || copied.get()}</span>
        </div>
        {move || cancel.value().get().and_then(Result::err).map(|e| view! { <ErrorNotice error=e/> })}
        <ConfirmDialog id="cancel-card-code" open=asking title=Signal::derive(move || t("card-cancel-title")) confirm_label=Signal::derive(move || t("card-cancel-confirm"))
            busy=Signal::derive(move || cancel.pending().get())
            on_confirm=Callback::new(move |()| { cancel.dispatch(()); asking.set(false); })>
            <p>{move || t("card-cancel-body")}</p>
        </ConfirmDialog>
        <p class="hint no-print" role="status">{move || t("card-waiting")}</p>
        {move || playground().then(|| view! { <SimulateClerk code=code.clone() pairing=pairing/> })}
    }
    .into_any()
}

/// The code was used: the device it became, and when. Its location is named above; here
/// only where the device has moved since.
#[component]
fn Paired(detail: EnrollmentDetail, now: RwSignal<DateTime<Utc>>) -> impl IntoView {
    let locations = use_locations();
    let dates = use_dates();
    let code_location = detail.enrollment.location_id;
    match detail.device {
        Some(d) => {
            let moved = d.location_id.filter(|l| Some(*l) != code_location);
            let paired = d.created_at;
            view! {
            <div class="notice notice-success" role="status" data-testid="paired">
                <p><strong translate="no">{d.name.clone()}</strong>" "{move || t_with("card-was-paired", &[("platform", d.platform.label().into())])}" "
                    <time datetime=ipp::time::format(&paired) title=move || dates.at_store(paired, locations.zone(code_location).as_deref())>{move || dates.relative(paired, now.get())}</time>
                    {move || moved.map(|l| t_with("card-now-at", &[("location", locations.name(Some(l)).into())]))}"."</p>
                <p><A href=Screen::Device(d.id).href()>{move || t("card-open-device")}</A></p>
            </div>
            }
            .into_any()
        }
        None => view! {
            <div class="notice notice-success" role="status" data-testid="paired">
                <p>{move || t("card-used")}</p>
                <p><A href=Screen::Devices.href()>{move || t("card-see-devices")}</A></p>
            </div>
        }
        .into_any(),
    }
}
