//! What the index answers, computed from one merchant's [`Data`] within an operator's
//! scope: a page of the list, the facets of a filtered fleet, the overview per store.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use ipp::fleet::{
    DeviceList, Facets, FleetQuery, KeyFacet, LocationCount, Overview, PlatformCount,
    StoreOverview, ValueCount, MAX_FACET_KEYS, MAX_FACET_VALUES,
};
use ipp::{Page, Platform, Problem, Uuid};

use super::data::Data;

/// Codes expire "soon" within this long.
pub const EXPIRING_WITHIN: Duration = Duration::hours(1);
/// Devices count as "added this week" within this long.
pub const ADDED_WITHIN: Duration = Duration::days(7);

/// A page of the list. A page past the end is refused (the first page always exists).
pub fn page(data: &Data, q: &FleetQuery, scope: Option<&[Uuid]>) -> Result<DeviceList, Problem> {
    let size = q.list.page_size.max(1);
    let skip = q.list.page_number as usize * size as usize;
    let (total, items) = data.select(q, scope).window(skip, size as usize);
    let total_pages = total.div_ceil(u64::from(size));
    if q.list.page_number > 0 && u64::from(q.list.page_number) >= total_pages {
        return Err(Problem::invalid_field(
            "page_number",
            format!(
                "Page {} is past the end: there {} {total_pages} {} of {size}. Go to page 1.",
                u64::from(q.list.page_number) + 1,
                if total_pages == 1 { "is" } else { "are" },
                if total_pages == 1 { "page" } else { "pages" },
            ),
        ));
    }
    let did_you_mean = if total == 0 {
        data.near_misses(q, scope)
    } else {
        Vec::new()
    };
    Ok(DeviceList {
        page: Page::new(
            items.iter().map(|e| e.device(data.merchant())).collect(),
            total,
            q.list.page_number,
            size,
        ),
        as_of: data.as_of,
        stale: data.stale,
        indexed: true,
        did_you_mean,
    })
}

/// Counts per location, platform and metadata key and value over the devices a query
/// selects (its page and order do not matter).
pub fn facets(data: &Data, q: &FleetQuery, scope: Option<&[Uuid]>) -> Facets {
    let mut total = 0u64;
    let mut locations: HashMap<Option<Uuid>, u64> = HashMap::new();
    let mut platforms: HashMap<Platform, u64> = HashMap::new();
    let mut keys: HashMap<&str, (u64, HashMap<&str, u64>)> = HashMap::new();
    let selection = data.select(q, scope);
    for e in selection.iter() {
        total += 1;
        *locations.entry(e.location_id).or_default() += 1;
        *platforms.entry(e.platform).or_default() += 1;
        for (k, v) in e.metadata.iter() {
            let (count, values) = keys.entry(&**k).or_default();
            *count += 1;
            *values.entry(&**v).or_default() += 1;
        }
    }
    let mut locations: Vec<LocationCount> = locations
        .into_iter()
        .map(|(location_id, count)| LocationCount { location_id, count })
        .collect();
    locations.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(a.location_id.cmp(&b.location_id))
    });
    let mut metadata: Vec<KeyFacet> = keys
        .into_iter()
        .map(|(key, (count, values))| {
            let mut values: Vec<ValueCount> = values
                .into_iter()
                .map(|(value, count)| ValueCount {
                    value: value.to_owned(),
                    count,
                })
                .collect();
            values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            let other_values = values.len().saturating_sub(MAX_FACET_VALUES) as u64;
            values.truncate(MAX_FACET_VALUES);
            KeyFacet {
                key: key.to_owned(),
                count,
                values,
                other_values,
            }
        })
        .collect();
    metadata.sort_by(|a, b| a.key.cmp(&b.key));
    metadata.truncate(MAX_FACET_KEYS);
    Facets {
        as_of: data.as_of,
        total,
        locations,
        platforms: platform_counts(&platforms),
        metadata,
    }
}

fn platform_counts(counts: &HashMap<Platform, u64>) -> Vec<PlatformCount> {
    let mut out: Vec<PlatformCount> = counts
        .iter()
        .map(|(&platform, &count)| PlatformCount { platform, count })
        .collect();
    out.sort_by_key(|p| p.platform);
    out
}

/// Each location in scope at `now`: devices by platform, added in the last week, pending
/// codes and those about to expire.
pub fn overview(data: &Data, scope: Option<&[Uuid]>, now: DateTime<Utc>) -> Overview {
    let in_scope = |l: &Uuid| scope.is_none_or(|s| s.contains(l));
    let added_since = now - ADDED_WITHIN;
    let soon = now + EXPIRING_WITHIN;
    let mut stores: Vec<StoreOverview> = data
        .locations
        .iter()
        .filter(|(id, _)| in_scope(id))
        .map(|(id, name)| StoreOverview {
            location_id: *id,
            name: name.to_string(),
            devices: 0,
            platforms: Vec::new(),
            pending_codes: 0,
            expiring_codes: 0,
            added_this_week: 0,
        })
        .collect();
    let at: HashMap<Uuid, usize> = stores
        .iter()
        .enumerate()
        .map(|(i, s)| (s.location_id, i))
        .collect();
    let mut platforms: Vec<HashMap<Platform, u64>> = vec![HashMap::new(); stores.len()];
    for e in data.select(&FleetQuery::default(), scope).iter() {
        let Some(&i) = e.location_id.and_then(|l| at.get(&l)) else {
            continue;
        };
        stores[i].devices += 1;
        *platforms[i].entry(e.platform).or_default() += 1;
        if e.created_at >= added_since {
            stores[i].added_this_week += 1;
        }
    }
    for code in data.codes.values() {
        let Some(&i) = code.location_id.and_then(|l| at.get(&l)) else {
            continue;
        };
        if code.expires_at > now {
            stores[i].pending_codes += 1;
            if code.expires_at <= soon {
                stores[i].expiring_codes += 1;
            }
        }
    }
    for (store, counts) in stores.iter_mut().zip(&platforms) {
        store.platforms = platform_counts(counts);
    }
    Overview {
        as_of: data.as_of,
        stale: data.stale,
        expiring_within_secs: EXPIRING_WITHIN.num_seconds() as u64,
        added_since,
        locations: stores,
    }
}
