//! Moving the keyboard focus to what the person should look at next, once it is on
//! screen (the next animation frame).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the first element `selector` matches, after the next render.
pub fn focus_after_render(selector: String) {
    request_animation_frame(move || {
        let el = document().query_selector(&selector).ok().flatten();
        if let Some(el) = el.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// Focuses the element with `id`, after the next render.
pub fn focus_id(id: &str) {
    focus_after_render(format!("#{id}"));
}

/// Focuses the first field marked invalid: the first thing to fix.
pub fn focus_first_invalid() {
    focus_after_render("[aria-invalid=true]".into());
}
