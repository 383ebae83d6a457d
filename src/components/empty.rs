//! A list with nothing to show: filters that match nothing (and a way to clear them), or
//! nothing at all yet (what brings the first one, and the button for those who may).

use leptos::prelude::*;

use crate::routes::Screen;

#[component]
pub fn EmptyList(
    /// Whether filters (or a page past the end) made it empty.
    filtered: bool,
    /// The catalog's message for "No devices match these filters." (`devices-no-match`).
    no_match: &'static str,
    /// The unfiltered list.
    list: Screen,
    /// What the list is for and how its first item comes.
    nothing_yet: &'static str,
    /// Whether to offer creating a pairing code (never to those who may not).
    can_create: bool,
    /// More to say when filters made it empty (a near miss).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    if filtered {
        view! {
            <div class="empty" data-testid="no-match">
                <p>{move || crate::i18n::t(no_match)}</p>
                {children.map(|c| c())}
                <p><a href=list.href()>{move || crate::i18n::t("list-clear-filters")}</a></p>
            </div>
        }
        .into_any()
    } else {
        view! {
            <div class="empty" data-testid="empty">
                <p>{move || crate::i18n::t(nothing_yet)}</p>
                {can_create.then(|| view! {
                    <p><a class="button button-primary" href=Screen::NewEnrollment.href()>{move || crate::i18n::t("codes-create")}</a></p>
                })}
            </div>
        }
        .into_any()
    }
}
