//! A QR code as inline SVG, generated here from a string we made (never from input
//! injected as markup).

use leptos::prelude::*;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode as Qr};

/// The SVG of `text`, or `None` when it does not fit a QR code.
pub fn svg(text: &str) -> Option<String> {
    let code = Qr::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color>()
            .min_dimensions(176, 176)
            .quiet_zone(true)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .build(),
    )
}

#[component]
pub fn QrCode(#[prop(into)] text: String, #[prop(into)] label: String) -> impl IntoView {
    let markup = svg(&text).unwrap_or_default();
    view! { <div class="qr" data-testid="qr" role="img" aria-label=label inner_html=markup></div> }
}
