//! What is wrong with a batch, as data: where (the spreadsheet's row, the column) and
//! what to fix. The API words it in English ([`Display`]); the console in the language it
//! is read in (each variant has a message of its catalogs, checked against this text).

use std::fmt;

use crate::rules::Broken;

use super::{LOCATION, MAX_BATCH, VALID_FOR};

/// A column of the sheet.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    /// `location`: a location's name or id.
    Location,
    /// `valid_for` (or `expires_in`): how long each code works.
    Validity,
    /// A metadata key.
    Key(String),
}

impl Column {
    /// The column's name as a header writes it.
    pub fn name(&self) -> &str {
        match self {
            Column::Location => LOCATION,
            Column::Validity => VALID_FOR,
            Column::Key(key) => key,
        }
    }
}

/// A problem at its place in the sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flaw {
    /// The row as the spreadsheet numbers it (the header is row 1); `None` for the
    /// whole file or batch.
    pub row: Option<usize>,
    /// The column; `None` for the whole row.
    pub column: Option<Column>,
    pub fault: Fault,
}

impl Flaw {
    pub(crate) fn at(row: usize, column: Option<Column>, fault: Fault) -> Flaw {
        Flaw {
            row: Some(row),
            column,
            fault,
        }
    }

    pub(crate) fn whole(fault: Fault) -> Flaw {
        Flaw {
            row: None,
            column: None,
            fault,
        }
    }
}

/// What is wrong, and so what to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Nothing but white space (or nothing at all).
    Empty,
    /// A header and no rows under it.
    NoRows,
    /// More than [`MAX_BATCH`] rows.
    TooManyRows { count: usize },
    /// Asked for a number of codes outside 1–[`MAX_BATCH`].
    CountRange { n: usize },
    /// The header names no `location` column.
    NoLocationColumn,
    /// The header names a column twice (the first one is read).
    ColumnTwice,
    /// Both `valid_for` and `expires_in`.
    ValidityTwice,
    /// Column `letter` (A, B, …, AA) has values but no name in the header.
    Unnamed { letter: String },
    /// A quote opened in this row is never closed: the rest of the file is one cell.
    QuoteOpen,
    /// The CSV reader gave up at this row (not seen with text in memory).
    Unreadable,
    /// A row without a location.
    LocationMissing,
    /// No location of the list is called `got`; `closest` are up to 3 names to offer.
    UnknownLocation { got: String, closest: Vec<String> },
    /// An id that is none of the list's locations.
    UnknownLocationId { id: String },
    /// `count` locations go by the name `got`.
    LocationAmbiguous { got: String, count: usize },
    /// A validity that is not a number of minutes or a number with a unit.
    ValidityForm { got: String },
    /// A validity outside 1 minute–72 hours.
    ValidityRange { got: String },
    /// A metadata key (in the header) or value (in a row), or too many keys in a row.
    Metadata(Broken),
    /// The same location and metadata as row `first`.
    Duplicate { first: usize },
}

impl fmt::Display for Flaw {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.row, &self.column) {
            (Some(row), Some(column)) => {
                write!(f, "Row {row}, column {}: {}", column.name(), self.fault)
            }
            (Some(row), None) => write!(f, "Row {row}: {}", self.fault),
            (None, _) => self.fault.fmt(f),
        }
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Empty => f.write_str(
                "The file is empty; start with a header row such as location,till and add a row per code.",
            ),
            Fault::NoRows => {
                f.write_str("There are no rows under the header; add a row per code.")
            }
            Fault::TooManyRows { count } => write!(
                f,
                "A batch takes at most {MAX_BATCH} codes (this one has {count}); split it into several batches."
            ),
            Fault::CountRange { n } => {
                write!(f, "Choose from 1 to {MAX_BATCH} codes; {n} is outside that.")
            }
            Fault::NoLocationColumn => f.write_str(
                "Add a column named location to the header, with each row's location name or id.",
            ),
            Fault::ColumnTwice => {
                f.write_str("This column appears twice in the header; rename or remove one of them.")
            }
            Fault::ValidityTwice => {
                f.write_str("Use one validity column, valid_for or expires_in, not both.")
            }
            Fault::Unnamed { letter } => write!(
                f,
                "Column {letter} has values but no name; name it in the header (a metadata key) or empty it."
            ),
            Fault::QuoteOpen => f.write_str(
                "A quote (\") opened in this row is never closed, so the rest of the file is one cell; close or remove it.",
            ),
            Fault::Unreadable => {
                f.write_str("This row cannot be read; save the sheet as CSV again.")
            }
            Fault::LocationMissing => f.write_str("Enter a location: its name or its id."),
            Fault::UnknownLocation { got, closest } => {
                write!(f, "No location is called \"{got}\"; ")?;
                match closest.as_slice() {
                    [] => f.write_str("enter a location's name or id."),
                    [a] => write!(f, "did you mean \"{a}\"?"),
                    [a, b] => write!(f, "did you mean \"{a}\" or \"{b}\"?"),
                    [a, b, c, ..] => write!(f, "did you mean \"{a}\", \"{b}\" or \"{c}\"?"),
                }
            }
            Fault::UnknownLocationId { id } => write!(
                f,
                "None of your locations has the id {id}; enter a location's name or id."
            ),
            Fault::LocationAmbiguous { got, count } => write!(
                f,
                "{count} locations are called \"{got}\"; enter the id of the one you mean."
            ),
            Fault::ValidityForm { got } => write!(
                f,
                "Write how long the code works as minutes (90) or with a unit (90m, 2h, 1d); \"{got}\" is neither."
            ),
            Fault::ValidityRange { got } => write!(
                f,
                "Choose a validity from 1 minute to 72 hours; \"{got}\" is outside that."
            ),
            Fault::Metadata(rule) => rule.fmt(f),
            Fault::Duplicate { first } => write!(
                f,
                "This row repeats row {first} (same location and metadata); remove one, or tell them apart with a column such as till."
            ),
        }
    }
}

impl From<Flaw> for String {
    fn from(flaw: Flaw) -> String {
        flaw.to_string()
    }
}

/// A column's letters as a spreadsheet shows them: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index;
    loop {
        // n % 26 < 26, so the sum stays within the ASCII capitals.
        letters.push(char::from(b'A' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    letters.iter().rev().collect()
}
