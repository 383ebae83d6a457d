//! The batch reader against files as spreadsheets really save them
//! (`tests/fixtures/batch/`, kept byte for byte: see the `.gitattributes` there).

use ipp::batch::{read_csv, BatchItem, BatchSheet, Column, Fault, Flaw, MAX_BATCH};
use ipp::metadata::Metadata;
use ipp::rules::Broken;
use ipp::{Location, Uuid};
use serde_json::json;

const MALMO: Uuid = Uuid::from_u128(0x660e8400_e29b_41d4_a716_446655440001);
const DROTTNINGGATAN: Uuid = Uuid::from_u128(0x660e8400_e29b_41d4_a716_446655440002);
const NORDSTAN: Uuid = Uuid::from_u128(0x660e8400_e29b_41d4_a716_446655440003);
const KIOSK: Uuid = Uuid::from_u128(0x660e8400_e29b_41d4_a716_446655440004);

const HOUR: u64 = 3_600_000;

fn locations() -> Vec<Location> {
    [
        (MALMO, "Malmö Centrum", "Malmö"),
        (DROTTNINGGATAN, "Stockholm Drottninggatan", "Stockholm"),
        (NORDSTAN, "Göteborg Nordstan", "Göteborg"),
        (KIOSK, "Kiosk", "Lund"),
    ]
    .into_iter()
    .map(|(id, name, city)| {
        serde_json::from_value(json!({"id": id, "name": name, "city": city})).unwrap()
    })
    .collect()
}

/// The fixture's bytes, and the sheet read from them.
fn fixture(name: &str) -> (Vec<u8>, BatchSheet) {
    let path = format!("{}/tests/fixtures/batch/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let text = std::str::from_utf8(&bytes).unwrap();
    let sheet = read_csv(text, &locations());
    (bytes, sheet)
}

fn meta(pairs: &[(&str, &str)]) -> Metadata {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn item(location_id: Uuid, pairs: &[(&str, &str)], expires_in: Option<u64>) -> BatchItem {
    BatchItem {
        location_id,
        metadata: meta(pairs),
        expires_in,
    }
}

fn row_numbers(sheet: &BatchSheet) -> Vec<usize> {
    sheet.rows.iter().map(|r| r.draft.row).collect()
}

fn flaws(sheet: &BatchSheet) -> Vec<String> {
    sheet.flaws().map(ToString::to_string).collect()
}

#[test]
fn excel_csv_utf8_with_semicolons_a_bom_and_windows_line_ends() {
    let (bytes, sheet) = fixture("excel_semicolon_bom_crlf.csv");
    assert!(bytes.starts_with(b"\xEF\xBB\xBFlocation;"));
    assert!(bytes.ends_with(b";;;\r\n;;;\r\n"));
    assert_eq!(flaws(&sheet), Vec::<String>::new());
    assert_eq!(sheet.keys, ["till", "department"]);
    // The two rows of empty cells Excel writes for formatted rows are left out.
    assert_eq!(row_numbers(&sheet), [2, 3, 4, 5]);
    assert_eq!(
        sheet.items().unwrap(),
        [
            item(
                MALMO,
                &[("till", "1"), ("department", "Kassa")],
                Some(2 * HOUR)
            ),
            item(
                MALMO,
                &[("till", "2"), ("department", "Kassa")],
                Some(2 * HOUR)
            ),
            item(
                DROTTNINGGATAN,
                &[("till", "1"), ("department", "Café; bar")],
                Some(24 * HOUR)
            ),
            item(NORDSTAN, &[("till", "1"), ("department", "Lager")], None),
        ]
    );
}

#[test]
fn libreoffice_with_commas_and_every_text_cell_quoted() {
    let (bytes, sheet) = fixture("libreoffice_comma_quoted.csv");
    assert!(bytes.starts_with(b"\"location\",\"till\""));
    assert!(bytes.ends_with(b"\"Lager\",\n"));
    assert_eq!(flaws(&sheet), Vec::<String>::new());
    assert_eq!(row_numbers(&sheet), [2, 3, 4]);
    assert_eq!(
        sheet.items().unwrap(),
        [
            item(
                MALMO,
                &[("till", "3"), ("department", "Kassa")],
                Some(HOUR * 3 / 2)
            ),
            item(
                DROTTNINGGATAN,
                &[("till", "2"), ("department", "Kassa \"Express\"")],
                Some(24 * HOUR)
            ),
            // By its id.
            item(NORDSTAN, &[("till", "1"), ("department", "Lager")], None),
        ]
    );
}

#[test]
fn google_sheets_with_unix_line_ends_and_no_newline_at_the_end() {
    let (bytes, sheet) = fixture("google_sheets_lf.csv");
    assert!(!bytes.contains(&b'\r'));
    assert!(bytes.ends_with(b"v\xC3\xA4nster\""));
    assert_eq!(flaws(&sheet), Vec::<String>::new());
    assert_eq!(row_numbers(&sheet), [2, 3, 4]);
    assert_eq!(
        sheet.items().unwrap(),
        [
            item(MALMO, &[("till", "4")], Some(HOUR / 2)),
            item(
                DROTTNINGGATAN,
                &[("till", "3"), ("note", "Pop-up vecka 12")],
                None
            ),
            // "Name, City", as the console shows a location.
            item(
                KIOSK,
                &[("till", "1"), ("note", "Entré, vänster")],
                Some(2 * HOUR)
            ),
        ]
    );
}

#[test]
fn quoted_line_breaks_and_doubled_quotes() {
    let (bytes, sheet) = fixture("quoted_newline.csv");
    assert!(bytes.windows(4).any(|w| w == b"\"\"\r\n"));
    // A line break within a cell stays within its row.
    assert_eq!(row_numbers(&sheet), [2, 3, 4]);
    assert_eq!(
        sheet.rows[0].draft.metadata["label"],
        "Kassa \"1\"\r\nvid entrén"
    );
    assert_eq!(
        sheet.rows[0].flaws,
        [Flaw {
            row: Some(2),
            column: Some(Column::Key("label".into())),
            fault: Fault::Metadata(Broken::ValueControl),
        }]
    );
    assert_eq!(
        flaws(&sheet),
        ["Row 2, column label: Values cannot contain control characters such as line breaks or tabs."]
    );
    assert_eq!(
        sheet.rows[1].item,
        Some(item(
            MALMO,
            &[("till", "2"), ("label", "Kassa \"2\"")],
            None
        ))
    );
    // A location's name broken over two lines is still its name.
    assert_eq!(
        sheet.rows[2].item,
        Some(item(
            DROTTNINGGATAN,
            &[("till", "1"), ("label", "plain")],
            None
        ))
    );
    assert!(sheet.items().is_none());
}

#[test]
fn the_consoles_own_csv_imports_again_without_its_formula_guard() {
    let (bytes, sheet) = fixture("console_export.csv");
    assert!(bytes.windows(2).any(|w| w == b",'"));
    assert_eq!(flaws(&sheet), Vec::<String>::new());
    let notes: Vec<(&str, &str)> = sheet
        .rows
        .iter()
        .map(|r| {
            let m = &r.draft.metadata;
            (m["till"].as_str(), m["note"].as_str())
        })
        .collect();
    assert_eq!(
        notes,
        [
            ("1", "=SUM(A1:A3)"),
            ("2", "-x"),
            // A number is written unguarded, and read as written.
            ("-1", "+46 40 123 45"),
            ("3", "@kassa"),
        ]
    );
    assert!(sheet
        .items()
        .unwrap()
        .iter()
        .all(|i| i.expires_in == Some(2 * HOUR)));
}

/// An Excel sheet (BOM, semicolons, CRLF) of `n` rows, one code per till.
fn excel_rows(n: usize) -> String {
    let mut text = String::from("\u{feff}location;till\r\n");
    for till in 1..=n {
        text.push_str(&format!("Malmö Centrum;{till}\r\n"));
    }
    text
}

#[test]
fn a_sheet_of_501_rows_is_one_too_many() {
    let sheet = read_csv(&excel_rows(MAX_BATCH + 1), &locations());
    assert_eq!(sheet.rows.len(), 501);
    assert_eq!(sheet.rows[500].draft.row, 502);
    assert!(sheet.rows.iter().all(|r| r.item.is_some()));
    assert_eq!(
        flaws(&sheet),
        ["A batch takes at most 500 codes (this one has 501); split it into several batches."]
    );
    assert!(sheet.items().is_none());

    let mut fixed = sheet;
    fixed.rows.pop();
    fixed.recheck(&locations());
    assert_eq!(fixed.items().map(|items| items.len()), Some(MAX_BATCH));

    let sheet = read_csv(&excel_rows(MAX_BATCH), &locations());
    assert_eq!(sheet.items().map(|items| items.len()), Some(MAX_BATCH));
}
