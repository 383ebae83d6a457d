//! A batch of pairing codes, a store rollout (`/enrollments/batch`): many codes at once,
//! from a sheet (CSV, uploaded or pasted) or as "N codes for this location" numbered by
//! a metadata key. Every row is checked with the rules of one code before anything is
//! created, and each problem names the row and column to fix; what a batch creates is the
//! `items` of a `create_enrollments` job (`POST /api/jobs`).
//!
//! A sheet has a header row: `location` (a location's name, in any case and with or
//! without accents, or its id), optionally `valid_for` or `expires_in` (minutes, or a
//! number with a unit: `90m`, `2h`, `24 h`, `1d`, or `h:mm`), and any other column is a
//! metadata key whose empty cells leave the key off that row. The columns a batch's
//! export adds (`state`, `device`, `code`) are left aside, so an export reads again.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::metadata::{check_key, Metadata};

mod check;
mod fault;
mod names;
mod read;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_locations;
#[cfg(test)]
mod tests_read;

pub use check::parse_validity;
pub use fault::{column_letter, Column, Fault, Flaw};
pub use names::CLOSEST;
pub use read::{guard, read_csv, REPORT_COLUMNS};

/// Most codes one batch creates (and most items of a `create_enrollments` job).
pub const MAX_BATCH: usize = 500;
/// The location column's name.
pub const LOCATION: &str = "location";
/// The validity column's name ([`EXPIRES_IN`] is read alike).
pub const VALID_FOR: &str = "valid_for";
/// The validity column's other name, as the API calls the field.
pub const EXPIRES_IN: &str = "expires_in";

/// One code to create: an item of `create_enrollments` (`{location_id, metadata,
/// expires_in}`; `expires_in` in milliseconds, left out for the upstream's default).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchItem {
    pub location_id: Uuid,
    #[serde(default)]
    pub metadata: Metadata,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<u64>,
}

/// A row as the sheet writes it (each cell trimmed, the formula guard undone), to be
/// checked, and fixed in place.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// The row as the spreadsheet numbers it (the header is row 1).
    pub row: usize,
    /// A location's name or id.
    pub location: String,
    /// How long the code works; empty for the default.
    pub validity: String,
    /// The row's non-empty cells of the metadata columns.
    pub metadata: Metadata,
}

/// A row with what it creates, or what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    pub draft: Draft,
    /// What the row creates, when nothing is wrong with it.
    pub item: Option<BatchItem>,
    pub flaws: Vec<Flaw>,
}

/// A batch as read and checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BatchSheet {
    /// The metadata columns, in the sheet's order.
    pub keys: Vec<String>,
    /// The data rows, in order (rows of empty cells left out).
    pub rows: Vec<SheetRow>,
    /// Problems of the file and its header, found when it was read.
    pub file: Vec<Flaw>,
    /// No rows, or more than [`MAX_BATCH`].
    pub size: Option<Flaw>,
}

impl BatchSheet {
    /// Checks the rows again, after they were fixed, added or removed in place (the
    /// file's own problems stay until it is read again).
    pub fn recheck(&mut self, locations: &[crate::Location]) {
        check::check_rows(&mut self.rows, locations);
        let fatal = self
            .file
            .iter()
            .any(|f| matches!(f.fault, Fault::Empty | Fault::NoLocationColumn));
        self.size = match self.rows.len() {
            0 if fatal => None,
            0 => Some(Flaw::whole(Fault::NoRows)),
            count if count > MAX_BATCH => Some(Flaw::whole(Fault::TooManyRows { count })),
            _ => None,
        };
    }

    /// Every problem, in order: the file's, the batch's size, then row by row.
    pub fn flaws(&self) -> impl Iterator<Item = &Flaw> {
        self.file
            .iter()
            .chain(&self.size)
            .chain(self.rows.iter().flat_map(|r| &r.flaws))
    }

    /// What to create, once nothing is wrong: every row's item, in order.
    pub fn items(&self) -> Option<Vec<BatchItem>> {
        if self.file.is_empty() && self.size.is_none() {
            self.rows.iter().map(|r| r.item.clone()).collect()
        } else {
            None
        }
    }
}

/// "N codes for this location": `n` items whose metadata `key` numbers them `first`,
/// `first + 1`, … (a till, a phone), each with the upstream's default validity.
pub fn rows_for(
    location_id: Uuid,
    n: usize,
    key: &str,
    first: u32,
) -> Result<Vec<BatchItem>, Fault> {
    if n == 0 || n > MAX_BATCH {
        return Err(Fault::CountRange { n });
    }
    check_key(key).map_err(Fault::Metadata)?;
    // n ≤ MAX_BATCH, so the numbers stay far inside u64.
    Ok((0..n as u64)
        .map(|i| BatchItem {
            location_id,
            metadata: [(key.to_owned(), (u64::from(first) + i).to_string())]
                .into_iter()
                .collect(),
            expires_in: None,
        })
        .collect())
}
