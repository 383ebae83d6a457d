//! `GET /api/locations`, `GET /api/locations/{id}`: the merchant's stores, limited to the
//! operator's.

use std::sync::Arc;

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use ipp::{ListKind, ListQuery, Location, Page};

use super::{json, list_query, Id, Rid};
use crate::auth::Operator;
use crate::error::AppError;
use crate::fleet::{list_path_and_query, Fleet};
use crate::AppState;

pub async fn list(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let q = list_query(ListKind::Locations, raw)?;
    let fleet = Fleet::new(&state, &op, &rid.0)?;
    let Some(allowed) = &op.locations else {
        let page: Page<Location> = fleet.list(ListKind::Locations, &q).await?;
        return Ok(json(StatusCode::OK, &page));
    };
    // Scoped: read them all (a merchant has few), keep the operator's, page here. Like a
    // lookup through lists, at most `lookup_max_pages` pages per request.
    let mut mine = Vec::new();
    for page_number in 0..state.lookup_max_pages {
        let all = ListQuery {
            page_number,
            page_size: ipp::query::MAX_PAGE_SIZE,
            ..ListQuery::default()
        };
        let page: Page<Location> = fleet
            .get(&list_path_and_query(ListKind::Locations, &all))
            .await?;
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
    let total = mine.len() as u64;
    let content = mine
        .into_iter()
        .skip(q.offset() as usize)
        .take(q.page_size as usize)
        .collect();
    Ok(json(
        StatusCode::OK,
        &Page::new(content, total, q.page_number, q.page_size),
    ))
}

pub async fn one(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    Id(id): Id,
) -> Result<Response, AppError> {
    if !op.allows_location(Some(id)) {
        return Err(AppError::not_found(
            "There is no such location among yours.",
        ));
    }
    let fleet = Fleet::new(&state, &op, &rid.0)?;
    let location: Location = fleet.get(&format!("/ipp/v1/locations/{id}")).await?;
    if location.id != id || !fleet.admits(&location, None) {
        return Err(AppError::not_found(
            "There is no such location among yours.",
        ));
    }
    Ok(json(StatusCode::OK, &location))
}
