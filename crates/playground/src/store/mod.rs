//! The playground's state, in SQLite: one writer connection and a few readers (WAL), the
//! schema applied by numbered migrations at start, and one method per operation. Every
//! rule that must hold under concurrency (a code is consumed once) is enforced inside a
//! single transaction.

mod devices;
mod enrollments;
mod locations;
pub mod merchants;
mod query;
pub mod seed;

pub(crate) use query::{list_source, most_selective_first, Source};

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, TimeZone, Utc};
use ipp::{FieldErrors, Metadata};
use rusqlite::{Connection, OpenFlags};

pub use devices::TokenRejection;
pub use enrollments::{CodeRejection, RedemptionLimit};

const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_device_counts.sql"),
    include_str!("../../migrations/0003_redemption_failures.sql"),
];

/// Every table of the playground's database.
pub const TABLES: [&str; 9] = [
    "merchants",
    "api_keys",
    "locations",
    "enrollments",
    "enrollment_metadata",
    "devices",
    "device_metadata",
    "revoked_tokens",
    "redemption_failures",
];
const READERS: usize = 4;

/// Why a store operation did not happen.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No such thing for this merchant.
    #[error("there is no such {0} for this merchant")]
    NotFound(&'static str),
    /// The input refers to something that does not exist, or breaks a rule of state.
    #[error("invalid input: {0:?}")]
    Invalid(FieldErrors),
    /// The thing is in a state that does not allow this (e.g. cancelling a used code).
    #[error("{0}")]
    Conflict(String),
    /// A pairing code cannot be used.
    #[error("the code cannot be used: {0:?}")]
    Code(CodeRejection),
    /// This client got too many codes wrong lately; it may try again after these
    /// seconds.
    #[error("too many wrong codes; try again in {0} s")]
    TooManyFailures(u64),
    #[error("database: {0}")]
    Db(#[from] rusqlite::Error),
}

/// Why the database cannot be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("cannot create {path}: {source}")]
    Directory {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("cannot {doing} database {path}: {source}")]
    Database {
        doing: &'static str,
        path: String,
        source: rusqlite::Error,
    },
}

impl StoreError {
    pub(crate) fn invalid(field: &str, message: impl Into<String>) -> Self {
        let mut errors = FieldErrors::new();
        errors.insert(field.to_owned(), message.into());
        StoreError::Invalid(errors)
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Shared handle to the database.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    writer: Mutex<Connection>,
    readers: Vec<Mutex<Connection>>,
    next_reader: AtomicUsize,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, or a private in-memory one for
    /// `:memory:`, and applies pending migrations.
    pub fn open(path: &str) -> std::result::Result<Store, OpenError> {
        let memory = path == ":memory:";
        let db = |doing: &'static str| {
            move |source| OpenError::Database {
                doing,
                path: path.to_owned(),
                source,
            }
        };
        let writer = if memory {
            Connection::open_in_memory()
        } else {
            if let Some(dir) = Path::new(path)
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
            {
                std::fs::create_dir_all(dir).map_err(|source| OpenError::Directory {
                    path: dir.to_owned(),
                    source,
                })?;
            }
            Connection::open(path)
        }
        .map_err(db("open"))?;
        configure(&writer, memory).map_err(db("configure"))?;
        migrate(&writer).map_err(db("migrate"))?;
        let readers = if memory {
            Vec::new()
        } else {
            (0..READERS)
                .map(|_| {
                    let c = Connection::open_with_flags(
                        path,
                        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                    )?;
                    c.busy_timeout(std::time::Duration::from_secs(5))?;
                    c.pragma_update(None, "mmap_size", 1i64 << 30)?;
                    Ok(Mutex::new(c))
                })
                .collect::<rusqlite::Result<Vec<_>>>()
                .map_err(db("open readers of"))?
        };
        Ok(Store {
            inner: Arc::new(Inner {
                writer: Mutex::new(writer),
                readers,
                next_reader: AtomicUsize::new(0),
            }),
        })
    }

    /// The connection for writes (and reads that must see them).
    pub(crate) fn writer(&self) -> MutexGuard<'_, Connection> {
        self.inner.writer.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A connection for reads: a free reader if there is one, else the next in turn.
    pub(crate) fn reader(&self) -> MutexGuard<'_, Connection> {
        let readers = &self.inner.readers;
        if readers.is_empty() {
            return self.writer();
        }
        for r in readers {
            if let Ok(guard) = r.try_lock() {
                return guard;
            }
        }
        let i = self.inner.next_reader.fetch_add(1, Ordering::Relaxed) % readers.len();
        readers[i].lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Rows in one of the playground's tables (for tests and diagnostics).
    pub fn count_rows(&self, table: &str) -> Result<i64> {
        if !TABLES.contains(&table) {
            return Err(StoreError::NotFound("table"));
        }
        Ok(self
            .reader()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    }

    /// Whether the database holds no merchant yet (a new database, to be seeded).
    pub fn is_empty(&self) -> Result<bool> {
        let n: i64 = self
            .reader()
            .query_row("SELECT count(*) FROM merchants", [], |r| r.get(0))?;
        Ok(n == 0)
    }
}

fn configure(c: &Connection, memory: bool) -> rusqlite::Result<()> {
    if !memory {
        // WAL: readers do not block the writer. synchronous=FULL: a commit is on disk
        // before it is acknowledged, so neither kill -9 nor power loss drops it.
        c.pragma_update(None, "journal_mode", "WAL")?;
        c.pragma_update(None, "synchronous", "FULL")?;
        // Reads through the page cache of the OS, without a copy per page.
        c.pragma_update(None, "mmap_size", 1i64 << 30)?;
    }
    c.pragma_update(None, "foreign_keys", "ON")?;
    c.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

/// Applies the migrations newer than the database's `user_version`, each in one
/// transaction with the version bump.
fn migrate(c: &Connection) -> rusqlite::Result<()> {
    let current: usize =
        c.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))? as usize;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        let tx = c.unchecked_transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

pub(crate) fn millis(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub(crate) fn time(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms).single().unwrap_or_default()
}

pub(crate) fn metadata_json(m: &Metadata) -> String {
    serde_json::to_string(m).expect("string maps serialize")
}

pub(crate) fn metadata_from_json(s: &str) -> Metadata {
    serde_json::from_str(s).unwrap_or_default()
}

/// `N` bytes from the operating system's random source.
pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0; N];
    // Without the operating system's randomness nothing here is safe to hand out.
    getrandom::fill(&mut out).expect("the operating system gives random bytes");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ipp::MetadataFilter;

    #[test]
    fn migrations_apply_once() {
        let dir = std::env::temp_dir().join(format!("pg-migrate-{}", uuid::Uuid::new_v4()));
        let path = dir.join("db.sqlite");
        let path = path.to_str().unwrap();
        let s = Store::open(path).unwrap();
        assert!(s.is_empty().unwrap());
        drop(s);
        let s = Store::open(path).unwrap();
        let v: i64 = s
            .writer()
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v as usize, MIGRATIONS.len());
        let mode: String = s
            .writer()
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_most_selective_filter_leads_and_the_order_changes_no_answer() {
        let store = crate::open_store(":memory:", false, 1_200, 0).unwrap();
        let m = crate::DEMO_MERCHANT;
        let sales = MetadataFilter::parse("department:Sales").unwrap(); // 200 devices
        let store_137 = MetadataFilter::parse("store:137").unwrap(); // 6 devices
        let till = MetadataFilter::parse("till:3").unwrap(); // 150 devices
        let filters = [sales.clone(), till.clone(), store_137.clone()];
        let order = most_selective_first(&store.reader(), "device_metadata", m, &filters).unwrap();
        assert_eq!(order[0], &store_137);
        // Whatever order they come in, a list with the same filters is the same list.
        let list = |filters: Vec<MetadataFilter>| {
            let q = ipp::ListQuery {
                metadata: filters,
                page_size: 2,
                ..Default::default()
            };
            store.list_devices(m, &q).unwrap()
        };
        let a = list(vec![sales.clone(), store_137.clone()]);
        let b = list(vec![store_137.clone(), sales.clone()]);
        assert!(a.total_elements > 0);
        assert_eq!(a.total_elements, b.total_elements);
        assert_eq!(a.content, b.content);
        // As seeded (seed.rs): store 100 + 7i mod 200, department (i / 3) mod 6 (1 = Sales).
        let expected = (0..1_200)
            .filter(|i| 100 + (i * 7) % 200 == 137 && (i / 3) % 6 == 1)
            .count();
        assert_eq!(a.total_elements, expected as u64);
    }

    #[test]
    fn random_bytes_differ() {
        let a = random_bytes::<32>();
        let b = random_bytes::<32>();
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
    }
}
