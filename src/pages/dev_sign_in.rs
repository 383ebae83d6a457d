//! `/dev/sign-in` (playground mode only): choose who you are (role, locations, name).
//! In production the host portal signs operators in; this page does not exist there.

use std::collections::BTreeSet;

use ipp::console::{DevOptions, DevSignIn, Role};
use ipp::Uuid;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::api;
use crate::dev;
use crate::i18n::{t, use_i18n};
use crate::routes::Screen;

#[component]
pub fn DevSignInPage() -> impl IntoView {
    let options = LocalResource::new(api::dev::options);
    crate::pages::use_title(|| t("dev-sign-in-title"));
    // For what is said from the sign-in's task and the submit.
    let i18n = use_i18n();
    let current = dev::stored_choice().unwrap_or_else(dev::default_choice);
    let role = RwSignal::new(current.role);
    let merchant = RwSignal::new(current.merchant_id.clone());
    let limited = RwSignal::new(current.locations.is_some());
    let picked: RwSignal<BTreeSet<Uuid>> = RwSignal::new(
        current
            .locations
            .clone()
            .unwrap_or_default()
            .into_iter()
            .collect(),
    );
    let name = RwSignal::new(current.name.clone().unwrap_or_default());
    let error = RwSignal::new(None::<String>);
    let navigate = use_navigate();

    let api = crate::api::use_api();
    // Signing in is getting the first token as the new identity (kept for the calls);
    // then the console, or why not.
    let sign_in = Action::new_local(move |choice: &DevSignIn| {
        let choice = choice.clone();
        let navigate = navigate.clone();
        async move {
            dev::switch_to(api, &choice);
            let signed_in = match api.client() {
                Ok(client) if client.auth.refresh().await => Ok(()),
                Ok(client) => Err(client
                    .auth
                    .last_error()
                    .unwrap_or_else(|| i18n.t("dev-sign-in-refused"))),
                Err(e) => Err(e.message()),
            };
            match signed_in {
                Ok(()) => navigate(&Screen::Enrollments.href(), Default::default()),
                Err(e) => error.set(Some(e)),
            }
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if limited.get_untracked() && picked.with_untracked(BTreeSet::is_empty) {
            error.set(Some(i18n.t("dev-sign-in-pick-location")));
            return;
        }
        error.set(None);
        sign_in.dispatch(DevSignIn {
            merchant_id: merchant.get_untracked(),
            role: role.get_untracked(),
            locations: limited
                .get_untracked()
                .then(|| picked.get_untracked().into_iter().collect()),
            name: name.with_untracked(|n| crate::logic::optional_text(n)),
        });
    };

    let merchants = move |opts: &DevOptions| {
        let selected = merchant.get().unwrap_or_else(|| playground_default(opts));
        opts.merchants
            .iter()
            .find(|m| m.merchant_id == selected)
            .cloned()
    };

    view! {
        <main id="main" class="content dev-sign-in">
            <p><a href=crate::routes::Screen::Overview.href() data-testid="back-to-console">{move || t("dev-sign-in-back")}</a></p>
            <section class="card" aria-labelledby="dev-title">
                <h1 id="dev-title">{move || t("dev-sign-in-title")}</h1>
                <p>{move || t("dev-sign-in-intro")}</p>
                <form class="form" on:submit=submit>
                    <fieldset class="field">
                        <legend>{move || t("dev-sign-in-role")}</legend>
                        <div class="choices">
                            {Role::ALL.into_iter().map(|r| view! {
                                <label class="choice">
                                    <input type="radio" name="role" value=r.as_str()
                                        prop:checked=move || role.get() == r
                                        on:change=move |_| role.set(r)/>
                                    {move || t(role_key(r))}
                                </label>
                            }).collect_view()}
                        </div>
                        <p class="hint">{move || t("dev-sign-in-roles-hint")}</p>
                    </fieldset>
                    <Transition fallback=|| view! { <p>{move || t("dev-sign-in-loading")}</p> }>
                        {move || options.get().map(|r| match r {
                            Err(e) => view! { <p class="notice notice-error" role="alert">{e.message()}</p> }.into_any(),
                            Ok(opts) => {
                                let many = opts.merchants.len() > 1;
                                let chosen = merchants(&opts);
                                view! {
                                    {many.then(|| view! {
                                        <div class="field">
                                            <label for="dev-merchant">{move || t("merchant")}</label>
                                            <select id="dev-merchant" translate="no" on:change=move |ev| {
                                                merchant.set(Some(event_target_value(&ev)));
                                                picked.set(BTreeSet::new());
                                            }>
                                                {opts.merchants.iter().map(|m| {
                                                    let id = m.merchant_id.clone();
                                                    let sel = chosen.as_ref().is_some_and(|c| c.merchant_id == id);
                                                    view! { <option value=id.clone() selected=sel>{id.clone()}</option> }
                                                }).collect_view()}
                                            </select>
                                        </div>
                                    })}
                                    <fieldset class="field">
                                        <legend>{move || t("dev-sign-in-locations")}</legend>
                                        <label class="choice">
                                            <input type="radio" name="scope" prop:checked=move || !limited.get() on:change=move |_| limited.set(false)/>
                                            {move || t("dev-sign-in-every-location")}
                                        </label>
                                        <label class="choice">
                                            <input type="radio" name="scope" prop:checked=move || limited.get() on:change=move |_| limited.set(true)/>
                                            {move || t("dev-sign-in-only-these")}
                                        </label>
                                        <div class="choices">
                                            {chosen.map(|m| m.locations).unwrap_or_default().into_iter().map(|l| {
                                                let id = l.id;
                                                view! {
                                                    <label class="choice">
                                                        <input type="checkbox"
                                                            prop:checked=move || picked.with(|p| p.contains(&id))
                                                            on:change=move |ev| {
                                                                let on = event_target_checked(&ev);
                                                                limited.set(true);
                                                                picked.update(|p| { if on { p.insert(id); } else { p.remove(&id); } });
                                                            }/>
                                                        <span translate="no">{l.display_name()}</span>
                                                    </label>
                                                }
                                            }).collect_view()}
                                        </div>
                                    </fieldset>
                                }.into_any()
                            }
                        })}
                    </Transition>
                    <div class="field">
                        <label for="dev-name">{move || t("dev-sign-in-name")}</label>
                        <input id="dev-name" type="text" autocomplete="name" prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev))/>
                    </div>
                    {move || error.get().map(|e| view! { <p class="notice notice-error" role="alert">{e}</p> })}
                    <div class="actions">
                        <button type="submit" class="button button-primary" disabled=move || sign_in.pending().get()>
                            {move || if sign_in.pending().get() { t("dev-sign-in-signing-in") } else { t("dev-sign-in-submit") }}
                        </button>
                    </div>
                </form>
            </section>
        </main>
    }
}

/// A role's name in the language shown.
fn role_key(r: Role) -> &'static str {
    match r {
        Role::Viewer => "role-viewer",
        Role::Operator => "role-operator",
        Role::Admin => "role-admin",
    }
}

fn playground_default(opts: &DevOptions) -> String {
    opts.merchants
        .first()
        .map(|m| m.merchant_id.clone())
        .unwrap_or_default()
}
