//! `/`: each store at a glance: its devices by platform, pending codes, codes about to
//! expire and devices added this week, every number a link to the list it counts.

use ipp::fleet::{Overview, StoreOverview};
use ipp::Platform;
use leptos::prelude::*;

use crate::api;
use crate::components::notice::ErrorNotice;
use crate::components::time::use_dates;
use crate::i18n::{t, t_with, Arg, Msg};
use crate::logic::filters::Filters;
use crate::logic::fleet::thousands;
use crate::routes::Screen;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let api = api::use_api();
    let overview = LocalResource::new(move || api::fleet::overview(api));
    crate::pages::use_title(|| t("nav-overview"));
    view! {
        <section class="page" aria-labelledby="overview-title">
            <div class="page-head">
                <h1 id="overview-title">{move || t("nav-overview")}</h1>
            </div>
            // A plain reactive match, not a <Transition>: the overview is read once (again
            // only after a failure), and Suspense's code would otherwise be in the first
            // load for this screen alone.
            {move || match overview.get() {
                None => view! { <crate::components::loading::Loading key="overview-loading"/> }.into_any(),
                Some(Err(e)) => view! { <ErrorNotice error=e retry=Callback::new(move |()| overview.refetch())/> }.into_any(),
                Some(Ok(o)) if o.locations.is_empty() => view! {
                    <div class="empty" data-testid="empty">
                        <p>{move || t("overview-empty")}</p>
                    </div>
                }.into_any(),
                Some(Ok(o)) => view! { <Stores overview=o/> }.into_any(),
            }}
        </section>
    }
}

/// How soon a code must expire to count as expiring: "within 1 hour", "within 90 min".
fn soon(expiring_within_secs: u64) -> Msg {
    let minutes = expiring_within_secs.div_ceil(60);
    if minutes.is_multiple_of(60) {
        Msg::new("overview-soon-hours").with("h", Arg::Number((minutes / 60) as f64))
    } else {
        Msg::new("overview-soon-min").with("m", Arg::Number(minutes as f64))
    }
}

#[component]
fn Stores(overview: Overview) -> impl IntoView {
    let dates = use_dates();
    let stale = overview.stale.then(|| {
        view! {
            <div class="notice notice-info" role="status">{move || t("overview-stale")}</div>
        }
    });
    let soon = soon(overview.expiring_within_secs);
    let (since, as_of) = (overview.added_since, overview.as_of);
    let cards = overview
        .locations
        .into_iter()
        .map(|store| view! { <StoreCard store=store soon=soon.clone() since=since/> })
        .collect_view();
    view! {
        {stale}
        <ul class="stores" data-testid="stores">{cards}</ul>
        <p class="hint">{move || t_with("overview-as-of", &[("time", dates.time_of_day(as_of).into())])}</p>
    }
}

fn platform_name(p: Platform) -> String {
    match p {
        Platform::Ios => t("overview-platform-ios"),
        Platform::Android => t("overview-platform-android"),
        _ => t("overview-platform-terminal"),
    }
}

/// A number with what it counts (`what`, reactive), for those who hear the link on its
/// own.
fn count(n: u64, href: String, what: impl Fn() -> String + Send + Sync + 'static) -> impl IntoView {
    view! { <a href=href class="count">{move || thousands(n)}<span class="visually-hidden">" "{what}</span></a> }
}

/// What `n` counts at the store `name`: `what` with its `$count` and `$store`.
fn at_store(what: Msg, n: u64, name: &str) -> String {
    what.with("count", Arg::Number(n as f64))
        .with("store", name)
        .text()
}

#[component]
fn StoreCard(
    store: StoreOverview,
    /// How soon a code expires to count as expiring.
    soon: Msg,
    since: chrono::DateTime<chrono::Utc>,
) -> impl IntoView {
    let at = Filters {
        location: Some(store.location_id),
        ..Filters::default()
    };
    let devices = |f: Filters| Screen::Devices.with_query(&f.to_query());
    let codes = Screen::Enrollments.with_query(&at.to_query());
    let name = StoredValue::new(store.name.clone());
    let platforms = store
        .platforms
        .iter()
        .filter(|p| p.count > 0 && p.platform != Platform::Unknown)
        .map(|p| {
            let href = devices(Filters {
                platform: Some(p.platform),
                ..at.clone()
            });
            let (n, platform) = (p.count, p.platform);
            let what = move || {
                let what = Msg::new("overview-platform-devices-at")
                    .with("platform", platform_name(platform));
                name.with_value(|s| at_store(what, n, s))
            };
            view! { <li>{count(n, href, what)}" "{move || platform_name(platform)}</li> }
        })
        .collect_view();
    let added = devices(Filters {
        created_after: Some(since),
        ..at.clone()
    });
    let counted =
        move |what: Msg, n: u64| move || name.with_value(|s| at_store(what.clone(), n, s));
    let soon = StoredValue::new(soon);
    let expiring = move || {
        let soon = soon.with_value(Msg::text);
        t_with("overview-expiring", &[("soon", soon.into())])
    };
    let expiring_n = store.expiring_codes;
    let expiring_at = move || {
        let what = Msg::new("overview-expiring-at").with("soon", soon.with_value(Msg::text));
        name.with_value(|s| at_store(what, expiring_n, s))
    };
    view! {
        <li class="card store" data-testid="store" data-id=store.location_id.to_string()>
            <h2 translate="no">{store.name.clone()}</h2>
            <dl class="store-counts">
                <div>
                    <dt>{move || t("nav-devices")}</dt>
                    <dd>{count(store.devices, devices(at.clone()), counted(Msg::new("overview-devices-at"), store.devices))}
                        <ul class="platforms" aria-label=move || t("overview-by-platform")>{platforms}</ul></dd>
                </div>
                <div>
                    <dt>{move || t("overview-pending")}</dt>
                    <dd>{count(store.pending_codes, codes.clone(), counted(Msg::new("overview-pending-at"), store.pending_codes))}</dd>
                </div>
                <div>
                    <dt>{expiring}</dt>
                    <dd>{count(expiring_n, codes, expiring_at)}</dd>
                </div>
                <div>
                    <dt>{move || t("overview-added")}</dt>
                    <dd>{count(store.added_this_week, added, counted(Msg::new("overview-added-at"), store.added_this_week))}</dd>
                </div>
            </dl>
        </li>
    }
}
