//! Checking rows: validities, metadata, duplicates, the batch's size, fixing in place,
//! the generator and the wire form (and the stores all the batch tests choose from).

use serde_json::json;
use uuid::Uuid;

use super::*;
use crate::metadata::MAX_KEYS;
use crate::rules::{Broken, MAX_EXPIRES_IN_MS, MIN_EXPIRES_IN_MS};
use crate::Location;

pub(super) const MALMO: Uuid = Uuid::from_u128(0x660e8400_e29b_41d4_a716_446655440001);
pub(super) const STOCKHOLM: Uuid = Uuid::from_u128(0x660e8400_e29b_41d4_a716_446655440002);
pub(super) const DROTTNINGGATAN: Uuid = Uuid::from_u128(0x660e8400_e29b_41d4_a716_446655440003);
pub(super) const OUTLET_PLAIN: Uuid = Uuid::from_u128(0x660e8400_e29b_41d4_a716_446655440006);
pub(super) const OUTLET: Uuid = Uuid::from_u128(0x660e8400_e29b_41d4_a716_446655440007);

fn location(id: Uuid, name: &str, city: &str) -> Location {
    serde_json::from_value(json!({"id": id, "name": name, "city": city})).unwrap()
}

/// The stores the tests' user may choose.
pub(super) fn locations() -> Vec<Location> {
    let id = |n: u128| Uuid::from_u128(0x660e8400_e29b_41d4_a716_446655440000 + n);
    vec![
        location(MALMO, "Malmö Centrum", "Malmö"),
        location(STOCKHOLM, "Stockholm", "Stockholm"),
        location(DROTTNINGGATAN, "Drottninggatan", "Stockholm"),
        location(id(4), "Göteborg Nordstan", "Göteborg"),
        location(id(5), "Göteborg Frölunda", "Göteborg"),
        location(OUTLET_PLAIN, "Malmo Outlet", "Malmö"),
        location(OUTLET, "Malmö Outlet", "Malmö"),
        location(id(8), "Pop-up", "Lund"),
        location(id(9), "Pop-up", "Ystad"),
        location(id(10), "Göteborg Kungsgatan", "Göteborg"),
    ]
}

pub(super) fn sheet(text: &str) -> BatchSheet {
    read_csv(text, &locations())
}

/// The faults of the one row of `location,valid_for,till` with these cells.
pub(super) fn row_faults(location: &str, validity: &str) -> Vec<Fault> {
    let s = sheet(&format!("location,valid_for\n\"{location}\",{validity}\n"));
    s.rows[0].flaws.iter().map(|f| f.fault.clone()).collect()
}

#[test]
fn validities_take_the_forms_people_write() {
    let min = 60_000;
    for (cell, ms) in [
        ("90", 90 * min),
        ("90m", 90 * min),
        ("90 min", 90 * min),
        ("90 Minutes", 90 * min),
        ("1", min),
        ("2h", 120 * min),
        ("24 h", 24 * 60 * min),
        ("2 hours", 120 * min),
        ("1hr", 60 * min),
        ("1d", 24 * 60 * min),
        ("3 DAYS", MAX_EXPIRES_IN_MS),
        ("72h", MAX_EXPIRES_IN_MS),
        ("4320", MAX_EXPIRES_IN_MS),
        ("2:30", 150 * min),
        ("02:30:00", 150 * min),
        ("0:01", MIN_EXPIRES_IN_MS),
        ("  2h ", 120 * min),
    ] {
        assert_eq!(parse_validity(cell), Ok(ms), "{cell}");
    }
}

#[test]
fn validities_outside_the_bounds_or_forms_are_named() {
    for cell in [
        "0",
        "0h",
        "73h",
        "4d",
        "4321",
        "0:00:59",
        "99999999999999999999999",
        "18446744073709551615d",
    ] {
        assert_eq!(
            parse_validity(cell),
            Err(Fault::ValidityRange { got: cell.into() }),
            "{cell}"
        );
    }
    for cell in [
        "",
        "h",
        "1.5h",
        "1,5 h",
        "-5",
        "+5",
        "2 weeks",
        "two hours",
        "2x",
        ":30",
        "2:5",
        "2:60",
        "2:30:61",
        "1:2:3:4",
        "1234567:00",
    ] {
        assert_eq!(
            parse_validity(cell),
            Err(Fault::ValidityForm { got: cell.into() }),
            "{cell}"
        );
    }
    assert_eq!(
        row_faults("Stockholm", "2 weeks")[0].to_string(),
        "Write how long the code works as minutes (90) or with a unit (90m, 2h, 1d); \"2 weeks\" is neither."
    );
    let s = sheet("location,valid_for\nStockholm,73h\n");
    assert_eq!(
        s.flaws().next().unwrap().to_string(),
        "Row 2, column valid_for: Choose a validity from 1 minute to 72 hours; \"73h\" is outside that."
    );
    // An empty cell is the default validity.
    let s = sheet("location,valid_for\nStockholm,\n");
    assert_eq!(s.items().unwrap()[0].expires_in, None);
}

#[test]
fn metadata_values_and_counts_follow_the_rules() {
    let long = "v".repeat(501);
    let s = sheet(&format!("location,note,till\nStockholm,\"a\nb\",{long}\n"));
    assert_eq!(
        s.rows[0].flaws,
        [
            Flaw::at(
                2,
                Some(Column::Key("note".into())),
                Fault::Metadata(Broken::ValueControl)
            ),
            Flaw::at(
                2,
                Some(Column::Key("till".into())),
                Fault::Metadata(Broken::ValueTooLong { len: 501 })
            ),
        ]
    );
    assert!(s.rows[0].flaws[1]
        .to_string()
        .starts_with("Row 2, column till: Use at most 500 characters for a value"));

    let keys: Vec<String> = (0..=MAX_KEYS).map(|i| format!("k{i}")).collect();
    let ones = vec!["1"; MAX_KEYS + 1].join(",");
    let s = sheet(&format!(
        "location,{}\nStockholm,{ones}\nStockholm,{}\n",
        keys.join(","),
        &ones[2..]
    ));
    assert_eq!(
        s.rows[0].flaws,
        [Flaw::at(
            2,
            None,
            Fault::Metadata(Broken::TooManyKeys { count: 21 })
        )]
    );
    assert_eq!(
        s.rows[0].flaws[0].to_string(),
        "Row 2: Use at most 20 keys (there are 21)."
    );
    // The next row leaves one key empty: 20 keys, fine.
    assert!(s.rows[1].flaws.is_empty());
}

#[test]
fn a_row_twice_names_the_first() {
    let s = sheet(
        "location,till,valid_for\n\
         Stockholm,1,\n\
         Stockholm,2,\n\
         STOCKHOLM,1,2h\n\
         660e8400-e29b-41d4-a716-446655440002,2,\n\
         Drottninggatan,1,\n\
         Stockholm,,\n\
         Stockholm,,\n",
    );
    let dup: Vec<(usize, usize)> = s
        .rows
        .iter()
        .flat_map(|r| &r.flaws)
        .map(|f| match f.fault {
            Fault::Duplicate { first } => (f.row.unwrap(), first),
            ref other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(dup, [(4, 2), (5, 3), (8, 7)]);
    assert_eq!(
        s.rows[2].flaws[0].to_string(),
        "Row 4: This row repeats row 2 (same location and metadata); remove one, or tell them apart with a column such as till."
    );
}

#[test]
fn more_than_500_rows_are_counted() {
    let rows = |n: usize| {
        let mut text = String::from("location;till\n");
        for i in 1..=n {
            text.push_str(&format!("Stockholm;{i}\n"));
        }
        sheet(&text)
    };
    let ok = rows(MAX_BATCH);
    assert_eq!(ok.size, None);
    assert_eq!(ok.items().map(|i| i.len()), Some(500));
    let over = rows(MAX_BATCH + 1);
    assert_eq!(
        over.size,
        Some(Flaw::whole(Fault::TooManyRows { count: 501 }))
    );
    assert_eq!(
        over.flaws().next().unwrap().to_string(),
        "A batch takes at most 500 codes (this one has 501); split it into several batches."
    );
    assert!(over.items().is_none());
}

#[test]
fn rows_fixed_in_place_are_checked_again() {
    let mut s = sheet("location,till\nStokholm,1\nStockholm,1\nStockholm,2\n");
    assert_eq!(s.flaws().count(), 1);
    s.rows[0].draft.location = "Drottninggatan".into();
    s.recheck(&locations());
    assert_eq!(s.flaws().count(), 0);
    assert_eq!(s.items().unwrap()[0].location_id, DROTTNINGGATAN);
    // A fix can make a duplicate, and removing the row undoes it.
    s.rows[2].draft.metadata.insert("till".into(), "1".into());
    s.recheck(&locations());
    assert_eq!(s.rows[2].flaws[0].fault, Fault::Duplicate { first: 3 });
    s.rows.remove(2);
    s.recheck(&locations());
    assert_eq!(s.items().map(|i| i.len()), Some(2));
    s.rows.clear();
    s.recheck(&locations());
    assert_eq!(s.size, Some(Flaw::whole(Fault::NoRows)));
}

#[test]
fn n_codes_for_a_location_are_numbered() {
    let items = rows_for(MALMO, 3, "till", 1).unwrap();
    let tills: Vec<&str> = items.iter().map(|i| i.metadata["till"].as_str()).collect();
    assert_eq!(tills, ["1", "2", "3"]);
    assert!(items
        .iter()
        .all(|i| i.location_id == MALMO && i.expires_in.is_none()));
    let items = rows_for(MALMO, MAX_BATCH, "phone", u32::MAX).unwrap();
    assert_eq!(
        items[499].metadata["phone"],
        (u64::from(u32::MAX) + 499).to_string()
    );
    assert_eq!(
        rows_for(MALMO, 0, "till", 1),
        Err(Fault::CountRange { n: 0 })
    );
    assert_eq!(
        rows_for(MALMO, 501, "till", 1).unwrap_err().to_string(),
        "Choose from 1 to 500 codes; 501 is outside that."
    );
    assert_eq!(
        rows_for(MALMO, 2, "till no", 1),
        Err(Fault::Metadata(Broken::KeyChar { bad: ' ' }))
    );
    assert_eq!(
        rows_for(MALMO, 2, "", 1),
        Err(Fault::Metadata(Broken::KeyBlank))
    );
}

#[test]
fn items_are_what_create_enrollments_takes() {
    let s = sheet("location,till,valid_for\nMalmö Centrum,3,2h\nStockholm,,\n");
    let items = s.items().unwrap();
    assert_eq!(
        serde_json::to_value(&items).unwrap(),
        json!([
            {"location_id": MALMO, "metadata": {"till": "3"}, "expires_in": 7_200_000},
            {"location_id": STOCKHOLM, "metadata": {}}
        ])
    );
    let back: Vec<BatchItem> = serde_json::from_value(json!([
        {"location_id": MALMO, "metadata": {"till": "3"}, "expires_in": 7_200_000},
        {"location_id": STOCKHOLM}
    ]))
    .unwrap();
    assert_eq!(back, items);
}

#[test]
fn columns_are_lettered_as_spreadsheets_do() {
    for (i, letters) in [
        (0, "A"),
        (1, "B"),
        (25, "Z"),
        (26, "AA"),
        (51, "AZ"),
        (52, "BA"),
        (701, "ZZ"),
        (702, "AAA"),
    ] {
        assert_eq!(column_letter(i), letters, "{i}");
    }
    assert_eq!(column_letter(usize::MAX).len(), 14);
}

#[test]
fn every_fault_says_what_to_fix() {
    // Those not read from a sheet elsewhere in these tests.
    assert_eq!(
        Fault::Unreadable.to_string(),
        "This row cannot be read; save the sheet as CSV again."
    );
    assert_eq!(
        Flaw::whole(Fault::CountRange { n: 0 }).to_string(),
        "Choose from 1 to 500 codes; 0 is outside that."
    );
    assert_eq!(
        String::from(Flaw::at(1, None, Fault::ValidityTwice)),
        "Row 1: Use one validity column, valid_for or expires_in, not both."
    );
}
