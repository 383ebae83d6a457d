//! `/devices`: the fleet, filtered by location and metadata, paged, sortable within the
//! page, all kept in the URL.

use std::collections::BTreeSet;

use ipp::{Device, Page};
use leptos::prelude::*;

use super::use_flash;
use crate::api;
use crate::components::notice::ErrorNotice;
use crate::components::pager::Pager;
use crate::components::time::RelativeTime;
use crate::locations::{use_locations, Locations};
use crate::logic::filters::Filters;
use crate::pages::filter_bar::{use_scoped_filters, FilterBar};
use crate::routes::Screen;

/// Columns that sort, with their URL names.
const COLUMNS: [(&str, &str); 6] = [
    ("name", "Name"),
    ("platform", "Platform"),
    ("location", "Location"),
    ("metadata", "Metadata"),
    ("created", "Created"),
    ("hardware", "Hardware id"),
];

fn href(f: &Filters) -> String {
    let q = f.to_query();
    if q.is_empty() {
        Screen::Devices.href()
    } else {
        format!("{}?{q}", Screen::Devices.href())
    }
}

/// Sorts a page's devices by a column (`-` first for descending); unknown columns keep
/// the server's order.
pub fn sort_devices(devices: &mut [Device], sort: Option<&str>, locations: &Locations) {
    let Some(sort) = sort else { return };
    let (desc, column) = match sort.strip_prefix('-') {
        Some(c) => (true, c),
        None => (false, sort),
    };
    let key = |d: &Device| -> String {
        match column {
            "name" => d.name.to_lowercase(),
            "platform" => d.platform.label().to_owned(),
            "location" => locations.name(d.location_id).to_lowercase(),
            "metadata" => d
                .metadata
                .iter()
                .map(|(k, v)| format!("{k}:{v}"))
                .collect::<Vec<_>>()
                .join(" "),
            "created" => ipp::time::format(&d.created_at),
            "hardware" => d.hardware_id.to_lowercase(),
            _ => String::new(),
        }
    };
    devices.sort_by_cached_key(|d| key(d));
    if desc {
        devices.reverse();
    }
}

#[component]
pub fn DevicesPage() -> impl IntoView {
    let api = crate::api::use_api();
    let locations = use_locations();
    let flash = use_flash();
    let scoped = use_scoped_filters();
    let (filters, ignored) = (scoped.filters, scoped.ignored);
    let page = LocalResource::new(move || {
        let q = scoped.query();
        async move {
            match q {
                Some(q) => api::devices::list(api, &q).await,
                // Asked for once the operator's scope is known.
                None => std::future::pending().await,
            }
        }
    });
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
    let shown_flash = flash.0.get_untracked();
    flash.0.set(None);

    view! {
        <section class="page" aria-labelledby="dev-title">
            <div class="page-head">
                <h1 id="dev-title">"Devices"</h1>
                <a class="button" href=Screen::NewEnrollment.href()>"Pair a new device"</a>
            </div>
            {shown_flash.map(|n| view! { <div class="notice notice-success" role="status" data-testid="notice">{n}</div> })}
            {move || (!ignored.get().is_empty()).then(|| view! {
                <div class="notice notice-info" role="status">{format!("Parts of this address were ignored: {}.", ignored.get().join("; "))}</div>
            })}
            <FilterBar filters=filters href=href label="Filter devices" known_keys=known_keys/>
            <div class="list-area">
                <Transition fallback=|| view! { <TableSkeleton/> }>
                    {move || page.get().map(|result| match result {
                        Err(e) => view! { <ErrorNotice error=e retry=Callback::new(move |()| page.refetch())/> }.into_any(),
                        Ok(p) if p.content.is_empty() => empty(filters.get().is_filtered() || filters.get().page > 0).into_any(),
                        Ok(p) => {
                            let f = filters.get();
                            view! {
                                <DeviceTable page=p.clone() filters=f.clone() locations=locations/>
                                <Pager page=p.page_number total_pages=p.total_pages total=p.total_elements size=p.page_size noun="devices"
                                    href=move |n, size| href(&Filters { page: n, size, ..filters.get_untracked() })/>
                            }.into_any()
                        }
                    })}
                </Transition>
            </div>
        </section>
    }
}

fn empty(filtered: bool) -> impl IntoView {
    if filtered {
        view! {
            <div class="empty" data-testid="no-match">
                <p>"No devices match these filters."</p>
                <p><a href=Screen::Devices.href()>"Clear the filters"</a></p>
            </div>
        }
        .into_any()
    } else {
        view! {
            <div class="empty" data-testid="empty">
                <p>"No devices yet. A phone appears here once a store clerk enters a pairing code in the Kustom POS app."</p>
                <p><a class="button button-primary" href=Screen::NewEnrollment.href()>"Create a pairing code"</a></p>
            </div>
        }
        .into_any()
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
    sort_devices(&mut devices, filters.sort.as_deref(), &locations);
    let current = filters.sort.clone();
    let headers = COLUMNS
        .iter()
        .map(|(key, label)| {
            let (ascending, descending) = (current.as_deref() == Some(*key), current.as_deref() == Some(&format!("-{key}")));
            let aria_sort = if ascending { "ascending" } else if descending { "descending" } else { "none" };
            let next = if ascending { format!("-{key}") } else { (*key).to_owned() };
            let target = href(&Filters { sort: Some(next), ..filters.clone() });
            let arrow = if ascending { "▲" } else if descending { "▼" } else { "" };
            view! {
                <th scope="col" aria-sort=aria_sort>
                    <a href=target class="sort" data-testid=format!("sort-{key}")>
                        {*label}
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
                    let name = if d.name.is_empty() { "Unnamed device".to_owned() } else { d.name.clone() };
                    let location = d.location_id;
                    view! {
                        <tr data-testid="device-row" data-id=d.id.to_string()>
                            <td><a href=Screen::Device(d.id).href()>{name}</a></td>
                            <td>{d.platform.label()}</td>
                            <td>{move || locations.name(location)}</td>
                            <td><ul class="chips">{d.metadata.iter().map(|(k, v)| view! {
                                <li class="chip"><span class="chip-key">{k.clone()}</span>" "{v.clone()}</li>
                            }).collect_view()}</ul></td>
                            <td><RelativeTime at=d.created_at/></td>
                            <td class="mono">{d.hardware_id.clone()}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
