//! A pairing code on screen: large and grouped for the eye, one character at a time for
//! screen readers; and the time it has left, announced politely in steps.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::logic::{code, countdown};

#[component]
pub fn CodeDisplay(#[prop(into)] code: String) -> impl IntoView {
    let grouped = code::group(&code);
    let spelled = code::spelled(&code);
    view! {
        <p class="code" data-testid="code" data-code=code>
            <span aria-hidden="true" translate="no">{grouped}</span>
            <span class="visually-hidden">{move || crate::i18n::t_with("card-spelled", &[("code", spelled.clone().into())])}</span>
        </p>
    }
}

/// The visible countdown (every second) and a polite live region that changes only when
/// its step does.
#[component]
pub fn Countdown(
    expires_at: DateTime<Utc>,
    #[prop(into)] now: Signal<DateTime<Utc>>,
) -> impl IntoView {
    let secs = Memo::new(move |_| (expires_at - now.get()).num_seconds());
    let announcement = Memo::new(move |_| countdown::announcement(secs.get()).text());
    view! {
        <span class="countdown" aria-hidden="true" data-testid="countdown">{move || countdown::text(secs.get()).text()}</span>
        <span class="visually-hidden" aria-live="polite" data-testid="countdown-announcement">{move || announcement.get()}</span>
    }
}
