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

use super::Deregistered;
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
use crate::locations::use_locations;
use crate::logic::activity::ActivityFilters;
use crate::logic::diff::{changes, merge, Draft};
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
        Some(Ok(d)) => format!("{} · Devices", d.display_name()),
        _ => "Device · Devices".into(),
    });
    view! {
        <section class="page device" aria-labelledby="device-title">
            <Transition fallback=|| view! { <crate::components::loading::Loading what="the device"/> }>
                {move || device.get().map(|r| match r {
                    Ok(d) => view! { <DeviceEditor device=d/> }.into_any(),
                    Err(e) if crate::pages::is_gone(&e) => view! { <crate::pages::Gone missing=Missing::DEVICE error=e title_id="device-title"/> }.into_any(),
                    Err(e) => view! {
                        <h1 id="device-title">"Device"</h1>
                        <ErrorNotice error=e retry=Callback::new(move |()| device.refetch())/>
                        <p><A href=Screen::Devices.href()>"All devices"</A></p>
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
    let saved = RwSignal::new(None::<String>);
    // Where the save was asked for (the name at the top, or the form's button): "Saved"
    // appears there, and fades after a while.
    let saved_by_form = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(said) = saved.get() {
            set_timeout(
                move || {
                    if saved.get_untracked().as_deref() == Some(said.as_str()) {
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
            .map(|c| c.sentence())
            .collect::<Vec<_>>()
            .join("; ");
        async move {
            let saved_device = async {
                let fresh = api::devices::get(api, id).await?;
                api::devices::update(api, id, &merge(&base, &edited, &fresh)).await
            };
            match saved_device.await {
                Ok(d) => {
                    saved.set(Some(if summary.is_empty() {
                        "Saved.".to_owned()
                    } else {
                        format!("Saved: {summary}.")
                    }));
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
                    let n = loaded.with_untracked(|d| d.display_name().to_owned());
                    deregistered.give(Deregistered(format!("{n} was deregistered. Its access was revoked; to use it again, enroll it with a new code.")));
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

    view! {
        <div class="page-head">
            {move || if renaming.get() {
                view! {
                    // The page keeps its heading while the name is edited.
                    <h1 id="device-title" class="visually-hidden">{move || loaded.with(|d| d.display_name().to_owned())}</h1>
                    <div class="rename field">
                        <label for="device-name">"Name"</label>
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
                        <p class="hint">"Enter saves, Esc cancels."</p>
                        <FieldError id="device-name" error=name_error/>
                    </div>
                }.into_any()
            } else {
                view! {
                    <h1 id="device-title">{move || loaded.with(|d| d.display_name().to_owned())}</h1>
                    {move || can_edit().then(|| view! {
                        <button type="button" id="rename" class="button button-small" on:click=move |_| {
                            renaming.set(true);
                            focus_id("device-name");
                        }>"Rename"</button>
                    })}
                }.into_any()
            }}
        </div>
        {move || saved.get().filter(|_| !saved_by_form.get()).map(|s| view! { <div class="notice notice-success" role="status" data-testid="saved">{s}</div> })}
        <dl class="facts">
            <div><dt>"Platform"</dt><dd>{device.platform.label()}</dd></div>
            <div><dt>"Location"</dt><dd data-testid="device-location">{move || locations.name(loaded.with(|d| d.location_id))}</dd></div>
            <div><dt>"Hardware id"</dt><dd><span class="mono id">{device.hardware_id.clone()}</span>" "
                <CopyButton text=device.hardware_id.clone() label="Copy the hardware id"/></dd></div>
            <div><dt>"Paired"</dt><dd><RelativeTime at=device.created_at/>" · "{use_dates().local(device.created_at)}</dd></div>
            <div><dt>"Device id"</dt><dd><span class="mono id">{device.id.to_string()}</span>" "
                <CopyButton text=device.id.to_string() label="Copy the device id"/></dd></div>
            <div><dt>"Cash register"</dt><dd data-testid="cash-register">{match device.open_cash_register_id {
                Some(n) => format!("Open: register {n}"),
                None => "None open".to_owned(),
            }}</dd></div>
        </dl>
        <p class="hint" data-testid="not-reported">"Kustom does not report whether a phone is online or when it was last used; it reports the cash register open on it."</p>
        {move || if can_edit() {
            view! {
                <form class="form device-edit" novalidate on:submit=move |ev| { ev.prevent_default(); submit(); } data-testid="device-form">
                    <h2>"Location and metadata"</h2>
                    <LocationPicker id="device-location-picker" label="Location"
                        locations=Signal::derive(move || locations.list())
                        selected=location
                        on_change=Callback::new(move |l| location.set(l))
                        empty=Signal::derive(move || if scoped() { Empty::Required } else { Empty::NoLocation })
                        error=location_error
                        hint="Moving a phone here changes nothing on the phone; payments it takes count for the new location."/>
                    <MetadataEditor draft=metadata id="device-meta" server_errors=server_errors/>
                    <ChangeSummary changes=Signal::derive(move || pending.get())/>
                    {move || failure.get().map(|e| view! { <ErrorNotice error=e retry=Callback::new(move |()| submit())/> })}
                    {move || saved.get().filter(|_| saved_by_form.get()).map(|s| view! { <div class="notice notice-success" role="status" data-testid="saved">{s}</div> })}
                    <div class="actions">
                        <button type="submit" class="button button-primary" data-testid="save"
                            disabled=move || save.pending().get() || pending.with(Vec::is_empty)>
                            {move || if save.pending().get() { "Saving…" } else { "Save changes" }}
                        </button>
                        <button type="button" class="button" disabled=move || pending.with(Vec::is_empty) on:click=move |_| {
                            let d = loaded.get_untracked();
                            name.set(d.name.clone());
                            location.set(d.location_id);
                            metadata.reset(&d.metadata);
                            server_errors.set(FieldErrors::new());
                            failure.set(None);
                        }>"Undo my changes"</button>
                    </div>
                </form>
            }.into_any()
        } else {
            view! {
                <h2>"Metadata"</h2>
                {move || view! { <MetadataChips metadata=loaded.with(|d| d.metadata.clone())/> }}
                <p class="hint">"Your role can view devices; ask an operator to change them."</p>
            }.into_any()
        }}
        <History filters=ActivityFilters::of_device(id) changed=Signal::derive(move || save.version().get())/>
        {move || can_deregister().then(|| view! {
            <section class="danger-zone" aria-labelledby="danger-title">
                <h2 id="danger-title">"Deregister"</h2>
                <p>"For a phone that is lost, stolen or retired: it stops being a payment device at once."</p>
                <button type="button" class="button button-danger" data-testid="deregister" on:click=move |_| dialog.set(true)>"Deregister this device"</button>
            </section>
        })}
        <ConfirmDialog id="deregister-device" open=dialog title="Deregister this device?" confirm_label="Deregister"
            require_text=Signal::derive(move || Some(loaded.with(|d| if d.name.is_empty() { d.hardware_id.clone() } else { d.name.clone() })))
            or_text=Signal::derive(move || loaded.with(|d| (!d.name.is_empty() && !d.hardware_id.is_empty()).then(|| d.hardware_id.clone())))
            or_label=" or its hardware id"
            busy=Signal::derive(move || deregister.pending().get())
            on_confirm=Callback::new(move |()| { deregister.dispatch(()); })>
            <p>{move || format!(
                "{} loses its access right away: it can no longer take payments, and the clerk must enroll it again with a new pairing code to use it.",
                loaded.with(|d| d.name.clone())
            )}</p>
        </ConfirmDialog>
        <p><A href=Screen::Devices.href()>"All devices"</A></p>
    }
}
