//! Asking before something that cannot be undone: a modal `<dialog>` (focus stays inside,
//! Esc cancels), optionally asking the person to type a word (a device's name) first.

use leptos::html::Dialog;
use leptos::prelude::*;

#[component]
pub fn ConfirmDialog(
    /// Unique in the page: the dialog's elements are named after it.
    #[prop(into)]
    id: String,
    open: RwSignal<bool>,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] confirm_label: Signal<String>,
    /// The person must type this exactly before confirming…
    #[prop(into, optional)]
    require_text: Signal<Option<String>>,
    /// …or this (a device's hardware id, easier to type than a name with "ö"), said as
    /// `or_label` ("or its hardware id"), after the text to type.
    #[prop(into, optional)]
    or_text: Signal<Option<String>>,
    #[prop(into, optional)] or_label: Signal<String>,
    #[prop(into)] on_confirm: Callback<()>,
    /// Disables the buttons while the confirmed action runs.
    #[prop(into, optional)]
    busy: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let dialog: NodeRef<Dialog> = NodeRef::new();
    let keep: NodeRef<leptos::html::Button> = NodeRef::new();
    let typed = RwSignal::new(String::new());
    let title_id = format!("{id}-title");
    // Keeps the <dialog> element open or closed as `open` says (a DOM sync), and starts
    // every opening with nothing typed.
    Effect::new(move |_| {
        let Some(d) = dialog.get() else { return };
        if open.get() {
            typed.set(String::new());
            if !d.open() {
                let _ = d.show_modal();
                // Opens on the safe choice: Enter never does the destructive thing.
                if let Some(k) = keep.get_untracked() {
                    let _ = k.focus();
                }
            }
        } else if d.open() {
            d.close();
        }
    });
    let matches = Signal::derive(move || {
        let typed_is = |t: &String| typed.with(|v| !t.trim().is_empty() && v.trim() == t.trim());
        require_text.with(|n| n.as_ref().is_none_or(typed_is))
            || or_text.with(|o| o.as_ref().is_some_and(typed_is))
    });
    let confirm_id = format!("{id}-confirm-text");
    view! {
        <dialog node_ref=dialog class="dialog" aria-labelledby=title_id.clone()
            on:close=move |_| open.set(false)>
            <form method="dialog" class="dialog-body" on:submit=move |ev| {
                ev.prevent_default();
                if matches.get_untracked() && !busy.get_untracked() {
                    on_confirm.run(());
                }
            }>
                <h2 id=title_id.clone()>{title}</h2>
                {children()}
                {move || require_text.get().map(|t| {
                    let id = confirm_id.clone();
                    view! {
                        <div class="field">
                            <label for=id.clone()>{move || crate::i18n::t("confirm-type")}" " <strong translate="no">{t}</strong>
                                {move || or_text.with(Option::is_some).then(|| format!(" {}", or_label.get().trim()))}
                                " "{move || crate::i18n::t("confirm-to-confirm")}</label>
                            <input type="text" id=id autocomplete="off" spellcheck="false"
                                prop:value=move || typed.get()
                                on:input=move |ev| typed.set(event_target_value(&ev))/>
                        </div>
                    }
                })}
                <div class="actions">
                    <button type="button" class="button" node_ref=keep on:click=move |_| open.set(false)>{move || crate::i18n::t("dialog-keep")}</button>
                    <button type="submit" class="button button-danger" disabled=move || !matches.get() || busy.get()>
                        {confirm_label}
                    </button>
                </div>
            </form>
        </dialog>
    }
}
