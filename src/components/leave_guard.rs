//! Asks before unsaved edits are left behind: closing or reloading the tab (the
//! browser's own prompt), or following a link of the console (a confirmation). Links
//! that open another tab leave nothing behind and are let through.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// While `dirty` holds, leaving the page asks first. Stops with the component.
pub fn use_leave_guard(dirty: Signal<bool>) {
    // Read in a browser event, outside the component: the language taken along.
    let i18n = crate::i18n::use_i18n();
    let unload = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if dirty.get_untracked() {
            ev.prevent_default();
        }
    });
    on_cleanup(move || unload.remove());
    // Links are followed by the router on click; a capturing listener sees them first.
    let click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if !dirty.get_untracked() {
            return;
        }
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten());
        // A link that opens another tab (signing in again, say) leaves nothing behind.
        let stays = link.as_ref().is_some_and(|l| {
            l.get_attribute("target")
                .is_none_or(|t| t.is_empty() || t == "_self")
        });
        if !stays {
            return;
        }
        let leave = window()
            .confirm_with_message(&i18n.t("leave-unsaved"))
            .unwrap_or(true);
        if !leave {
            ev.prevent_default();
            ev.stop_immediate_propagation();
        }
    });
    let _ = document().add_event_listener_with_callback_and_bool(
        "click",
        click.as_ref().unchecked_ref(),
        true,
    );
    let click = StoredValue::new_local(click);
    on_cleanup(move || {
        click.try_with_value(|c| {
            let _ = document().remove_event_listener_with_callback_and_bool(
                "click",
                c.as_ref().unchecked_ref(),
                true,
            );
        });
    });
}
