//! The filter bar of the lists: location, and up to five metadata `key:value` filters as
//! chips, all in the URL. Shared by enrollments and devices; for devices also the
//! platform and "added since" chips, suggestions from the whole fleet's facets, and
//! matching values in any case. How every list (activity too) shows its page:
//! [`list_body`].

use crate::i18n::{t, t_with, Msg};
use ipp::fleet::{DeviceList, Facets, FleetQuery};
use ipp::{ListQuery, MetadataFilter, Page};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use serde::de::DeserializeOwned;

use crate::api::{ApiError, Collection};
use crate::components::field::FieldError;
use crate::components::location_picker::{Empty, LocationPicker};
use crate::components::notice::ErrorNotice;
use crate::components::time::use_dates;
use crate::locations::use_locations;
use crate::logic::filters::{parse_query, Filters, FromQuery};
use crate::session::use_session;

/// How a list treats an operator limited to several locations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListScope {
    /// One location at a time (the code list): without one in the URL, the first of
    /// theirs.
    PerLocation,
    /// All of theirs in one list (the device list, answered by the fleet index).
    Merged,
}

/// The list's filters from the URL, what in the URL could not be read, and whether the
/// operator's location scope is known yet (a per-location list must not be asked for
/// before, or an operator limited to several locations would ask for all of them and be
/// refused). In a per-location list such an operator sees one location at a time:
/// without one in the URL, the list shows the first of theirs, and the address is left
/// as it is (no redirect, so leaving the list for another screen is never undone).
pub fn use_scoped_filters(list: ListScope) -> ScopedFilters {
    let search = use_location().search;
    let parsed = Memo::new(move |_| {
        let (f, mut ignored) = Filters::from_pairs(parse_query(&search.get()));
        match list {
            ListScope::Merged => (f, ignored),
            ListScope::PerLocation => {
                let (f, more) = f.for_codes();
                ignored.extend(more);
                (f, ignored)
            }
        }
    });
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
        if list == ListScope::Merged {
            return f;
        }
        match scope.get().flatten() {
            Some(mine) if mine.len() > 1 && f.location.is_none() => f.at_location(Some(mine[0])),
            _ => f,
        }
    });
    ScopedFilters {
        filters,
        // Worded here, so that a change of language words it again.
        ignored: Memo::new(move |_| parsed.with(|p| p.1.iter().map(Msg::text).collect())),
        ready: Memo::new(move |_| list == ListScope::Merged || scope.with(Option::is_some)),
    }
}

/// A list's answer: one page of it.
pub trait Listing {
    fn is_empty(&self) -> bool;
}

impl<T> Listing for Page<T> {
    fn is_empty(&self) -> bool {
        self.content.is_empty()
    }
}

impl Listing for DeviceList {
    fn is_empty(&self) -> bool {
        self.page.content.is_empty()
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
        let (filters, ready) = (self.filters, self.ready);
        LocalResource::new(move || {
            also();
            // A new read when the filters change; the scope is waited for, not tracked (a
            // resource does not run again while its future is pending, so a future that
            // waited forever for the scope would keep the list loading for good).
            filters.track();
            async move {
                if !crate::pages::until(ready).await {
                    return std::future::pending().await;
                }
                let q = filters.get_untracked().to_list_query();
                list.list(api, &q).await
            }
        })
    }

    /// The page as the list shows it: the error with a retry, the empty state
    /// (`empty(answer, filtered)`), or `show(answer)`; nothing while it loads, so that the
    /// surrounding `Transition` shows its fallback.
    pub fn body<L: Listing + Clone + Send + Sync + 'static>(
        self,
        page: LocalResource<Result<L, ApiError>>,
        empty: impl Fn(L, bool) -> AnyView + Send + Sync + 'static,
        show: impl Fn(L) -> AnyView + Send + Sync + 'static,
    ) -> impl IntoView {
        let filters = self.filters;
        list_body(
            page,
            move || filters.with_untracked(|f| f.is_filtered() || f.page > 0),
            empty,
            show,
        )
    }
}

/// A list's page as it shows it: the error with a retry, the empty state
/// (`empty(answer, filtered())`, where `filtered` says whether filters or a page past the
/// end made it empty), or `show(answer)`; nothing while it loads, so that the
/// surrounding `Transition` shows its fallback.
pub fn list_body<L: Listing + Clone + Send + Sync + 'static>(
    page: LocalResource<Result<L, ApiError>>,
    filtered: impl Fn() -> bool + Send + Sync + 'static,
    empty: impl Fn(L, bool) -> AnyView + Send + Sync + 'static,
    show: impl Fn(L) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    // Only a new answer rebuilds the list: the filters change first (the address), and
    // rebuilding the old answer for them would be wasted work (so `filtered` is read
    // without tracking).
    move || {
        page.get().map(|result| match result {
            Err(e) => {
                view! { <ErrorNotice error=e retry=Callback::new(move |()| page.refetch())/> }
                    .into_any()
            }
            Ok(p) if p.is_empty() => empty(p, untrack(&filtered)),
            Ok(p) => show(p),
        })
    }
}

/// Keys and values to suggest when adding a metadata filter: the facets of the whole
/// fleet at the chosen location, read once the person starts adding one.
#[derive(Clone, Copy)]
pub struct Suggestions {
    wanted: RwSignal<bool>,
    facets: Signal<Option<Facets>>,
}

impl Suggestions {
    pub fn new(filters: Memo<Filters>) -> Suggestions {
        let api = crate::api::use_api();
        let wanted = RwSignal::new(false);
        let location = Memo::new(move |_| filters.with(|f| f.location));
        let read = LocalResource::new(move || {
            let query = FleetQuery {
                list: ListQuery {
                    location_id: location.get(),
                    ..ListQuery::default()
                },
                ..FleetQuery::default()
            };
            let wanted = wanted.get();
            async move {
                match wanted {
                    true => crate::api::fleet::facets(api, &query).await.ok(),
                    false => None,
                }
            }
        });
        Suggestions {
            wanted,
            facets: Signal::derive(move || read.get().flatten()),
        }
    }
}

pub use crate::components::notice::IgnoredNotice;

#[component]
pub fn FilterBar(
    filters: Memo<Filters>,
    href: impl Fn(&Filters) -> String + Copy + Send + Sync + 'static,
    #[prop(into)] label: Signal<String>,
    /// The start of the bar's element ids (the same in every language).
    id: &'static str,
    /// An operator limited to several locations sees them all at once (else one at a time).
    #[prop(optional)]
    merged: bool,
    /// Keys and values to suggest (from the whole fleet).
    #[prop(optional)]
    suggestions: Option<Suggestions>,
    /// Offer "Match any case" while this holds.
    #[prop(into, optional)]
    any_case: Signal<bool>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let locations = use_locations();
    let session = use_session();
    let navigate = use_navigate();
    let dates = use_dates();
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
    let one_at_a_time = move || !merged && session.scope().is_some_and(|s| s.len() > 1);

    let key = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let error = RwSignal::new(None::<ipp::rules::Broken>);
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
    let toggle_case = move |ev: leptos::ev::Event| {
        let next = Filters {
            metadata_ci: event_target_checked(&ev),
            page: 0,
            ..filters.get_untracked()
        };
        navigate(&href(&next), Default::default());
    };
    let facets = move || suggestions.and_then(|s| s.facets.get());
    let keys = move || {
        facets().map(|f| {
            f.metadata
                .into_iter()
                .map(|k| view! { <option value=k.key.clone()>{format!("{} ({})", k.key, k.count)}</option> })
                .collect_view()
        })
    };
    let values = move || {
        let typed = key.get();
        facets().and_then(|f| f.metadata.into_iter().find(|k| k.key == typed.trim())).map(|k| {
            k.values
                .into_iter()
                .map(|v| view! { <option value=v.value.clone()>{format!("{} ({})", v.value, v.count)}</option> })
                .collect_view()
        })
    };
    let (keys_id, values_id) = (format!("{id}-keys"), format!("{id}-values"));
    // A removed chip takes its focus with it: the key field gets it instead of the page.
    let refocus = move |_: leptos::ev::MouseEvent| {
        set_timeout(
            || crate::components::focus::focus_id("filter-key"),
            std::time::Duration::ZERO,
        )
    };
    // Other filters than metadata, as chips that remove them (values as data: a date).
    let other_chips = move || {
        let f = filters.get();
        let without = |g: Filters| href(&Filters { page: 0, ..g });
        let platform = f.platform.map(|p| {
            let shown = crate::pages::devices::platform_name(p);
            let next = without(Filters {
                platform: None,
                ..f.clone()
            });
            (next, t("filter-platform"), shown)
        });
        let since = f.created_after.map(|at| {
            let next = without(Filters {
                created_after: None,
                ..f.clone()
            });
            (next, t("filter-added-since"), dates.local(at))
        });
        platform.into_iter().chain(since).map(|(next, what, shown)| view! {
            <li class="chip" data-testid="filter-chip">
                <span class="chip-key">{what.clone()}</span>" "<span translate="no">{shown.clone()}</span>
                <a href=next class="chip-remove" aria-label=t_with("filter-remove", &[("filter", format!("{what} {shown}").into())]) on:click=refocus>"×"</a>
            </li>
        }).collect_view()
    };
    // On a phone the filters fold behind a button, which says how many are set.
    let open = RwSignal::new(false);
    let set = move || {
        let f = filters.get();
        f.metadata.len()
            + usize::from(f.location.is_some())
            + usize::from(f.platform.is_some())
            + usize::from(f.created_after.is_some())
    };
    let bar_id = format!("{id}-bar");
    view! {
        <button type="button" class="button filters-toggle" aria-controls=bar_id.clone()
            aria-expanded=move || if open.get() { "true" } else { "false" }
            on:click=move |_| open.update(|o| *o = !*o)>
            {move || match set() { 0 => t("filters"), n => t_with("filters-count", &[("count", n.into())]) }}
        </button>
        <div class="filter-bar" class:folded=move || !open.get() id=bar_id role="search" aria-label=label>
            <LocationPicker id="filter-location" label=Signal::derive(move || t("filter-location"))
                locations=Signal::derive(move || locations.list())
                selected=location
                on_change=choose
                empty=Signal::derive(move || if one_at_a_time() { Empty::Required } else { Empty::All })/>
            <div class="metadata-filters">
                <ul class="chips" aria-label=move || t("filters")>
                    {other_chips}
                    {move || filters.get().metadata.into_iter().map(|m| {
                        let next = href(&filters.get_untracked().without_filter(&m.key));
                        view! {
                            <li class="chip" data-testid="filter-chip">
                                <span class="chip-key" translate="no">{m.key.clone()}</span>" "<span translate="no">{m.value.clone()}</span>
                                <a href=next class="chip-remove" aria-label=t_with("filter-remove", &[("filter", m.to_string().into())]) on:click=refocus>"×"</a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <form class="add-filter" on:submit=add aria-label=move || t("filter-add-label")
                    on:focusin=move |_| if let Some(s) = suggestions { s.wanted.set(true) }>
                    <label for="filter-key">{move || t("filter-key")}</label>
                    <input id="filter-key" type="text" list=keys_id.clone() autocomplete="off" spellcheck="false" size="12"
                        prop:value=move || key.get() on:input=move |ev| key.set(event_target_value(&ev))
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby=move || error.with(Option::is_some).then_some("filter-error")/>
                    <datalist id=keys_id translate="no">{keys}</datalist>
                    <label for="filter-value">{move || t("filter-value")}</label>
                    <input id="filter-value" type="text" list=values_id.clone() autocomplete="off" size="12"
                        prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
                    <datalist id=values_id translate="no">{values}</datalist>
                    <button type="submit" class="button button-small">{move || t("filter-add")}</button>
                    <FieldError id="filter" error=Signal::derive(move || error.with(|e| e.as_ref().map(|b| crate::i18n::rule(b).text())))/>
                </form>
                {move || any_case.get().then(|| view! {
                    <label class="choice">
                        <input type="checkbox" prop:checked=move || filters.get().metadata_ci on:change=toggle_case.clone() data-testid="any-case"/>
                        {move || t("filter-any-case")}
                    </label>
                })}
            </div>
            {children.map(|c| c())}
            {move || (set() > 0).then(|| view! {
                <a class="clear-all" href=href(&filters.get().cleared()) data-testid="clear-filters">{move || t("filter-clear-all")}</a>
            })}
        </div>
    }
}
