//! What a printed code tells the store's clerk, in the store's language whatever the
//! operator reads: until when it works (the store's time, with its zone), and the two
//! steps to pair the phone. The pairing card and a batch's sheet print the same lines.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::components::time::use_dates;
use crate::i18n::{use_i18n, Lang};

#[component]
pub fn ClerkSteps(
    lang: Lang,
    /// The code, grouped (`ABCD 2345`).
    #[prop(into)]
    grouped: String,
    expires_at: DateTime<Utc>,
    /// The store's time zone.
    #[prop(into)]
    zone: Signal<Option<String>>,
) -> impl IntoView {
    let (i18n, dates) = (use_i18n(), use_dates());
    i18n.want(lang);
    let at = move || dates.at_store_in(expires_at, zone.get().as_deref(), lang.tag());
    view! {
        <div class="print-only print-steps" lang=lang.code() data-testid="print-steps">
            <p class="expiry">{move || i18n.t_in(lang, "card-valid-until", &[])}" " <strong translate="no">{at}</strong></p>
            <ol class="clerk-steps">
                <li>{move || i18n.t_in(lang, "print-step-open", &[])}</li>
                <li>{move || i18n.t_in(lang, "print-step-type", &[("code", grouped.clone().into()), ("time", at().into())])}</li>
            </ol>
        </div>
    }
}
