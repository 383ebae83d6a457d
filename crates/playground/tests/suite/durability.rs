//! The real binary, on a file: a kill -9 under a write load loses no acknowledged write,
//! and a restart keeps everything.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use playground::DEMO_KEY;
use serde_json::{json, Value};

struct Running {
    child: Child,
    base: String,
}

fn start(db: &str) -> Running {
    let mut child = Command::new(env!("CARGO_BIN_EXE_playground"))
        .args(["--listen", "127.0.0.1:0", "--db", db, "--seed", "demo"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line.trim().rsplit(' ').next().unwrap().to_owned();
    assert!(base.starts_with("http://127.0.0.1:"), "{line}");
    Running { child, base }
}

async fn call(
    client: &reqwest::Client,
    method: reqwest::Method,
    url: String,
    body: Option<Value>,
) -> Option<(u16, Value)> {
    let mut req = client
        .request(method, url)
        .header("authorization", format!("Basic {DEMO_KEY}"));
    if let Some(b) = body {
        req = req
            .header("content-type", "application/json")
            .body(b.to_string());
    }
    let resp = req.send().await.ok()?;
    let status = resp.status().as_u16();
    let body = serde_json::from_slice(&resp.bytes().await.ok()?).unwrap_or(Value::Null);
    Some((status, body))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn kill_9_under_load_loses_no_acknowledged_write() {
    let dir = std::env::temp_dir().join(format!("pg-durable-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("playground.sqlite").to_str().unwrap().to_owned();
    let mut pg = start(&db);
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let locations = call(
        &client,
        reqwest::Method::GET,
        format!("{}/ipp/v1/locations", pg.base),
        None,
    )
    .await
    .unwrap()
    .1;
    let location = locations["content"][0]["id"].as_str().unwrap().to_owned();

    // Each writer creates enrollments, and renames its own device v1, v2, … in turn.
    let acked_enrollments = Arc::new(Mutex::new(Vec::<String>::new()));
    let acked_names = Arc::new(Mutex::new(Vec::<(String, u32)>::new()));
    let mut writers = Vec::new();
    for w in 0..6 {
        let (client, base, location) = (client.clone(), pg.base.clone(), location.clone());
        let (enrollments, names) = (acked_enrollments.clone(), acked_names.clone());
        let device = call(
            &client,
            reqwest::Method::POST,
            format!("{base}/ipp/v1/dev/devices"),
            Some(json!({"name": format!("w{w} v0")})),
        )
        .await
        .unwrap()
        .1["id"]
            .as_str()
            .unwrap()
            .to_owned();
        writers.push(tokio::spawn(async move {
            for i in 1u32.. {
                let body = json!({"metadata": {"writer": w.to_string(), "i": i.to_string()}, "location_id": location});
                match call(&client, reqwest::Method::POST, format!("{base}/ipp/v1/enrollments"), Some(body)).await {
                    Some((201, e)) => enrollments.lock().unwrap().push(e["enrollment_id"].as_str().unwrap().to_owned()),
                    _ => break,
                }
                let body = json!({"name": format!("w{w} v{i}")});
                match call(&client, reqwest::Method::PUT, format!("{base}/ipp/v1/devices/{device}"), Some(body)).await {
                    Some((200, _)) => names.lock().unwrap().push((device.clone(), i)),
                    _ => break,
                }
            }
        }));
    }
    // Kill it under load: once enough writes were acknowledged to show anything (a
    // condition, polled; the writers go on meanwhile).
    while acked_enrollments.lock().unwrap().len() < 30 {
        assert!(
            !writers.iter().all(|w| w.is_finished()),
            "the writers stopped before 30 writes were acknowledged"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    pg.child.kill().unwrap(); // SIGKILL
    pg.child.wait().unwrap();
    for w in writers {
        w.await.unwrap();
    }
    let enrollments = acked_enrollments.lock().unwrap().clone();
    let names = acked_names.lock().unwrap().clone();
    eprintln!(
        "{} enrollments and {} renames acknowledged before kill -9",
        enrollments.len(),
        names.len()
    );

    let pg2 = start(&db);
    for id in &enrollments {
        let (status, e) = call(
            &client,
            reqwest::Method::GET,
            format!("{}/ipp/v1/enrollments/{id}", pg2.base),
            None,
        )
        .await
        .unwrap();
        assert_eq!(status, 200, "acknowledged enrollment {id} was lost");
        assert_eq!(e["status"], "PENDING");
    }
    // Every device carries its last acknowledged name, or the one being written when killed.
    let mut last = std::collections::HashMap::new();
    for (device, i) in names {
        last.insert(device, i);
    }
    for (device, i) in last {
        let (_, d) = call(
            &client,
            reqwest::Method::GET,
            format!("{}/ipp/v1/devices/{device}", pg2.base),
            None,
        )
        .await
        .unwrap();
        let v: u32 = d["name"]
            .as_str()
            .unwrap()
            .rsplit(" v")
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            v == i || v == i + 1,
            "device {device}: acknowledged v{i}, found v{v}"
        );
    }
    // And the seeded data is still there once, not seeded again.
    let (_, devices) = call(
        &client,
        reqwest::Method::GET,
        format!("{}/ipp/v1/devices?metadata=store%3A104", pg2.base),
        None,
    )
    .await
    .unwrap();
    assert_eq!(devices["total_elements"], 4);
    drop(pg2);
    let _ = std::fs::remove_dir_all(dir);
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
