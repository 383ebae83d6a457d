//! Locations (stores). The playground only seeds them; the upstream documents no way to
//! create one through the API.

use chrono::{DateTime, Utc};
use ipp::{ListQuery, Location, Page, Uuid};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::seed::NewLocation;
use super::{millis, time, Result, Store};

const COLUMNS: &str =
    "id, merchant_id, name, street_address, street_address2, postal_code, city, country, created_at, updated_at";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Location> {
    let id: String = r.get(0)?;
    Ok(Location {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        merchant_id: r.get(1)?,
        name: r.get(2)?,
        street_address: r.get(3)?,
        street_address2: r.get(4)?,
        postal_code: r.get(5)?,
        city: r.get(6)?,
        country: r.get(7)?,
        created_at: Some(time(r.get(8)?)),
        updated_at: Some(time(r.get(9)?)),
        time_zone: None,
        languages: Vec::new(),
    })
}

pub(crate) fn insert_location(
    c: &Connection,
    merchant: &str,
    l: &NewLocation<'_>,
    now: DateTime<Utc>,
) -> rusqlite::Result<Uuid> {
    let id = Uuid::new_v4();
    c.execute(
        "INSERT INTO locations (id, merchant_id, name, street_address, street_address2, postal_code, city, country, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, NULL, ?5, ?6, ?7, ?8, ?8)",
        params![id.to_string(), merchant, l.name, l.street, l.postal_code, l.city, l.country, millis(now)],
    )?;
    Ok(id)
}

impl Store {
    pub fn list_locations(&self, merchant: &str, q: &ListQuery) -> Result<Page<Location>> {
        let c = self.reader();
        let total: i64 = c.query_row(
            "SELECT count(*) FROM locations WHERE merchant_id = ?1",
            [merchant],
            |r| r.get(0),
        )?;
        let mut stmt = c.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM locations WHERE merchant_id = ?1 ORDER BY created_at, id LIMIT ?2 OFFSET ?3"
        ))?;
        let content = stmt
            .query_map(params![merchant, q.page_size, q.offset() as i64], from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Page::new(content, total as u64, q.page_number, q.page_size))
    }

    pub fn get_location(&self, merchant: &str, id: Uuid) -> Result<Option<Location>> {
        let c = self.reader();
        Ok(c.query_row(
            &format!("SELECT {COLUMNS} FROM locations WHERE merchant_id = ?1 AND id = ?2"),
            params![merchant, id.to_string()],
            from_row,
        )
        .optional()?)
    }

    pub fn add_location(
        &self,
        merchant: &str,
        l: &NewLocation<'_>,
        now: DateTime<Utc>,
    ) -> Result<Uuid> {
        Ok(insert_location(&self.writer(), merchant, l, now)?)
    }
}

/// Checks that `id` is a location of `merchant` (inside the caller's transaction).
pub(crate) fn check_location(
    c: &Connection,
    merchant: &str,
    id: Uuid,
    field: &str,
) -> super::Result<()> {
    let found: Option<i64> = c
        .query_row(
            "SELECT 1 FROM locations WHERE merchant_id = ?1 AND id = ?2",
            params![merchant, id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    match found {
        Some(_) => Ok(()),
        None => Err(super::StoreError::invalid(
            field,
            format!("There is no location {id} for this merchant. List them with GET /ipp/v1/locations."),
        )),
    }
}

/// The merchant's locations' ids, oldest first (for the one-location default).
pub(crate) fn location_ids(c: &Connection, merchant: &str) -> rusqlite::Result<Vec<Uuid>> {
    let mut stmt = c.prepare_cached(
        "SELECT id FROM locations WHERE merchant_id = ?1 ORDER BY created_at, id LIMIT 2",
    )?;
    let ids = stmt
        .query_map([merchant], |r| r.get::<_, String>(0))?
        .filter_map(|r| r.ok().and_then(|s| Uuid::parse_str(&s).ok()))
        .collect();
    Ok(ids)
}
