//! `/enrollments/new`: create a pairing code for a location, with a lifetime and
//! metadata. One click (or repeated Enter) makes one code; a failed create keeps the form.

use ipp::{CreateEnrollment, Enrollment, FieldErrors, Metadata, MetadataFilter, Uuid};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::api::{self, ApiError};
use crate::components::field::FieldError;
use crate::components::location_picker::{Empty, LocationPicker};
use crate::components::metadata_editor::{MetadataDraft, MetadataEditor};
use crate::components::notice::ErrorNotice;
use crate::i18n::t;
use crate::locations::use_locations;
use crate::logic::expiry::{self, Unit};
use crate::logic::filters::query_string;
use crate::pages::use_handoff;
use crate::routes::Screen;

/// The create form's address, filled in with a location, metadata and lifetime (for
/// "new code with the same details").
pub fn new_code_href(
    location: Option<Uuid>,
    metadata: &Metadata,
    expires_in: Option<u64>,
) -> String {
    let mut q = Vec::new();
    if let Some(l) = location {
        q.push(("location", l.to_string()));
    }
    for (k, v) in metadata {
        q.push(("metadata", format!("{k}:{v}")));
    }
    if let Some(ms) = expires_in {
        q.push(("expires", ms.to_string()));
    }
    Screen::NewEnrollment.with_query(&query_string(q))
}

/// A lifetime choice: one of the presets (by index) or custom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lifetime {
    Preset(usize),
    Custom,
}

#[component]
pub fn NewEnrollmentPage() -> impl IntoView {
    let api = crate::api::use_api();
    let locations = use_locations();
    crate::pages::use_title(|| t("code-new-title"));
    let just_created = use_handoff::<Enrollment>();
    let navigate = use_navigate();
    let query = use_query_map().get_untracked();

    // What the address asks to start with.
    let pre_location = query
        .get("location")
        .and_then(|s| ipp::request::parse_uuid(&s).ok());
    let pre_metadata: Metadata = query
        .get_all("metadata")
        .unwrap_or_default()
        .iter()
        .filter_map(|m| MetadataFilter::parse(m).ok())
        .map(|f| (f.key, f.value))
        .collect();
    let pre_expires = query
        .get("expires")
        .and_then(|s| s.parse::<u64>().ok())
        .filter(|ms| ipp::request::check_expires_in(*ms).is_ok());

    let chosen = RwSignal::new(pre_location);
    let lifetime = RwSignal::new(match pre_expires {
        None => Lifetime::Preset(
            expiry::PRESETS
                .iter()
                .position(|ms| *ms == expiry::DEFAULT)
                .unwrap_or(2),
        ),
        Some(ms) => expiry::PRESETS
            .iter()
            .position(|v| *v == ms)
            .map_or(Lifetime::Custom, Lifetime::Preset),
    });
    let custom_amount = RwSignal::new(
        pre_expires
            .filter(|ms| !expiry::PRESETS.contains(ms))
            .map(|ms| (ms / 60_000).to_string())
            .unwrap_or_default(),
    );
    let custom_unit = RwSignal::new(Unit::Minutes);
    let metadata = MetadataDraft::new(&pre_metadata);
    let server_errors = RwSignal::new(FieldErrors::new());
    let failure = RwSignal::new(None::<ApiError>);
    let submitted = RwSignal::new(false);

    // A merchant with one location gets it chosen; with several, one must be chosen.
    let several = Memo::new(move |_| locations.list().len() > 1);
    let location = Memo::new(move |_| {
        chosen.get().or_else(|| match locations.list().as_slice() {
            [only] => Some(only.id),
            _ => None,
        })
    });

    let location_error = Signal::derive(move || {
        server_errors
            .with(|e| e.get("location_id").cloned())
            .or_else(|| {
                (submitted.get() && several.get() && location.get().is_none())
                    .then(|| t("code-new-location-required"))
            })
    });
    let expires_in = move || -> Result<u64, crate::i18n::Msg> {
        match lifetime.get() {
            Lifetime::Preset(i) => Ok(expiry::PRESETS[i]),
            Lifetime::Custom => expiry::custom(&custom_amount.get(), custom_unit.get()),
        }
    };
    let expiry_error = Signal::derive(move || {
        server_errors
            .with(|e| e.get("expires_in").cloned())
            .or_else(|| {
                let err = expires_in().err().map(|m| m.text());
                (submitted.get() || !custom_amount.with(String::is_empty))
                    .then_some(err)
                    .flatten()
            })
    });

    // Creating: on success the card, which shows the code at once; else the form as it
    // was, with the reason beside the fields or above the button.
    let create = Action::new_local(move |req: &CreateEnrollment| {
        let req = req.clone();
        let navigate = navigate.clone();
        async move {
            match api::enrollments::create(api, &req).await {
                Ok(e) => {
                    let href = Screen::Enrollment(e.enrollment_id).href();
                    just_created.give(e);
                    navigate(&href, Default::default());
                }
                Err(ApiError::Validation(p)) if !p.errors.is_empty() => server_errors.set(p.errors),
                Err(e) => failure.set(Some(e)),
            }
        }
    });
    let last_request = StoredValue::new(None::<CreateEnrollment>);
    // One request at a time: a second click or Enter while one is out does nothing.
    let send = move |req: CreateEnrollment| {
        if create.pending().get_untracked() {
            return;
        }
        failure.set(None);
        server_errors.set(FieldErrors::new());
        last_request.set_value(Some(req.clone()));
        create.dispatch(req);
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        metadata.touch_all();
        let ms = expires_in();
        let meta = metadata.metadata();
        let location_ok = !several.get_untracked() || location.get_untracked().is_some();
        if let (Ok(ms), Some(meta), true) = (ms, meta, location_ok) {
            send(CreateEnrollment {
                metadata: meta,
                expires_in: Some(ms),
                location_id: location.get_untracked(),
            });
        } else {
            // Take the person to the first thing to fix.
            crate::components::focus::focus_first_invalid();
        }
    };
    let retry = Callback::new(move |()| {
        if let Some(req) = last_request.get_value() {
            send(req);
        }
    });

    let presets = expiry::PRESETS
        .iter()
        .enumerate()
        .map(|(i, ms)| {
            let label = expiry::label(*ms);
            view! {
                <label class="choice">
                    <input type="radio" name="lifetime" value=i.to_string()
                        prop:checked=move || lifetime.get() == Lifetime::Preset(i)
                        on:change=move |_| lifetime.set(Lifetime::Preset(i))/>
                    {move || label.text()}
                </label>
            }
        })
        .collect_view();

    view! {
        <section class="page" aria-labelledby="new-title">
            <div class="page-head">
                <h1 id="new-title">{move || t("code-new-heading")}</h1>
            </div>
            <p class="lead">{move || t("code-new-lead")}</p>
            {move || failure.get().map(|e| view! { <ErrorNotice error=e retry=retry/> })}
            {move || locations.error().map(|e| view! { <ErrorNotice error=e retry=Callback::new(move |()| locations.reload())/> })}
            <form class="form" novalidate on:submit=submit data-testid="new-enrollment">
                // There while the locations load (with nothing to choose yet), so that the
                // form does not move down when they arrive; left out if there are none.
                {move || if locations.loaded() && locations.list().is_empty() { None } else {
                    Some(view! {
                        <LocationPicker id="location" label=Signal::derive(move || t("code-new-location"))
                            locations=Signal::derive(move || locations.list())
                            selected=location
                            on_change=Callback::new(move |l| chosen.set(l))
                            empty=Signal::derive(move || if several.get() { Empty::Required } else { Empty::NoLocation })
                            error=location_error
                            hint=Signal::derive(move || t("code-new-location-hint"))/>
                    })
                }}
                <fieldset class="field" aria-describedby="lifetime-hint lifetime-error">
                    <legend>{move || t("code-new-valid-for")}</legend>
                    <p class="hint" id="lifetime-hint">{move || t("code-new-valid-for-hint")}</p>
                    <div class="choices">
                        {presets}
                        <label class="choice">
                            <input type="radio" name="lifetime" value="custom"
                                prop:checked=move || lifetime.get() == Lifetime::Custom
                                on:change=move |_| lifetime.set(Lifetime::Custom)/>
                            {move || t("code-new-custom")}
                        </label>
                    </div>
                    {move || (lifetime.get() == Lifetime::Custom).then(|| view! {
                        <div class="custom-lifetime">
                            <label for="custom-amount">{move || t("code-new-amount")}</label>
                            <input id="custom-amount" type="text" inputmode="decimal" size="6"
                                prop:value=move || custom_amount.get()
                                on:input=move |ev| custom_amount.set(event_target_value(&ev))
                                aria-invalid=move || expiry_error.with(Option::is_some).then_some("true")
                                aria-describedby="lifetime-error"/>
                            <label for="custom-unit" class="visually-hidden">{move || t("code-new-unit")}</label>
                            <select id="custom-unit" on:change=move |ev| custom_unit.set(if event_target_value(&ev) == "hours" { Unit::Hours } else { Unit::Minutes })>
                                <option value="minutes" selected=move || custom_unit.get() == Unit::Minutes>{move || t("code-new-unit-minutes")}</option>
                                <option value="hours" selected=move || custom_unit.get() == Unit::Hours>{move || t("code-new-unit-hours")}</option>
                            </select>
                            <span class="hint">{move || t("code-new-range")}</span>
                        </div>
                    })}
                    <FieldError id="lifetime" error=expiry_error/>
                </fieldset>
                <MetadataEditor draft=metadata id="meta" server_errors=server_errors
                    hint=Signal::derive(move || t("code-new-metadata-hint"))/>
                <div class="actions">
                    <button type="submit" class="button button-primary" data-testid="create-code"
                        disabled=move || create.pending().get()
                        aria-disabled=move || create.pending().get().then_some("true")>
                        {move || if create.pending().get() { t("code-new-creating") } else { t("code-new-create") }}
                    </button>
                    <a class="button" href=Screen::Enrollments.href()>{move || t("code-new-cancel")}</a>
                </div>
            </form>
        </section>
    }
}
