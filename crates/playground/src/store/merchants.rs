//! API keys and the merchants they belong to.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use super::{millis, Result, Store};

/// What a key looks like: `kco_test_api_` and 8 or more letters or digits.
pub fn is_test_key(key: &str) -> bool {
    key.strip_prefix("kco_test_api_").is_some_and(|rest| {
        (8..=200).contains(&rest.len()) && rest.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

/// A production key (which the playground refuses, as Kustom's playground would).
pub fn is_live_key(key: &str) -> bool {
    key.starts_with("kco_live_")
}

/// The merchant id a key that nobody registered belongs to: stable for the key.
pub fn derived_merchant_id(key: &str) -> String {
    // FNV-1a: not a secret, only a stable spread of keys over merchant ids.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("PG{:010X}", h & 0xff_ffff_ffff)
}

impl Store {
    /// The merchant of a well-formed test key. A key seen for the first time gets a
    /// merchant of its own with one location, "My Store" (as the Portal sets up).
    pub fn merchant_for_key(&self, key: &str, now: DateTime<Utc>) -> Result<String> {
        let known: Option<String> = self
            .reader()
            .query_row(
                "SELECT merchant_id FROM api_keys WHERE key = ?1",
                [key],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(m) = known {
            return Ok(m);
        }
        let merchant = derived_merchant_id(key);
        let mut c = self.writer();
        let tx = c.transaction()?;
        let new_merchant = tx.execute(
            "INSERT OR IGNORE INTO merchants (id, created_at) VALUES (?1, ?2)",
            params![merchant, millis(now)],
        )? == 1;
        tx.execute(
            "INSERT OR IGNORE INTO api_keys (key, merchant_id) VALUES (?1, ?2)",
            params![key, merchant],
        )?;
        if new_merchant {
            super::locations::insert_location(
                &tx,
                &merchant,
                &super::seed::NewLocation {
                    name: "My Store",
                    street: None,
                    postal_code: None,
                    city: None,
                    country: None,
                },
                now,
            )?;
        }
        // Another key may have been registered for this merchant by a racing request;
        // the table is the truth.
        let m: String = tx.query_row(
            "SELECT merchant_id FROM api_keys WHERE key = ?1",
            [key],
            |r| r.get(0),
        )?;
        tx.commit()?;
        Ok(m)
    }

    /// Registers `key` for `merchant` (seeding), creating the merchant if needed.
    pub fn add_key(&self, merchant: &str, key: &str, now: DateTime<Utc>) -> Result<()> {
        let c = self.writer();
        c.execute(
            "INSERT OR IGNORE INTO merchants (id, created_at) VALUES (?1, ?2)",
            params![merchant, millis(now)],
        )?;
        c.execute(
            "INSERT INTO api_keys (key, merchant_id) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET merchant_id = excluded.merchant_id",
            params![key, merchant],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_shapes() {
        assert!(is_test_key("kco_test_api_DemoMerchantPlaygroundKey"));
        assert!(!is_test_key("kco_test_api_short"));
        assert!(!is_test_key(
            "kco_live_api_elZGI1B5dHBIRWltRjF5cjZrNldnbEVj"
        ));
        assert!(!is_test_key("kco_test_api_has space here"));
        assert!(is_live_key("kco_live_api_elZGI1B5dHBIRWltRjF5cjZrNldnbEVj"));
    }

    #[test]
    fn new_keys_get_a_stable_merchant_with_a_store() {
        let s = Store::open(":memory:").unwrap();
        let now = Utc::now();
        let a = s
            .merchant_for_key("kco_test_api_AAAAAAAAAAAA", now)
            .unwrap();
        assert_eq!(a, derived_merchant_id("kco_test_api_AAAAAAAAAAAA"));
        assert_eq!(
            s.merchant_for_key("kco_test_api_AAAAAAAAAAAA", now)
                .unwrap(),
            a
        );
        let b = s
            .merchant_for_key("kco_test_api_BBBBBBBBBBBB", now)
            .unwrap();
        assert_ne!(a, b);
        let page = s.list_locations(&a, &ipp::ListQuery::default()).unwrap();
        assert_eq!(page.content.len(), 1);
        assert_eq!(page.content[0].name, "My Store");
    }
}
