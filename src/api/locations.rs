//! `GET /api/locations`: the merchant's stores, for names and pickers.

use ipp::{ListKind, ListQuery, Location, Page};

use super::{Api, ApiError};

/// The path of page `page_number` of the locations, as [`all`] reads them.
pub fn page_path(page_number: u32) -> String {
    let query = ListQuery {
        page_size: ipp::query::MAX_PAGE_SIZE,
        page_number,
        ..ListQuery::default()
    };
    format!(
        "/api/locations?{}",
        query.to_query_string(ListKind::Locations)
    )
}

/// Every location the operator may see (the proxy narrows to the scope), all pages.
pub async fn all(api: Api) -> Result<Vec<Location>, ApiError> {
    let mut out = Vec::new();
    let mut page_number = 0;
    loop {
        let page: Page<Location> = api.get(&page_path(page_number)).await?;
        let last = page.last || page.content.is_empty();
        out.extend(page.content);
        if last {
            return Ok(out);
        }
        page_number += 1;
    }
}
