//! Checking rows with the rules of one code: a location of the list, a validity within
//! bounds, metadata as the API takes it, and no row twice.

use std::collections::hash_map::{Entry, HashMap};

use uuid::Uuid;

use crate::metadata::{check_value, Metadata, MAX_KEYS};
use crate::model::Location;
use crate::rules::{check_expires_in, Broken};

use super::{names, BatchItem, Column, Fault, Flaw, SheetRow};

const MINUTE_MS: u64 = 60_000;
const HOUR_MS: u64 = 60 * MINUTE_MS;
const DAY_MS: u64 = 24 * HOUR_MS;

/// Checks every row and sets what it creates, or its problems.
pub(crate) fn check_rows(rows: &mut [SheetRow], locations: &[Location]) {
    let names = names::Names::new(locations);
    let mut seen: HashMap<(Uuid, Metadata), usize> = HashMap::new();
    for row in rows.iter_mut() {
        let draft = &row.draft;
        let mut flaws = Vec::new();
        let at = |column, fault| Flaw::at(draft.row, Some(column), fault);
        let location = match names.resolve(&draft.location) {
            Ok(id) => Some(id),
            Err(fault) => {
                flaws.push(at(Column::Location, fault));
                None
            }
        };
        let expires_in = match draft.validity.as_str() {
            "" => None,
            cell => match parse_validity(cell) {
                Ok(ms) => Some(ms),
                Err(fault) => {
                    flaws.push(at(Column::Validity, fault));
                    None
                }
            },
        };
        for (key, value) in &draft.metadata {
            if let Err(rule) = check_value(value) {
                flaws.push(at(Column::Key(key.clone()), Fault::Metadata(rule)));
            }
        }
        if draft.metadata.len() > MAX_KEYS {
            let rule = Broken::TooManyKeys {
                count: draft.metadata.len(),
            };
            flaws.push(Flaw::at(draft.row, None, Fault::Metadata(rule)));
        }
        if let Some(id) = location {
            match seen.entry((id, draft.metadata.clone())) {
                Entry::Occupied(first) => {
                    let fault = Fault::Duplicate {
                        first: *first.get(),
                    };
                    flaws.push(Flaw::at(draft.row, None, fault));
                }
                Entry::Vacant(entry) => {
                    entry.insert(draft.row);
                }
            }
        }
        row.item = match (location, flaws.is_empty()) {
            (Some(location_id), true) => Some(BatchItem {
                location_id,
                metadata: draft.metadata.clone(),
                expires_in,
            }),
            _ => None,
        };
        row.flaws = flaws;
    }
}

/// How long a code works, in milliseconds, as a sheet writes it: a number of minutes
/// (`90`), a number with a unit (`90m`, `90 min`, `2h`, `24 hours`, `1d`; any case), or
/// hours and minutes (`2:30`, `02:30:00`); from 1 minute to 72 hours.
pub fn parse_validity(cell: &str) -> Result<u64, Fault> {
    let text = cell.trim();
    let form = || Fault::ValidityForm {
        got: names::shown(text),
    };
    let range = || Fault::ValidityRange {
        got: names::shown(text),
    };
    let ms = if text.contains(':') {
        clock(text).ok_or_else(form)?
    } else {
        let digits = text
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len());
        let (number, unit) = text.split_at(digits);
        let unit_ms = match unit.trim().to_ascii_lowercase().as_str() {
            "" | "m" | "min" | "mins" | "minute" | "minutes" => MINUTE_MS,
            "h" | "hr" | "hrs" | "hour" | "hours" => HOUR_MS,
            "d" | "day" | "days" => DAY_MS,
            _ => return Err(form()),
        };
        if number.is_empty() {
            return Err(form());
        }
        // Only digits: the one way not to parse is a number too large for u64.
        let n: u64 = number.parse().map_err(|_| range())?;
        n.checked_mul(unit_ms).ok_or_else(range)?
    };
    check_expires_in(ms).map_err(|_| range())?;
    Ok(ms)
}

/// `h:mm` or `h:mm:ss` (as a spreadsheet writes a duration) in milliseconds.
fn clock(text: &str) -> Option<u64> {
    let parts: Vec<&str> = text.split(':').collect();
    let number = |s: &str| -> Option<u64> {
        (!s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let sixty = |s: &str| number(s).filter(|n| s.len() == 2 && *n < 60);
    let (h, m, s) = match parts.as_slice() {
        [h, m] => (number(h)?, sixty(m)?, 0),
        [h, m, s] => (number(h)?, sixty(m)?, sixty(s)?),
        _ => return None,
    };
    // At most 6 digits of hours: far inside u64 in milliseconds.
    Some(h * HOUR_MS + m * MINUTE_MS + s * 1000)
}
