//! The filter bar of the lists: location, and up to five metadata `key:value` filters as
//! chips, all in the URL. Shared by enrollments and devices.

use ipp::{MetadataFilter, Page};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use serde::de::DeserializeOwned;

use crate::api::{ApiError, Collection};
use crate::components::field::FieldError;
use crate::components::location_picker::{Empty, LocationPicker};
use crate::components::notice::ErrorNotice;
use crate::locations::use_locations;
use crate::logic::filters::{parse_query, Filters};
use crate::session::use_session;

/// The list's filters from the URL, what in the URL could not be read, and whether the
/// operator's location scope is known yet (a list must not be asked for before, or an
/// operator limited to several locations would ask for all of them and be refused).
/// Such an operator sees one location at a time: without one in the URL, the list shows
/// the first of theirs, and the address is left as it is (no redirect, so leaving the
/// list for another screen is never undone).
pub fn use_scoped_filters() -> ScopedFilters {
    let search = use_location().search;
    let parsed = Memo::new(move |_| Filters::from_pairs(parse_query(&search.get())));
    let session = use_session();
    let api = crate::api::use_api();
    // The session once it is there; until then what the token says.
    let scope = Memo::new(move |_| match session.get() {
        Some(s) => Some(s.locations),
        None => api
            .client()
            .ok()
            .and_then(|c| c.auth.claims())
            .map(|c| c.locations),
    });
    let filters = Memo::new(move |_| {
        let f = parsed.get().0;
        match scope.get().flatten() {
            Some(mine) if mine.len() > 1 && f.location.is_none() => f.at_location(Some(mine[0])),
            _ => f,
        }
    });
    ScopedFilters {
        filters,
        ignored: Memo::new(move |_| parsed.get().1),
        ready: Memo::new(move |_| scope.with(Option::is_some)),
    }
}

/// What [`use_scoped_filters`] gives a list.
#[derive(Clone, Copy)]
pub struct ScopedFilters {
    pub filters: Memo<Filters>,
    pub ignored: Memo<Vec<String>>,
    /// Whether the operator's scope is known, so the list can be asked for.
    pub ready: Memo<bool>,
}

impl ScopedFilters {
    /// The list query to send, once the scope is known (until then, none).
    pub fn query(&self) -> Option<ipp::ListQuery> {
        self.ready.get().then(|| self.filters.get().to_list_query())
    }

    /// The page of `list` that the filters ask for, read again when they change or when
    /// `also` (the versions of the actions that change the list) does.
    pub fn page<T>(
        self,
        list: Collection<T>,
        also: impl Fn() + 'static,
    ) -> LocalResource<Result<Page<T>, ApiError>>
    where
        T: DeserializeOwned + 'static,
    {
        let api = crate::api::use_api();
        LocalResource::new(move || {
            also();
            let q = self.query();
            async move {
                match q {
                    Some(q) => list.list(api, &q).await,
                    // Asked for once the operator's scope is known.
                    None => std::future::pending().await,
                }
            }
        })
    }

    /// The page as the list shows it: the error with a retry, the empty state
    /// (`empty(filtered)`), or `show(page)`; nothing while it loads, so that the
    /// surrounding `Transition` shows its fallback.
    pub fn body<T: Clone + Send + Sync + 'static>(
        self,
        page: LocalResource<Result<Page<T>, ApiError>>,
        empty: impl Fn(bool) -> AnyView + Send + Sync + 'static,
        show: impl Fn(Page<T>) -> AnyView + Send + Sync + 'static,
    ) -> impl IntoView {
        let filters = self.filters;
        move || {
            page.get().map(|result| match result {
                Err(e) => {
                    view! { <ErrorNotice error=e retry=Callback::new(move |()| page.refetch())/> }
                        .into_any()
                }
                Ok(p) if p.content.is_empty() => {
                    empty(filters.with(|f| f.is_filtered() || f.page > 0))
                }
                Ok(p) => show(p),
            })
        }
    }
}

/// Says which parts of the address the list could not read, when there are any.
#[component]
pub fn IgnoredNotice(ignored: Memo<Vec<String>>) -> impl IntoView {
    move || {
        ignored.with(|i| {
            (!i.is_empty()).then(|| view! {
                <div class="notice notice-info" role="status">{format!("Parts of this address were ignored: {}.", i.join("; "))}</div>
            })
        })
    }
}

#[component]
pub fn FilterBar(
    filters: Memo<Filters>,
    href: impl Fn(&Filters) -> String + Copy + Send + Sync + 'static,
    #[prop(into)] label: String,
    /// Keys to suggest (those seen on screen).
    #[prop(into, optional)]
    known_keys: Signal<Vec<String>>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let locations = use_locations();
    let session = use_session();
    let navigate = use_navigate();
    // The picker shows the address's location (back, pasted links); a choice is a new
    // address.
    let location = Signal::derive(move || filters.get().location);
    let nav = navigate.clone();
    let choose = Callback::new(move |chosen: Option<ipp::Uuid>| {
        nav(
            &href(&filters.get_untracked().at_location(chosen)),
            Default::default(),
        );
    });
    let scoped_to_several = move || session.scope().is_some_and(|s| s.len() > 1);

    let key = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let nav = navigate.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let raw = format!("{}:{}", key.get_untracked().trim(), value.get_untracked());
        match MetadataFilter::parse(&raw).and_then(|f| filters.get_untracked().with_filter(f)) {
            Ok(next) => {
                error.set(None);
                key.set(String::new());
                value.set(String::new());
                nav(&href(&next), Default::default());
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let list_id = format!("{}-keys", label.to_lowercase().replace(' ', "-"));
    let list_id2 = list_id.clone();
    view! {
        <div class="filter-bar" role="search" aria-label=label.clone()>
            <LocationPicker id="filter-location" label="Location"
                locations=Signal::derive(move || locations.list())
                selected=location
                on_change=choose
                empty=Signal::derive(move || if scoped_to_several() { Empty::Required } else { Empty::All })/>
            <div class="metadata-filters">
                <ul class="chips" aria-label="Metadata filters">
                    {move || filters.get().metadata.into_iter().map(|m| {
                        let next = href(&filters.get_untracked().without_filter(&m.key));
                        view! {
                            <li class="chip" data-testid="filter-chip">
                                <span class="chip-key">{m.key.clone()}</span>" "{m.value.clone()}
                                <a href=next class="chip-remove" aria-label=format!("Remove filter {}", m)>"×"</a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <form class="add-filter" on:submit=add aria-label="Add a metadata filter">
                    <label for="filter-key">"Key"</label>
                    <input id="filter-key" type="text" list=list_id.clone() autocomplete="off" spellcheck="false" size="12"
                        prop:value=move || key.get() on:input=move |ev| key.set(event_target_value(&ev))
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby=move || error.with(Option::is_some).then_some("filter-error")/>
                    <datalist id=list_id2>
                        {move || known_keys.get().into_iter().map(|k| view! { <option value=k></option> }).collect_view()}
                    </datalist>
                    <label for="filter-value">"Value"</label>
                    <input id="filter-value" type="text" autocomplete="off" size="12"
                        prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
                    <button type="submit" class="button button-small">"Add filter"</button>
                    <FieldError id="filter" error=Signal::derive(move || error.get())/>
                </form>
            </div>
            {children.map(|c| c())}
        </div>
    }
}
