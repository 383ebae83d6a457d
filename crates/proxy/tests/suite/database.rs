//! The console database itself, on SQLite and PostgreSQL: migrations from every earlier
//! version, retention, and the database going away mid-run.

use std::sync::Arc;
use std::time::Duration;

use ipp::console::Role;
use proxy::db::{migrator, versions, Db};
use reqwest::Method;
use serde_json::{json, Value};
use tokio::sync::watch;

use crate::common::*;

fn records(page: &Value) -> Vec<Value> {
    page["content"].as_array().unwrap().clone()
}

#[tokio::test]
async fn migrations_apply_forwards_from_every_earlier_version() {
    for postgres in [false, true] {
        for from in std::iter::once(0).chain(versions()) {
            let url = database_url(postgres).await;
            sqlx::any::install_default_drivers();
            let pool = sqlx::AnyPool::connect(&url).await.unwrap();
            if from > 0 {
                migrator().run_to(from, &pool).await.unwrap();
            }
            pool.close().await;
            // The proxy brings it up to date at start, and it works.
            let db = Db::open(&url, Duration::from_secs(5)).await.unwrap();
            db.ping().await.unwrap();
            let applied: i64 = sqlx::Row::get(
                &sqlx::query("SELECT COUNT(*) AS n FROM _sqlx_migrations")
                    .fetch_one(&db.pool)
                    .await
                    .unwrap(),
                "n",
            );
            assert_eq!(
                applied as usize,
                versions().len(),
                "postgres={postgres}, from {from}"
            );
            // Again: nothing to do.
            Db::open(&url, Duration::from_secs(5)).await.unwrap();
        }
    }
}

/// A TCP forwarder to the test PostgreSQL that can be cut (every connection dropped,
/// new ones refused) and restored.
pub(crate) struct Gate {
    pub(crate) port: u16,
    pub(crate) open: watch::Sender<bool>,
}

impl Gate {
    pub(crate) async fn start(to: u16) -> Gate {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let (open, watching) = watch::channel(true);
        let watching = Arc::new(watching);
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                let mut state = (*watching).clone();
                if !*state.borrow() {
                    continue;
                }
                tokio::spawn(async move {
                    let Ok(mut out) = tokio::net::TcpStream::connect(("127.0.0.1", to)).await
                    else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut inbound, &mut out) => {}
                        _ = state.wait_for(|open| !open) => {}
                    }
                });
            }
        });
        Gate { port, open }
    }
}

#[tokio::test]
async fn with_the_database_down_changes_are_refused_and_reads_go_on() {
    let url = new_postgres_database().await;
    let (server, name) = url.rsplit_once('/').unwrap();
    let pg_port: u16 = server.rsplit_once(':').unwrap().1.parse().unwrap();
    let gate = Gate::start(pg_port).await;
    let via = format!("postgres://postgres@127.0.0.1:{}/{name}", gate.port);
    let p = stack(Opts {
        extra_args: vec![
            "--database-url".into(),
            via,
            "--readyz-interval-secs".into(),
            "0".into(),
        ],
        ..Opts::default()
    })
    .await;
    let admin = token(Role::Admin);
    let d = p.device_at(&p.locations()[0]);
    let rename =
        |name: &str| json!({"name": name, "location_id": d.location_id, "metadata": d.metadata});
    let path = format!("/api/devices/{}", d.id);
    p.call(
        Method::PUT,
        &path,
        Some(&admin),
        Some(rename("Before the outage")),
    )
    .await
    .ok(200);
    p.send(p.client.get(p.url("/readyz"))).await.ok(200);

    gate.open.send(false).unwrap();
    let refused = p
        .call(
            Method::PUT,
            &path,
            Some(&admin),
            Some(rename("During the outage")),
        )
        .await
        .problem(503);
    assert!(
        refused["detail"]
            .as_str()
            .unwrap()
            .contains("nothing was changed"),
        "{refused}"
    );
    let at_kustom = p
        .store
        .as_ref()
        .unwrap()
        .list_devices(playground::DEMO_MERCHANT, &ipp::ListQuery::default())
        .unwrap();
    assert!(
        at_kustom
            .content
            .iter()
            .any(|x| x.id == d.id && x.name == "Before the outage"),
        "not sent"
    );
    // Reads go on.
    assert_eq!(
        p.get(&path, &admin).await.ok(200)["name"],
        "Before the outage"
    );
    p.get("/api/devices", &admin).await.ok(200);
    p.get("/api/activity", &admin).await.problem(503);
    let ready = p.send(p.client.get(p.url("/readyz"))).await;
    assert_eq!(ready.status.as_u16(), 503);
    assert_eq!(ready.body["database"], "unavailable");

    gate.open.send(true).unwrap();
    p.call(
        Method::PUT,
        &path,
        Some(&admin),
        Some(rename("After the outage")),
    )
    .await
    .ok(200);
    let page = p
        .get(&format!("/api/activity?device_id={}", d.id), &admin)
        .await
        .ok(200);
    let names: Vec<String> = records(&page)
        .iter()
        .map(|r| r["target"]["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        names,
        ["After the outage", "Before the outage"],
        "nothing recorded of what was refused"
    );
}

#[tokio::test]
async fn records_older_than_the_retention_are_pruned() {
    for postgres in [false, true] {
        let db = Db::open(&database_url(postgres).await, Duration::from_secs(5))
            .await
            .unwrap();
        let now = chrono::Utc::now();
        for days in [500, 401, 399, 1] {
            let r = proxy::db::activity::NewRecord {
                id: uuid::Uuid::new_v4(),
                merchant: playground::DEMO_MERCHANT.into(),
                at: now - chrono::Duration::days(days),
                actor: ipp::activity::Actor {
                    sub: "user-admin".into(),
                    name: None,
                },
                action: "device.update".into(),
                target: None,
                location_before: None,
                location_after: None,
                changes: Vec::new(),
                request_id: format!("r-{days}"),
                job: None,
            };
            db.attempt(&r).await.unwrap();
        }
        assert_eq!(
            db.prune(now - chrono::Duration::days(400)).await.unwrap(),
            2,
            "postgres={postgres}"
        );
        let left = db
            .activity(
                playground::DEMO_MERCHANT,
                &ipp::activity::ActivityQuery::default(),
                None,
            )
            .await
            .unwrap();
        let ids: Vec<&str> = left.content.iter().map(|a| a.request_id.as_str()).collect();
        assert_eq!(ids, ["r-1", "r-399"]);
    }
}
