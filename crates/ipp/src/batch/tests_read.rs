//! Reading sheets: delimiters, byte order marks, line ends, quotes, row numbers, the
//! header, and the formula guard undone.

use super::tests::{locations, MALMO};
use super::*;

fn read(text: &str) -> BatchSheet {
    read_csv(text, &locations())
}

/// Each row's number, location, validity and metadata as `k=v` pairs.
fn drafts(sheet: &BatchSheet) -> Vec<(usize, String, String, Vec<String>)> {
    sheet
        .rows
        .iter()
        .map(|r| {
            let d = &r.draft;
            let meta = d.metadata.iter().map(|(k, v)| format!("{k}={v}")).collect();
            (d.row, d.location.clone(), d.validity.clone(), meta)
        })
        .collect()
}

fn faults(sheet: &BatchSheet) -> Vec<String> {
    sheet.flaws().map(ToString::to_string).collect()
}

#[test]
fn the_delimiter_is_what_the_header_has_most_of_outside_quotes() {
    let expected = vec![(
        2,
        "Malmö Centrum".into(),
        String::new(),
        vec!["till=1".into()],
    )];
    for text in [
        "location,till\nMalmö Centrum,1\n",
        "location;till\nMalmö Centrum;1\n",
        "location\ttill\nMalmö Centrum\t1\n",
        // A quoted comma in a semicolon header, a quoted semicolon in a comma one.
        "location;\"till,no\"\nMalmö Centrum;1\n",
    ] {
        let sheet = read(text);
        assert_eq!(sheet.rows.len(), 1, "{text:?}");
        assert_eq!(sheet.rows[0].draft.location, "Malmö Centrum", "{text:?}");
    }
    let sheet = read("location,\"till;x;y\"\nMalmö Centrum,1\n");
    assert!(sheet.keys.is_empty());
    assert!(faults(&sheet)[0].contains("column till;x;y: Keys may only use"));
    // One column has no delimiter at all.
    let sheet = read("location\nMalmö Centrum\n");
    assert_eq!(sheet.rows[0].draft.location, "Malmö Centrum");
    assert_eq!(
        drafts(&read("location;till\r\nMalmö Centrum;1\r\n")),
        expected
    );
}

#[test]
fn a_byte_order_mark_and_any_line_ends_are_read() {
    for text in [
        "\u{feff}location;till\r\nMalmö Centrum;1\r\nMalmö Centrum;2\r\n",
        "location;till\nMalmö Centrum;1\nMalmö Centrum;2",
        "location;till\rMalmö Centrum;1\rMalmö Centrum;2\r",
        "location;till\r\nMalmö Centrum;1\nMalmö Centrum;2\r\n\r\n\n\n",
    ] {
        let sheet = read(text);
        assert_eq!(
            drafts(&sheet)
                .iter()
                .map(|d| (d.0, d.3.clone()))
                .collect::<Vec<_>>(),
            vec![(2, vec!["till=1".into()]), (3, vec!["till=2".into()])],
            "{text:?}"
        );
        assert_eq!(sheet.items().map(|i| i.len()), Some(2), "{text:?}");
    }
}

#[test]
fn rows_are_numbered_as_the_spreadsheet_numbers_them() {
    let text = "\n\
        location;note\n\
        Malmö Centrum;\"two\nlines\"\n\
        \n\
        ;;\n\
        Stockholm;plain\r\n\
        Nowhere;x\n";
    let sheet = read(text);
    let rows: Vec<usize> = sheet.rows.iter().map(|r| r.draft.row).collect();
    // Header on row 2 (a blank row 1), a quoted line break within row 3, rows 4 and 5
    // empty (left out, still counted).
    assert_eq!(rows, [3, 6, 7]);
    let all = faults(&sheet);
    assert!(all[0].starts_with("Row 3, column note: Values cannot contain control"));
    assert!(all[1].starts_with("Row 7, column location: No location is called \"Nowhere\""));
    assert_eq!(all.len(), 2, "{all:?}");
}

#[test]
fn quotes_hold_delimiters_line_breaks_and_doubled_quotes() {
    let text = "location,label,note\n\"Malmö Centrum\",\"Kassa \"\"3\"\", vid entrén\",\"a;b\"\n";
    let sheet = read(text);
    let meta = &sheet.rows[0].draft.metadata;
    assert_eq!(meta["label"], "Kassa \"3\", vid entrén");
    assert_eq!(meta["note"], "a;b");
    assert!(sheet.items().is_some());
    // A quote inside an unquoted cell is a character like any other.
    let sheet = read("location,size\nMalmö Centrum,5\" screen\n");
    assert_eq!(sheet.rows[0].draft.metadata["size"], "5\" screen");
}

#[test]
fn a_quote_never_closed_is_named_at_its_row() {
    let sheet = read("location,till\nMalmö Centrum,\"1\nStockholm,2\n");
    assert_eq!(sheet.rows.len(), 1);
    assert!(sheet
        .file
        .iter()
        .any(|f| f.fault == Fault::QuoteOpen && f.row == Some(2)));
    assert!(faults(&sheet)
        .iter()
        .any(|f| f.starts_with("Row 2: A quote (\") opened in this row is never closed")));
    assert!(sheet.items().is_none());
}

#[test]
fn cells_are_trimmed_and_empty_cells_leave_the_key_off() {
    let sheet = read("  location , till ,dept\n  Malmö Centrum  ,  3 ,\n Stockholm,, \n");
    assert_eq!(
        drafts(&sheet),
        vec![
            (
                2,
                "Malmö Centrum".into(),
                String::new(),
                vec!["till=3".into()]
            ),
            (3, "Stockholm".into(), String::new(), vec![]),
        ]
    );
    assert_eq!(sheet.keys, ["till", "dept"]);
    let items = sheet.items().unwrap();
    assert_eq!(items[0].location_id, MALMO);
    assert!(items[1].metadata.is_empty());
}

#[test]
fn the_formula_guard_of_the_consoles_csv_is_undone() {
    let text = "location,a,b,c,d,e,f,g\n\
        Malmö Centrum,'=1+1,'+46 40 123,'-x,'@home,'abc,'',don't\n";
    let sheet = read(text);
    let meta = &sheet.rows[0].draft.metadata;
    assert_eq!(meta["a"], "=1+1");
    assert_eq!(meta["b"], "+46 40 123");
    assert_eq!(meta["c"], "-x");
    assert_eq!(meta["d"], "@home");
    // Only a guard is taken off: a quote before anything else stays.
    assert_eq!(meta["e"], "'abc");
    assert_eq!(meta["f"], "''");
    assert_eq!(meta["g"], "don't");
    // A guarded tab or carriage return was a control character, and still is once
    // trimmed away: the cell reads as what follows it.
    let sheet = read("location,a\nMalmö Centrum,\"'\tx\"\n");
    assert_eq!(sheet.rows[0].draft.metadata["a"], "x");
    // Location and validity cells too.
    let sheet = read("location,valid_for\n'=Malmö Centrum,'-5\n");
    assert_eq!(sheet.rows[0].draft.location, "=Malmö Centrum");
    assert_eq!(sheet.rows[0].draft.validity, "-5");
}

#[test]
fn the_header_names_columns_in_any_case() {
    let sheet = read("LOCATION;Valid For;till\nMalmö Centrum;2h;1\n");
    assert_eq!(
        sheet.rows[0].item.as_ref().unwrap().expires_in,
        Some(7_200_000)
    );
    let sheet = read("Location,expires-in\nMalmö Centrum,90\n");
    assert_eq!(
        sheet.rows[0].item.as_ref().unwrap().expires_in,
        Some(5_400_000)
    );
    // Keys are what they are: `Till` and `till` are two keys.
    let sheet = read("location,Till,till\nMalmö Centrum,1,2\n");
    assert_eq!(sheet.keys, ["Till", "till"]);
}

#[test]
fn a_file_without_rows_says_so() {
    for empty in [
        "",
        "\u{feff}",
        " \r\n\r\n",
        "\n\n",
        ";;;\r\n;;;\r\n",
        "\"\"\n",
    ] {
        let sheet = read(empty);
        assert_eq!(sheet.file, [Flaw::whole(Fault::Empty)], "{empty:?}");
        assert_eq!(sheet.size, None);
        assert!(faults(&sheet)[0].starts_with("The file is empty"));
        assert!(sheet.items().is_none());
    }
    let sheet = read("location;till\r\n;\r\n");
    assert!(sheet.file.is_empty());
    assert_eq!(sheet.size, Some(Flaw::whole(Fault::NoRows)));
    assert!(faults(&sheet)[0].starts_with("There are no rows under the header"));
}

#[test]
fn a_header_without_location_is_named() {
    let sheet = read("store;till\n104;1\n");
    assert_eq!(sheet.file, [Flaw::at(1, None, Fault::NoLocationColumn)]);
    assert!(sheet.rows.is_empty() && sheet.size.is_none());
    assert_eq!(
        faults(&sheet),
        ["Row 1: Add a column named location to the header, with each row's location name or id."]
    );
}

#[test]
fn columns_twice_are_named_and_the_first_one_read() {
    let sheet = read("location,till,location,till\nMalmö Centrum,1,Stockholm,2\n");
    assert_eq!(
        sheet.file,
        [
            Flaw::at(1, Some(Column::Location), Fault::ColumnTwice),
            Flaw::at(1, Some(Column::Key("till".into())), Fault::ColumnTwice),
        ]
    );
    assert_eq!(sheet.rows[0].draft.location, "Malmö Centrum");
    assert_eq!(sheet.rows[0].draft.metadata["till"], "1");
    assert!(faults(&sheet)[1].starts_with("Row 1, column till: This column appears twice"));
    // The row itself is fine; the header keeps the batch from being created.
    assert!(sheet.rows[0].item.is_some() && sheet.items().is_none());

    let sheet = read("location,valid_for,expires_in\nMalmö Centrum,2h,3h\n");
    assert_eq!(
        sheet.file,
        [Flaw::at(1, Some(Column::Validity), Fault::ValidityTwice)]
    );
    assert_eq!(sheet.rows[0].draft.validity, "2h");
}

#[test]
fn a_header_key_is_checked_once() {
    let sheet = read("location,store id,till\nMalmö Centrum,104,1\nStockholm,105,2\n");
    assert_eq!(
        sheet.file,
        [Flaw::at(
            1,
            Some(Column::Key("store id".into())),
            Fault::Metadata(Broken::KeyChar { bad: ' ' })
        )]
    );
    assert_eq!(
        faults(&sheet)[0],
        "Row 1, column store id: Keys may only use letters A–Z, digits, '_', '.' and '-'; remove a space."
    );
    assert_eq!(sheet.keys, ["till"]);
    assert!(sheet.rows.iter().all(|r| r.flaws.is_empty()));
    assert!(sheet.items().is_none());
}

#[test]
fn cells_without_a_column_name_are_named_by_letter() {
    // An empty header cell with empty cells below: nothing to say.
    let sheet = read("location;till;\r\nMalmö Centrum;1;\r\n");
    assert!(sheet.file.is_empty() && sheet.items().is_some());
    // With a value below, or beyond the header's last column: once per column.
    let sheet = read("location;;till\nMalmö Centrum;x;1\nStockholm;y;2;z\nStockholm;;3;w\n");
    assert_eq!(
        sheet.file,
        [
            Flaw::at(1, None, Fault::Unnamed { letter: "B".into() }),
            Flaw::at(1, None, Fault::Unnamed { letter: "D".into() }),
        ]
    );
    assert_eq!(
        faults(&sheet)[1],
        "Row 1: Column D has values but no name; name it in the header (a metadata key) or empty it."
    );
}

use crate::rules::Broken;

/// Every text of up to four of the characters that matter to a reader, alone and under
/// a header: a sheet or a problem, never a panic, and rows numbered in order.
#[test]
fn any_text_is_read_without_a_panic() {
    const CHARS: [char; 9] = ['"', ',', ';', '\t', '\r', '\n', 'a', '\'', 'é'];
    // No locations: it is the reading that is tried here (each reader builds its state
    // machine, slow in a debug build: these 7381 texts take a few seconds).
    let locations = [];
    let mut text = String::new();
    let texts = (0..=4u32).flat_map(|len| (0..CHARS.len().pow(len)).map(move |n| (len, n)));
    for (len, n) in texts {
        text.clear();
        let mut k = n;
        for _ in 0..len {
            text.push(CHARS[k % CHARS.len()]);
            k /= CHARS.len();
        }
        let under = format!("location,a\n{text}");
        for sheet in [read_csv(&text, &locations), read_csv(&under, &locations)] {
            let rows: Vec<usize> = sheet.rows.iter().map(|r| r.draft.row).collect();
            assert!(rows.windows(2).all(|w| w[0] < w[1]), "{text:?}: {rows:?}");
            assert!(rows.iter().all(|r| *r >= 2), "{text:?}: {rows:?}");
            assert!(sheet.items().is_some() || sheet.flaws().next().is_some());
        }
    }
}

/// A batch's export (each row's state and device, formulas guarded) reads again as the
/// batch it was.
#[test]
fn an_export_reads_again_as_its_batch() {
    let list = locations();
    let (a, b) = (list[0].id, list[1].id);
    for raw in ["=SUM(A1)", "+46", "-5", "@home", "\tx", "plain", "-1.5"] {
        let cell = super::guard(raw);
        let text = format!("location,note,state,device,code\n{a},\"{cell}\",paired,{b},ABCD2345\n");
        let sheet = read_csv(&text, &list);
        assert!(sheet.file.is_empty(), "{raw:?}: {:?}", sheet.file);
        assert_eq!(sheet.keys, ["note"]);
        let items = sheet.items().unwrap();
        assert_eq!(items[0].metadata["note"], raw.trim(), "{raw:?}");
        assert_eq!(items[0].location_id, a);
    }
    assert_eq!(super::guard("=1+1"), "'=1+1");
    assert_eq!(super::guard("-5"), "-5");
    assert_eq!(super::guard("till"), "till");
    // The report's columns carry nothing into the batch, in any case.
    let sheet = read_csv(
        &format!("Location,State,Device,till\n{b},waiting,,1\n"),
        &list,
    );
    assert_eq!(sheet.keys, ["till"]);
    assert_eq!(sheet.items().unwrap()[0].metadata.len(), 1);
}
