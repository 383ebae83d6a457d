//! Kustom API keys: one per merchant, held in a type that never prints its value.

use std::collections::HashMap;
use std::path::Path;

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

impl ApiKeys {
    pub fn single(merchant: &str, key: &str) -> Result<ApiKeys, String> {
        let mut keys = ApiKeys::default();
        keys.insert(merchant, key)?;
        Ok(keys)
    }

    /// Reads `{"merchant id": "API key", …}`.
    pub fn from_file(path: &Path) -> Result<ApiKeys, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let map: HashMap<String, String> = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{} must be a JSON object of merchant id to API key ({e})",
                path.display()
            )
        })?;
        let mut keys = ApiKeys::default();
        for (merchant, key) in map {
            keys.insert(&merchant, &key)?;
        }
        if keys.0.is_empty() {
            return Err(format!("{} names no merchant", path.display()));
        }
        Ok(keys)
    }

    pub fn insert(&mut self, merchant: &str, key: &str) -> Result<(), String> {
        if merchant.trim().is_empty() || merchant.chars().any(|c| c.is_control()) {
            return Err(format!("\"{merchant}\" is not a merchant id"));
        }
        if key.trim().is_empty() || key.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(format!("the API key of {merchant} is empty or has spaces"));
        }
        self.0.insert(merchant.to_owned(), Secret::new(key));
        Ok(())
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
    fn keys_are_checked() {
        assert!(ApiKeys::single("", "k").is_err());
        assert!(ApiKeys::single("M1", "has space").is_err());
        assert!(ApiKeys::single("M1", "").is_err());
    }
}
