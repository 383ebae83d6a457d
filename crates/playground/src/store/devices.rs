//! Devices: the fleet list, replace, deregister, and the device's own bearer token.

use base64::Engine;
use chrono::{DateTime, Utc};
use ipp::{
    Credentials, Device, ListQuery, Metadata, Page, Platform, SimulatedDevice, UpdateDevice, Uuid,
};
use rusqlite::{params, Connection, OptionalExtension, Row, TransactionBehavior};
use sha2::{Digest, Sha256};

use super::locations::check_location;
use super::{
    list_source, metadata_from_json, metadata_json, millis, most_selective_first, random_bytes,
    time, Result, Source, Store, StoreError,
};

/// Why a device token is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenRejection {
    Unknown,
    /// The device was deregistered; its token was revoked then.
    Revoked,
}

const COLUMNS: &str =
    "id, merchant_id, hardware_id, location_id, name, platform, metadata, created_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Device> {
    let uuid = |s: Option<String>| s.and_then(|s| Uuid::parse_str(&s).ok());
    Ok(Device {
        id: uuid(r.get(0)?).unwrap_or_default(),
        merchant_id: r.get(1)?,
        hardware_id: r.get(2)?,
        location_id: uuid(r.get(3)?),
        name: r.get(4)?,
        platform: Platform::parse(&r.get::<_, String>(5)?).unwrap_or(Platform::Unknown),
        metadata: metadata_from_json(&r.get::<_, String>(6)?),
        created_at: time(r.get(7)?),
        open_cash_register_id: None,
        credentials: None,
        unique_id: None,
    })
}

/// A device of the merchant as stored (inside the caller's connection or transaction).
fn fetch_device(c: &Connection, merchant: &str, id: Uuid) -> rusqlite::Result<Option<Device>> {
    c.query_row(
        &format!("SELECT {COLUMNS} FROM devices WHERE merchant_id = ?1 AND id = ?2"),
        params![merchant, id.to_string()],
        from_row,
    )
    .optional()
}

fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub(crate) struct NewDevice<'a> {
    pub merchant: &'a str,
    pub hardware_id: &'a str,
    pub location_id: Option<Uuid>,
    pub name: &'a str,
    pub platform: Platform,
    pub metadata: &'a Metadata,
    pub enrollment_id: Option<&'a str>,
}

/// Inserts a device (inside the caller's transaction) and returns it with its new
/// credentials, which are shown this once.
pub(crate) fn insert_device(
    c: &Connection,
    d: &NewDevice<'_>,
    now: DateTime<Utc>,
) -> rusqlite::Result<Device> {
    let id = Uuid::new_v4();
    let token = format!(
        "pgdev_{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random_bytes::<32>())
    );
    c.execute(
        "INSERT INTO devices (id, merchant_id, hardware_id, location_id, name, platform, metadata, created_at, enrollment_id, token_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            id.to_string(),
            d.merchant,
            d.hardware_id,
            d.location_id.map(|l| l.to_string()),
            d.name,
            d.platform.as_str(),
            metadata_json(d.metadata),
            millis(now),
            d.enrollment_id,
            token_hash(&token)
        ],
    )?;
    write_metadata(c, d.merchant, id, d.metadata, millis(now))?;
    Ok(Device {
        id,
        hardware_id: d.hardware_id.to_owned(),
        merchant_id: d.merchant.to_owned(),
        location_id: d.location_id,
        name: d.name.to_owned(),
        platform: d.platform,
        metadata: d.metadata.clone(),
        created_at: time(millis(now)),
        open_cash_register_id: None,
        credentials: Some(Credentials {
            bearer_token: token,
            issued_at: time(millis(now)),
        }),
        unique_id: None,
    })
}

/// Replaces a device's metadata rows; `created_at` is the device's (for list order).
fn write_metadata(
    c: &Connection,
    merchant: &str,
    id: Uuid,
    metadata: &Metadata,
    created_at: i64,
) -> rusqlite::Result<()> {
    c.execute(
        "DELETE FROM device_metadata WHERE device_id = ?1",
        [id.to_string()],
    )?;
    let mut stmt = c.prepare_cached(
        "INSERT INTO device_metadata (device_id, merchant_id, key, value, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (k, v) in metadata {
        stmt.execute(params![id.to_string(), merchant, k, v, created_at])?;
    }
    Ok(())
}

impl Store {
    pub fn list_devices(&self, merchant: &str, q: &ListQuery) -> Result<Page<Device>> {
        let c = self.reader();
        let filters = most_selective_first(&c, "device_metadata", merchant, &q.metadata)?;
        let source = |join: bool, params: &mut Vec<String>| -> rusqlite::Result<Source> {
            let mut src = list_source(
                "devices",
                "device_metadata",
                "device_id",
                &filters,
                join,
                params,
            );
            src.at_location(q.location_id, params);
            Ok(src)
        };
        let total: i64 = if q.metadata.is_empty() {
            // Kept by triggers (migration 0002): no need to count the fleet.
            let loc = q.location_id.map(|l| l.to_string());
            c.prepare_cached(
                "SELECT coalesce(sum(n), 0) FROM device_counts WHERE merchant_id = ?1 AND (?2 IS NULL OR location_id = ?2)",
            )?
            .query_row(params![merchant, loc], |r| r.get(0))?
        } else {
            // Counting by metadata alone reads no device row unless a location is asked.
            let mut params = vec![merchant.to_owned()];
            source(q.location_id.is_some(), &mut params)?.count(&c, &params)?
        };
        let mut params = vec![merchant.to_owned()];
        Ok(source(true, &mut params)?.page(&c, COLUMNS, &params, q, total, from_row)?)
    }

    /// One device (an extension: the upstream documents no get-by-id).
    pub fn get_device(&self, merchant: &str, id: Uuid) -> Result<Option<Device>> {
        Ok(fetch_device(&self.reader(), merchant, id)?)
    }

    /// Replaces name, metadata and location, as the upstream's PUT does: what is not sent
    /// is cleared.
    pub fn update_device(&self, merchant: &str, id: Uuid, u: &UpdateDevice) -> Result<Device> {
        let mut c = self.writer();
        let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if let Some(loc) = u.location_id {
            check_location(&tx, merchant, loc, "location_id")?;
        }
        let n = tx.execute(
            "UPDATE devices SET name = ?3, metadata = ?4, location_id = ?5 WHERE merchant_id = ?1 AND id = ?2",
            params![merchant, id.to_string(), u.name, metadata_json(&u.metadata), u.location_id.map(|l| l.to_string())],
        )?;
        if n == 0 {
            return Err(StoreError::NotFound("device"));
        }
        let device = fetch_device(&tx, merchant, id)?.ok_or(StoreError::NotFound("device"))?;
        write_metadata(&tx, merchant, id, &u.metadata, millis(device.created_at))?;
        tx.commit()?;
        Ok(device)
    }

    /// Deregisters a device; its bearer token stops working in the same transaction.
    pub fn deregister_device(&self, merchant: &str, id: Uuid, now: DateTime<Utc>) -> Result<()> {
        let mut c = self.writer();
        let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let hash: Option<String> = tx
            .query_row(
                "SELECT token_hash FROM devices WHERE merchant_id = ?1 AND id = ?2",
                params![merchant, id.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        let Some(hash) = hash else {
            return Err(StoreError::NotFound("device"));
        };
        tx.execute(
            "INSERT OR REPLACE INTO revoked_tokens (token_hash, device_id, revoked_at) VALUES (?1, ?2, ?3)",
            params![hash, id.to_string(), millis(now)],
        )?;
        tx.execute("DELETE FROM devices WHERE id = ?1", [id.to_string()])?;
        tx.commit()?;
        Ok(())
    }

    /// The device a bearer token belongs to.
    pub fn device_for_token(
        &self,
        token: &str,
    ) -> Result<std::result::Result<Device, TokenRejection>> {
        let hash = token_hash(token);
        let c = self.writer();
        let device = c
            .query_row(
                &format!("SELECT {COLUMNS} FROM devices WHERE token_hash = ?1"),
                [&hash],
                from_row,
            )
            .optional()?;
        if let Some(d) = device {
            return Ok(Ok(d));
        }
        let revoked: Option<i64> = c
            .query_row(
                "SELECT 1 FROM revoked_tokens WHERE token_hash = ?1",
                [&hash],
                |r| r.get(0),
            )
            .optional()?;
        Ok(Err(if revoked.is_some() {
            TokenRejection::Revoked
        } else {
            TokenRejection::Unknown
        }))
    }

    /// `POST /ipp/v1/dev/devices`: a device registered at once, marked `simulated=true`.
    pub fn create_simulated_device(
        &self,
        merchant: &str,
        req: &SimulatedDevice,
        now: DateTime<Utc>,
    ) -> Result<Device> {
        let mut c = self.writer();
        let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if let Some(loc) = req.location_id {
            check_location(&tx, merchant, loc, "location_id")?;
        }
        let mut metadata = req.metadata.clone();
        metadata.insert("simulated".into(), "true".into());
        let hardware_id = format!(
            "SIM-{}",
            &Uuid::new_v4().simple().to_string()[..12].to_uppercase()
        );
        let device = insert_device(
            &tx,
            &NewDevice {
                merchant,
                hardware_id: &hardware_id,
                location_id: req.location_id,
                name: &req.name,
                platform: Platform::Android,
                metadata: &metadata,
                enrollment_id: None,
            },
            now,
        )?;
        tx.commit()?;
        Ok(device)
    }
}
