//! The proxy killed (SIGKILL) in the middle of a job and started again on the same
//! database: the job resumes once its lease has expired, and every device is changed
//! exactly once, with one applied record each.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use ipp::console::Role;
use playground::DEMO_MERCHANT;
use serde_json::{json, Value};

use crate::common::*;

/// A proxy's JSON answer to `url` (Null while it does not answer JSON): for a proxy
/// this test starts and kills as a process of its own.
pub(crate) async fn get(client: &reqwest::Client, url: String, token: &str) -> Value {
    let text = client
        .get(url)
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

#[tokio::test]
async fn a_job_killed_midway_resumes_and_changes_each_device_once() {
    let store = playground::Store::open(":memory:").unwrap();
    store.seed_demo(chrono::Utc::now()).unwrap();
    store
        .seed_devices(DEMO_MERCHANT, 80, chrono::Utc::now())
        .unwrap();
    // Each change takes a while on both sides of being made, so that the kill finds some
    // in flight.
    let puts = std::sync::Arc::new(std::sync::Mutex::new(HashMap::<String, usize>::new()));
    let seen = puts.clone();
    let slow = move |req: axum::extract::Request, next: axum::middleware::Next| {
        let seen = seen.clone();
        async move {
            let change = req.method() == axum::http::Method::PUT;
            if change {
                *seen
                    .lock()
                    .unwrap()
                    .entry(req.uri().path().to_owned())
                    .or_default() += 1;
                tokio::time::sleep(Duration::from_millis(25)).await;
            }
            let answer = next.run(req).await;
            if change {
                tokio::time::sleep(Duration::from_millis(25)).await;
            }
            answer
        }
    };
    let app = playground::app_with(playground::Playground::new(store.clone(), false))
        .layer(axum::middleware::from_fn(slow));
    let upstream = format!("http://{}", serve(app).await);
    let data = std::env::temp_dir().join(format!("console-job-killed-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&data).unwrap();
    let flags = ["--job-lease-secs", "3", "--job-concurrency", "2"];
    let client = reqwest::Client::new();
    let op = token(Role::Operator);
    let devices = fleet(&store);
    let tagged = |store: &playground::Store| {
        fleet(store)
            .iter()
            .filter(|d| d.metadata.get("wave").is_some_and(|v| v == "2"))
            .count()
    };

    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut proxy = spawn(&upstream, &data, port, &flags);
    up(&client, &base).await;
    let body = json!({"action": "set_metadata", "filter": "", "key": "wave", "value": "2",
        "idempotency_key": "killed-job"});
    let started = client
        .post(format!("{base}/api/jobs"))
        .bearer_auth(&op)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(started.status(), 202);
    let id = serde_json::from_str::<Value>(&started.text().await.unwrap()).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let until = Instant::now() + Duration::from_secs(30);
    while tagged(&store) < 15 && Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    proxy.start_kill().unwrap();
    proxy.wait().await.unwrap();
    let at_kill = tagged(&store);
    assert!(
        at_kill >= 15 && at_kill < devices.len(),
        "killed midway ({at_kill})"
    );

    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let _again = spawn(&upstream, &data, port, &flags);
    up(&client, &base).await;
    let until = Instant::now() + Duration::from_secs(60);
    let job = loop {
        let page = get(&client, format!("{base}/api/jobs/{id}"), &op).await;
        if page["job"]["status"] == "done" || Instant::now() > until {
            break page["job"].clone();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(job["status"], "done", "{job}");
    assert_eq!(job["counts"]["done"], devices.len(), "{job}");
    assert_eq!(tagged(&store), devices.len());
    // One applied record per device, none left unfinished.
    let mut records = Vec::new();
    for page in 0.. {
        let got = get(
            &client,
            format!("{base}/api/activity?action=device.update&page_size=100&page_number={page}"),
            &op,
        )
        .await;
        let content = got["content"].as_array().unwrap().clone();
        let last = got["last"] == true;
        records.extend(content);
        if last {
            break;
        }
    }
    let mut per_device: HashMap<String, Vec<&Value>> = HashMap::new();
    for r in &records {
        assert_eq!(r["job_id"], id.as_str());
        per_device
            .entry(r["target"]["id"].as_str().unwrap().to_owned())
            .or_default()
            .push(r);
    }
    for d in &devices {
        let of = &per_device[&d.id.to_string()];
        assert_eq!(of.len(), 1, "{}: {of:?}", d.id);
        assert_eq!(of[0]["outcome"], "applied", "{:?}", of[0]);
    }
    // Kustom was asked to make each change once, but for one cut off by the kill.
    let puts = puts.lock().unwrap();
    let twice = puts.values().filter(|n| **n > 1).count();
    assert!(twice <= 2, "{twice} devices were sent their change twice");
}
