//! The console's activity trail (kept by the proxy): who changed what, its CSV, and who
//! created which pairing codes.

use ipp::activity::{Activity, ActivityQuery, Creation, MAX_CREATOR_IDS};
use ipp::{Page, Uuid};

use super::{Api, ApiError};

/// The page of the activity `query` selects, newest first.
pub fn list_path(query: &ActivityQuery) -> String {
    format!("/api/activity?{}", query.to_query_string())
}

pub async fn list(api: Api, query: &ActivityQuery) -> Result<Page<Activity>, ApiError> {
    api.get(&list_path(query)).await
}

/// The CSV of every record `query`'s filters select (every page).
pub fn export_path(query: &ActivityQuery) -> String {
    format!("/api/activity/export.csv?{}", query.to_filter_string())
}

/// Who created each of these codes through the console (at most [`MAX_CREATOR_IDS`] are
/// asked about; codes made elsewhere are absent from the answer).
pub async fn creators(api: Api, ids: &[Uuid]) -> Result<Vec<Creation>, ApiError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut query = form_urlencoded::Serializer::new(String::new());
    for id in ids.iter().take(MAX_CREATOR_IDS) {
        query.append_pair("id", &id.to_string());
    }
    api.get(&format!("/api/activity/creators?{}", query.finish()))
        .await
}
