//! `/`: each store at a glance: its devices by platform, pending codes, codes about to
//! expire and devices added this week, every number a link to the list it counts.

use ipp::fleet::{Overview, StoreOverview};
use ipp::Platform;
use leptos::prelude::*;

use crate::api;
use crate::components::notice::ErrorNotice;
use crate::components::time::use_dates;
use crate::logic::filters::Filters;
use crate::logic::fleet::thousands;
use crate::routes::Screen;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let api = api::use_api();
    let overview = LocalResource::new(move || api::fleet::overview(api));
    crate::pages::use_title(|| "Overview".into());
    view! {
        <section class="page" aria-labelledby="overview-title">
            <div class="page-head">
                <h1 id="overview-title">"Overview"</h1>
            </div>
            <Transition fallback=|| view! { <crate::components::loading::Loading what="your stores"/> }>
                {move || overview.get().map(|r| match r {
                    Err(e) => view! { <ErrorNotice error=e retry=Callback::new(move |()| overview.refetch())/> }.into_any(),
                    Ok(o) if o.locations.is_empty() => view! {
                        <div class="empty" data-testid="empty">
                            <p>"No stores yet. A store (a location) is set up in the Kustom Portal; once there is one, its devices and codes are counted here."</p>
                        </div>
                    }.into_any(),
                    Ok(o) => view! { <Stores overview=o/> }.into_any(),
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Stores(overview: Overview) -> impl IntoView {
    let dates = use_dates();
    let stale = overview.stale.then(|| view! {
        <div class="notice notice-info" role="status">"Kustom could not be read at the last refresh; these counts are from before it."</div>
    });
    let minutes = overview.expiring_within_secs.div_ceil(60);
    let soon = if minutes.is_multiple_of(60) {
        match minutes / 60 {
            1 => "within 1 hour".to_owned(),
            h => format!("within {h} hours"),
        }
    } else {
        format!("within {minutes} min")
    };
    let since = overview.added_since;
    let cards = overview
        .locations
        .into_iter()
        .map(|store| view! { <StoreCard store=store soon=soon.clone() since=since/> })
        .collect_view();
    view! {
        {stale}
        <ul class="stores" data-testid="stores">{cards}</ul>
        <p class="hint">{format!("As of {}.", dates.time_of_day(overview.as_of))}</p>
    }
}

#[component]
fn StoreCard(
    store: StoreOverview,
    soon: String,
    since: chrono::DateTime<chrono::Utc>,
) -> impl IntoView {
    let at = Filters {
        location: Some(store.location_id),
        ..Filters::default()
    };
    let devices = |f: Filters| Screen::Devices.with_query(&f.to_query());
    let codes = Screen::Enrollments.with_query(&at.to_query());
    let name = store.name.clone();
    // A number with what it counts, for those who hear the link on its own.
    let count = move |n: u64, href: String, what: String| {
        view! { <a href=href class="count">{thousands(n)}<span class="visually-hidden">{what}</span></a> }
    };
    let platforms = store
        .platforms
        .iter()
        .filter(|p| p.count > 0 && p.platform != Platform::Unknown)
        .map(|p| {
            let href = devices(Filters {
                platform: Some(p.platform),
                ..at.clone()
            });
            let label = p.platform.label();
            view! {
                <li>{count(p.count, href, format!(" {label} devices at {name}"))}" "{label}</li>
            }
        })
        .collect_view();
    let name = &store.name;
    let added = devices(Filters {
        created_after: Some(since),
        ..at.clone()
    });
    view! {
        <li class="card store" data-testid="store" data-id=store.location_id.to_string()>
            <h2>{name.clone()}</h2>
            <dl class="store-counts">
                <div>
                    <dt>"Devices"</dt>
                    <dd>{count(store.devices, devices(at.clone()), format!(" devices at {name}"))}
                        <ul class="platforms" aria-label="By platform">{platforms}</ul></dd>
                </div>
                <div>
                    <dt>"Pending codes"</dt>
                    <dd>{count(store.pending_codes, codes.clone(), format!(" pending codes at {name}"))}</dd>
                </div>
                <div>
                    <dt>{format!("Expiring {soon}")}</dt>
                    <dd>{count(store.expiring_codes, codes, format!(" codes at {name} expiring {soon}"))}</dd>
                </div>
                <div>
                    <dt>"Added this week"</dt>
                    <dd>{count(store.added_this_week, added, format!(" devices added at {name} this week"))}</dd>
                </div>
            </dl>
        </li>
    }
}
