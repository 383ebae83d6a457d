//! `/devices/:id`: one device. Rename inline (Enter saves, Esc cancels), move it, edit its
//! metadata with a summary of what will change; every save sends the whole device, built
//! from the freshest copy, so nothing else is lost. A failed save keeps every edit.
//! Deregistering asks for the device's name to be typed. Its history: the last changes
//! made through the console, read again after each save.

use ipp::console::Role;
use ipp::{Device, FieldErrors, Uuid};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::{name_translate, platform_name, shown_name, Deregistered};
use crate::api::{self, ApiError};
use crate::components::change_summary::ChangeSummary;
use crate::components::chips::MetadataChips;
use crate::components::confirm::ConfirmDialog;
use crate::components::copy::CopyButton;
use crate::components::field::{described_by, FieldError};
use crate::components::focus::focus_id;
use crate::components::location_picker::{Empty, LocationPicker};
use crate::components::metadata_editor::{MetadataDraft, MetadataEditor};
use crate::components::notice::ErrorNotice;
use crate::components::time::{use_dates, RelativeTime};
use crate::i18n::{t, t_with, Msg};
use crate::locations::use_locations;
use crate::logic::activity::ActivityFilters;
use crate::logic::diff::{changes, merge, Change, Draft};
use crate::pages::activity::History;
use crate::pages::{id_screen, use_handoff, Missing};
use crate::routes::Screen;
use crate::session::use_session;

#[component]
pub fn DevicePage() -> impl IntoView {
    id_screen(Missing::DEVICE, |id| view! { <DeviceDetail id=id/> })
}

#[component]
fn DeviceDetail(id: Uuid) -> impl IntoView {
    let api = crate::api::use_api();
    let device = LocalResource::new(move || async move { api::devices::get(api, id).await });
    crate::pages::use_title(move || match device.get() {
        Some(Ok(d)) => t_with("device-title", &[("name", shown_name(&d.name).into())]),
        _ => t("device-title-loading"),
    });
    view! {
        <section class="page device" aria-labelledby="device-title">
            <Transition fallback=|| view! { <crate::components::loading::Loading key="device-loading"/> }>
                {move || device.get().map(|r| match r {
                    Ok(d) => view! { <DeviceEditor device=d/> }.into_any(),
                    Err(e) if crate::pages::is_gone(&e) => view! { <crate::pages::Gone missing=Missing::DEVICE error=e title_id="device-title"/> }.into_any(),
                    Err(e) => view! {
                        <h1 id="device-title">{move || t("device-heading")}</h1>
                        <ErrorNotice error=e retry=Callback::new(move |()| device.refetch())/>
                        <p><A href=Screen::Devices.href()>{move || t("device-all")}</A></p>
                    }.into_any(),
                })}
            </Transition>
        </section>
    }
}

/// The device as loaded, the edits on screen, and saving them.
#[component]
pub fn DeviceEditor(device: Device) -> impl IntoView {
    let api = crate::api::use_api();
    let session = use_session();
    let locations = use_locations();
    let navigate = use_navigate();
    let deregistered = use_handoff::<Deregistered>();
    let id = device.id;
    // What the person loaded (the base of their edits) and what they have on screen.
    let loaded = RwSignal::new(device.clone());
    let name = RwSignal::new(device.name.clone());
    let location = RwSignal::new(device.location_id);
    let metadata = MetadataDraft::new(&device.metadata);
    let renaming = RwSignal::new(false);
    let server_errors = RwSignal::new(FieldErrors::new());
    let failure = RwSignal::new(None::<ApiError>);
    // What the last save changed (its summary's lines).
    let saved = RwSignal::new(None::<Vec<Msg>>);
    // Where the save was asked for (the name at the top, or the form's button): "Saved"
    // appears there, and fades after a while.
    let saved_by_form = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(said) = saved.get() {
            set_timeout(
                move || {
                    if saved.get_untracked().as_ref() == Some(&said) {
                        saved.set(None);
                    }
                },
                std::time::Duration::from_secs(8),
            );
        }
    });

    let draft = move || Draft {
        name: name.get().trim().to_owned(),
        location_id: location.get(),
        metadata: metadata
            .metadata()
            .unwrap_or_else(|| loaded.with(|d| d.metadata.clone())),
    };
    let location_name = move |l: Option<Uuid>| Some(locations.name(l));
    let pending = Memo::new(move |_| loaded.with(|d| changes(d, &draft(), location_name)));
    let name_error = Signal::derive(move || {
        server_errors.with(|e| e.get("name").cloned()).or_else(|| {
            ipp::request::check_device_name(&name.get())
                .err()
                .map(|b| crate::i18n::rule(&b).text())
        })
    });
    let location_error =
        Signal::derive(move || server_errors.with(|e| e.get("location_id").cloned()));

    // Saving: the edits (loaded → on screen) applied to a fresh copy, sent whole; what
    // it did, or why not, is shown when it is done.
    // A rename (Enter in the name at the top) saves the name alone; the form saves all.
    let save = Action::new_local(move |(edited, name_only): &(Draft, bool)| {
        let (edited, name_only) = (edited.clone(), *name_only);
        let base = Draft::of(&loaded.get_untracked());
        let summary = loaded
            .with_untracked(|d| changes(d, &edited, location_name))
            .iter()
            .map(Change::message)
            .collect::<Vec<_>>();
        async move {
            let saved_device = async {
                let fresh = api::devices::get(api, id).await?;
                api::devices::update(api, id, &merge(&base, &edited, &fresh)).await
            };
            match saved_device.await {
                Ok(d) => {
                    saved.set(Some(summary));
                    renaming.set(false);
                    name.set(d.name.clone());
                    // Other edits on screen stay pending after a rename.
                    if !name_only {
                        location.set(d.location_id);
                        metadata.reset(&d.metadata);
                    }
                    loaded.set(d);
                }
                Err(ApiError::Validation(p)) if !p.errors.is_empty() => server_errors.set(p.errors),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let submit = move || {
        if save.pending().get_untracked() {
            return;
        }
        let name_only = renaming.get_untracked();
        if name_error.get_untracked().is_some() {
            return;
        }
        if !name_only {
            metadata.touch_all();
            if metadata.metadata().is_none() {
                return;
            }
        }
        failure.set(None);
        server_errors.set(FieldErrors::new());
        saved.set(None);
        saved_by_form.set(!name_only);
        let edited = if name_only {
            Draft {
                name: name.get_untracked().trim().to_owned(),
                ..Draft::of(&loaded.get_untracked())
            }
        } else {
            draft()
        };
        save.dispatch((edited, name_only));
    };
    crate::components::leave_guard::use_leave_guard(Signal::derive(move || {
        !pending.with(Vec::is_empty) && !save.pending().get()
    }));
    // Deregistering.
    let dialog = RwSignal::new(false);
    let deregister = Action::new_local(move |_: &()| {
        let navigate = navigate.clone();
        async move {
            match api::devices::deregister(api, id).await {
                Ok(()) => {
                    deregistered.give(Deregistered(loaded.with_untracked(|d| d.name.clone())));
                    navigate(&Screen::Devices.href(), Default::default());
                }
                Err(e) => {
                    dialog.set(false);
                    failure.set(Some(e));
                }
            }
        }
    });

    let can_edit = move || session.can(Role::Operator);
    let can_deregister = move || session.can(Role::Admin);
    let scoped = move || session.scope().is_some();
    let rename_described =
        move || described_by("device-name", false, name_error.with(Option::is_some));
    let title = move || loaded.with(|d| shown_name(&d.name));
    let title_translate = move || loaded.with(|d| name_translate(&d.name));
    // "Saved: Name: Till 1 → Till 3." where it was asked for (the name, or the form).
    let saved_notice = move |by_form: bool| {
        saved
            .get()
            .filter(|_| saved_by_form.get() == by_form)
            .map(|lines| view! { <div class="notice notice-success" role="status" data-testid="saved">{move || saved_text(&lines)}</div> })
    };

    view! {
        <div class="page-head">
            {move || if renaming.get() {
                view! {
                    // The page keeps its heading while the name is edited.
                    <h1 id="device-title" class="visually-hidden" translate=title_translate>{title}</h1>
                    <div class="rename field">
                        <label for="device-name">{move || t("device-name")}</label>
                        <input id="device-name" type="text" class="rename-input" autocomplete="off"
                            prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev))
                            on:keydown=move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
                                "Enter" => { ev.prevent_default(); submit(); }
                                "Escape" => {
                                    ev.prevent_default();
                                    name.set(loaded.get_untracked().name);
                                    renaming.set(false);
                                    focus_id("rename");
                                }
                                _ => {}
                            }
                            aria-invalid=move || name_error.with(Option::is_some).then_some("true")
                            aria-describedby=rename_described/>
                        <p class="hint">{move || t("device-rename-hint")}</p>
                        <FieldError id="device-name" error=name_error/>
                    </div>
                }.into_any()
            } else {
                view! {
                    <h1 id="device-title" translate=title_translate>{title}</h1>
                    {move || can_edit().then(|| view! {
                        <button type="button" id="rename" class="button button-small" on:click=move |_| {
                            renaming.set(true);
                            focus_id("device-name");
                        }>{move || t("device-rename")}</button>
                    })}
                }.into_any()
            }}
        </div>
        {move || saved_notice(false)}
        <Facts device=device.clone() location=Signal::derive(move || loaded.with(|d| d.location_id))/>
        {move || if can_edit() {
            view! {
                <form class="form device-edit" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); } data-testid="device-form">
                    <h2>{move || t("device-edit-heading")}</h2>
                    <LocationPicker id="device-location-picker" label=Signal::derive(move || t("col-location"))
                        locations=Signal::derive(move || locations.list())
                        selected=location
                        on_change=Callback::new(move |l| location.set(l))
                        empty=Signal::derive(move || if scoped() { Empty::Required } else { Empty::NoLocation })
                        error=location_error
                        hint=Signal::derive(move || t("device-move-hint"))/>
                    <MetadataEditor draft=metadata id="device-meta" server_errors=server_errors/>
                    <ChangeSummary changes=Signal::derive(move || pending.get())/>
                    {move || failure.get().map(|e| view! { <ErrorNotice error=e retry=Callback::new(move |()| submit())/> })}
                    {move || saved_notice(true)}
                    <div class="actions">
                        <button type="submit" class="button button-primary" data-testid="save"
                            disabled=move || save.pending().get() || pending.with(Vec::is_empty)>
                            {move || if save.pending().get() { t("device-saving") } else { t("device-save") }}
                        </button>
                        <button type="button" class="button" disabled=move || pending.with(Vec::is_empty) on:click=move |_| {
                            let d = loaded.get_untracked();
                            name.set(d.name.clone());
                            location.set(d.location_id);
                            metadata.reset(&d.metadata);
                            server_errors.set(FieldErrors::new());
                            failure.set(None);
                        }>{move || t("device-undo")}</button>
                    </div>
                </form>
            }.into_any()
        } else {
            view! {
                <h2>{move || t("col-metadata")}</h2>
                {move || view! { <MetadataChips metadata=loaded.with(|d| d.metadata.clone())/> }}
                <p class="hint">{move || t("device-view-only")}</p>
            }.into_any()
        }}
        <History filters=ActivityFilters::of_device(id) changed=Signal::derive(move || save.version().get())/>
        {move || can_deregister().then(|| view! {
            <section class="danger-zone" aria-labelledby="danger-title">
                <h2 id="danger-title">{move || t("device-deregister-heading")}</h2>
                <p>{move || t("device-deregister-intro")}</p>
                <button type="button" class="button button-danger" data-testid="deregister" on:click=move |_| dialog.set(true)>{move || t("device-deregister-button")}</button>
            </section>
        })}
        <ConfirmDialog id="deregister-device" open=dialog title=Signal::derive(move || t("device-deregister-title"))
            confirm_label=Signal::derive(move || t("device-deregister-confirm"))
            require_text=Signal::derive(move || Some(loaded.with(|d| if d.name.is_empty() { d.hardware_id.clone() } else { d.name.clone() })))
            or_text=Signal::derive(move || loaded.with(|d| (!d.name.is_empty() && !d.hardware_id.is_empty()).then(|| d.hardware_id.clone())))
            or_label=Signal::derive(move || t("device-deregister-or"))
            busy=Signal::derive(move || deregister.pending().get())
            on_confirm=Callback::new(move |()| { deregister.dispatch(()); })>
            <p>{move || t_with("device-deregister-body", &[("name", title().into())])}</p>
        </ConfirmDialog>
        <p><A href=Screen::Devices.href()>{move || t("device-all")}</A></p>
    }
}

/// What is known of the device and cannot be edited here.
#[component]
fn Facts(device: Device, #[prop(into)] location: Signal<Option<Uuid>>) -> impl IntoView {
    let locations = use_locations();
    let dates = use_dates();
    let (platform, created_at, register) = (
        device.platform,
        device.created_at,
        device.open_cash_register_id,
    );
    let (hardware_id, id) = (device.hardware_id.clone(), device.id.to_string());
    view! {
        <dl class="facts">
            <div><dt>{move || t("device-platform")}</dt><dd>{move || platform_name(platform)}</dd></div>
            <div><dt>{move || t("col-location")}</dt><dd data-testid="device-location" translate=move || location.get().map(|_| "no")>{move || locations.name(location.get())}</dd></div>
            <div><dt>{move || t("device-hardware-id")}</dt><dd><span class="mono id" translate="no">{hardware_id.clone()}</span>" "
                <CopyButton text=hardware_id label=Signal::derive(move || t("device-copy-hardware-id"))/></dd></div>
            <div><dt>{move || t("device-paired")}</dt><dd><RelativeTime at=created_at location=location.get_untracked()/>" · "<span translate="no">{move || dates.at_store(created_at, locations.zone(location.get()).as_deref())}</span></dd></div>
            <div><dt>{move || t("device-id")}</dt><dd><span class="mono id" translate="no">{id.clone()}</span>" "
                <CopyButton text=id label=Signal::derive(move || t("device-copy-id"))/></dd></div>
            <div><dt>{move || t("device-cash-register")}</dt><dd data-testid="cash-register">{move || match register {
                Some(n) => t_with("device-register-open", &[("register", n.to_string().into())]),
                None => t("device-register-none"),
            }}</dd></div>
        </dl>
        <p class="hint" data-testid="not-reported">{move || t("device-not-reported")}</p>
    }
}

/// "Saved." or "Saved: Name: Till 1 → Till 3; Metadata till: 1 → 3." (reactive).
fn saved_text(lines: &[Msg]) -> String {
    if lines.is_empty() {
        return t("device-saved");
    }
    let changes = lines.iter().map(Msg::text).collect::<Vec<_>>().join("; ");
    t_with("device-saved-changes", &[("changes", changes.into())])
}
