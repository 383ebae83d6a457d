//! The console database (DESIGN, "The console database"): what Kustom does not keep —
//! the activity trail, bulk jobs (batches of pairing codes among them) and sign-in
//! sessions. SQLite (a file in the data directory) by default; PostgreSQL for several
//! replicas (`--database-url postgres://…`). One set of migrations
//! (`crates/proxy/migrations`, portable SQL), applied at start. Through sqlx's `Any`
//! driver, so one code path serves both.

pub mod activity;
pub mod jobs;
pub mod reconcile;
pub mod sessions;

use std::borrow::Cow;
use std::time::Duration;

use sqlx::any::AnyPoolOptions;
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::AnyPool;
use sqlx::SqlSafeStr;
use uuid::Uuid;

use crate::error::AppError;

/// The migrations, oldest first: (version, description, SQL).
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "activity",
        include_str!("../../migrations/0001_activity.sql"),
    ),
    (
        2,
        "device origins",
        include_str!("../../migrations/0002_device_origins.sql"),
    ),
    (3, "jobs", include_str!("../../migrations/0003_jobs.sql")),
    (
        4,
        "sessions",
        include_str!("../../migrations/0004_sessions.sql"),
    ),
    (
        5,
        "job codes",
        include_str!("../../migrations/0005_job_codes.sql"),
    ),
];

/// The migrations as sqlx runs them.
pub fn migrator() -> Migrator {
    let migrations: Vec<Migration> = MIGRATIONS
        .iter()
        .map(|(version, description, sql)| {
            Migration::new(
                *version,
                Cow::Borrowed(*description),
                MigrationType::Simple,
                sql.into_sql_str(),
                false,
            )
        })
        .collect();
    Migrator {
        migrations: Cow::Owned(migrations),
        ..Migrator::DEFAULT
    }
}

/// Every migration's version, oldest first.
pub fn versions() -> Vec<i64> {
    MIGRATIONS.iter().map(|(v, _, _)| *v).collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The console database: a pool, and this process's id (its attempts carry it).
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
    pub instance: String,
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("the database URL must start with sqlite: or postgres:// (it was {0})")]
    Scheme(String),
    #[error("cannot open the console database ({url}): {source}")]
    Open { url: String, source: sqlx::Error },
    #[error("cannot bring the console database up to date: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// A URL as it may be shown (a password left out).
pub fn shown(url: &str) -> String {
    crate::upstream::masked(url)
}

impl Db {
    /// Connects and applies the migrations not yet applied. Connecting waits at most
    /// `timeout`; so does a change waiting for a connection later on.
    pub async fn open(url: &str, timeout: Duration) -> Result<Db, DbError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(DbError::Scheme(shown(url)));
        };
        let open = |source| DbError::Open {
            url: shown(url),
            source,
        };
        let pool = AnyPoolOptions::new()
            // SQLite writes one at a time whatever the pool; reads share.
            .max_connections(if backend == Backend::Sqlite { 4 } else { 8 })
            .acquire_timeout(timeout)
            .connect(url)
            .await
            .map_err(open)?;
        if backend == Backend::Sqlite {
            // Readers do not wait for the writer (the setting stays with the file).
            sqlx::query("PRAGMA journal_mode=WAL")
                .execute(&pool)
                .await
                .map_err(open)?;
        }
        migrator().run(&pool).await?;
        let db = Db {
            pool,
            backend,
            instance: Uuid::new_v4().to_string(),
        };
        db.heartbeat().await.map_err(open)?;
        Ok(db)
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map(|_| ())
    }
}

/// A change refused because its record cannot be written: nothing was sent to Kustom.
pub fn unavailable(e: &sqlx::Error) -> AppError {
    AppError::status(
        503,
        "The console's database is unavailable",
        "Changes are refused until the console can record them again; nothing was changed. Reading still works. Try again in a minute.",
    )
    .with_cause(format!("console database: {e}"))
}

/// A read answered 503 because the database does not answer: `what` ("the activity")
/// cannot be shown now.
pub fn unreadable(e: &sqlx::Error, what: &str) -> AppError {
    AppError::status(
        503,
        "The console's database is unavailable",
        format!("The console's database does not answer, so {what} cannot be shown now. Try again in a minute."),
    )
    .with_cause(format!("console database: {e}"))
}

/// Milliseconds since 1970 of a time.
pub fn ms(t: chrono::DateTime<chrono::Utc>) -> i64 {
    t.timestamp_millis()
}

/// The time `ms` milliseconds after 1970, as [`ms`] stored it (1970 for one out of range).
pub fn time(ms: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default()
}
