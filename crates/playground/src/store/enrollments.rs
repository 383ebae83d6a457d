//! Enrollments: pairing codes, their lists, cancelling, and redeeming one as the POS app.

use chrono::{DateTime, Utc};
use ipp::request::{normalize_code, CODE_ALPHABET, CODE_LEN};
use ipp::{
    CreateEnrollment, Device, Enrollment, EnrollmentStatus, ListQuery, Page, RegisterDevice, Uuid,
};
use rusqlite::{params, Connection, OptionalExtension, Row, TransactionBehavior};

use super::devices::{insert_device, NewDevice};
use super::locations::{check_location, location_ids};
use super::{
    list_source, metadata_from_json, metadata_json, millis, most_selective_first, time, Result,
    Store, StoreError,
};

/// How many wrong codes one client may enter: a pairing code is 8 characters of 31
/// (about 8.5 × 10¹¹ codes), and with a few pending at a time, guessing is only hopeless
/// while guesses are few. A real pairing service limits them; so does the playground.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RedemptionLimit {
    /// Failed redemptions allowed within `window_secs`.
    pub failures: u32,
    pub window_secs: u64,
}

impl Default for RedemptionLimit {
    /// 10 wrong codes per 10 minutes and client.
    fn default() -> Self {
        RedemptionLimit {
            failures: 10,
            window_secs: 600,
        }
    }
}

/// Why a pairing code cannot be redeemed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeRejection {
    Unknown,
    Expired,
    Consumed,
    Cancelled,
}

const COLUMNS: &str = "id, code, status, location_id, metadata, expires_at, created_at, device_id";

fn from_row(r: &Row<'_>, now: DateTime<Utc>) -> rusqlite::Result<Enrollment> {
    let status = match r.get::<_, String>(2)?.as_str() {
        "PENDING" => EnrollmentStatus::Pending,
        "CONSUMED" => EnrollmentStatus::Consumed,
        "EXPIRED" => EnrollmentStatus::Expired,
        "CANCELLED" => EnrollmentStatus::Cancelled,
        _ => EnrollmentStatus::Unknown,
    };
    let uuid = |s: Option<String>| s.and_then(|s| Uuid::parse_str(&s).ok());
    let mut e = Enrollment {
        enrollment_id: uuid(r.get(0)?).unwrap_or_default(),
        enrollment_code: r.get(1)?,
        status,
        location_id: uuid(r.get(3)?),
        metadata: metadata_from_json(&r.get::<_, String>(4)?),
        expires_at: time(r.get(5)?),
        created_at: Some(time(r.get(6)?)),
        device_id: uuid(r.get(7)?),
        used_by: None,
    };
    // Expiry is judged when read.
    e.status = e.status_at(now);
    Ok(e)
}

/// A fresh code: CODE_LEN characters of CODE_ALPHABET, uniformly drawn by a
/// cryptographically secure generator (rand's, seeded by the operating system).
fn new_code() -> String {
    use rand::seq::IndexedRandom;
    let alphabet = CODE_ALPHABET.as_bytes();
    let mut rng = rand::rng();
    (0..CODE_LEN)
        .filter_map(|_| alphabet.choose(&mut rng).map(|&b| char::from(b)))
        .collect()
}

fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE)
}

/// Which location an enrollment gets: the one asked for (if it exists), else the
/// merchant's only one; with several, the caller must choose.
fn resolve_location(c: &Connection, merchant: &str, asked: Option<Uuid>) -> Result<Option<Uuid>> {
    if let Some(id) = asked {
        check_location(c, merchant, id, "location_id")?;
        return Ok(Some(id));
    }
    let ids = location_ids(c, merchant)?;
    match ids.as_slice() {
        [] => Ok(None),
        [only] => Ok(Some(*only)),
        _ => Err(StoreError::invalid(
            "location_id",
            "Required: this merchant has several locations, so choose one (GET /ipp/v1/locations lists them).",
        )),
    }
}

impl Store {
    pub fn create_enrollment(
        &self,
        merchant: &str,
        req: &CreateEnrollment,
        now: DateTime<Utc>,
    ) -> Result<Enrollment> {
        let mut c = self.writer();
        let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let location = resolve_location(&tx, merchant, req.location_id)?;
        let id = Uuid::new_v4();
        let expires_at = now + chrono::Duration::milliseconds(req.expires_in_ms() as i64);
        let mut code = new_code();
        for attempt in 0.. {
            // A code stays reserved while pending; an expired one frees its code.
            tx.execute(
                "UPDATE enrollments SET status = 'EXPIRED' WHERE code = ?1 AND status = 'PENDING' AND expires_at <= ?2",
                params![code, millis(now)],
            )?;
            let inserted = tx.execute(
                "INSERT INTO enrollments (id, merchant_id, code, status, location_id, metadata, expires_at, created_at)
                 VALUES (?1, ?2, ?3, 'PENDING', ?4, ?5, ?6, ?7)",
                params![
                    id.to_string(),
                    merchant,
                    code,
                    location.map(|l| l.to_string()),
                    metadata_json(&req.metadata),
                    millis(expires_at),
                    millis(now)
                ],
            );
            match inserted {
                Ok(_) => break,
                Err(e) if is_unique_violation(&e) && attempt < 20 => code = new_code(),
                Err(e) => return Err(e.into()),
            }
        }
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO enrollment_metadata (enrollment_id, merchant_id, key, value, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for (k, v) in &req.metadata {
                stmt.execute(params![id.to_string(), merchant, k, v, millis(now)])?;
            }
        }
        tx.commit()?;
        Ok(Enrollment {
            enrollment_id: id,
            enrollment_code: code,
            expires_at: super::time(millis(expires_at)),
            status: EnrollmentStatus::Pending,
            metadata: req.metadata.clone(),
            location_id: location,
            created_at: Some(super::time(millis(now))),
            device_id: None,
            used_by: None,
        })
    }

    /// Lists pending (unexpired) enrollments, and consumed ones when asked (the default);
    /// cancelled and expired ones never appear.
    pub fn list_enrollments(
        &self,
        merchant: &str,
        q: &ListQuery,
        now: DateTime<Utc>,
    ) -> Result<Page<Enrollment>> {
        let c = self.reader();
        let mut params: Vec<String> = vec![merchant.to_owned()];
        let filters = most_selective_first(&c, "enrollment_metadata", merchant, &q.metadata)?;
        let mut src = list_source(
            "enrollments",
            "enrollment_metadata",
            "enrollment_id",
            &filters,
            true,
            &mut params,
        );
        params.push(millis(now).to_string());
        src.from.push_str(&format!(
            " AND ((d.status = 'PENDING' AND d.expires_at > CAST(?{} AS INTEGER)){})",
            params.len(),
            if q.include_consumed() {
                " OR d.status = 'CONSUMED'"
            } else {
                ""
            }
        ));
        src.at_location(q.location_id, &mut params);
        let total = src.count(&c, &params)?;
        Ok(src.page(&c, COLUMNS, &params, q, total, |r| from_row(r, now))?)
    }

    /// One enrollment in whatever state (an extension: the upstream documents no get-by-id).
    pub fn get_enrollment(
        &self,
        merchant: &str,
        id: Uuid,
        now: DateTime<Utc>,
    ) -> Result<Option<Enrollment>> {
        let c = self.reader();
        Ok(c.query_row(
            &format!("SELECT {COLUMNS} FROM enrollments WHERE merchant_id = ?1 AND id = ?2"),
            params![merchant, id.to_string()],
            |r| from_row(r, now),
        )
        .optional()?)
    }

    /// Cancels a pending code. A cancelled code is gone (404), a used or expired one
    /// cannot be cancelled (409).
    pub fn cancel_enrollment(&self, merchant: &str, id: Uuid, now: DateTime<Utc>) -> Result<()> {
        let c = self.writer();
        let e = c
            .query_row(
                &format!("SELECT {COLUMNS} FROM enrollments WHERE merchant_id = ?1 AND id = ?2"),
                params![merchant, id.to_string()],
                |r| from_row(r, now),
            )
            .optional()?;
        match e.map(|e| e.status) {
            None | Some(EnrollmentStatus::Cancelled) => Err(StoreError::NotFound("enrollment")),
            Some(EnrollmentStatus::Consumed) => Err(StoreError::Conflict(
                "This code was already used to register a device, so it cannot be cancelled. Deregister the device instead.".into(),
            )),
            Some(EnrollmentStatus::Expired) => {
                Err(StoreError::Conflict("This code has already expired; nobody can use it any more.".into()))
            }
            Some(_) => {
                // The status condition keeps this right even if the code was used since.
                let n = c.execute(
                    "UPDATE enrollments SET status = 'CANCELLED', cancelled_at = ?3
                     WHERE merchant_id = ?1 AND id = ?2 AND status = 'PENDING'",
                    params![merchant, id.to_string(), millis(now)],
                )?;
                if n == 1 {
                    Ok(())
                } else {
                    Err(StoreError::Conflict("This code changed while cancelling; reload it.".into()))
                }
            }
        }
    }

    /// Playground only: makes a pending code expire now (to see expiry without waiting).
    pub fn expire_enrollment(
        &self,
        merchant: &str,
        id: Uuid,
        now: DateTime<Utc>,
    ) -> Result<Enrollment> {
        let c = self.writer();
        let n = c.execute(
            "UPDATE enrollments SET expires_at = min(expires_at, ?3)
             WHERE merchant_id = ?1 AND id = ?2 AND status = 'PENDING'",
            params![merchant, id.to_string(), millis(now)],
        )?;
        drop(c);
        let e = self
            .get_enrollment(merchant, id, now)?
            .ok_or(StoreError::NotFound("enrollment"))?;
        if n == 0 && e.status != EnrollmentStatus::Expired {
            return Err(StoreError::Conflict(format!(
                "Only a pending code can expire; this one is {}.",
                e.status.as_str()
            )));
        }
        Ok(e)
    }

    /// Redeems a pairing code as the POS app does: in one transaction, the code is
    /// checked and consumed and the device created with the enrollment's metadata and
    /// location. Of any number of concurrent redemptions of one code, one wins.
    /// Redeems a code for `client` (the caller's address): a new device, unless the code
    /// cannot be used or the client got too many codes wrong lately (see
    /// [`RedemptionLimit`]); each wrong code counts against the client.
    pub fn register_device(
        &self,
        req: &RegisterDevice,
        client: &str,
        limit: RedemptionLimit,
        now: DateTime<Utc>,
    ) -> Result<Device> {
        let code = normalize_code(&req.enrollment_code);
        let mut c = self.writer();
        let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let window_ms = i64::try_from(limit.window_secs.saturating_mul(1000)).unwrap_or(i64::MAX);
        let since = millis(now).saturating_sub(window_ms);
        let (failures, oldest): (i64, Option<i64>) = tx.query_row(
            "SELECT count(*), min(at) FROM redemption_failures WHERE client = ?1 AND at > ?2",
            params![client, since],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if failures >= i64::from(limit.failures) {
            // Allowed again once the oldest failure in the window has left it.
            let free_at = oldest.unwrap_or(since).saturating_add(window_ms);
            let wait = free_at.saturating_sub(millis(now)).max(0) / 1000 + 1;
            return Err(StoreError::TooManyFailures(
                u64::try_from(wait).unwrap_or(1),
            ));
        }
        let live = tx
            .query_row(
                "SELECT id, merchant_id, location_id, metadata, expires_at FROM enrollments WHERE code = ?1 AND status = 'PENDING'",
                [&code],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, i64>(4)?,
                    ))
                },
            )
            .optional()?;
        let Some((enrollment_id, merchant, location, metadata, _)) =
            live.filter(|l| l.4 > millis(now))
        else {
            let latest: Option<(String, i64)> = tx
                .query_row(
                    "SELECT status, expires_at FROM enrollments WHERE code = ?1 ORDER BY created_at DESC LIMIT 1",
                    [&code],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let why = match latest {
                None => CodeRejection::Unknown,
                Some((s, _)) if s == "CONSUMED" => CodeRejection::Consumed,
                Some((s, _)) if s == "CANCELLED" => CodeRejection::Cancelled,
                Some(_) => CodeRejection::Expired,
            };
            tx.execute(
                "DELETE FROM redemption_failures WHERE client = ?1 AND at <= ?2",
                params![client, since],
            )?;
            tx.execute(
                "INSERT INTO redemption_failures (client, at) VALUES (?1, ?2)",
                params![client, millis(now)],
            )?;
            tx.commit()?;
            return Err(StoreError::Code(why));
        };
        let name = req.name.clone().unwrap_or_else(|| {
            let tail: String = req
                .hardware_id
                .chars()
                .rev()
                .take(4)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            format!("{} {tail}", req.platform.label())
        });
        let device = insert_device(
            &tx,
            &NewDevice {
                merchant: &merchant,
                hardware_id: &req.hardware_id,
                location_id: location.and_then(|l| Uuid::parse_str(&l).ok()),
                name: &name,
                platform: req.platform,
                metadata: &metadata_from_json(&metadata),
                enrollment_id: Some(&enrollment_id),
            },
            now,
        )?;
        let n = tx.execute(
            "UPDATE enrollments SET status = 'CONSUMED', consumed_at = ?2, device_id = ?3 WHERE id = ?1 AND status = 'PENDING'",
            params![enrollment_id, millis(now), device.id.to_string()],
        )?;
        if n != 1 {
            return Err(StoreError::Code(CodeRejection::Consumed));
        }
        tx.commit()?;
        Ok(device)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_use_the_alphabet() {
        for _ in 0..200 {
            let c = new_code();
            assert_eq!(c.len(), CODE_LEN);
            assert!(c.chars().all(|ch| CODE_ALPHABET.contains(ch)), "{c}");
        }
    }
}
