//! The whole fleet, as the proxy's index answers it: the device list with search and
//! sort, its facets, its CSV, the overview per store, and reading it all again now.

use ipp::fleet::{DeviceList, Facets, FleetQuery, Overview};

use super::{Api, ApiError, Method};

/// The device list's page for `query`.
pub fn list_path(query: &FleetQuery) -> String {
    format!("/api/devices?{}", query.to_query_string())
}

pub async fn list(api: Api, query: &FleetQuery) -> Result<DeviceList, ApiError> {
    api.get(&list_path(query)).await
}

/// What the devices `query` selects hold, counted over all of them (not one page).
pub async fn facets(api: Api, query: &FleetQuery) -> Result<Facets, ApiError> {
    api.get(&format!("/api/devices/facets?{}", query.to_query_string()))
        .await
}

/// The CSV of every device `query` selects, in its order.
pub fn export_path(query: &FleetQuery) -> String {
    format!("/api/devices/export.csv?{}", query.to_query_string())
}

/// The CSV of the codes `query` selects.
pub fn codes_export_path(query: &ipp::ListQuery) -> String {
    format!(
        "/api/enrollments/export.csv?{}",
        query.to_query_string(ipp::ListKind::Enrollments)
    )
}

pub const OVERVIEW: &str = "/api/overview";

pub async fn overview(api: Api) -> Result<Overview, ApiError> {
    api.get(OVERVIEW).await
}

/// Reads the fleet again from Kustom now; refused (429, with when to ask again) when
/// asked again too soon. What it answers (`Refreshed`) is not read: the list is read
/// again after it.
pub async fn refresh(api: Api) -> Result<(), ApiError> {
    api.client()?
        .send(Method::POST, "/api/devices/refresh", None)
        .await
        .map(|_| ())
}
