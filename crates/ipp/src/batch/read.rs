//! Reading a sheet as spreadsheets save it (Excel, LibreOffice, Google Sheets, Numbers)
//! or as it is pasted: comma, semicolon or tab between cells, with or without a byte
//! order mark, quoted cells with line breaks and doubled quotes, Windows, Unix or old Mac
//! line ends, empty lines and cells padded with spaces.

use csv::{ByteRecord, ReaderBuilder};

use crate::metadata::check_key;
use crate::model::Location;

use super::names::shown;
use super::{column_letter, BatchSheet, Column, Draft, Fault, Flaw, SheetRow};
use super::{EXPIRES_IN, LOCATION, VALID_FOR};

/// The characters a spreadsheet would start a formula with; the console's CSV puts a `'`
/// before a text cell that starts with one, and reading takes it off again.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Columns a batch's own export adds (each row's state, the device it paired, its code):
/// read back as a batch, they are left aside.
pub const REPORT_COLUMNS: [&str; 3] = ["state", "device", "code"];

/// A text cell as the console's CSV writes it: one a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`, unless
/// it is a number; [`read_csv`] takes the `'` off again.
pub fn guard(cell: &str) -> String {
    let number = cell.trim().parse::<f64>().is_ok_and(f64::is_finite);
    if cell.starts_with(FORMULA_STARTS) && !number {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// Reads a sheet and checks every row against `locations` (those the user may choose).
pub fn read_csv(text: &str, locations: &[Location]) -> BatchSheet {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut sheet = BatchSheet::default();
    let delimiter = delimiter(text.as_bytes());
    let (records, unreadable) = records(text.as_bytes(), delimiter);
    let last_row = records.last().map_or(1, |r| r.row);
    let mut records = records
        .into_iter()
        .filter(|r| r.cells.iter().any(|c| !c.is_empty()));
    let Some(header) = records.next() else {
        sheet.file.push(Flaw::whole(Fault::Empty));
        return sheet;
    };
    let mut roles = header_roles(&header, &mut sheet);
    if ends_quoted(text.as_bytes(), delimiter) {
        sheet.file.push(Flaw::at(last_row, None, Fault::QuoteOpen));
    }
    if let Some(row) = unreadable {
        sheet.file.push(Flaw::at(row, None, Fault::Unreadable));
    }
    if !roles.contains(&Role::Location) {
        sheet
            .file
            .push(Flaw::at(header.row, None, Fault::NoLocationColumn));
        return sheet;
    }
    for record in records {
        let mut draft = Draft {
            row: record.row,
            ..Draft::default()
        };
        for (i, cell) in record.cells.into_iter().enumerate() {
            if i >= roles.len() {
                roles.resize(i + 1, Role::Unnamed);
            }
            match &mut roles[i] {
                _ if cell.is_empty() => {}
                Role::Location => draft.location = cell,
                Role::Validity => draft.validity = cell,
                Role::Key(key) => {
                    draft.metadata.insert(key.clone(), cell);
                }
                unnamed @ Role::Unnamed => {
                    let fault = Fault::Unnamed {
                        letter: column_letter(i),
                    };
                    sheet.file.push(Flaw::at(header.row, None, fault));
                    // Once per column.
                    *unnamed = Role::Skip;
                }
                Role::Skip => {}
            }
        }
        sheet.rows.push(SheetRow {
            draft,
            item: None,
            flaws: Vec::new(),
        });
    }
    sheet.recheck(locations);
    sheet
}

/// What a column of the sheet holds.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Role {
    Location,
    Validity,
    Key(String),
    /// No name in the header: it must stay empty.
    Unnamed,
    /// Read no further: its name is wrong (or taken), or it was reported.
    Skip,
}

/// The role of each column of the header, with the header's problems.
fn header_roles(header: &Record, sheet: &mut BatchSheet) -> Vec<Role> {
    let mut roles: Vec<Role> = Vec::with_capacity(header.cells.len());
    for name in &header.cells {
        let reserved = name.to_ascii_lowercase().replace([' ', '-'], "_");
        let (role, column) = match reserved.as_str() {
            "" => (Role::Unnamed, None),
            _ if REPORT_COLUMNS.contains(&reserved.as_str()) => (Role::Skip, None),
            LOCATION => (Role::Location, Some(Column::Location)),
            VALID_FOR | EXPIRES_IN => (Role::Validity, Some(Column::Validity)),
            _ => (Role::Key(name.clone()), Some(Column::Key(shown(name)))),
        };
        let fault = match &role {
            Role::Validity if roles.contains(&Role::Validity) => Some(Fault::ValidityTwice),
            Role::Location | Role::Key(_) if roles.contains(&role) => Some(Fault::ColumnTwice),
            Role::Key(key) => check_key(key).err().map(Fault::Metadata),
            _ => None,
        };
        match fault {
            Some(fault) => {
                sheet.file.push(Flaw::at(header.row, column, fault));
                roles.push(Role::Skip);
            }
            None => {
                if let Role::Key(key) = &role {
                    sheet.keys.push(key.clone());
                }
                roles.push(role);
            }
        }
    }
    roles
}

/// A record of the file: its row as a spreadsheet numbers it, and its cells.
struct Record {
    row: usize,
    cells: Vec<String>,
}

/// Every record of `text`; and the row where the reader gave up, if it did.
fn records(text: &[u8], delimiter: u8) -> (Vec<Record>, Option<usize>) {
    let mut reader = ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text);
    let mut out = Vec::new();
    let mut row = 0usize;
    let mut record = ByteRecord::new();
    loop {
        let start = usize::try_from(reader.position().byte()).unwrap_or(text.len());
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => return (out, None),
            Err(_) => return (out, Some(row + 1)),
        }
        // The reader skips empty lines, which a spreadsheet counts as rows: the row is
        // the last one's plus the line ends between the two.
        let rest = text.get(start..).unwrap_or_default();
        let content = start + rest.iter().take_while(|b| is_line_end(**b)).count();
        let before = text.get(..content).unwrap_or_default();
        let gap = before.iter().rev().take_while(|b| is_line_end(**b)).count();
        let ends = line_ends(before.get(before.len() - gap..).unwrap_or_default());
        row = if out.is_empty() {
            1 + ends
        } else {
            row + ends.max(1)
        };
        let cells = record
            .iter()
            .map(|field| cell(&String::from_utf8_lossy(field)))
            .collect();
        out.push(Record { row, cells });
    }
}

fn is_line_end(b: u8) -> bool {
    b == b'\r' || b == b'\n'
}

/// How many line ends a run of `\r` and `\n` holds (`\r\n` is one).
fn line_ends(run: &[u8]) -> usize {
    let crlf = run.windows(2).filter(|w| *w == b"\r\n").count();
    run.len() - crlf
}

/// A cell as the row means it: trimmed, and without the `'` the console's CSV puts
/// before text a spreadsheet would run as a formula.
fn cell(raw: &str) -> String {
    let trimmed = raw.trim();
    match trimmed.strip_prefix('\'') {
        Some(guarded) if guarded.starts_with(FORMULA_STARTS) => guarded.trim().to_owned(),
        _ => trimmed.to_owned(),
    }
}

/// Where a byte leaves the reader: in a cell, or in quotes. As the `csv` crate reads, a
/// quote opens quotes only at the start of a cell, and `""` in quotes is one quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quoting {
    CellStart,
    Unquoted,
    Quoted,
    /// A quote in quotes: their end, or the first of `""`.
    QuoteInQuoted,
}

impl Quoting {
    fn step(self, b: u8, delimiter: bool) -> Quoting {
        match (self, b) {
            (Quoting::Quoted, b'"') => Quoting::QuoteInQuoted,
            (Quoting::Quoted, _) => Quoting::Quoted,
            (Quoting::CellStart | Quoting::QuoteInQuoted, b'"') => Quoting::Quoted,
            _ if delimiter || is_line_end(b) => Quoting::CellStart,
            _ => Quoting::Unquoted,
        }
    }
}

/// The header's delimiter: of comma, semicolon and tab, the one it has most of outside
/// quotes (a comma when it has none, as with a single column). The header is the first
/// line with something in it, else (a sheet of empty cells) the first line.
fn delimiter(text: &[u8]) -> u8 {
    const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];
    let mut counts = [0usize; 3];
    let mut first_line = None;
    let (mut content, mut any) = (false, false);
    let mut state = Quoting::CellStart;
    for &b in text {
        let outside = state != Quoting::Quoted;
        let found = CANDIDATES.iter().position(|c| *c == b);
        if outside && is_line_end(b) {
            if content {
                break;
            }
            if any && first_line.is_none() {
                first_line = Some(counts);
            }
            (counts, any) = ([0; 3], false);
        } else {
            any = true;
            content |= !(b.is_ascii_whitespace() || b == b'"' || found.is_some());
            if let (true, Some(i)) = (outside, found) {
                counts[i] += 1;
            }
        }
        state = state.step(b, found.is_some());
    }
    if !content {
        counts = first_line.unwrap_or(counts);
    }
    let mut best = 0;
    for i in 1..CANDIDATES.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    CANDIDATES[best]
}

/// Whether the text ends in quotes: a quote opened and never closed.
fn ends_quoted(text: &[u8], delimiter: u8) -> bool {
    let end = text.iter().fold(Quoting::CellStart, |state, &b| {
        state.step(b, b == delimiter)
    });
    end == Quoting::Quoted
}
