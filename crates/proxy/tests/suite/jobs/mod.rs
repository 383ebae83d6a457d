//! Bulk changes through the proxy, in front of the real playground: preview, run, the
//! per-item outcomes and their activity records, undo, retry, idempotency, scope, the
//! limits; with faults injected and with the proxy killed mid-job (`faults`, `restart`);
//! batches of pairing codes (`codes`).

mod codes;
mod faults;
mod lease;
mod progress;
mod restart;
mod rules;

use std::time::{Duration, Instant};

use ipp::console::Role;
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::*;

/// Waits until the job has ended; answers it with its first page of items.
pub(crate) async fn finished(p: &Proxy, id: &str, token: &str) -> Value {
    let until = Instant::now() + Duration::from_secs(60);
    loop {
        let page = p
            .get(&format!("/api/jobs/{id}?page_size=100"), token)
            .await
            .ok(200);
        let status = page["job"]["status"].as_str().unwrap().to_owned();
        if ["done", "failed", "cancelled"].contains(&status.as_str()) {
            return page;
        }
        assert!(Instant::now() < until, "the job did not end: {page}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

pub(crate) fn outcomes(page: &Value) -> Vec<(String, String)> {
    page["items"]["content"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["device_id"].as_str().unwrap().to_owned(),
                i["outcome"].as_str().unwrap_or("pending").to_owned(),
            )
        })
        .collect()
}

pub(crate) fn store_device(p: &Proxy, id: &str) -> Option<ipp::Device> {
    p.store
        .as_ref()
        .unwrap()
        .get_device(playground::DEMO_MERCHANT, id.parse().unwrap())
        .unwrap()
}

pub(crate) fn devices_at(p: &Proxy, location: &str) -> Vec<ipp::Device> {
    let q = ipp::ListQuery {
        location_id: Some(location.parse().unwrap()),
        page_size: 100,
        ..Default::default()
    };
    p.store
        .as_ref()
        .unwrap()
        .list_devices(playground::DEMO_MERCHANT, &q)
        .unwrap()
        .content
}

/// A job started: 202, with its address; its id.
fn started(a: Answer) -> String {
    let location = a
        .headers
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned());
    let body = a.ok(202);
    let id = body["id"].as_str().unwrap().to_owned();
    assert_eq!(location, Some(format!("/api/jobs/{id}")));
    id
}

pub(crate) async fn start(p: &Proxy, token: &str, body: Value) -> String {
    started(
        p.call(Method::POST, "/api/jobs", Some(token), Some(body))
            .await,
    )
}

/// The job that undoes or retries job `id` (`what`: `undo`, `retry`); its id.
pub(crate) async fn follow_up(p: &Proxy, token: &str, id: &str, what: &str) -> String {
    started(
        p.call(
            Method::POST,
            &format!("/api/jobs/{id}/{what}"),
            Some(token),
            None,
        )
        .await,
    )
}

#[tokio::test]
async fn preview_run_and_undo_a_move_of_a_whole_store() {
    for postgres in [false, true] {
        let p = stack(Opts {
            postgres,
            ..Opts::default()
        })
        .await;
        let op = token(Role::Operator);
        let locs = p.locations();
        let (from, to) = (&locs[0], &locs[1]);
        let moving = devices_at(&p, from);
        assert!(moving.len() >= 2, "the demo store has devices");

        // The preview: every device of the store, each with its change.
        let ask = json!({"action": "relocate", "filter": format!("location_id={from}"), "location_id": to});
        let preview = p
            .call(
                Method::POST,
                "/api/jobs/preview",
                Some(&op),
                Some(ask.clone()),
            )
            .await
            .ok(200);
        assert_eq!(preview["total"], moving.len());
        assert_eq!(preview["changing"], moving.len());
        assert_eq!(preview["unchanged"], 0);
        assert_eq!(preview["reversible"], true);
        let first = &preview["items"][0];
        assert_eq!(first["changes"][0]["field"], "location_id");
        assert_eq!(first["changes"][0]["after"], to.as_str());
        // Nothing ran.
        assert_eq!(devices_at(&p, from).len(), moving.len());

        // One device changes after the preview: the job leaves it alone.
        let changed = &moving[0];
        let rename =
            json!({"name": "Renamed meanwhile", "location_id": from, "metadata": changed.metadata});
        p.call(
            Method::PUT,
            &format!("/api/devices/{}", changed.id),
            Some(&op),
            Some(rename),
        )
        .await
        .ok(200);
        p.upstream.clear();
        let mut run = ask.clone();
        run["preview_id"] = preview["preview_id"].clone();
        run.as_object_mut().unwrap().remove("filter");
        run["idempotency_key"] = json!("move-store-1");
        let id = start(&p, &op, run.clone()).await;
        let page = finished(&p, &id, &op).await;
        let job = &page["job"];
        assert_eq!(job["status"], "done", "postgres={postgres}: {page}");
        assert_eq!(job["counts"]["done"], moving.len() - 1);
        assert_eq!(job["counts"]["skipped"], 1);
        assert_eq!(job["reversible"], true);
        for (device, outcome) in outcomes(&page) {
            let now = store_device(&p, &device).unwrap();
            if device == changed.id.to_string() {
                assert_eq!(outcome, "skipped");
                assert_eq!(now.location_id.unwrap().to_string(), *from);
            } else {
                assert_eq!(outcome, "done");
                assert_eq!(now.location_id.unwrap().to_string(), *to);
            }
        }
        // At most one fresh read and one write per device.
        let calls = p.upstream.take();
        assert!(
            calls.len() <= 2 * moving.len(),
            "{} upstream calls for {} devices",
            calls.len(),
            moving.len()
        );
        // Each change made is in the activity trail, once, with its job.
        let trail = p
            .get(
                &format!("/api/activity?location_id={to}&page_size=100"),
                &op,
            )
            .await
            .ok(200);
        let of_job: Vec<&Value> = trail["content"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["job_id"] == id.as_str())
            .collect();
        assert_eq!(of_job.len(), moving.len() - 1, "{trail}");
        assert!(of_job
            .iter()
            .all(|r| r["outcome"] == "applied" && r["action"] == "device.update"));

        // The same key and body: the same job; another body: refused.
        assert_eq!(start(&p, &op, run.clone()).await, id);
        let other = json!({"action": "relocate", "targets": [moving[1].id], "location_id": locs[2],
            "idempotency_key": "move-store-1"});
        let problem = p
            .call(Method::POST, "/api/jobs", Some(&op), Some(other))
            .await
            .problem(422);
        assert!(problem["detail"]
            .as_str()
            .unwrap()
            .contains("idempotency key"));

        // Undo, after one moved device was moved again by hand: that one is a conflict.
        let moved_again = page["items"]["content"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["outcome"] == "done")
            .unwrap()["device_id"]
            .as_str()
            .unwrap()
            .to_owned();
        let d = store_device(&p, &moved_again).unwrap();
        let body = json!({"name": d.name, "location_id": locs[2], "metadata": d.metadata});
        p.call(
            Method::PUT,
            &format!("/api/devices/{moved_again}"),
            Some(&op),
            Some(body),
        )
        .await
        .ok(200);
        let undo = follow_up(&p, &op, &id, "undo").await;
        let undone = finished(&p, &undo, &op).await;
        assert_eq!(undone["job"]["action"], "undo");
        assert_eq!(undone["job"]["parent_id"], id.as_str());
        assert_eq!(undone["job"]["counts"]["conflict"], 1, "{undone}");
        assert_eq!(undone["job"]["counts"]["done"], moving.len() - 2);
        for (device, outcome) in outcomes(&undone) {
            let now = store_device(&p, &device).unwrap();
            if device == moved_again {
                assert_eq!(outcome, "conflict");
                assert_eq!(
                    now.location_id.unwrap().to_string(),
                    locs[2],
                    "kept, never overwritten"
                );
            } else {
                assert_eq!(now.location_id.unwrap().to_string(), *from, "put back");
            }
        }
        // Undone once only.
        let job = p.get(&format!("/api/jobs/{id}"), &op).await.ok(200);
        assert_eq!(job["job"]["undone_by"], undo.as_str());
        assert_eq!(job["job"]["reversible"], false);
        p.call(
            Method::POST,
            &format!("/api/jobs/{id}/undo"),
            Some(&op),
            None,
        )
        .await
        .problem(409);

        // The results as CSV: one row per device.
        let csv = p
            .client
            .get(p.url(&format!("/api/jobs/{id}/items.csv")))
            .bearer_auth(&op)
            .send()
            .await
            .unwrap();
        assert_eq!(csv.status(), 200);
        let text = csv.text().await.unwrap();
        assert_eq!(text.lines().count(), moving.len() + 1, "{text}");
        assert!(text.contains("skipped") && text.contains("changed after the preview"));

        // /metrics counts the jobs and the changes not yet settled, from the database.
        let metrics = p.send(p.client.get(p.url("/metrics"))).await.text;
        for line in [
            "console_jobs_queued 0",
            "console_jobs_running 0",
            "console_changes_unsettled 0",
        ] {
            assert!(metrics.contains(line), "{line} in {metrics}");
        }

        // Listed, newest first.
        let list = p.get("/api/jobs", &op).await.ok(200);
        assert_eq!(list[0]["id"], undo.as_str());
        assert_eq!(list[1]["id"], id.as_str());
        // Each with its own counts (read for the whole list at once).
        assert_eq!(list[1]["counts"]["done"], moving.len() - 1);
        assert_eq!(list[1]["counts"]["skipped"], 1);
        assert_eq!(list[0]["counts"]["conflict"], 1);
    }
}

#[tokio::test]
async fn metadata_actions_report_unchanged_and_refused_devices() {
    let p = stack(Opts::default()).await;
    let op = token(Role::Operator);
    let loc = &p.locations()[0];
    let devices = devices_at(&p, loc);
    let ids: Vec<String> = devices.iter().map(|d| d.id.to_string()).collect();
    // Tag one device first: setting the same value on it is a no-op.
    let tagged = &devices[0];
    let mut meta = tagged.metadata.clone();
    meta.insert("region".into(), "South".into());
    let body = json!({"name": tagged.name, "location_id": loc, "metadata": meta});
    p.call(
        Method::PUT,
        &format!("/api/devices/{}", tagged.id),
        Some(&op),
        Some(body),
    )
    .await
    .ok(200);
    let ask = json!({"action": "set_metadata", "targets": ids, "key": "region", "value": "South"});
    let preview = p
        .call(
            Method::POST,
            "/api/jobs/preview",
            Some(&op),
            Some(ask.clone()),
        )
        .await
        .ok(200);
    assert_eq!(preview["unchanged"], 1);
    assert_eq!(preview["unchanged_ids"][0], tagged.id.to_string());
    let mut run = ask.clone();
    run["idempotency_key"] = json!("tag-south");
    let id = start(&p, &op, run).await;
    let page = finished(&p, &id, &op).await;
    assert_eq!(page["job"]["counts"]["unchanged"], 1);
    assert_eq!(page["job"]["counts"]["done"], devices.len() - 1);
    for d in &devices {
        let now = store_device(&p, &d.id.to_string()).unwrap();
        assert_eq!(now.metadata["region"], "South");
    }
    // Renamed key: every device had `region`.
    let run = json!({"action": "rename_metadata_key", "targets": ids, "key": "region",
        "new_key": "area", "idempotency_key": "rename-region"});
    let id = start(&p, &op, run).await;
    let page = finished(&p, &id, &op).await;
    assert_eq!(page["job"]["counts"]["done"], devices.len());
    let now = store_device(&p, &ids[0]).unwrap();
    assert_eq!(now.metadata.get("area").map(String::as_str), Some("South"));
    assert!(!now.metadata.contains_key("region"));
    // Filtered by outcome, page by page.
    let done = p
        .get(&format!("/api/jobs/{id}?outcome=done&page_size=1"), &op)
        .await
        .ok(200);
    assert_eq!(done["items"]["total_elements"], devices.len());
    assert_eq!(done["items"]["content"].as_array().unwrap().len(), 1);
    p.get(&format!("/api/jobs/{id}?page_number=99"), &op)
        .await
        .problem(400);
}
