//! A store rollout before it is created (`/enrollments/batch`): "N codes for this
//! location" as a sheet of rows like an uploaded one, so that both are previewed, fixed
//! in place and created alike; and the body of the `create_enrollments` job.

use ipp::batch::{rows_for, BatchItem, BatchSheet, Column, Draft, Fault, SheetRow};
use ipp::{Location, Uuid};
use serde_json::{json, Value};

const MINUTE_MS: u64 = 60_000;
const HOUR_MS: u64 = 60 * MINUTE_MS;

/// A validity as a sheet writes it and [`ipp::batch::parse_validity`] reads it back:
/// `2h`, `90m`.
pub fn validity_text(ms: u64) -> String {
    if ms.is_multiple_of(HOUR_MS) {
        format!("{}h", ms / HOUR_MS)
    } else {
        format!("{}m", ms.div_ceil(MINUTE_MS))
    }
}

/// "N codes for this location": `n` rows numbered by metadata `key` from `first`, each
/// valid for `expires_in`, checked as a sheet's rows are (against `locations`).
pub fn sheet_for(
    location: &Location,
    n: usize,
    key: &str,
    first: u32,
    expires_in: u64,
    locations: &[Location],
) -> Result<BatchSheet, Fault> {
    let key = key.trim();
    let items = rows_for(location.id, n, key, first)?;
    let mut sheet = BatchSheet {
        keys: vec![key.to_owned()],
        ..BatchSheet::default()
    };
    // As a person would write the sheet: the location's name, unless another location
    // goes by it (then its id).
    let mut named = location.name.clone();
    for by_id in [false, true] {
        if by_id {
            named = location.id.to_string();
        }
        sheet.rows = items
            .iter()
            .enumerate()
            .map(|(i, item)| SheetRow {
                draft: Draft {
                    // Row 1 is the header, as in a sheet.
                    row: i + 2,
                    location: named.clone(),
                    validity: validity_text(expires_in),
                    metadata: item.metadata.clone(),
                },
                item: None,
                flaws: Vec::new(),
            })
            .collect();
        sheet.recheck(locations);
        let resolved = sheet
            .rows
            .first()
            .and_then(|r| r.item.as_ref())
            .is_some_and(|i| i.location_id == location.id);
        if resolved {
            break;
        }
    }
    Ok(sheet)
}

/// Sets the cell of `row` (the spreadsheet's number) in `column` to what was typed, and
/// checks every row again (a fix may end another row's duplicate).
pub fn set_cell(sheet: &mut BatchSheet, row: usize, column: &Column, value: &str, at: &[Location]) {
    let Some(r) = sheet.rows.iter_mut().find(|r| r.draft.row == row) else {
        return;
    };
    let value = value.trim();
    match column {
        Column::Location => r.draft.location = value.to_owned(),
        Column::Validity => r.draft.validity = value.to_owned(),
        Column::Key(key) if value.is_empty() => {
            r.draft.metadata.remove(key);
        }
        Column::Key(key) => {
            r.draft.metadata.insert(key.clone(), value.to_owned());
        }
    }
    sheet.recheck(at);
}

/// Leaves `row` out of the batch, and checks the rest again.
pub fn remove_row(sheet: &mut BatchSheet, row: usize, at: &[Location]) {
    sheet.rows.retain(|r| r.draft.row != row);
    sheet.recheck(at);
}

/// The body of `POST /api/jobs` that creates `items`; `key` makes a resend of the same
/// batch create it once.
pub fn job_body(items: &[BatchItem], key: &str) -> Value {
    json!({
        "action": "create_enrollments",
        "idempotency_key": key,
        "items": items,
    })
}

/// A fresh idempotency key from 16 random bytes (a version 4 UUID).
pub fn key_from(bytes: [u8; 16]) -> String {
    uuid_v4(bytes).to_string()
}

/// RFC 9562's version 4: random, with the version and variant bits set.
fn uuid_v4(mut bytes: [u8; 16]) -> Uuid {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    Uuid::from_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use ipp::batch::read_csv;

    use super::*;

    fn store(id: u128, name: &str) -> Location {
        serde_json::from_value(json!({"id": Uuid::from_u128(id), "name": name})).unwrap()
    }

    #[test]
    fn validity_reads_back_as_written() {
        for ms in crate::logic::expiry::PRESETS
            .into_iter()
            .chain([90 * MINUTE_MS])
        {
            assert_eq!(ipp::batch::parse_validity(&validity_text(ms)), Ok(ms));
        }
        assert_eq!(validity_text(2 * HOUR_MS), "2h");
        assert_eq!(validity_text(15 * MINUTE_MS), "15m");
    }

    #[test]
    fn n_codes_are_rows_of_a_sheet() {
        let list = [store(1, "Malmö"), store(2, "Lund")];
        let sheet = sheet_for(&list[0], 3, " till ", 4, HOUR_MS, &list).unwrap();
        assert_eq!(sheet.keys, ["till"]);
        let items = sheet.items().unwrap();
        assert_eq!(items.len(), 3);
        assert_eq!(items[2].metadata["till"], "6");
        assert_eq!(items[0].expires_in, Some(HOUR_MS));
        assert_eq!(sheet.rows[0].draft.location, "Malmö");
        assert_eq!(sheet.rows[0].draft.row, 2);
        // Two stores of one name: the rows name the store by its id.
        let twins = [store(1, "Pop-up"), store(2, "Pop-up")];
        let sheet = sheet_for(&twins[1], 2, "till", 1, HOUR_MS, &twins).unwrap();
        assert!(sheet
            .items()
            .unwrap()
            .iter()
            .all(|i| i.location_id == twins[1].id));
        assert_eq!(
            sheet_for(&list[0], 0, "till", 1, HOUR_MS, &list),
            Err(Fault::CountRange { n: 0 })
        );
        assert!(sheet_for(&list[0], 2, "bad key", 1, HOUR_MS, &list).is_err());
    }

    #[test]
    fn fixing_a_row_in_place_checks_the_batch_again() {
        let list = [store(1, "Malmö"), store(2, "Lund")];
        let mut sheet = read_csv("location,till\nMalmo,1\nLundd,2\nMalmö,1\n", &list);
        assert!(sheet.items().is_none());
        assert_eq!(sheet.flaws().count(), 2);
        set_cell(&mut sheet, 3, &Column::Location, " Lund ", &list);
        assert_eq!(sheet.flaws().count(), 1);
        // Row 4 repeats row 2: a new till number tells them apart.
        set_cell(&mut sheet, 4, &Column::Key("till".into()), "3", &list);
        let items = sheet.items().unwrap();
        assert_eq!(items[1].location_id, list[1].id);
        assert_eq!(items[2].metadata["till"], "3");
        // An emptied metadata cell leaves the key off; a removed row is gone.
        set_cell(&mut sheet, 4, &Column::Key("till".into()), "", &list);
        assert_eq!(sheet.rows[2].draft.metadata.len(), 0);
        remove_row(&mut sheet, 4, &list);
        assert_eq!(sheet.items().unwrap().len(), 2);
        remove_row(&mut sheet, 2, &list);
        remove_row(&mut sheet, 3, &list);
        assert!(sheet.items().is_none(), "no rows: nothing to create");
    }

    #[test]
    fn the_job_creates_the_items_once() {
        let items = vec![BatchItem {
            location_id: Uuid::from_u128(1),
            metadata: [("till".to_owned(), "1".to_owned())].into_iter().collect(),
            expires_in: None,
        }];
        let body = job_body(&items, "k");
        assert_eq!(body["action"], "create_enrollments");
        assert_eq!(body["idempotency_key"], "k");
        assert_eq!(body["items"][0]["metadata"]["till"], "1");
        assert!(body["items"][0].get("expires_in").is_none());
        let key = key_from([7; 16]);
        assert_eq!(Uuid::parse_str(&key).unwrap().get_version_num(), 4);
    }
}
