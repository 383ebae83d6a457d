//! Changing many devices at once from the device list: the selection (a checkbox per
//! row, shift-click for a range, "select all matching" across pages), the action and its
//! fields, the preview of what will change, and starting the job.

use ipp::console::Role;
use ipp::jobs::{JobAction, Preview};
use ipp::Uuid;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use serde_json::Value;

use super::{name_translate, shown_name};
use crate::api;
use crate::components::confirm::ConfirmDialog;
use crate::components::server_words::ServerWords;
use crate::i18n::{t, t_with, Arg};
use crate::locations::use_locations;
use crate::logic::diff::Change;
use crate::logic::fleet::thousands;
use crate::logic::jobs::{action_label, devices, run_request, Form, Picked};
use crate::routes::Screen;

/// The device list's selection, shared by its rows, its header and the bar above it.
#[derive(Clone, Copy)]
pub struct Selection {
    pub picked: RwSignal<Picked>,
    /// The row clicked last on this page (where a shift-click's range starts).
    anchor: RwSignal<Option<usize>>,
}

impl Selection {
    pub fn provide() -> Selection {
        let s = Selection {
            picked: RwSignal::new(Picked::default()),
            anchor: RwSignal::new(None),
        };
        provide_context(s);
        s
    }

    /// A row's checkbox was clicked (with shift or not).
    pub fn click(&self, page: &[Uuid], index: usize, on: bool, shift: bool) {
        let anchor = self.anchor.get_untracked();
        self.picked.update(|p| match anchor {
            Some(a) if shift && a < page.len() => p.set_range(page, a, index, on),
            _ => p.set(page[index], on, page),
        });
        self.anchor.set(Some(index));
    }

    /// The header's checkbox: the whole page, or none of it.
    pub fn page(&self, page: &[Uuid], on: bool) {
        self.picked.update(|p| {
            for id in page {
                p.set(*id, on, page);
            }
        });
        self.anchor.set(None);
    }
}

/// A row's checkbox.
#[component]
pub fn SelectCell(
    selection: Selection,
    page: StoredValue<Vec<Uuid>>,
    index: usize,
    /// The device's name (empty: unnamed).
    name: String,
) -> impl IntoView {
    let id = page.with_value(|p| p[index]);
    let label = move || t_with("bulk-select-row", &[("name", shown_name(&name).into())]);
    view! {
        <td class="select">
            <input type="checkbox" aria-label=label data-testid="select-row"
                prop:checked=move || selection.picked.with(|p| p.has(id))
                on:click=move |ev| {
                    let on = event_target_checked(&ev);
                    page.with_value(|p| selection.click(p, index, on, ev.shift_key()));
                }/>
        </td>
    }
}

/// The header's checkbox: every device of this page.
#[component]
pub fn SelectPage(selection: Selection, page: StoredValue<Vec<Uuid>>) -> impl IntoView {
    view! {
        <th scope="col" class="select">
            <input type="checkbox" aria-label=move || t("bulk-select-page") data-testid="select-page"
                prop:checked=move || page.with_value(|p| selection.picked.with(|s| s.whole_page(p)))
                on:click=move |ev| page.with_value(|p| selection.page(p, event_target_checked(&ev)))/>
        </th>
    }
}

/// Above the list while devices are selected: how many, "select all matching", the
/// action with its fields, and its preview.
#[component]
pub fn BulkBar(
    selection: Selection,
    /// The list's query (without paging) and how many it finds.
    #[prop(into)]
    matching: Signal<Option<(String, u64)>>,
    /// The ids of the page on screen.
    #[prop(into)]
    page: Signal<Vec<Uuid>>,
) -> impl IntoView {
    let api = api::use_api();
    let session = crate::session::use_session();
    let locations = use_locations();
    let navigate = use_navigate();
    let picked = selection.picked;
    let form = RwSignal::new(Form::default());
    let error = RwSignal::new(None::<Problem>);
    let asked = RwSignal::new(None::<(Value, Preview)>);
    let open = RwSignal::new(false);
    let preview = Action::new_local(move |body: &Value| {
        let body = body.clone();
        async move {
            match api::jobs::preview(api, &body).await {
                Ok(p) => {
                    error.set(None);
                    asked.set(Some((body, p)));
                    open.set(true);
                }
                Err(e) => error.set(Some(Problem::Server(e.message()))),
            }
        }
    });
    let run = Action::new_local(move |body: &Value| {
        let body = body.clone();
        let navigate = navigate.clone();
        async move {
            match api::jobs::start(api, &body).await {
                Ok(started) => {
                    open.set(false);
                    picked.set(Picked::default());
                    navigate(&Screen::Job(started.id).href(), Default::default());
                }
                Err(e) => {
                    open.set(false);
                    error.set(Some(Problem::Server(e.message())));
                }
            }
        }
    });
    let count = move || picked.with(Picked::count);
    let offer_all = move || {
        let (whole, all) = page.with(|p| picked.with(|s| (s.whole_page(p), s.all.is_some())));
        match matching.get() {
            Some((q, n)) if whole && !all && n > count() => Some((q, n)),
            _ => None,
        }
    };
    let action_choices = move || {
        JobAction::REQUESTABLE
            .into_iter()
            .filter(|a| *a != JobAction::Deregister || session.can(Role::Admin))
            .map(|a| view! { <option value=a.as_str() selected=move || form.with(|f| f.action == Some(a))>{action_label(a)}</option> })
            .collect_view()
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match form.with(|f| picked.with(|p| f.request(p))) {
            Some(body) if !preview.pending().get_untracked() => {
                preview.dispatch(body);
            }
            Some(_) => {}
            None => error.set(Some(Problem::NoAction)),
        }
    };
    let deregistering = move || {
        asked.with(|a| {
            a.as_ref()
                .is_some_and(|(_, p)| p.action == JobAction::Deregister)
        })
    };
    let confirm_text = Signal::derive(move || {
        asked.with(|a| {
            a.as_ref()
                .filter(|(_, p)| p.action == JobAction::Deregister)
                .map(|(_, p)| p.total.to_string())
        })
    });
    let on_confirm = Callback::new(move |()| {
        let Some((body, p)) = asked.get_untracked() else {
            return;
        };
        let confirm = (p.action == JobAction::Deregister).then_some(p.total);
        run.dispatch(run_request(
            &body,
            p.preview_id,
            &p.preview_id.to_string(),
            confirm,
        ));
    });
    let field = move |label: fn() -> String,
                      id: &'static str,
                      get: fn(&Form) -> String,
                      set: fn(&mut Form, String)| {
        view! {
            <div class="field">
                <label for=id>{move || label()}</label>
                <input type="text" id=id autocomplete="off" prop:value=move || form.with(get)
                    on:input=move |ev| form.update(|f| set(f, event_target_value(&ev)))/>
            </div>
        }
    };
    view! {
        <Show when=move || { session.can(Role::Operator) && count() > 0 }>
            <form class="bulk-bar" data-testid="bulk-bar" on:submit=submit>
                <p role="status">
                    <strong>{move || t_with("bulk-selected", &counted(count()))}</strong>
                    {move || offer_all().map(|(q, n)| view! {
                        " · "<button type="button" class="button-link" data-testid="select-all-matching"
                            on:click=move |_| picked.update(|p| p.all = Some((q.clone(), n)))>
                            {move || t_with("bulk-select-all-matching", &counted(n))}</button>
                    })}
                    " · "<button type="button" class="button-link" on:click=move |_| picked.set(Picked::default())>{move || t("bulk-clear")}</button>
                </p>
                <div class="field">
                    <label for="bulk-action">{move || t("bulk-action")}</label>
                    <select id="bulk-action" data-testid="bulk-action"
                        on:change=move |ev| form.update(|f| f.action = JobAction::parse(&event_target_value(&ev)))>
                        <option value="" selected=move || form.with(|f| f.action.is_none())>{move || t("bulk-choose-action")}</option>
                        {action_choices}
                    </select>
                </div>
                {move || match form.with(|f| f.action) {
                    Some(JobAction::Relocate) => view! {
                        <div class="field">
                            <label for="bulk-location">{move || t("bulk-to-location")}</label>
                            <select id="bulk-location" on:change=move |ev| form.update(|f| f.location = event_target_value(&ev).parse().ok())>
                                <option value="">{move || t("location-choose")}</option>
                                {locations.list().into_iter().map(|l| view! { <option value=l.id.to_string() translate="no">{l.name}</option> }).collect_view()}
                            </select>
                        </div>
                    }.into_any(),
                    Some(JobAction::SetMetadata) => view! {
                        {field(|| t("bulk-key"), "bulk-key", |f| f.key.clone(), |f, v| f.key = v)}
                        {field(|| t("filter-value"), "bulk-value", |f| f.value.clone(), |f, v| f.value = v)}
                    }.into_any(),
                    Some(JobAction::RenameMetadataKey) => view! {
                        {field(|| t("bulk-key"), "bulk-key", |f| f.key.clone(), |f, v| f.key = v)}
                        {field(|| t("bulk-new-key"), "bulk-new-key", |f| f.new_key.clone(), |f, v| f.new_key = v)}
                    }.into_any(),
                    Some(JobAction::RemoveMetadata) => field(|| t("bulk-key"), "bulk-key", |f| f.key.clone(), |f, v| f.key = v).into_any(),
                    _ => ().into_any(),
                }}
                <button type="submit" class="button" data-testid="bulk-preview" disabled=move || preview.pending().get()>
                    {move || if preview.pending().get() { t("bulk-preparing") } else { t("bulk-preview") }}
                </button>
                {move || error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="bulk-error">{move || e.text()}</p> })}
            </form>
            <ConfirmDialog id="bulk-confirm" open=open
                title=Signal::derive(move || asked.with(|a| a.as_ref().map(|(_, p)| format!("{} · {}", action_label(p.action), devices(p.total))).unwrap_or_default()))
                confirm_label=Signal::derive(move || if deregistering() { t("bulk-deregister-confirm") } else { t("bulk-run") })
                require_text=confirm_text on_confirm=on_confirm busy=run.pending()>
                {move || asked.get().map(|(_, p)| view! { <PreviewSummary preview=p/> })}
            </ConfirmDialog>
        </Show>
    }
}

/// What a preview says will happen: the counts, then each device's changes.
#[component]
fn PreviewSummary(preview: Preview) -> impl IntoView {
    let locations = use_locations();
    let name = move |id: Option<Uuid>| Some(locations.name(id));
    let shown = preview.items.len() as u64;
    let (changing, unchanged) = (preview.changing, preview.unchanged);
    view! {
        <div class="preview" data-testid="bulk-summary">
            <p>{move || summary(changing, unchanged)}</p>
            {(!preview.reversible).then(|| view! { <p class="notice notice-error"><strong>{move || t("bulk-irreversible")}</strong>" "{move || t("bulk-irreversible-detail")}</p> })}
            <ul class="preview-items" tabindex="0" aria-label=move || t("bulk-preview-items")>
                {preview.items.into_iter().map(|item| {
                    let lines: Vec<Change> = item.changes.iter().map(|c| Change::of_field(c, name)).collect();
                    let translate = name_translate(&item.name);
                    let device = item.name;
                    view! {
                        <li>
                            <strong translate=translate>{move || shown_name(&device)}</strong>
                            // Why not: the server's words.
                            {item.refused.map(|why| view! { <span class="field-error">" — "{move || t("bulk-will-fail")}" "<ServerWords text=why/></span> })}
                            <ul>{lines.into_iter().map(|l| {
                                let line = l.message();
                                view! { <li>{move || line.text()}</li> }
                            }).collect_view()}</ul>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(changing > shown).then(|| view! { <p class="hint">{move || t_with("bulk-more", &counted(changing - shown))}</p> })}
            <p class="hint">{move || t("bulk-skipped-hint")}</p>
        </div>
    }
}

/// What stopped the bulk bar: no action chosen, or the server's word.
#[derive(Debug, Clone, PartialEq)]
enum Problem {
    NoAction,
    Server(String),
}

impl Problem {
    /// In the language shown (reactive; the server's words as they came).
    fn text(&self) -> String {
        match self {
            Problem::NoAction => t("bulk-choose-error"),
            Problem::Server(message) => message.clone(),
        }
    }
}

/// A count for a message, as `$n` (digits grouped; the messages need no plural).
fn counted(n: u64) -> [(&'static str, Arg); 1] {
    [("n", thousands(n).into())]
}

/// "12 will change; 3 already as asked (left alone)." (reactive).
fn summary(changing: u64, unchanged: u64) -> String {
    let changing = ("changing", thousands(changing).into());
    if unchanged == 0 {
        t_with("bulk-will-change", &[changing])
    } else {
        let unchanged = ("unchanged", thousands(unchanged).into());
        t_with("bulk-will-change-unchanged", &[changing, unchanged])
    }
}
