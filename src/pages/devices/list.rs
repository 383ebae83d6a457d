//! `/devices`: the whole fleet (every location of the operator's in one list), searched,
//! filtered by location, metadata, platform and age, sorted by any column, paged, all
//! kept in the URL; exported as CSV.

use ipp::activity::Creation;
use ipp::console::Role;
use ipp::fleet::{DeviceList, NearMiss};
use ipp::{Device, MetadataFilter};
use leptos::prelude::*;

use super::bulk::{BulkBar, SelectCell, SelectPage, Selection};
use super::search::{Freshness, FreshnessLine, SearchBox};
use super::Deregistered;
use crate::api;
use crate::components::chips::MetadataChips;
use crate::components::empty::EmptyList;
use crate::components::pager::Pager;
use crate::components::time::RelativeTime;
use crate::locations::{use_locations, Locations};
use crate::logic::filters::{Filters, Sort, SortColumn};
use crate::logic::fleet::{near_miss_text, range_text};
use crate::pages::activity::{use_creators, CreatedBy};
use crate::pages::export::ExportButton;
use crate::pages::filter_bar::{
    use_scoped_filters, FilterBar, IgnoredNotice, ListScope, Suggestions,
};
use crate::pages::use_handoff;
use crate::routes::Screen;

fn href(f: &Filters) -> String {
    Screen::Devices.with_query(&f.to_query())
}

/// A column's heading.
pub fn heading(column: SortColumn) -> &'static str {
    match column {
        SortColumn::Name => "Name",
        SortColumn::Platform => "Platform",
        SortColumn::Location => "Location",
        SortColumn::Metadata => "Metadata",
        SortColumn::CreatedAt => "Paired",
        SortColumn::HardwareId => "Hardware id",
    }
}

#[component]
pub fn DevicesPage() -> impl IntoView {
    let api = api::use_api();
    let locations = use_locations();
    crate::pages::use_title(|| "Devices".into());
    let session = crate::session::use_session();
    let deregistered = use_handoff::<Deregistered>().take();
    let scoped = use_scoped_filters(ListScope::Merged);
    let (filters, ignored) = (scoped.filters, scoped.ignored);
    // Reading the fleet again now: the list reads again after each.
    let refused = RwSignal::new(None::<String>);
    let refresh = Action::new_local(move |_: &()| async move {
        let refreshed = api::fleet::refresh(api).await;
        refused.set(refreshed.err().map(|e| e.message()));
    });
    let query = Memo::new(move |_| filters.get().to_fleet_query());
    let page = LocalResource::new(move || {
        refresh.version().track();
        let q = query.get();
        async move { api::fleet::list(api, &q).await }
    });
    // What the last answer said of the data, kept while the next one loads.
    let freshness = Memo::new(move |prev: Option<&Option<Freshness>>| match page.get() {
        Some(Ok(l)) => Some(Freshness {
            as_of: l.as_of,
            stale: l.stale,
            indexed: l.indexed,
        }),
        _ => prev.copied().flatten(),
    });
    let indexed = Memo::new(move |_| freshness.get().is_none_or(|f| f.indexed));
    // Said once each answer is in (the table itself is rebuilt, so it cannot say it).
    let count = Memo::new(move |_| match page.get() {
        Some(Ok(l)) => format!(
            "{} devices",
            range_text(l.page.page_number, l.page.page_size, l.page.total_elements)
        ),
        _ => String::new(),
    });
    let search_error = Signal::derive(move || match page.get() {
        Some(Err(e)) => e.fields().get("q").cloned(),
        _ => None,
    });
    let export =
        Signal::derive(move || indexed.get().then(|| api::fleet::export_path(&query.get())));
    // The selection outlives the page on screen (paging, sorting); a new filter ends
    // "all matching", whose count it no longer is.
    let selection = Selection::provide();
    let page_ids = Signal::derive(move || {
        page.with(|p| match p {
            Some(Ok(l)) => l.page.content.iter().map(|d| d.id).collect(),
            _ => Vec::new(),
        })
    });
    let matching = Memo::new(move |_| match page.get() {
        Some(Ok(l)) if l.indexed => {
            let mut q = query.get();
            q.list.page_number = 0;
            Some((q.to_query_string(), l.page.total_elements))
        }
        _ => None,
    });
    Effect::new(move |_| {
        let now = matching.get().map(|(q, _)| q);
        selection.picked.update(|p| {
            if p.all.as_ref().is_some_and(|(q, _)| Some(q) != now.as_ref()) {
                p.all = None;
            }
        });
    });
    let creators = use_creators(move || {
        page.with(|p| match p {
            Some(Ok(l)) => l.page.content.iter().map(|d| d.id).collect(),
            _ => Vec::new(),
        })
    });

    view! {
        <section class="page" aria-labelledby="dev-title">
            <div class="page-head">
                <h1 id="dev-title">"Devices"</h1>
                <div class="actions">
                    <ExportButton path=export fallback="devices.csv"/>
                    {move || session.can(Role::Operator).then(|| view! { <a class="button" href=Screen::NewEnrollment.href()>"Create pairing code"</a> })}
                </div>
            </div>
            {deregistered.map(|Deregistered(n)| view! { <div class="notice notice-success" role="status" data-testid="notice">{n}</div> })}
            <IgnoredNotice ignored=ignored/>
            <SearchBox filters=filters href=href disabled=Signal::derive(move || !indexed.get()) error=search_error/>
            <FilterBar filters=filters href=href label="Filter devices" merged=true
                suggestions=Suggestions::new(filters) any_case=indexed/>
            <FreshnessLine freshness=freshness refresh=Callback::new(move |()| { refresh.dispatch(()); })
                refreshing=refresh.pending() refused=refused/>
            <p class="visually-hidden" aria-live="polite" data-testid="count-live">{count}</p>
            <BulkBar selection=selection matching=matching page=page_ids/>
            <div class="list-area">
                <Transition fallback=|| view! { <crate::components::loading::Loading what="devices"/> }>
                    {scoped.body(page,
                        move |list: DeviceList, filtered| {
                            let misses = list.did_you_mean;
                            view! {
                                <EmptyList filtered no_match="devices-no-match" list=Screen::Devices
                                    nothing_yet="devices-nothing-yet"
                                    can_create=session.can(Role::Operator)>
                                    <NearMisses misses=misses filters=filters.get_untracked()/>
                                </EmptyList>
                            }.into_any()
                        },
                        move |list| {
                            let p = list.page;
                            view! {
                                <DeviceTable devices=p.content filters=filters.get_untracked() locations=locations sortable=list.indexed creators=creators
                                    selection=session.can(Role::Operator).then_some(selection)/>
                                <Pager page=p.page_number total_pages=p.total_pages total=p.total_elements size=p.page_size noun="count-devices"
                                    href=move |n, size| href(&Filters { page: n, size, ..filters.get_untracked() })/>
                            }.into_any()
                        })}
                </Transition>
            </div>
        </section>
    }
}

/// "No department:checkout — did you mean Checkout (7)?", the suggestion a link that
/// applies it.
#[component]
fn NearMisses(misses: Vec<NearMiss>, filters: Filters) -> impl IntoView {
    misses
        .into_iter()
        .filter_map(|miss| {
            let asked = filters
                .metadata
                .iter()
                .find(|m| m.key == miss.key)?
                .value
                .clone();
            let apply = filters
                .with_filter(MetadataFilter {
                    key: miss.key.clone(),
                    value: miss.value.clone(),
                })
                .ok()?;
            let (before, link, after) = near_miss_text(&asked, &miss);
            Some(view! {
                <p data-testid="near-miss">{before}<a href=href(&apply)>{link}</a>{after}</p>
            })
        })
        .collect_view()
}

/// A column's heading: a link that sorts the whole fleet by it (the other way when it
/// already does), or its name alone when the fleet cannot be sorted.
fn header(column: SortColumn, filters: &Filters, sortable: bool) -> impl IntoView {
    let label = heading(column);
    if !sortable {
        return view! { <th scope="col">{label}</th> }.into_any();
    }
    let current = filters.sort();
    let by_this = current.column == column;
    let (ascending, descending) = (
        by_this && !current.descending,
        by_this && current.descending,
    );
    let aria_sort = if ascending {
        "ascending"
    } else if descending {
        "descending"
    } else {
        "none"
    };
    let next = Sort {
        column,
        descending: if by_this {
            !current.descending
        } else {
            column.default_order() == ipp::fleet::Order::Desc
        },
    };
    let arrow = if ascending {
        "▲"
    } else if descending {
        "▼"
    } else {
        ""
    };
    let hint = if ascending {
        ", sorted ascending; activate to sort descending"
    } else if descending {
        ", sorted descending; activate to sort ascending"
    } else {
        ", activate to sort"
    };
    view! {
        <th scope="col" aria-sort=aria_sort>
            <a href=href(&filters.sorted(next)) class="sort" data-testid=format!("sort-{}", column.as_str())>
                {label}
                <span aria-hidden="true">{arrow}</span>
                <span class="visually-hidden">{hint}</span>
            </a>
        </th>
    }
    .into_any()
}

#[component]
fn DeviceTable(
    devices: Vec<Device>,
    filters: Filters,
    locations: Locations,
    sortable: bool,
    creators: Signal<Vec<Creation>>,
    /// Operators select rows for a bulk change; viewers see no checkboxes.
    selection: Option<Selection>,
) -> impl IntoView {
    let ids = StoredValue::new(devices.iter().map(|d| d.id).collect::<Vec<_>>());
    let select_all = selection.map(|s| view! { <SelectPage selection=s page=ids/> });
    let headers = SortColumn::ALL
        .into_iter()
        .map(|column| header(column, &filters, sortable))
        .collect_view();
    // Plain links: the router follows them all the same, and they cost less to build than
    // its link components, which each watch the current route (a screenful of rows is
    // some 5 ms quicker to appear).
    view! {
        <table class="table" data-testid="devices">
            <caption class="visually-hidden">{if sortable { "Devices, sortable by any column" } else { "Devices" }}</caption>
            <thead><tr>{select_all}{headers}<th scope="col">"Created by"</th></tr></thead>
            <tbody>
                {devices.into_iter().enumerate().map(|(index, d)| {
                    let name = d.display_name().to_owned();
                    let location = d.location_id;
                    let select = selection.map(|s| view! { <SelectCell selection=s page=ids index name=name.clone()/> });
                    view! {
                        <tr data-testid="device-row" data-id=d.id.to_string()>
                            {select}
                            <td data-testid="device-name"><a href=Screen::Device(d.id).href()>{name}</a></td>
                            <td>{d.platform.label()}</td>
                            <td>{move || locations.name(location)}</td>
                            <td><MetadataChips metadata=d.metadata.clone()/></td>
                            <td><RelativeTime at=d.created_at/></td>
                            <td class="mono">{d.hardware_id.clone()}</td>
                            <CreatedBy creators=creators id=d.id/>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
