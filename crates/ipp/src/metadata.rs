//! Metadata: the key-value pairs an enrollment carries onto its device, and the
//! `key:value` filters of the list endpoints.
//!
//! Limits (ours; the upstream documents none, so we pick conservative ones that every
//! layer enforces the same way):
//! - at most [`MAX_KEYS`] keys per object;
//! - a key is 1–[`MAX_KEY_LEN`] characters of `A–Z a–z 0–9 _ . -`;
//! - a value is 1–[`MAX_VALUE_LEN`] characters with no control characters;
//! - a list query takes at most [`MAX_FILTERS`] filters, with no key twice.

use std::collections::BTreeMap;

use crate::problem::FieldErrors;
use crate::rules::Broken;

pub use crate::lenient::lenient_metadata;

pub const MAX_KEYS: usize = 20;
pub const MAX_KEY_LEN: usize = 40;
pub const MAX_VALUE_LEN: usize = 500;
pub const MAX_FILTERS: usize = 5;

/// Metadata as sent and stored: keys sorted, so equal metadata serializes equally.
pub type Metadata = BTreeMap<String, String>;

/// Why a key is not acceptable, as a sentence that says what to do.
pub fn check_key(key: &str) -> Result<(), Broken> {
    let len = key.chars().count();
    if len == 0 {
        return Err(Broken::KeyBlank);
    }
    if len > MAX_KEY_LEN {
        return Err(Broken::KeyTooLong { len });
    }
    if let Some(bad) = key
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
    {
        return Err(Broken::KeyChar { bad });
    }
    Ok(())
}

/// Why a value is not acceptable.
pub fn check_value(value: &str) -> Result<(), Broken> {
    if value.is_empty() {
        return Err(Broken::ValueBlank);
    }
    crate::rules::check_text(
        value,
        MAX_VALUE_LEN,
        |len| Broken::ValueTooLong { len },
        Broken::ValueControl,
    )
}

/// Every key of `before` and `after`, once, in order, with its value in each: how two
/// metadata objects differ is read from it.
pub fn paired<'a>(
    before: &'a Metadata,
    after: &'a Metadata,
) -> impl Iterator<Item = (&'a String, Option<&'a String>, Option<&'a String>)> {
    let keys: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    keys.into_iter()
        .map(move |k| (k, before.get(k), after.get(k)))
}

/// Validates a metadata object; errors are keyed `metadata` (the whole object) or
/// `metadata.<key>` (one entry).
pub fn validate_metadata(metadata: &Metadata, errors: &mut FieldErrors) {
    if metadata.len() > MAX_KEYS {
        errors.insert(
            "metadata".into(),
            Broken::TooManyKeys {
                count: metadata.len(),
            }
            .into(),
        );
    }
    for (key, value) in metadata {
        let field = format!("metadata.{}", display_key(key));
        if let Err(msg) = check_key(key).and_then(|()| check_value(value)) {
            errors.entry(field).or_insert(msg.into());
        }
    }
}

/// Keys are shown in field names; keep absurd keys short and printable there.
fn display_key(key: &str) -> String {
    let shown: String = key
        .chars()
        .take(MAX_KEY_LEN)
        .collect::<String>()
        .escape_default()
        .to_string();
    if key.chars().count() > MAX_KEY_LEN {
        format!("{shown}…")
    } else {
        shown
    }
}

/// What is wrong with one row of a metadata editor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowError {
    pub key: Option<Broken>,
    pub value: Option<Broken>,
}

impl RowError {
    pub fn is_ok(&self) -> bool {
        self.key.is_none() && self.value.is_none()
    }
}

/// Validates editor rows (which, unlike a map, can repeat a key). Returns one entry per
/// row, and a message for the whole list when it has too many rows.
pub fn validate_rows(rows: &[(String, String)]) -> (Vec<RowError>, Option<Broken>) {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let row_errors = rows
        .iter()
        .enumerate()
        .map(|(i, (key, value))| {
            let mut e = RowError {
                key: check_key(key).err(),
                value: check_value(value).err(),
            };
            if e.key.is_none() {
                if let Some(first) = seen.get(key.as_str()) {
                    e.key = Some(Broken::KeyTwice {
                        key: key.clone(),
                        first: *first,
                    });
                } else {
                    seen.insert(key, i);
                }
            }
            e
        })
        .collect();
    let whole = (rows.len() > MAX_KEYS).then_some(Broken::TooManyKeys { count: rows.len() });
    (row_errors, whole)
}

/// One `key:value` filter of a list query.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MetadataFilter {
    pub key: String,
    pub value: String,
}

impl MetadataFilter {
    /// Parses `key:value` (the value may itself contain `:`).
    pub fn parse(raw: &str) -> Result<Self, Broken> {
        let Some((key, value)) = raw.split_once(':') else {
            return Err(Broken::FilterForm {
                got: raw.escape_default().to_string(),
            });
        };
        let within = |rule| Broken::InFilter {
            filter: raw.escape_default().to_string(),
            rule: Box::new(rule),
        };
        check_key(key).map_err(within)?;
        check_value(value).map_err(within)?;
        Ok(MetadataFilter {
            key: key.to_owned(),
            value: value.to_owned(),
        })
    }

    pub fn matches(&self, metadata: &Metadata) -> bool {
        metadata.get(&self.key) == Some(&self.value)
    }
}

impl std::fmt::Display for MetadataFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.key, self.value)
    }
}

/// Checks a set of filters together: at most [`MAX_FILTERS`], no key twice.
pub fn check_filters(filters: &[MetadataFilter]) -> Result<(), Broken> {
    if filters.len() > MAX_FILTERS {
        return Err(Broken::TooManyFilters {
            count: filters.len(),
        });
    }
    let mut keys: Vec<&str> = filters.iter().map(|f| f.key.as_str()).collect();
    keys.sort_unstable();
    if let Some(w) = keys.windows(2).find(|w| w[0] == w[1]) {
        return Err(Broken::FilterKeyTwice {
            key: w[0].to_owned(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_accept_the_documented_alphabet() {
        for ok in ["store_id", "a", "A.b-c_9", &"k".repeat(MAX_KEY_LEN)] {
            assert_eq!(check_key(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn keys_reject_empty_long_and_foreign_characters() {
        assert!(check_key("")
            .unwrap_err()
            .to_string()
            .contains("Enter a key"));
        assert!(check_key(&"k".repeat(MAX_KEY_LEN + 1))
            .unwrap_err()
            .to_string()
            .contains("at most 40"));
        assert!(check_key("store id")
            .unwrap_err()
            .to_string()
            .contains("remove a space"));
        assert!(check_key("store:id")
            .unwrap_err()
            .to_string()
            .contains("':'"));
        assert!(check_key("bütik")
            .unwrap_err()
            .to_string()
            .contains("'\\u{fc}'"));
        assert!(check_key("a\nb").is_err());
    }

    #[test]
    fn values_accept_text_up_to_the_limit() {
        for ok in ["123", "Malmö centrum", "a:b:c", &"v".repeat(MAX_VALUE_LEN)] {
            assert_eq!(check_value(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn values_reject_empty_long_and_control_characters() {
        assert!(check_value("").is_err());
        assert!(check_value(&"v".repeat(MAX_VALUE_LEN + 1))
            .unwrap_err()
            .to_string()
            .contains("500"));
        assert!(check_value("line\nbreak")
            .unwrap_err()
            .to_string()
            .contains("control"));
        assert!(check_value("tab\there").is_err());
        assert!(check_value("nul\0").is_err());
    }

    #[test]
    fn a_metadata_object_is_limited_in_size() {
        let ok: Metadata = (0..MAX_KEYS)
            .map(|i| (format!("k{i}"), "v".into()))
            .collect();
        let mut errors = FieldErrors::new();
        validate_metadata(&ok, &mut errors);
        assert!(errors.is_empty());

        let too_many: Metadata = (0..=MAX_KEYS)
            .map(|i| (format!("k{i}"), "v".into()))
            .collect();
        validate_metadata(&too_many, &mut errors);
        assert!(errors["metadata"].contains("at most 20 keys"));
    }

    #[test]
    fn a_metadata_object_names_the_bad_entry() {
        let m: Metadata = [
            ("good".into(), "x".into()),
            ("bad key".into(), "x".into()),
            ("empty".into(), String::new()),
        ]
        .into_iter()
        .collect();
        let mut errors = FieldErrors::new();
        validate_metadata(&m, &mut errors);
        assert_eq!(errors.len(), 2);
        assert!(errors.contains_key("metadata.bad key"));
        assert!(errors.contains_key("metadata.empty"));
    }

    #[test]
    fn rows_report_duplicates_against_the_first_use() {
        let rows = vec![
            ("store".to_owned(), "1".to_owned()),
            ("till".to_owned(), "2".to_owned()),
            ("store".to_owned(), "3".to_owned()),
            ("".to_owned(), "".to_owned()),
        ];
        let (errs, whole) = validate_rows(&rows);
        assert!(whole.is_none());
        assert!(errs[0].is_ok() && errs[1].is_ok());
        assert!(errs[2]
            .key
            .as_ref()
            .unwrap()
            .to_string()
            .contains("already used in row 1"));
        assert!(errs[3].key.is_some() && errs[3].value.is_some());
    }

    #[test]
    fn rows_beyond_the_limit_are_reported_for_the_whole_list() {
        let rows: Vec<_> = (0..=MAX_KEYS)
            .map(|i| (format!("k{i}"), "v".to_owned()))
            .collect();
        let (errs, whole) = validate_rows(&rows);
        assert!(errs.iter().all(RowError::is_ok));
        assert!(whole.unwrap().to_string().contains("at most 20"));
    }

    #[test]
    fn filters_parse_key_colon_value() {
        let f = MetadataFilter::parse("store_id:123").unwrap();
        assert_eq!((f.key.as_str(), f.value.as_str()), ("store_id", "123"));
        assert_eq!(
            MetadataFilter::parse("url:http://x").unwrap().value,
            "http://x"
        );
        assert_eq!(f.to_string(), "store_id:123");
    }

    #[test]
    fn filters_reject_missing_colon_bad_key_and_empty_value() {
        assert!(MetadataFilter::parse("store_id")
            .unwrap_err()
            .to_string()
            .contains("key:value"));
        assert!(MetadataFilter::parse(":123")
            .unwrap_err()
            .to_string()
            .contains("Enter a key"));
        assert!(MetadataFilter::parse("store id:1").is_err());
        assert!(MetadataFilter::parse("store:")
            .unwrap_err()
            .to_string()
            .contains("Enter a value"));
    }

    #[test]
    fn filter_sets_are_limited_and_unique() {
        let f = |s: &str| MetadataFilter::parse(s).unwrap();
        let five: Vec<_> = (0..5).map(|i| f(&format!("k{i}:v"))).collect();
        assert_eq!(check_filters(&five), Ok(()));
        let six: Vec<_> = (0..6).map(|i| f(&format!("k{i}:v"))).collect();
        assert!(check_filters(&six)
            .unwrap_err()
            .to_string()
            .contains("at most 5"));
        assert!(check_filters(&[f("a:1"), f("b:1"), f("a:2")])
            .unwrap_err()
            .to_string()
            .contains("\"a\" appears twice"));
    }

    #[test]
    fn filters_match_exact_values() {
        let m: Metadata = [("store".into(), "12".into())].into_iter().collect();
        assert!(MetadataFilter::parse("store:12").unwrap().matches(&m));
        assert!(!MetadataFilter::parse("store:1").unwrap().matches(&m));
        assert!(!MetadataFilter::parse("till:12").unwrap().matches(&m));
    }
}
