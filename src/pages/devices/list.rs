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
use super::{name_translate, platform_name, shown_name, Deregistered};
use crate::api;
use crate::components::chips::MetadataChips;
use crate::components::empty::EmptyList;
use crate::components::pager::Pager;
use crate::components::time::RelativeTime;
use crate::i18n::{t, t_with};
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

/// A column's heading, in the language shown (reactive).
pub fn heading(column: SortColumn) -> String {
    match column {
        SortColumn::Name => t("device-name"),
        SortColumn::Platform => t("device-platform"),
        SortColumn::Location => t("col-location"),
        SortColumn::Metadata => t("col-metadata"),
        SortColumn::CreatedAt => t("device-paired"),
        SortColumn::HardwareId => t("device-hardware-id"),
    }
}

#[component]
pub fn DevicesPage() -> impl IntoView {
    let api = api::use_api();
    let locations = use_locations();
    crate::pages::use_title(|| t("device-list-title"));
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
        Some(Ok(l)) => {
            let p = &l.page;
            let range = range_text(p.page_number, p.page_size, p.total_elements);
            t_with("count-devices", &[("range", range.into())])
        }
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
                <h1 id="dev-title">{move || t("device-list-title")}</h1>
                <div class="actions">
                    <ExportButton path=export fallback="devices.csv"/>
                    {move || session.can(Role::Operator).then(|| view! { <a class="button" href=Screen::NewEnrollment.href()>{move || t("codes-create")}</a> })}
                </div>
            </div>
            {deregistered.map(|Deregistered(n)| view! { <div class="notice notice-success" role="status" data-testid="notice">{move || t_with("device-deregistered", &[("name", shown_name(&n).into())])}</div> })}
            <IgnoredNotice ignored=ignored/>
            <SearchBox filters=filters href=href disabled=Signal::derive(move || !indexed.get()) error=search_error/>
            <FilterBar filters=filters href=href id="filter-devices" label=Signal::derive(move || t("device-filter-label")) merged=true
                suggestions=Suggestions::new(filters) any_case=indexed/>
            <FreshnessLine freshness=freshness refresh=Callback::new(move |()| { refresh.dispatch(()); })
                refreshing=refresh.pending() refused=refused/>
            <p class="visually-hidden" aria-live="polite" data-testid="count-live">{count}</p>
            <BulkBar selection=selection matching=matching page=page_ids/>
            <div class="list-area">
                <Transition fallback=|| view! { <crate::components::loading::Loading key="device-list-loading"/> }>
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
            let value = miss.value.clone();
            // Read again when the language changes.
            let text = move || near_miss_text(&asked, &miss);
            let before = text.clone();
            Some(view! {
                <p data-testid="near-miss">
                    {move || before().0}<a href=href(&apply) translate="no">{value}</a>{move || text().2}
                </p>
            })
        })
        .collect_view()
}

/// A column's heading: a link that sorts the whole fleet by it (the other way when it
/// already does), or its name alone when the fleet cannot be sorted.
fn header(column: SortColumn, filters: &Filters, sortable: bool) -> impl IntoView {
    let label = move || heading(column);
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
    let hint = move || {
        if ascending {
            t("device-sort-ascending")
        } else if descending {
            t("device-sort-descending")
        } else {
            t("device-sort-none")
        }
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
            <caption class="visually-hidden">{move || if sortable { t("device-table-sortable") } else { t("device-list-title") }}</caption>
            <thead><tr>{select_all}{headers}<th scope="col">{move || t("col-created-by")}</th></tr></thead>
            <tbody>
                {devices.into_iter().enumerate().map(|(index, d)| {
                    let name = d.name.clone();
                    let location = d.location_id;
                    let (platform, translate) = (d.platform, name_translate(&d.name));
                    let select = selection.map(|s| view! { <SelectCell selection=s page=ids index name=name.clone()/> });
                    view! {
                        <tr data-testid="device-row" data-id=d.id.to_string()>
                            {select}
                            <td data-testid="device-name" translate=translate><a href=Screen::Device(d.id).href()>{move || shown_name(&name)}</a></td>
                            <td>{move || platform_name(platform)}</td>
                            <td translate=location.map(|_| "no")>{move || locations.name(location)}</td>
                            <td><MetadataChips metadata=d.metadata.clone()/></td>
                            <td><RelativeTime at=d.created_at location=d.location_id/></td>
                            <td class="mono" translate="no">{d.hardware_id.clone()}</td>
                            <CreatedBy creators=creators id=d.id/>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
