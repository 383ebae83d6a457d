//! Demo data: three Swedish stores of one merchant with a dozen phones and two pending
//! codes, a second merchant (to see that merchants never see each other's data), and
//! bulk fake devices for benchmarks.

use chrono::{DateTime, Duration, Utc};
use ipp::{CreateEnrollment, Metadata, Platform, Uuid};
use rusqlite::TransactionBehavior;

use super::devices::{insert_device, NewDevice};
use super::{Result, Store};

/// The demo merchant and its playground API key.
pub const DEMO_MERCHANT: &str = "DM10000001";
pub const DEMO_KEY: &str = "kco_test_api_DemoMerchantPlaygroundKey";
/// A second merchant, to show isolation.
pub const OTHER_MERCHANT: &str = "DM10000002";
pub const OTHER_KEY: &str = "kco_test_api_SecondMerchantPlaygroundKey";

/// A location to add.
pub struct NewLocation<'a> {
    pub name: &'a str,
    pub street: Option<&'a str>,
    pub postal_code: Option<&'a str>,
    pub city: Option<&'a str>,
    pub country: Option<&'a str>,
}

const STORES: [(&str, &str, &str, &str, &str); 3] = [
    (
        "Malmö Centrum",
        "Södra Förstadsgatan 12",
        "211 43",
        "Malmö",
        "104",
    ),
    (
        "Göteborg Nordstan",
        "Nordstadstorget 6",
        "411 05",
        "Göteborg",
        "112",
    ),
    (
        "Stockholm Drottninggatan",
        "Drottninggatan 45",
        "111 21",
        "Stockholm",
        "101",
    ),
];

/// (store index, name, platform, department, till)
const DEVICES: [(usize, &str, Platform, &str, Option<&str>); 12] = [
    (0, "Malmö Till 1", Platform::Ios, "Checkout", Some("1")),
    (0, "Malmö Till 2", Platform::Ios, "Checkout", Some("2")),
    (0, "Malmö Café", Platform::Android, "Café", None),
    (0, "Malmö Floor 1", Platform::Android, "Sales", None),
    (1, "Göteborg Till 1", Platform::Ios, "Checkout", Some("1")),
    (
        1,
        "Göteborg Till 2",
        Platform::Android,
        "Checkout",
        Some("2"),
    ),
    (1, "Göteborg Till 3", Platform::Ios, "Checkout", Some("3")),
    (1, "Göteborg Returns", Platform::Android, "Returns", None),
    (2, "Stockholm Till 1", Platform::Ios, "Checkout", Some("1")),
    (2, "Stockholm Till 2", Platform::Ios, "Checkout", Some("2")),
    (2, "Stockholm Floor 2", Platform::Android, "Sales", None),
    (2, "Stockholm Fitting rooms", Platform::Ios, "Sales", None),
];

fn meta(pairs: &[(&str, &str)]) -> Metadata {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

impl Store {
    /// Seeds the demo merchants (once: call it on an empty database).
    pub fn seed_demo(&self, now: DateTime<Utc>) -> Result<()> {
        self.add_key(DEMO_MERCHANT, DEMO_KEY, now - Duration::days(60))?;
        let mut locations = Vec::new();
        for (i, (name, street, postal, city, _)) in STORES.iter().enumerate() {
            let id = self.add_location(
                DEMO_MERCHANT,
                &NewLocation {
                    name,
                    street: Some(street),
                    postal_code: Some(postal),
                    city: Some(city),
                    country: Some("SE"),
                },
                now - Duration::days(60) + Duration::minutes(i as i64),
            )?;
            locations.push(id);
        }
        {
            let mut c = self.writer();
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            for (i, (store, name, platform, department, till)) in DEVICES.iter().enumerate() {
                let mut m = meta(&[("store", STORES[*store].4), ("department", department)]);
                if let Some(t) = till {
                    m.insert("till".into(), (*t).to_owned());
                }
                let hw = format!(
                    "{}-{:06X}",
                    if *platform == Platform::Ios {
                        "IPH"
                    } else {
                        "AND"
                    },
                    0x3A_0000 + i * 7919
                );
                insert_device(
                    &tx,
                    &NewDevice {
                        merchant: DEMO_MERCHANT,
                        hardware_id: &hw,
                        location_id: Some(locations[*store]),
                        name,
                        platform: *platform,
                        metadata: &m,
                        enrollment_id: None,
                    },
                    now - Duration::days(45) + Duration::hours(i as i64 * 61),
                )?;
            }
            tx.commit()?;
        }
        self.create_enrollment(
            DEMO_MERCHANT,
            &CreateEnrollment {
                metadata: meta(&[("store", "112"), ("department", "Checkout"), ("till", "4")]),
                expires_in: Some(2 * 3600 * 1000),
                location_id: Some(locations[1]),
            },
            now - Duration::minutes(20),
        )?;
        self.create_enrollment(
            DEMO_MERCHANT,
            &CreateEnrollment {
                metadata: meta(&[("store", "101"), ("department", "Sales")]),
                expires_in: Some(24 * 3600 * 1000),
                location_id: Some(locations[2]),
            },
            now - Duration::hours(3),
        )?;

        self.add_key(OTHER_MERCHANT, OTHER_KEY, now - Duration::days(30))?;
        let oslo = self.add_location(
            OTHER_MERCHANT,
            &NewLocation {
                name: "Oslo Karl Johan",
                street: Some("Karl Johans gate 16"),
                postal_code: Some("0154"),
                city: Some("Oslo"),
                country: Some("NO"),
            },
            now - Duration::days(30),
        )?;
        insert_device(
            &self.writer(),
            &NewDevice {
                merchant: OTHER_MERCHANT,
                hardware_id: "IPH-0510AA",
                location_id: Some(oslo),
                name: "Oslo Till 1",
                platform: Platform::Ios,
                metadata: &meta(&[("store", "7"), ("department", "Checkout"), ("till", "1")]),
                enrollment_id: None,
            },
            now - Duration::days(29),
        )?;
        Ok(())
    }

    /// Adds `n` fake devices to `merchant`, spread over its locations with store,
    /// department and till metadata (200 stores × 6 departments × 8 tills).
    pub fn seed_devices(&self, merchant: &str, n: usize, now: DateTime<Utc>) -> Result<()> {
        const DEPARTMENTS: [&str; 6] = [
            "Checkout",
            "Sales",
            "Café",
            "Returns",
            "Warehouse",
            "Fitting rooms",
        ];
        let locations: Vec<Uuid> = self
            .list_locations(
                merchant,
                &ipp::ListQuery {
                    page_size: 100,
                    ..Default::default()
                },
            )?
            .content
            .into_iter()
            .map(|l| l.id)
            .collect();
        let mut c = self.writer();
        // One transaction for the whole fleet: its pages stay in memory instead of
        // spilling to the WAL and being read back (a fleet of 100,000 is ~60 MB).
        let cache: i64 = c.pragma_query_value(None, "cache_size", |r| r.get(0))?;
        c.pragma_update(None, "cache_size", -262_144)?;
        let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for i in 0..n {
            let store = 100 + (i * 7) % 200;
            let department = DEPARTMENTS[(i / 3) % DEPARTMENTS.len()];
            let till = 1 + (i / 5) % 8;
            let m = meta(&[
                ("store", &store.to_string()),
                ("department", department),
                ("till", &till.to_string()),
            ]);
            let platform = if i % 3 == 0 {
                Platform::Android
            } else {
                Platform::Ios
            };
            insert_device(
                &tx,
                &NewDevice {
                    merchant,
                    hardware_id: &format!("BULK-{i:08}"),
                    location_id: locations.get(store % locations.len().max(1)).copied(),
                    name: &format!("Store {store} {department} {till}"),
                    platform,
                    metadata: &m,
                    enrollment_id: None,
                },
                now - Duration::seconds((n - i) as i64),
            )?;
        }
        tx.commit()?;
        c.pragma_update(None, "cache_size", cache)?;
        // Moves the fleet into the database file and empties the WAL: readers then find
        // the pages through the memory map, not by looking each up in a large WAL.
        c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}
