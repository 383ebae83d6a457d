//! `/devices`: the fleet, filtered by location and metadata, paged, sortable within the
//! page, all kept in the URL.

use std::collections::BTreeSet;

use ipp::console::Role;
use ipp::{Device, Page};
use leptos::prelude::*;

use super::Deregistered;
use crate::api;
use crate::components::chips::MetadataChips;
use crate::components::empty::EmptyList;
use crate::components::pager::Pager;
use crate::components::time::RelativeTime;
use crate::locations::{use_locations, Locations};
use crate::logic::filters::{Filters, Sort, SortColumn};
use crate::pages::filter_bar::{use_scoped_filters, FilterBar, IgnoredNotice};
use crate::pages::use_handoff;
use crate::routes::Screen;

fn href(f: &Filters) -> String {
    Screen::Devices.with_query(&f.to_query())
}

/// Sorts a page's devices as `sort` says (`None`: the server's order).
pub fn sort_devices(devices: &mut [Device], sort: Option<Sort>, locations: &Locations) {
    let Some(sort) = sort else { return };
    let key = |d: &Device| -> String {
        match sort.column {
            SortColumn::Name => d.name.to_lowercase(),
            SortColumn::Platform => d.platform.label().to_owned(),
            SortColumn::Location => locations.name(d.location_id).to_lowercase(),
            SortColumn::Metadata => d
                .metadata
                .iter()
                .map(|(k, v)| format!("{k}:{v}"))
                .collect::<Vec<_>>()
                .join(" "),
            SortColumn::Created => ipp::time::format(&d.created_at),
            SortColumn::Hardware => d.hardware_id.to_lowercase(),
        }
    };
    devices.sort_by_cached_key(|d| key(d));
    if sort.descending {
        devices.reverse();
    }
}

#[component]
pub fn DevicesPage() -> impl IntoView {
    let locations = use_locations();
    let session = crate::session::use_session();
    let deregistered = use_handoff::<Deregistered>().take();
    let scoped = use_scoped_filters();
    let (filters, ignored) = (scoped.filters, scoped.ignored);
    let page = scoped.page(api::devices::DEVICES, || ());
    // Keys seen on screen, offered when adding a filter.
    let known_keys = Signal::derive(move || {
        page.get()
            .and_then(Result::ok)
            .map(|p| {
                p.content
                    .iter()
                    .flat_map(|d| d.metadata.keys().cloned())
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect()
            })
            .unwrap_or_default()
    });

    view! {
        <section class="page" aria-labelledby="dev-title">
            <div class="page-head">
                <h1 id="dev-title">"Devices"</h1>
                <a class="button" href=Screen::NewEnrollment.href()>"Pair a new device"</a>
            </div>
            {deregistered.map(|Deregistered(n)| view! { <div class="notice notice-success" role="status" data-testid="notice">{n}</div> })}
            <IgnoredNotice ignored=ignored/>
            <FilterBar filters=filters href=href label="Filter devices" known_keys=known_keys/>
            <div class="list-area">
                <Transition fallback=|| view! { <TableSkeleton/> }>
                    {scoped.body(page,
                        move |filtered| view! {
                            <EmptyList filtered no_match="No devices match these filters." list=Screen::Devices
                                nothing_yet="No devices yet. A phone appears here once a store clerk enters a pairing code in the Kustom POS app."
                                can_create=session.can(Role::Operator)/>
                        }.into_any(),
                        move |p| view! {
                            <DeviceTable page=p.clone() filters=filters.get() locations=locations/>
                            <Pager page=p.page_number total_pages=p.total_pages total=p.total_elements size=p.page_size noun="devices"
                                href=move |n, size| href(&Filters { page: n, size, ..filters.get_untracked() })/>
                        }.into_any())}
                </Transition>
            </div>
        </section>
    }
}

/// The loading state: the table's frame at its usual height, so nothing jumps.
#[component]
fn TableSkeleton() -> impl IntoView {
    view! {
        <div class="table-skeleton" role="status" aria-label="Loading devices">
            {(0..8).map(|_| view! { <div class="skeleton-row"></div> }).collect_view()}
        </div>
    }
}

#[component]
fn DeviceTable(page: Page<Device>, filters: Filters, locations: Locations) -> impl IntoView {
    let mut devices = page.content;
    sort_devices(&mut devices, filters.sort, &locations);
    let current = filters.sort;
    let headers = SortColumn::ALL
        .into_iter()
        .map(|column| {
            let key = column.as_str();
            let label = column.label();
            let by_this = current.filter(|s| s.column == column);
            let (ascending, descending) = (by_this.is_some_and(|s| !s.descending), by_this.is_some_and(|s| s.descending));
            let aria_sort = if ascending { "ascending" } else if descending { "descending" } else { "none" };
            let next = Sort { column, descending: ascending };
            let target = href(&Filters { sort: Some(next), ..filters.clone() });
            let arrow = if ascending { "▲" } else if descending { "▼" } else { "" };
            view! {
                <th scope="col" aria-sort=aria_sort>
                    <a href=target class="sort" data-testid=format!("sort-{key}")>
                        {label}
                        <span aria-hidden="true">{arrow}</span>
                        <span class="visually-hidden">{if ascending { ", sorted ascending; activate to sort descending" } else if descending { ", sorted descending; activate to sort ascending" } else { ", activate to sort" }}</span>
                    </a>
                </th>
            }
        })
        .collect_view();
    // Plain links: the router follows them all the same, and they cost less to build than
    // its link components, which each watch the current route (a screenful of rows is
    // some 5 ms quicker to appear).
    view! {
        <table class="table" data-testid="devices">
            <caption class="visually-hidden">"Devices, sortable within the page"</caption>
            <thead><tr>{headers}</tr></thead>
            <tbody>
                {devices.into_iter().map(|d| {
                    let name = d.display_name().to_owned();
                    let location = d.location_id;
                    view! {
                        <tr data-testid="device-row" data-id=d.id.to_string()>
                            <td><a href=Screen::Device(d.id).href()>{name}</a></td>
                            <td>{d.platform.label()}</td>
                            <td>{move || locations.name(location)}</td>
                            <td><MetadataChips metadata=d.metadata.clone()/></td>
                            <td><RelativeTime at=d.created_at/></td>
                            <td class="mono">{d.hardware_id.clone()}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
