//! The console database's costs, on SQLite (a file) and on PostgreSQL (when
//! `CONSOLE_BENCH_POSTGRES_URL` names a server; `make bench-activity` starts one):
//! - what recording adds to a change: writing its attempt and completing it, p50/p95 of
//!   2,000 changes (SQLite only: PostgreSQL is for several replicas, over a network);
//! - with 1,000,000 records (100,000 devices at 50 locations over 400 days), the activity
//!   of one device and of one location for the last 30 days, as the console asks for it
//!   (a page of 50 and the total): p50/p95 of 200 queries each.
//!
//!     make bench-activity

use std::time::{Duration, Instant};

use chrono::Utc;
use ipp::activity::{ActivityOutcome, ActivityQuery, Actor, FieldChange, Target};
use ipp::Uuid;
use proxy::db::activity::NewRecord;
use proxy::db::Db;
use sqlx::Executor;

const RECORDS: usize = 1_000_000;
const DEVICES: usize = 100_000;
const LOCATIONS: usize = 50;
const DAYS: i64 = 400;

fn percentile(mut v: Vec<Duration>, p: f64) -> f64 {
    v.sort();
    let i = ((v.len() as f64 * p).ceil() as usize).clamp(1, v.len()) - 1;
    v[i].as_secs_f64() * 1000.0
}

fn device(i: usize) -> Uuid {
    Uuid::from_u128(0xd000_0000_0000_0000_0000_0000_0000_0000 + i as u128)
}

fn location(i: usize) -> Uuid {
    Uuid::from_u128(0x1000_0000_0000_0000_0000_0000_0000_0000 + i as u128)
}

fn record(i: usize, at: chrono::DateTime<Utc>) -> NewRecord {
    let d = i % DEVICES;
    let l = d % LOCATIONS;
    NewRecord {
        id: Uuid::new_v4(),
        merchant: "DM10000001".into(),
        at,
        actor: Actor {
            sub: format!("user-{}", i % 40),
            name: Some(format!("Operator {}", i % 40)),
        },
        action: "device.update".into(),
        target: Some(Target {
            kind: "device".into(),
            id: device(d).to_string(),
            name: Some(format!("Till {d}")),
        }),
        location_before: Some(location(l)),
        location_after: Some(location(if i.is_multiple_of(10) {
            (l + 1) % LOCATIONS
        } else {
            l
        })),
        changes: vec![FieldChange {
            field: "name".into(),
            before: Some(format!("Till {d}")),
            after: Some(format!("Till {d} ({i})")),
        }],
        request_id: Uuid::new_v4().to_string(),
        job: None,
    }
}

/// Fills the database with `RECORDS` records, many to a statement and a transaction.
async fn fill(db: &Db) {
    let now = Utc::now();
    let span = DAYS * 86_400_000;
    let mut tx = db.pool.begin().await.unwrap();
    let batch = 400;
    for start in (0..RECORDS).step_by(batch) {
        let mut sql = String::from(
            "INSERT INTO activity (id, merchant_id, at_ms, actor_sub, actor_name, action, target_kind, target_id, target_name, location_before, location_after, changes, outcome, request_id, instance_id) VALUES ",
        );
        for i in start..(start + batch).min(RECORDS) {
            let at =
                now - chrono::Duration::milliseconds(span * (RECORDS - i) as i64 / RECORDS as i64);
            let r = record(i, at);
            let t = r.target.clone().unwrap();
            if i > start {
                sql.push(',');
            }
            sql.push_str(&format!(
                "('{}', '{}', {}, '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', '{}', 'applied', '{}', 'bench')",
                r.id,
                r.merchant,
                at.timestamp_millis(),
                r.actor.sub,
                r.actor.name.unwrap_or_default(),
                r.action,
                t.kind,
                t.id,
                t.name.unwrap_or_default(),
                r.location_before.unwrap(),
                r.location_after.unwrap(),
                serde_json::to_string(&r.changes).unwrap(),
                r.request_id,
            ));
        }
        tx.execute(sqlx::AssertSqlSafe(sql)).await.unwrap();
        if start.is_multiple_of(100_000) && start > 0 {
            tx.commit().await.unwrap();
            tx = db.pool.begin().await.unwrap();
        }
    }
    tx.commit().await.unwrap();
    if db.backend == proxy::db::Backend::Postgres {
        db.pool.execute("ANALYZE activity").await.unwrap();
    } else {
        db.pool.execute("ANALYZE").await.unwrap();
    }
}

async fn queries(db: &Db, what: &str) {
    let since = Utc::now() - chrono::Duration::days(30);
    let mut by_device = Vec::new();
    let mut by_location = Vec::new();
    let mut found = (0u64, 0u64);
    for i in 0..200 {
        let q = ActivityQuery {
            device_id: Some(device((i * 7919) % DEVICES)),
            since: Some(since),
            page_size: 50,
            ..ActivityQuery::default()
        };
        let t = Instant::now();
        found.0 += db
            .activity("DM10000001", &q, None)
            .await
            .unwrap()
            .total_elements;
        by_device.push(t.elapsed());
        let q = ActivityQuery {
            location_id: Some(location(i % LOCATIONS)),
            since: Some(since),
            page_size: 50,
            ..ActivityQuery::default()
        };
        let t = Instant::now();
        found.1 += db
            .activity("DM10000001", &q, None)
            .await
            .unwrap()
            .total_elements;
        by_location.push(t.elapsed());
    }
    println!(
        "{what:<11} one device, 30 days: p50 {:.2} ms, p95 {:.2} ms ({:.1} records each)   one location, 30 days: p50 {:.2} ms, p95 {:.2} ms ({} records each)",
        percentile(by_device.clone(), 0.5),
        percentile(by_device, 0.95),
        found.0 as f64 / 200.0,
        percentile(by_location.clone(), 0.5),
        percentile(by_location, 0.95),
        found.1 / 200,
    );
}

#[tokio::main]
async fn main() {
    let dir = std::env::temp_dir().join(format!("console-activity-bench-{}", Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite:{}?mode=rwc", dir.join("console.sqlite").display());
    let db = Db::open(&url, Duration::from_secs(5)).await.unwrap();

    // What recording adds to a change.
    let mut cost = Vec::new();
    for i in 0..2_000 {
        let r = record(i, Utc::now());
        let t = Instant::now();
        db.attempt(&r).await.unwrap();
        db.complete(&r, ActivityOutcome::Applied, None)
            .await
            .unwrap();
        cost.push(t.elapsed());
    }
    println!(
        "recording a change (attempt + outcome), SQLite file: p50 {:.2} ms, p95 {:.2} ms (target p50 <= 2 ms)",
        percentile(cost.clone(), 0.5),
        percentile(cost, 0.95)
    );
    db.pool.execute("DELETE FROM activity").await.unwrap();

    let t = Instant::now();
    fill(&db).await;
    println!(
        "SQLite: {RECORDS} records written in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    queries(&db, "SQLite").await;
    db.pool.close().await;
    let _ = std::fs::remove_dir_all(&dir);

    match std::env::var("CONSOLE_BENCH_POSTGRES_URL") {
        Ok(url) => {
            let db = Db::open(&url, Duration::from_secs(5)).await.unwrap();
            db.pool.execute("DELETE FROM activity").await.unwrap();
            let t = Instant::now();
            fill(&db).await;
            println!("PostgreSQL: {RECORDS} records written in {:.1} s", t.elapsed().as_secs_f64());
            queries(&db, "PostgreSQL").await;
        }
        Err(_) => println!("PostgreSQL: not measured (CONSOLE_BENCH_POSTGRES_URL is not set; make bench-activity sets it)"),
    }
    println!("(targets: each p50 <= 20 ms)");
}
