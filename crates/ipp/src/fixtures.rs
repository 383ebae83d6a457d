//! Shared test data (feature `fixtures`, for tests only): one device, as every test
//! suite of the workspace uses it.

use chrono::{TimeZone, Utc};
use uuid::Uuid;

use crate::{Credentials, Device, Platform};

/// The device's id.
pub const DEVICE_ID: Uuid = Uuid::from_u128(0x550e8400_e29b_41d4_a716_446655440000);
/// Its location (called "Malmö Centrum" by tests that name locations).
pub const LOCATION_ID: Uuid = Uuid::from_u128(0x660e8400_e29b_41d4_a716_446655440001);

/// "Till 1", an iPhone at [`LOCATION_ID`] with `store` and `till` metadata; no field
/// of [`Device`] is left empty but the optional ones the upstream rarely sends.
pub fn device() -> Device {
    Device {
        id: DEVICE_ID,
        hardware_id: "HW-0001".into(),
        merchant_id: "DM10000001".into(),
        location_id: Some(LOCATION_ID),
        name: "Till 1".into(),
        platform: Platform::Ios,
        metadata: [("store", "104"), ("till", "1")]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect(),
        created_at: Utc
            .with_ymd_and_hms(2024, 1, 15, 10, 30, 0)
            .single()
            .unwrap_or_default(),
        open_cash_register_id: None,
        credentials: None,
        unique_id: None,
    }
}

/// The same device with every field there is set, credentials included: what an
/// upstream may send at most.
pub fn device_with_everything() -> Device {
    Device {
        open_cash_register_id: Some(42),
        credentials: Some(Credentials {
            bearer_token: "device-secret-4711".into(),
            issued_at: Utc
                .with_ymd_and_hms(2024, 1, 15, 10, 30, 0)
                .single()
                .unwrap_or_default(),
        }),
        unique_id: Some("HW-0001".into()),
        ..device()
    }
}
