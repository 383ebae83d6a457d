//! Devices: list, read one, replace (rename, relocate, metadata), deregister.

use ipp::{Device, ListKind, ListQuery, Page, UpdateDevice, Uuid};

use super::{Api, ApiError};

/// The path that lists the devices matching `query`.
pub fn list_path(query: &ListQuery) -> String {
    format!("/api/devices?{}", query.to_query_string(ListKind::Devices))
}

fn path(id: Uuid) -> String {
    format!("/api/devices/{id}")
}

pub async fn list(api: Api, query: &ListQuery) -> Result<Page<Device>, ApiError> {
    api.get(&list_path(query)).await
}

pub async fn get(api: Api, id: Uuid) -> Result<Device, ApiError> {
    api.get(&path(id)).await
}

pub async fn update(api: Api, id: Uuid, body: &UpdateDevice) -> Result<Device, ApiError> {
    api.put(&path(id), body).await
}

pub async fn deregister(api: Api, id: Uuid) -> Result<(), ApiError> {
    api.delete(&path(id)).await
}
