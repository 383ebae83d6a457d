//! A batch of pairing codes (`create_enrollments`, a store rollout) as the proxy runs it:
//! 500 codes over two locations, each with its own metadata, created through the proxy
//! against the playground served in this process, at job concurrency 4. Twice: with
//! every upstream answer given 50 ms after its request came (as `make bench-jobs` holds
//! them), and with nothing held (the playground's and the proxy's own time).
//! The proxy is the release binary (target/release/device-console), a process of its own,
//! on a SQLite console database.
//!
//! Figures, per run: the elapsed time from the POST of the batch to the job seen finished,
//! against the ideal of its upstream calls x 50 ms / 4 when held; codes per second; the
//! upstream calls from the POST on (creates, list reads, other), per code; the codes the
//! playground has afterwards (each made once).
//!
//! Figures, not assertions: the exit status is non-zero only when something fails (the
//! proxy does not start, the job does not finish, a code fails or is made twice).
//!
//!     make bench-codes

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use playground::store::seed::NewLocation;
use playground::{DEMO_KEY, DEMO_MERCHANT};
use serde_json::{json, Value};

mod release_proxy;
use release_proxy::{call, start, token};

const CODES: usize = 500;
const LATENCY_MS: u64 = 50;
const CONCURRENCY: usize = 4;

/// Upstream calls seen: (when it came, method, path).
type Calls = Arc<Mutex<Vec<(Instant, String, String)>>>;

/// Records every call and holds its answer until `hold` ms after it came.
async fn upstream(
    calls: Calls,
    hold: Arc<AtomicU64>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let start = Instant::now();
    let (method, path) = (req.method().to_string(), req.uri().path().to_owned());
    calls.lock().unwrap().push((start, method, path));
    let answer = next.run(req).await;
    let hold = Duration::from_millis(hold.load(Ordering::SeqCst));
    tokio::time::sleep_until((start + hold).into()).await;
    answer
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    release_proxy::in_temp_dir("codes-bench", |dir| async move { run(&dir).await }).await
}

/// The codes of batch `tag` the playground has.
fn made(store: &playground::Store, tag: &str) -> anyhow::Result<Vec<ipp::Enrollment>> {
    let mut out = Vec::new();
    for page_number in 0.. {
        let q = ipp::ListQuery {
            metadata: vec![ipp::MetadataFilter {
                key: "batch".into(),
                value: tag.into(),
            }],
            page_number,
            page_size: 100,
            ..Default::default()
        };
        let page = store.list_enrollments(DEMO_MERCHANT, &q, chrono::Utc::now())?;
        out.extend(page.content);
        if page.last {
            break;
        }
    }
    Ok(out)
}

async fn run(dir: &std::path::Path) -> anyhow::Result<()> {
    let now = chrono::Utc::now();
    let store = playground::Store::open(":memory:")?;
    store.add_key(DEMO_MERCHANT, DEMO_KEY, now)?;
    let place = |name| NewLocation {
        name,
        street: None,
        postal_code: None,
        city: Some("Malmö"),
        country: Some("SE"),
    };
    let stores = [
        store.add_location(DEMO_MERCHANT, &place("Rollout north"), now)?,
        store.add_location(DEMO_MERCHANT, &place("Rollout south"), now)?,
    ];
    let (calls, hold) = (Calls::default(), Arc::new(AtomicU64::new(0)));
    let (c, h) = (calls.clone(), hold.clone());
    let app = playground::app_with(playground::Playground::new(store.clone(), false)).layer(
        axum::middleware::from_fn(move |req, next| upstream(c.clone(), h.clone(), req, next)),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let upstream_url = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });
    let (_proxy, base) = start(&upstream_url, dir, CONCURRENCY).await?;
    let client = reqwest::Client::new();
    let op = token()?;
    // The fleet index (which knows the locations) read once before.
    call(
        client.get(format!("{base}/api/devices?page_size=20")),
        &op,
        200,
    )
    .await?;

    println!("codes_bench: {CODES} pairing codes over 2 locations through the proxy, job concurrency {CONCURRENCY}, SQLite console database");
    println!();
    println!("| upstream answers held | elapsed, POST to job seen finished | codes/s | upstream calls: creates + list reads + other (per code) | ideal (calls x {LATENCY_MS} ms / {CONCURRENCY}) | codes made upstream |");
    println!("| --- | --- | --- | --- | --- | --- |");
    for held in [LATENCY_MS, 0] {
        hold.store(held, Ordering::SeqCst);
        let tag = format!("bench-{held}");
        let items: Vec<Value> = (0..CODES)
            .map(|i| json!({"location_id": stores[i % 2], "metadata": {"batch": tag, "till": format!("{i}")}}))
            .collect();
        let body = json!({"action": "create_enrollments", "idempotency_key": tag, "items": items});
        calls.lock().unwrap().clear();
        let posted = Instant::now();
        let post = client
            .post(format!("{base}/api/jobs"))
            .header("content-type", "application/json");
        let (started, _) = call(post.body(body.to_string()), &op, 202).await?;
        let id = started["id"].as_str().context("no job id")?.to_owned();
        let job = loop {
            let (page, _) = call(
                client.get(format!("{base}/api/jobs/{id}?page_size=1")),
                &op,
                200,
            )
            .await?;
            if matches!(
                page["job"]["status"].as_str(),
                Some("done" | "failed" | "cancelled")
            ) {
                break page["job"].clone();
            }
            if posted.elapsed() > Duration::from_secs(600) {
                bail!("the job did not finish in 10 minutes: {}", page["job"]);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        let secs = posted.elapsed().as_secs_f64();
        let seen = calls.lock().unwrap().clone();
        let during: Vec<_> = seen.iter().filter(|(at, _, _)| *at >= posted).collect();
        let creates = during
            .iter()
            .filter(|(_, m, p)| m == "POST" && p == "/ipp/v1/enrollments")
            .count();
        let lists = during
            .iter()
            .filter(|(_, m, p)| m == "GET" && p == "/ipp/v1/enrollments")
            .count();
        let other = during.len() - creates - lists;
        let per = during.len() as f64 / CODES as f64;
        let codes = made(&store, &tag)?;
        let tills: HashSet<&String> = codes.iter().map(|c| &c.metadata["till"]).collect();
        let ideal = match held {
            0 => "—".to_owned(),
            ms => {
                let ideal =
                    (during.len() as f64 * ms as f64 / 1000.0 / CONCURRENCY as f64).max(1e-9);
                format!("{ideal:.2} s ({:.2}x)", secs / ideal)
            }
        };
        let rate = CODES as f64 / secs;
        println!("| {held} ms | {secs:.2} s | {rate:.0} | {creates} + {lists} + {other} ({per:.2}) | {ideal} | {} ({} distinct) |", codes.len(), tills.len());
        let done = job["counts"]["done"].as_u64().unwrap_or(0);
        if job["status"] != "done"
            || done != CODES as u64
            || codes.len() != CODES
            || tills.len() != CODES
        {
            bail!("the batch did not make each code once: {job}");
        }
    }
    Ok(())
}
