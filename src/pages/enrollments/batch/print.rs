//! A batch's printout (A4 or Letter): one card per waiting code — the store's name, the
//! label that tells its tills apart, the code grouped and large, its QR code, and the
//! clerk's lines in the store's language with the expiry in the store's time. Four cards
//! to a page, each page a block of its own, so no card is ever cut across two pages.

use leptos::prelude::*;

use super::page::Row;
use crate::components::clerk_steps::ClerkSteps;
use crate::components::code::CodeDisplay;
use crate::components::qr_code::QrCode;
use crate::i18n::t_with;
use crate::locations::use_locations;
use crate::logic::code;
use crate::logic::rollout::CodeState;

/// Cards on one printed page (two by two; each fits A4 and Letter alike).
pub const PER_PAGE: usize = 4;

#[component]
pub fn PrintSheet(rows: Memo<Vec<Row>>) -> impl IntoView {
    let locations = use_locations();
    // The waiting codes the reader may see (operators: a viewer's codes are hidden).
    let codes = Memo::new(move |_| {
        rows.with(|r| {
            r.iter()
                .filter(|r| r.state == CodeState::Waiting)
                .filter_map(|r| r.read.as_ref()?.detail().map(|d| d.enrollment.clone()))
                .filter(|e| !e.code_hidden())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="print-only rollout-sheet" data-testid="print-sheet">
            {move || codes.get().chunks(PER_PAGE).map(|page| view! {
                <div class="rollout-print-page">
                    {page.iter().map(|e| {
                        let location = e.location_id;
                        let zone = Signal::derive(move || locations.zone(location));
                        let lang = locations.languages(location).first().copied().unwrap_or(crate::i18n::Lang::En);
                        let grouped = code::group(&e.enrollment_code);
                        let spelled = code::spelled(&e.enrollment_code);
                        let label = e.metadata.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(" · ");
                        view! {
                            <article class="rollout-card" data-testid="print-card" data-code=e.enrollment_code.clone()>
                                <p class="print-location" translate="no">{move || locations.name(location)}</p>
                                <p class="print-metadata" translate="no">{label}</p>
                                <CodeDisplay code=e.enrollment_code.clone()/>
                                <QrCode text=code::qr_payload(&e.enrollment_code) label=t_with("card-qr", &[("code", spelled.into())])/>
                                <ClerkSteps lang grouped expires_at=e.expires_at zone/>
                            </article>
                        }
                    }).collect_view()}
                </div>
            }).collect_view()}
        </div>
    }
}
