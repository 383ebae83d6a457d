//! Batches of pairing codes (`create_enrollments`, a store rollout) through the proxy, in
//! front of the real playground: each code created once upstream with its location and
//! metadata, the same batch sent twice creating one set, the job readable by viewers
//! without a code in it, every creation one activity record, and no code in the console
//! database; refusals before anything is created (`refused`), injected faults
//! (`faults`), a proxy killed mid-batch (`restart`), and jobs written before the batch
//! migration (`upgrade`).

mod faults;
mod refused;
mod restart;
mod upgrade;

use std::collections::{HashMap, HashSet};

use ipp::console::Role;
use playground::DEMO_MERCHANT;
use reqwest::Method;
use serde_json::{json, Value};

use super::{finished, start};
use crate::common::*;

/// The items of a batch `tag` of `n` codes over `locations`: each with its own till.
pub(crate) fn items(tag: &str, n: usize, locations: &[String]) -> Vec<Value> {
    (0..n)
        .map(|i| {
            let mut item = json!({"location_id": locations[i % locations.len()],
                "metadata": {"batch": tag, "till": format!("{i}")}});
            if i % 3 == 0 {
                item["expires_in"] = json!(3_600_000);
            }
            item
        })
        .collect()
}

/// Every code of the batch `tag` that the playground has (pending or used).
pub(crate) fn made(store: &playground::Store, tag: &str) -> Vec<ipp::Enrollment> {
    let mut out = Vec::new();
    for page_number in 0.. {
        let q = ipp::ListQuery {
            metadata: vec![ipp::MetadataFilter {
                key: "batch".into(),
                value: tag.into(),
            }],
            include_consumed: Some(true),
            page_number,
            page_size: 100,
            ..Default::default()
        };
        let page = store
            .list_enrollments(DEMO_MERCHANT, &q, chrono::Utc::now())
            .unwrap();
        out.extend(page.content);
        if page.last {
            return out;
        }
    }
    out
}

/// Each code of the batch `tag` is made exactly once, as its item asked, and is the
/// enrollment its item names.
pub(crate) fn each_made_once(store: &playground::Store, tag: &str, sent: &[Value], page: &Value) {
    let codes = made(store, tag);
    let mut by_till: HashMap<String, Vec<&ipp::Enrollment>> = HashMap::new();
    for c in &codes {
        by_till
            .entry(c.metadata["till"].clone())
            .or_default()
            .push(c);
    }
    assert_eq!(codes.len(), sent.len(), "one code per item, none twice");
    let items = page["items"]["content"].as_array().unwrap();
    assert_eq!(items.len(), sent.len());
    for (item, asked) in items.iter().zip(sent) {
        let till = asked["metadata"]["till"].as_str().unwrap();
        let of = &by_till[till];
        assert_eq!(of.len(), 1, "till {till}: {of:?}");
        let code = of[0];
        assert_eq!(item["outcome"], "done", "{item}");
        assert_eq!(item["enrollment_id"], code.enrollment_id.to_string());
        assert_eq!(code.location_id.unwrap().to_string(), asked["location_id"]);
        assert_eq!(json!(code.metadata), asked["metadata"]);
        assert_eq!(item["spec"]["location_id"], asked["location_id"]);
        assert_eq!(item["spec"]["metadata"], asked["metadata"]);
        assert!(item.get("device_id").is_none());
    }
}

/// Every record of a code created by job `id`: one applied record per code, naming it.
pub(crate) async fn records_of(p: &Proxy, token: &str, id: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for page in 0.. {
        let got = p
            .get(
                &format!("/api/activity?action=enrollment.create&page_size=100&page_number={page}"),
                token,
            )
            .await
            .ok(200);
        out.extend(got["content"].as_array().unwrap().iter().cloned());
        if got["last"] == true {
            break;
        }
    }
    out.retain(|r| r["job_id"] == id);
    out
}

fn no_code_in(what: &str, text: &str, codes: &[String]) {
    for code in codes {
        assert!(
            !text.contains(code.as_str()),
            "a pairing code appears in {what}"
        );
    }
}

/// Every text of the console database's job and activity tables, one cell a line.
async fn database_text(url: &str) -> String {
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(url).await.unwrap();
    let mut text = String::new();
    let text_of = |c: &str| format!("COALESCE({c}, '')");
    let tables = [
        (
            "jobs",
            vec![
                "id",
                "params",
                "locations",
                "request_digest",
                "idempotency_key",
            ],
        ),
        (
            "job_items",
            vec!["spec", "enrollment_id", "changes", "reason", "name"],
        ),
        (
            "activity",
            vec!["target_id", "target_name", "changes", "reason"],
        ),
    ];
    for (table, columns) in tables {
        let read: Vec<String> = columns.iter().map(|c| text_of(c)).collect();
        let sql = format!("SELECT {} FROM {table}", read.join(", "));
        for row in sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&pool)
            .await
            .unwrap()
        {
            for i in 0..columns.len() {
                text.push_str(&sqlx::Row::get::<String, _>(&row, i));
                text.push('\n');
            }
        }
    }
    pool.close().await;
    text
}

#[tokio::test]
async fn thirty_codes_over_two_stores_are_made_once_each_and_never_kept() {
    for postgres in [false, true] {
        let data = std::env::temp_dir().join(format!("console-codes-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&data).unwrap();
        let file = data.join("console.sqlite");
        let url = match postgres {
            true => new_postgres_database().await,
            false => format!("sqlite:{}?mode=rwc", file.display()),
        };
        let p = stack(Opts {
            extra_args: vec!["--database-url".into(), url.clone()],
            ..Opts::default()
        })
        .await;
        let store = p.store.clone().unwrap();
        let op = token(Role::Operator);
        let locs = p.locations()[..2].to_vec();
        let tag = format!("rollout-{postgres}");
        let sent = items(&tag, 30, &locs);
        let body = json!({"action": "create_enrollments", "idempotency_key": tag, "items": sent});
        let id = start(&p, &op, body.clone()).await;
        let page = finished(&p, &id, &op).await;
        let job = &page["job"];
        assert_eq!(job["status"], "done", "postgres={postgres}: {page}");
        assert_eq!(job["action"], "create_enrollments");
        assert_eq!(
            (job["total"].clone(), job["counts"]["done"].clone()),
            (json!(30), json!(30))
        );
        assert_eq!(job["reversible"], false);
        each_made_once(&store, &tag, &sent, &page);
        // One create per code, and the fleet index read for the locations.
        let calls = p.upstream.take();
        let creates = calls
            .iter()
            .filter(|c| c.method == "POST" && c.path_and_query == "/ipp/v1/enrollments")
            .count();
        assert_eq!(creates, 30);
        // Each creation is one applied record of the job, naming its code.
        let records = records_of(&p, &op, &id).await;
        assert_eq!(records.len(), 30, "{records:?}");
        let named: HashSet<&str> = records
            .iter()
            .map(|r| r["target"]["id"].as_str().unwrap())
            .collect();
        assert_eq!(named.len(), 30);
        for r in &records {
            assert_eq!(r["outcome"], "applied", "{r}");
            assert!(locs.contains(&r["location_after"].as_str().unwrap().to_owned()));
        }

        // The same batch again: the same job, nothing new upstream.
        assert_eq!(start(&p, &op, body.clone()).await, id);
        let mut other = body.clone();
        other["items"] = json!(items(&tag, 29, &locs));
        let problem = p
            .call(Method::POST, "/api/jobs", Some(&op), Some(other))
            .await
            .problem(422);
        assert!(problem["detail"]
            .as_str()
            .unwrap()
            .contains("idempotency key"));
        assert_eq!(made(&store, &tag).len(), 30);
        assert!(p.upstream.take().iter().all(|c| c.method != "POST"));

        // Viewers read the job; nobody reads a code in it, its CSV or the database.
        let codes: Vec<String> = made(&store, &tag)
            .into_iter()
            .map(|e| e.enrollment_code)
            .collect();
        let viewer = token(Role::Viewer);
        let seen = p
            .get(&format!("/api/jobs/{id}?page_size=100"), &viewer)
            .await;
        no_code_in("the job as a viewer reads it", &seen.text, &codes);
        assert_eq!(
            seen.ok(200)["items"]["content"].as_array().unwrap().len(),
            30
        );
        let seen = p.get(&format!("/api/jobs/{id}?page_size=100"), &op).await;
        no_code_in("the job as an operator reads it", &seen.text, &codes);
        let csv = p
            .send(
                p.client
                    .get(p.url(&format!("/api/jobs/{id}/items.csv")))
                    .bearer_auth(&op),
            )
            .await;
        assert_eq!(csv.status, 200);
        assert_eq!(csv.text.lines().count(), 31, "{}", csv.text);
        assert!(csv.text.contains("enrollment_id") && csv.text.contains("metadata: till"));
        no_code_in("the job's CSV", &csv.text, &codes);
        // The code is read where it always is: operators only.
        let first = page["items"]["content"][0]["enrollment_id"]
            .as_str()
            .unwrap()
            .to_owned();
        let card = p
            .get(&format!("/api/enrollments/{first}"), &op)
            .await
            .ok(200);
        assert!(codes.contains(&card["enrollment_code"].as_str().unwrap().to_owned()));
        let masked = p.get(&format!("/api/enrollments/{first}"), &viewer).await;
        no_code_in("a code as a viewer reads it", &masked.text, &codes);
        no_code_in("the console database", &database_text(&url).await, &codes);
        if !postgres {
            // The file itself, and its write-ahead log, byte for byte.
            let mut bytes = std::fs::read(&file).unwrap();
            bytes.extend(std::fs::read(data.join("console.sqlite-wal")).unwrap_or_default());
            let text = String::from_utf8_lossy(&bytes);
            assert!(text.contains(&first), "these are the database's files");
            no_code_in("the SQLite file", &text, &codes);
        }

        // Codes are not taken back by an undo; a retry of nothing failed is refused.
        let undo = p
            .call(
                Method::POST,
                &format!("/api/jobs/{id}/undo"),
                Some(&op),
                None,
            )
            .await
            .problem(409);
        assert!(
            undo["detail"].as_str().unwrap().contains("Cancel"),
            "{undo}"
        );
        p.call(
            Method::POST,
            &format!("/api/jobs/{id}/retry"),
            Some(&op),
            None,
        )
        .await
        .problem(409);
        let _ = std::fs::remove_dir_all(&data);
    }
}
