//! A rule that a value breaks, as data: the API words it in English ([`Display`]), the
//! console in the language it is read in (each variant has a message of its catalogs,
//! and a test there checks that the English one says what [`Display`] says).

use std::fmt;

use crate::metadata::{MAX_FILTERS, MAX_KEYS, MAX_KEY_LEN, MAX_VALUE_LEN};
use crate::rules::{MAX_HARDWARE_ID_LEN, MAX_NAME_LEN};

/// What is wrong with a value, and so what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Broken {
    /// Not a hyphenated UUID; `got` is the value, shortened.
    IdForm {
        got: String,
    },
    NameBlank,
    NameTooLong {
        len: usize,
    },
    NameControl,
    ExpiresTooShort,
    ExpiresTooLong,
    HardwareIdLength,
    HardwareIdChars,
    KeyBlank,
    KeyTooLong {
        len: usize,
    },
    /// A key with a character keys may not use (`' '` is named "a space").
    KeyChar {
        bad: char,
    },
    ValueBlank,
    ValueTooLong {
        len: usize,
    },
    ValueControl,
    /// The key of editor row `row + 1` was already used in row `first + 1`.
    KeyTwice {
        key: String,
        first: usize,
    },
    TooManyKeys {
        count: usize,
    },
    /// A metadata filter without `:`; `got` is as typed, escaped.
    FilterForm {
        got: String,
    },
    /// A filter whose key or value breaks `rule`.
    InFilter {
        filter: String,
        rule: Box<Broken>,
    },
    TooManyFilters {
        count: usize,
    },
    FilterKeyTwice {
        key: String,
    },
}

impl Broken {
    /// The character a [`Broken::KeyChar`] names, as the English text quotes it.
    pub fn shown_char(bad: char) -> String {
        format!("'{}'", bad.escape_default())
    }
}

impl fmt::Display for Broken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Broken::IdForm { got } => write!(
                f,
                "Use an id of the form 550e8400-e29b-41d4-a716-446655440000; \"{got}\" is not one."
            ),
            Broken::NameBlank => f.write_str("Enter a name for the device."),
            Broken::NameTooLong { len } => write!(
                f,
                "Use at most {MAX_NAME_LEN} characters (this name has {len})."
            ),
            Broken::NameControl => {
                f.write_str("A name cannot contain line breaks, tabs or other control characters.")
            }
            Broken::ExpiresTooShort => write!(
                f,
                "Choose at least {} ms (1 minute); expires_in is in milliseconds.",
                crate::rules::MIN_EXPIRES_IN_MS
            ),
            Broken::ExpiresTooLong => write!(
                f,
                "Choose at most {} ms (72 hours); expires_in is in milliseconds.",
                crate::rules::MAX_EXPIRES_IN_MS
            ),
            Broken::HardwareIdLength => write!(
                f,
                "Use 1–{MAX_HARDWARE_ID_LEN} characters for the hardware id."
            ),
            Broken::HardwareIdChars => {
                f.write_str("Use only letters, digits, '.', '_', ':' and '-' in the hardware id.")
            }
            Broken::KeyBlank => f.write_str("Enter a key."),
            Broken::KeyTooLong { len } => write!(
                f,
                "Use at most {MAX_KEY_LEN} characters for a key (this one has {len})."
            ),
            Broken::KeyChar { bad: ' ' } => f.write_str(
                "Keys may only use letters A–Z, digits, '_', '.' and '-'; remove a space.",
            ),
            Broken::KeyChar { bad } => write!(
                f,
                "Keys may only use letters A–Z, digits, '_', '.' and '-'; remove {}.",
                Broken::shown_char(*bad)
            ),
            Broken::ValueBlank => f.write_str("Enter a value (or remove the row)."),
            Broken::ValueTooLong { len } => write!(
                f,
                "Use at most {MAX_VALUE_LEN} characters for a value (this one has {len})."
            ),
            Broken::ValueControl => {
                f.write_str("Values cannot contain control characters such as line breaks or tabs.")
            }
            Broken::KeyTwice { key, first } => {
                write!(f, "The key \"{key}\" is already used in row {}.", first + 1)
            }
            Broken::TooManyKeys { count } => {
                write!(f, "Use at most {MAX_KEYS} keys (there are {count}).")
            }
            Broken::FilterForm { got } => write!(
                f,
                "Write each metadata filter as key:value (for example store_id:123); got \"{got}\"."
            ),
            Broken::InFilter { filter, rule } => write!(f, "In filter \"{filter}\": {rule}"),
            Broken::TooManyFilters { count } => write!(
                f,
                "Use at most {MAX_FILTERS} metadata filters (there are {count})."
            ),
            Broken::FilterKeyTwice { key } => write!(
                f,
                "Filter on each key at most once; \"{key}\" appears twice."
            ),
        }
    }
}

impl From<Broken> for String {
    fn from(b: Broken) -> String {
        b.to_string()
    }
}
