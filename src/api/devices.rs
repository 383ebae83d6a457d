//! Devices: list, read one, replace (rename, relocate, metadata), deregister.

use ipp::{Device, ListKind, UpdateDevice, Uuid};

use super::{Api, ApiError, Collection};

/// The list and its items.
pub const DEVICES: Collection<Device> = Collection::new("/api/devices", ListKind::Devices);

pub async fn get(api: Api, id: Uuid) -> Result<Device, ApiError> {
    api.get(&DEVICES.item(id)).await
}

pub async fn update(api: Api, id: Uuid, body: &UpdateDevice) -> Result<Device, ApiError> {
    api.put(&DEVICES.item(id), body).await
}

pub async fn deregister(api: Api, id: Uuid) -> Result<(), ApiError> {
    api.delete(&DEVICES.item(id)).await
}
