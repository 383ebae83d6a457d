//! The console database of a test stack: its own SQLite file, or its own database on the
//! PostgreSQL that `make test` starts.

/// The test PostgreSQL that `make test` starts (scripts/postgres.sh).
pub(crate) fn postgres_url() -> String {
    std::env::var("CONSOLE_TEST_POSTGRES_URL").expect(
        "the console database's tests need a PostgreSQL: run make test, or start one with scripts/postgres.sh start DIR and set CONSOLE_TEST_POSTGRES_URL to the URL it prints",
    )
}

/// A new, empty database on the test PostgreSQL; its URL.
pub(crate) async fn new_postgres_database() -> String {
    use sqlx::Executor;
    sqlx::any::install_default_drivers();
    let base = postgres_url();
    let name = format!("console_{}", uuid::Uuid::new_v4().simple());
    let admin = sqlx::AnyPool::connect(&base).await.unwrap();
    admin
        .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await
        .unwrap();
    admin.close().await;
    let (server, _) = base.rsplit_once('/').unwrap();
    format!("{server}/{name}")
}

/// The database URL of a new stack: its own SQLite file, or its own PostgreSQL database.
pub(crate) async fn database_url(postgres: bool) -> String {
    if postgres {
        new_postgres_database().await
    } else {
        let dir = std::env::temp_dir().join(format!("console-data-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        format!("sqlite:{}?mode=rwc", dir.join("console.sqlite").display())
    }
}
