//! Playground only: the pairing card plays the clerk who enters the code in the POS app.

use ipp::{PairRequest, Platform};
use leptos::prelude::*;

use crate::api::{self, ApiError};
use crate::components::notice::ErrorNotice;
use crate::i18n::t;

/// Playground only: the clerk entering the code in the POS app, played from the card; the
/// card and its history read again once it is done.
#[derive(Clone, Copy)]
pub struct Pairing {
    pub action: Action<PairRequest, ()>,
    error: RwSignal<Option<ApiError>>,
}

impl Pairing {
    pub fn start() -> Pairing {
        let api = crate::api::use_api();
        let error = RwSignal::new(None::<ApiError>);
        let action = Action::new_local(move |req: &PairRequest| {
            let req = req.clone();
            async move {
                if let Err(e) = api::playground::pair(api, &req).await {
                    error.set(Some(e));
                }
            }
        });
        Pairing { action, error }
    }
}

/// Playground only: play the clerk entering the code in the POS app.
#[component]
pub fn SimulateClerk(code: String, pairing: Pairing) -> impl IntoView {
    let platform = RwSignal::new(Platform::Ios);
    let name = RwSignal::new(String::new());
    let Pairing {
        action: pair,
        error,
    } = pairing;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pair.pending().get_untracked() {
            return;
        }
        error.set(None);
        pair.dispatch(PairRequest {
            enrollment_code: code.clone(),
            platform: platform.get_untracked(),
            name: name.with_untracked(|n| crate::logic::optional_text(n)),
        });
    };
    view! {
        <form class="simulate no-print card" on:submit=submit aria-labelledby="simulate-title">
            <h2 id="simulate-title">{move || t("simulate-heading")}</h2>
            <p class="hint">{move || t("simulate-hint")}</p>
            <div class="choices">
                {[Platform::Ios, Platform::Android].into_iter().map(|p| view! {
                    <label class="choice">
                        <input type="radio" name="sim-platform" prop:checked=move || platform.get() == p on:change=move |_| platform.set(p)/>
                        // A brand's name (iPhone, Android): not translated.
                        <span translate="no">{p.label()}</span>
                    </label>
                }).collect_view()}
            </div>
            <div class="field">
                <label for="sim-name">{move || t("simulate-device-name")}</label>
                <input id="sim-name" type="text" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            {move || error.get().map(|e| view! { <ErrorNotice error=e/> })}
            <button type="submit" class="button" data-testid="simulate" disabled=move || pair.pending().get()>
                {move || t("simulate-button")}
            </button>
        </form>
    }
}
