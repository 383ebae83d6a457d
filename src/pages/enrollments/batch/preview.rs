//! The preview of a batch: every row with its location, validity and metadata, each
//! editable in place (checked again at once) or removable, each row's problems beside
//! it and the file's above; the closest location names offered as one-click fixes.

use ipp::batch::{BatchSheet, Column, Fault, Flaw, SheetRow};
use leptos::prelude::*;

use super::Prepared;
use crate::i18n::{batch_flaw, t, t_with};
use crate::locations::use_locations;
use crate::logic::batch::{remove_row, set_cell};

#[component]
pub fn Preview(prepared: Prepared) -> impl IntoView {
    let locations = use_locations();
    let sheet = prepared.sheet;
    let read = move |f: &dyn Fn(&BatchSheet) -> usize| sheet.with(|s| s.as_ref().map_or(0, f));
    let rows = Memo::new(move |_| {
        sheet.with(|s| {
            s.as_ref()
                .map(|s| s.rows.iter().map(|r| r.draft.row).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let keys =
        Memo::new(move |_| sheet.with(|s| s.as_ref().map(|s| s.keys.clone()).unwrap_or_default()));
    let whole = Memo::new(move |_| {
        sheet.with(|s| {
            s.as_ref()
                .map(|s| s.file.iter().chain(&s.size).cloned().collect::<Vec<Flaw>>())
                .unwrap_or_default()
        })
    });
    let flawed = move || read(&|s| s.rows.iter().filter(|r| !r.flaws.is_empty()).count());
    let total = move || read(&|s| s.rows.len());
    view! {
        <section class="rollout-preview" aria-labelledby="rollout-preview-title" data-testid="rollout-preview">
            <h2 id="rollout-preview-title">{move || t_with("rollout-preview-heading", &[("count", total().into())])}</h2>
            {move || (!whole.get().is_empty()).then(|| view! {
                <div class="notice notice-error" role="alert" data-testid="rollout-file-problems">
                    <ul>{whole.get().iter().map(|f| { let m = batch_flaw(f); view! { <li>{move || m.text()}</li> } }).collect_view()}</ul>
                </div>
            })}
            <p role="status" data-testid="rollout-summary">{move || match flawed() {
                0 => t("rollout-all-good"),
                n => t_with("rollout-rows-to-fix", &[("count", n.into())]),
            }}</p>
            <datalist id="rollout-location-names">
                {move || locations.list().into_iter().map(|l| view! { <option value=l.name.clone()></option> }).collect_view()}
            </datalist>
            <div class="table-box"><table class="table rollout-rows" data-testid="rollout-rows">
                <caption class="visually-hidden">{move || t("rollout-preview-caption")}</caption>
                <thead><tr>
                    <th scope="col">{move || t("rollout-col-row")}</th>
                    <th scope="col">{move || t("col-location")}</th>
                    <th scope="col">{move || t("rollout-col-valid-for")}</th>
                    {move || keys.get().into_iter().map(|k| view! { <th scope="col" translate="no">{k}</th> }).collect_view()}
                    <th scope="col">{move || t("rollout-col-problems")}</th>
                    <th scope="col"><span class="visually-hidden">{move || t("col-actions")}</span></th>
                </tr></thead>
                <tbody>
                    <For each=move || rows.get() key=|r| *r let:row>
                        <PreviewRow prepared=prepared row=row keys=keys/>
                    </For>
                </tbody>
            </table></div>
        </section>
    }
}

/// One row: its cells as inputs, its problems, and a way to leave it out.
#[component]
fn PreviewRow(prepared: Prepared, row: usize, keys: Memo<Vec<String>>) -> impl IntoView {
    let locations = use_locations();
    let this = Memo::new(move |_| {
        prepared.sheet.with(|s| {
            s.as_ref()
                .and_then(|s| s.rows.iter().find(|r| r.draft.row == row).cloned())
        })
    });
    let set = move |column: Column, value: String| {
        let at = locations.list();
        prepared.change(|s| set_cell(s, row, &column, &value, &at));
    };
    let cell = move |column: Column| {
        let (shown, label_col) = (column.clone(), column.name().to_owned());
        let value =
            move || this.with(|r| r.as_ref().map(|r| cell_text(r, &shown)).unwrap_or_default());
        let bad_col = column.clone();
        let invalid = move || {
            this.with(|r| {
                r.as_ref()
                    .is_some_and(|r| r.flaws.iter().any(|f| f.column.as_ref() == Some(&bad_col)))
            })
        };
        let list = (column == Column::Location).then_some("rollout-location-names");
        let placeholder = (column == Column::Validity).then(|| t("rollout-default-validity"));
        let label = move || {
            t_with(
                "rollout-cell",
                &[("row", row.into()), ("column", label_col.clone().into())],
            )
        };
        view! {
            <td>
                <input type="text" class="rollout-cell" translate="no" list=list placeholder=placeholder
                    aria-label=label
                    aria-invalid=move || invalid().then_some("true")
                    prop:value=value
                    on:change=move |ev| set(column.clone(), event_target_value(&ev))/>
            </td>
        }
    };
    let resolved = move || {
        this.with(|r| {
            let r = r.as_ref()?;
            let id = r.item.as_ref()?.location_id;
            let name = locations.name(Some(id));
            (name != r.draft.location).then_some(name)
        })
    };
    let flaws = move || this.with(|r| r.as_ref().map(|r| r.flaws.clone()).unwrap_or_default());
    let remove = move |_| {
        let at = locations.list();
        prepared.change(|s| remove_row(s, row, &at));
    };
    view! {
        <tr data-testid="rollout-row" data-row=row.to_string()
            data-flawed=move || this.with(|r| r.as_ref().is_some_and(|r| !r.flaws.is_empty())).to_string()>
            <th scope="row" class="num">{row}</th>
            {cell(Column::Location)}
            {cell(Column::Validity)}
            {move || keys.get().into_iter().map(|k| cell(Column::Key(k))).collect_view()}
            <td class="rollout-problems" data-testid="rollout-problems">
                {move || resolved().map(|n| view! { <span class="hint" translate="no">{n}</span> })}
                <ul>{move || flaws().into_iter().map(|f| view! { <FlawLine flaw=f on_use=Callback::new(move |name: String| set(Column::Location, name))/> }).collect_view()}</ul>
            </td>
            <td>
                <button type="button" class="button button-small" data-testid="rollout-remove" on:click=remove>
                    {move || t("rollout-remove")}<span class="visually-hidden">{move || t_with("rollout-remove-which", &[("row", row.into())])}</span>
                </button>
            </td>
        </tr>
    }
}

/// A problem, and for an unknown location the closest names as one-click fixes.
#[component]
fn FlawLine(flaw: Flaw, on_use: Callback<String>) -> impl IntoView {
    let msg = batch_flaw(&flaw);
    let offers = match &flaw.fault {
        Fault::UnknownLocation { closest, .. } => closest.clone(),
        _ => Vec::new(),
    };
    view! {
        <li data-testid="rollout-problem">
            {move || msg.text()}
            {offers.into_iter().map(|name| {
                let chosen = name.clone();
                view! {
                    " "<button type="button" class="button button-small" data-testid="rollout-use-name"
                        on:click=move |_| on_use.run(chosen.clone())>
                        {move || t("rollout-use")}" "<span translate="no">{name.clone()}</span>
                    </button>
                }
            }).collect_view()}
        </li>
    }
}

/// What a row's cell holds, as it was typed.
fn cell_text(r: &SheetRow, column: &Column) -> String {
    match column {
        Column::Location => r.draft.location.clone(),
        Column::Validity => r.draft.validity.clone(),
        Column::Key(k) => r.draft.metadata.get(k).cloned().unwrap_or_default(),
    }
}
