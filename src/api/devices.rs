//! Devices: list, read one, replace (rename, relocate, metadata), deregister.

use ipp::{Device, ListKind, ListQuery, Page, UpdateDevice};

use super::{segment, ApiError};

/// The path that lists the devices matching `query`.
pub fn list_path(query: &ListQuery) -> String {
    format!("/api/devices?{}", query.to_query_string(ListKind::Devices))
}

pub async fn list(query: &ListQuery) -> Result<Page<Device>, ApiError> {
    super::get(&list_path(query)).await
}

pub async fn get(id: &str) -> Result<Device, ApiError> {
    super::get(&format!("/api/devices/{}", segment(id))).await
}

pub async fn update(id: &str, body: &UpdateDevice) -> Result<Device, ApiError> {
    super::put(&format!("/api/devices/{}", segment(id)), body).await
}

pub async fn deregister(id: &str) -> Result<(), ApiError> {
    super::delete(&format!("/api/devices/{}", segment(id))).await
}
