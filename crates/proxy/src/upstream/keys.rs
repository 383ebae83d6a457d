//! Kustom API keys: one per merchant, held in a type that never prints its value.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A secret string: `Debug` and `Display` print `[redacted]`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}

impl std::fmt::Display for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Merchant id → API key.
#[derive(Debug, Clone, Default)]
pub struct ApiKeys(HashMap<String, Secret>);

/// Why the API keys cannot be used; never says a key.
#[derive(Debug, thiserror::Error)]
pub enum KeysError {
    #[error("cannot read {path}: {source}")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    /// serde's own message may quote the file (a key is a string like any other): only
    /// the place is told.
    #[error("{path} must be a JSON object of merchant id to API key, {{\"M1\": \"kco_live_api_…\"}}: it is not, at line {line} column {column}")]
    NotAnObject {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("{path} line {line}: the API key of merchant {merchant:?} is not a string")]
    NotAString {
        path: PathBuf,
        line: usize,
        merchant: String,
    },
    #[error("{path} line {line}: merchant {merchant:?} is named twice")]
    Twice {
        path: PathBuf,
        line: usize,
        merchant: String,
    },
    #[error("{path} line {line}: {source}")]
    Entry {
        path: PathBuf,
        line: usize,
        source: Box<KeysError>,
    },
    #[error("{0} names no merchant")]
    Empty(PathBuf),
    #[error("{0:?} is not a merchant id")]
    NotAMerchant(String),
    #[error("the API key of merchant {0:?} is empty or has spaces")]
    BadKey(String),
}

impl ApiKeys {
    pub fn single(merchant: &str, key: &str) -> Result<ApiKeys, KeysError> {
        let mut keys = ApiKeys::default();
        keys.insert(merchant, key)?;
        Ok(keys)
    }

    /// Reads `{"merchant id": "API key", …}`. A file that is wrong is reported by line
    /// and merchant id, never by its content: it is full of secrets.
    pub fn from_file(path: &Path) -> Result<ApiKeys, KeysError> {
        let text = std::fs::read_to_string(path).map_err(|source| KeysError::Unreadable {
            path: path.to_owned(),
            source,
        })?;
        let entries: Entries = serde_json::from_str(&text).map_err(|e| KeysError::NotAnObject {
            path: path.to_owned(),
            line: e.line(),
            column: e.column(),
        })?;
        let mut keys = ApiKeys::default();
        for (merchant, value) in entries.0 {
            let line = line_of(&text, &merchant);
            let Some(key) = value.as_str() else {
                return Err(KeysError::NotAString {
                    path: path.to_owned(),
                    line,
                    merchant,
                });
            };
            if keys.0.contains_key(&merchant) {
                return Err(KeysError::Twice {
                    path: path.to_owned(),
                    line,
                    merchant,
                });
            }
            keys.insert(&merchant, key)
                .map_err(|source| KeysError::Entry {
                    path: path.to_owned(),
                    line,
                    source: Box::new(source),
                })?;
        }
        if keys.0.is_empty() {
            return Err(KeysError::Empty(path.to_owned()));
        }
        Ok(keys)
    }

    pub fn insert(&mut self, merchant: &str, key: &str) -> Result<(), KeysError> {
        if merchant.trim().is_empty() || merchant.chars().any(|c| c.is_control()) {
            return Err(KeysError::NotAMerchant(merchant.to_owned()));
        }
        if key.trim().is_empty() || key.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(KeysError::BadKey(merchant.to_owned()));
        }
        self.0.insert(merchant.to_owned(), Secret::new(key));
        Ok(())
    }

    /// Whether any key is a live one (`kco_live_`), which moves real money.
    pub fn live_merchants(&self) -> impl Iterator<Item = &str> {
        self.0
            .iter()
            .filter(|(_, k)| k.expose().starts_with("kco_live_"))
            .map(|(m, _)| m.as_str())
    }

    pub fn get(&self, merchant: &str) -> Option<&Secret> {
        self.0.get(merchant)
    }

    pub fn merchants(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The members of the keys file in their order, duplicates kept (a map would keep the
/// last silently).
struct Entries(Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for Entries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Entries;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object of merchant id to API key")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Entries, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    out.push(entry);
                }
                Ok(Entries(out))
            }
        }
        d.deserialize_map(Visitor)
    }
}

/// The line where `"merchant"` first appears as a key in `text` (1 when it cannot be told).
fn line_of(text: &str, merchant: &str) -> usize {
    let quoted = serde_json::to_string(merchant).unwrap_or_default();
    text.find(&quoted)
        .map_or(1, |at| text[..at].matches('\n').count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_print() {
        let keys = ApiKeys::single("M1", "kco_live_api_verysecret").unwrap();
        let shown = format!("{keys:?} {}", keys.get("M1").unwrap());
        assert!(!shown.contains("verysecret"), "{shown}");
        assert_eq!(keys.get("M1").unwrap().expose(), "kco_live_api_verysecret");
    }

    #[test]
    fn a_bad_keys_file_is_told_by_line_and_merchant_never_by_content() {
        let dir = std::env::temp_dir().join(format!("keys-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let cases = [
            (
                "{\n  \"M1\": \"kco_live_api_secret1\",\n  \"M2\": 12345678\n}",
                "line 3: the API key of merchant \"M2\" is not a string",
            ),
            (
                "{\"M1\": \"kco_live_api_secret1\",\n\"M1\": \"kco_live_api_secret2\"}",
                "line 1: merchant \"M1\" is named twice",
            ),
            (
                "{\"M1\": \"kco_live_api_secret1\"\n\"M2\": \"kco_live_api_secret2\"}",
                "at line 2 column 1",
            ),
            ("[\"kco_live_api_secret1\"]", "at line 1 column"),
            (
                "{\"M1\": \"kco_live api_secret1\"}",
                "line 1: the API key of merchant \"M1\" is empty or has spaces",
            ),
            ("{}", "names no merchant"),
        ];
        for (i, (text, says)) in cases.iter().enumerate() {
            let path = dir.join(format!("{i}.json"));
            std::fs::write(&path, text).unwrap();
            let e = ApiKeys::from_file(&path).unwrap_err().to_string();
            assert!(e.contains(says), "{text}: {e}");
            for secret in ["secret", "12345678"] {
                assert!(!e.contains(secret), "{text}: {e}");
            }
        }
    }

    #[test]
    fn keys_are_checked() {
        assert!(ApiKeys::single("", "k").is_err());
        assert!(ApiKeys::single("M1", "has space").is_err());
        assert!(ApiKeys::single("M1", "").is_err());
    }
}
