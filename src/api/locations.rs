//! `GET /api/locations`: the merchant's stores, for names and pickers.

use ipp::{ListKind, ListQuery, Location, Page};

use super::ApiError;

/// Every location the operator may see (the proxy narrows to the scope), all pages.
pub async fn all() -> Result<Vec<Location>, ApiError> {
    let mut out = Vec::new();
    let mut query = ListQuery {
        page_size: ipp::query::MAX_PAGE_SIZE,
        ..ListQuery::default()
    };
    loop {
        let page: Page<Location> = super::get(&format!(
            "/api/locations?{}",
            query.to_query_string(ListKind::Locations)
        ))
        .await?;
        let last = page.last || page.content.is_empty();
        out.extend(page.content);
        if last {
            return Ok(out);
        }
        query.page_number += 1;
    }
}
