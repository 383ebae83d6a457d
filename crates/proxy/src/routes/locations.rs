//! `GET /api/locations`, `GET /api/locations/{id}`: the merchant's stores, limited to the
//! operator's.

use axum::extract::RawQuery;
use axum::http::StatusCode;
use axum::response::Response;
use ipp::http::Id;
use ipp::{ListKind, ListQuery, Location, Page};

use super::{json, list_query};
use crate::error::AppError;
use crate::fleet::Fleet;
use crate::upstream::paths;

pub(super) async fn list(fleet: Fleet, RawQuery(raw): RawQuery) -> Result<Response, AppError> {
    let q = list_query(ListKind::Locations, raw)?;
    let Some(allowed) = &fleet.op.locations else {
        let page: Page<Location> = fleet.list(ListKind::Locations, &q).await?;
        return Ok(json(StatusCode::OK, &page.map(|l| zoned(&fleet, l))));
    };
    // Scoped: read them all (a merchant has few), keep the operator's, page here. Like a
    // lookup through lists, at most `lookup_max_pages` pages per request.
    let mut mine = Vec::new();
    for page_number in 0..fleet.state.lookup_max_pages {
        let all = ListQuery {
            page_number,
            page_size: ipp::query::MAX_PAGE_SIZE,
            ..ListQuery::default()
        };
        let page: Page<Location> = fleet.get(&paths::list(ListKind::Locations, &all)).await?;
        let last = page.last || page.content.is_empty();
        mine.extend(
            page.content
                .into_iter()
                .filter(|l| allowed.contains(&l.id) && fleet.admits(l, None)),
        );
        if last {
            break;
        }
    }
    let total = u64::try_from(mine.len()).unwrap_or(u64::MAX);
    let content = mine
        .into_iter()
        .skip(usize::try_from(q.offset()).unwrap_or(usize::MAX))
        .take(q.page_size as usize)
        .map(|l| zoned(&fleet, l))
        .collect();
    Ok(json(
        StatusCode::OK,
        &Page::new(content, total, q.page_number, q.page_size),
    ))
}

pub(super) async fn one(fleet: Fleet, Id(id): Id) -> Result<Response, AppError> {
    let not_found = || AppError::not_found("There is no such location among yours.");
    if !fleet.op.allows_location(Some(id)) {
        return Err(not_found());
    }
    let location: Location = fleet.get(&paths::location(id)).await?;
    if location.id != id || !fleet.admits(&location, None) {
        return Err(not_found());
    }
    Ok(json(StatusCode::OK, &zoned(&fleet, location)))
}

/// The location with its time zone and languages: configured
/// (`--location-time-zones`, `--location-languages`), else its country's; whatever the
/// upstream sent is not kept.
fn zoned(fleet: &Fleet, l: Location) -> Location {
    let country = l.country.clone().unwrap_or_default();
    let languages = fleet
        .state
        .location_languages
        .get(&l.id)
        .cloned()
        .unwrap_or_else(|| {
            ipp::zones::languages_of_country(&country)
                .iter()
                .map(|s| (*s).to_owned())
                .collect()
        });
    let time_zone = fleet.state.location_zones.get(&l.id).cloned().or_else(|| {
        l.country
            .as_deref()
            .and_then(ipp::zones::of_country)
            .map(str::to_owned)
    });
    Location {
        time_zone,
        languages,
        ..l
    }
}
