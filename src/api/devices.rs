//! Devices: list, read one, replace (rename, relocate, metadata), deregister.

use ipp::{Device, ListKind, ListQuery, Page, UpdateDevice, Uuid};

use super::{Api, ApiError, Collection};

const DEVICES: Collection = Collection::new("/api/devices", ListKind::Devices);

/// The path that lists the devices matching `query`.
pub fn list_path(query: &ListQuery) -> String {
    DEVICES.list_path(query)
}

pub async fn list(api: Api, query: &ListQuery) -> Result<Page<Device>, ApiError> {
    api.get(&list_path(query)).await
}

pub async fn get(api: Api, id: Uuid) -> Result<Device, ApiError> {
    api.get(&DEVICES.item(id)).await
}

pub async fn update(api: Api, id: Uuid, body: &UpdateDevice) -> Result<Device, ApiError> {
    api.put(&DEVICES.item(id), body).await
}

pub async fn deregister(api: Api, id: Uuid) -> Result<(), ApiError> {
    api.delete(&DEVICES.item(id)).await
}
