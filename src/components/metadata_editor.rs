//! Editing metadata: rows of key and value, added and removed, checked as typed with the
//! wire contract's rules (bad keys, duplicate keys, limits), with the server's field
//! errors placed on the row they name.

use ipp::metadata::{validate_rows, RowError, MAX_KEYS};
use ipp::rules::Broken;
use ipp::{FieldErrors, Metadata};
use leptos::prelude::*;

use crate::i18n::{t, t_with};

/// One row on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetaRow {
    pub id: u32,
    pub key: String,
    pub value: String,
}

/// The metadata being edited. Cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct MetadataDraft {
    pub rows: RwSignal<Vec<MetaRow>>,
    next: RwSignal<u32>,
    /// The person tried to submit: errors show from then on, as they type. They are not
    /// shown when a field is left, so nothing moves under a click on Submit.
    shown: RwSignal<bool>,
}

impl MetadataDraft {
    pub fn new(initial: &Metadata) -> MetadataDraft {
        let rows: Vec<MetaRow> = initial
            .iter()
            .enumerate()
            .map(|(i, (k, v))| MetaRow {
                id: i as u32,
                key: k.clone(),
                value: v.clone(),
            })
            .collect();
        let next = rows.len() as u32;
        MetadataDraft {
            rows: RwSignal::new(rows),
            next: RwSignal::new(next),
            shown: RwSignal::new(false),
        }
    }

    /// Puts `metadata` on screen in place of what is there.
    pub fn reset(&self, metadata: &Metadata) {
        let fresh = MetadataDraft::new(metadata);
        let base = self.next.get_untracked();
        self.rows.set(
            fresh
                .rows
                .get_untracked()
                .into_iter()
                .map(|r| MetaRow {
                    id: r.id + base,
                    ..r
                })
                .collect(),
        );
        self.next.set(base + metadata.len() as u32);
        self.shown.set(false);
    }

    pub fn add(&self) -> u32 {
        let id = self.next.get_untracked();
        self.next.set(id + 1);
        self.rows.update(|r| {
            r.push(MetaRow {
                id,
                key: String::new(),
                value: String::new(),
            })
        });
        id
    }

    pub fn remove(&self, id: u32) {
        self.rows.update(|r| r.retain(|row| row.id != id));
    }

    pub fn set_key(&self, id: u32, key: String) {
        self.rows.update(|r| {
            r.iter_mut()
                .filter(|row| row.id == id)
                .for_each(|row| row.key = key.clone())
        });
    }

    pub fn set_value(&self, id: u32, value: String) {
        self.rows.update(|r| {
            r.iter_mut()
                .filter(|row| row.id == id)
                .for_each(|row| row.value = value.clone())
        });
    }

    /// Shows every error from now on (on submit).
    pub fn touch_all(&self) {
        self.shown.set(true);
    }

    fn pairs(&self) -> Vec<(String, String)> {
        self.rows.with(|r| {
            r.iter()
                .map(|row| (row.key.trim().to_owned(), row.value.clone()))
                .collect()
        })
    }

    /// Errors per row (by row id) and for the whole list.
    pub fn errors(&self) -> (Vec<(u32, RowError)>, Option<Broken>) {
        let ids: Vec<u32> = self.rows.with(|r| r.iter().map(|row| row.id).collect());
        let (errors, whole) = validate_rows(&self.pairs());
        (ids.into_iter().zip(errors).collect(), whole)
    }

    /// The metadata to send, or `None` while something is wrong.
    pub fn metadata(&self) -> Option<Metadata> {
        let (errors, whole) = self.errors();
        if whole.is_some() || errors.iter().any(|(_, e)| !e.is_ok()) {
            return None;
        }
        Some(self.pairs().into_iter().collect())
    }
}

/// The metadata editor.
#[component]
pub fn MetadataEditor(
    draft: MetadataDraft,
    /// Prefix of the inputs' ids, unique on the page.
    #[prop(into)]
    id: String,
    #[prop(into, optional)] server_errors: Signal<FieldErrors>,
    #[prop(into, optional)] legend: Option<Signal<String>>,
    #[prop(into, optional)] hint: Option<Signal<String>>,
) -> impl IntoView {
    let errors = Memo::new(move |_| draft.errors());
    let row_error = move |id: u32| {
        errors.with(|(rows, _)| {
            rows.iter()
                .find(|(i, _)| *i == id)
                .map(|(_, e)| e.clone())
                .unwrap_or_default()
        })
    };
    // A server error on `metadata.<key>` belongs to the row with that key.
    let server_error =
        move |key: &str| server_errors.with(|e| e.get(&format!("metadata.{key}")).cloned());
    let whole = move || {
        errors
            .with(|(_, w)| w.as_ref().map(|b| crate::i18n::rule(b).text()))
            .or_else(|| server_errors.with(|e| e.get("metadata").cloned()))
    };
    let row_ids = move || {
        draft
            .rows
            .with(|r| r.iter().map(|row| row.id).collect::<Vec<u32>>())
    };
    let prefix = id.clone();
    let focus_prefix = id.clone();
    let hint_id = format!("{id}-hint");
    view! {
        <fieldset class="field metadata-editor" data-testid="metadata-editor">
            <legend>{move || legend.map_or_else(|| t("metadata-legend"), |l| l.get())}</legend>
            <p class="hint" id=hint_id.clone()>
                {move || hint.map_or_else(|| t_with("metadata-hint", &[("max", MAX_KEYS.into())]), |h| h.get())}
            </p>
            <ol class="metadata-rows">
                <For
                    each=row_ids
                    key=|id| *id
                    children=move |row_id| {
                        let key_id = format!("{prefix}-key-{row_id}");
                        let value_id = format!("{prefix}-value-{row_id}");
                        let position = move || draft.rows.with(|r| r.iter().position(|x| x.id == row_id).map(|p| p + 1).unwrap_or(0));
                        let of_row = move || t_with("metadata-of-row", &[("n", position().into())]);
                        let row = move || draft.rows.with(|r| r.iter().find(|x| x.id == row_id).cloned());
                        let key_text = move || row().map(|r| r.key).unwrap_or_default();
                        let touched = move || draft.shown.get();
                        let key_error = Signal::derive(move || if touched() { row_error(row_id).key.map(|b| crate::i18n::rule(&b).text()) } else { None });
                        let value_error = Signal::derive(move || {
                            if touched() { row_error(row_id).value.map(|b| crate::i18n::rule(&b).text()) } else { None }
                                .or_else(|| server_error(key_text().trim()))
                        });
                        let key_err_id = format!("{key_id}-error");
                        let value_err_id = format!("{value_id}-error");
                        view! {
                            <li class="metadata-row" data-testid="metadata-row" data-key=key_text>
                                <div class="field">
                                    <label for=key_id.clone()>
                                        {move || t("metadata-key")}<span class="visually-hidden">" "{of_row}</span>
                                    </label>
                                    <input type="text" id=key_id.clone() class="mono" autocomplete="off" spellcheck="false"
                                        prop:value=key_text
                                        on:input=move |ev| draft.set_key(row_id, event_target_value(&ev))
                                        aria-invalid=move || key_error.with(Option::is_some).then_some("true")
                                        aria-describedby=move || key_error.with(Option::is_some).then(|| key_err_id.clone())
                                    />
                                    <super::field::FieldError id=key_id.clone() error=key_error/>
                                </div>
                                <div class="field">
                                    <label for=value_id.clone()>
                                        {move || t("metadata-value")}<span class="visually-hidden">" "{of_row}</span>
                                    </label>
                                    <input type="text" id=value_id.clone() autocomplete="off"
                                        prop:value=move || row().map(|r| r.value).unwrap_or_default()
                                        on:input=move |ev| draft.set_value(row_id, event_target_value(&ev))
                                        aria-invalid=move || value_error.with(Option::is_some).then_some("true")
                                        aria-describedby=move || value_error.with(Option::is_some).then(|| value_err_id.clone())
                                    />
                                    <super::field::FieldError id=value_id.clone() error=value_error/>
                                </div>
                                <button type="button" class="button button-small remove-row"
                                    on:click=move |_| draft.remove(row_id)>
                                    {move || t("metadata-remove")}
                                    <span class="visually-hidden">" "{move || {
                                        let k = key_text();
                                        if k.is_empty() {
                                            t_with("metadata-row", &[("n", position().into())]).into_any()
                                        } else {
                                            view! { <span translate="no">{k}</span> }.into_any()
                                        }
                                    }}</span>
                                </button>
                            </li>
                        }
                    }
                />
            </ol>
            {move || whole().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            <button type="button" class="button button-small add-row"
                disabled={move || draft.rows.with(Vec::len) >= MAX_KEYS}
                on:click=move |_| {
                    let row = draft.add();
                    crate::components::focus::focus_id(&format!("{focus_prefix}-key-{row}"));
                }
            >{move || t("metadata-add")}</button>
        </fieldset>
    }
}
