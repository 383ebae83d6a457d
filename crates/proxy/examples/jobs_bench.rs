//! A bulk change ("job") as the proxy runs it: 1,000 devices moved to another location,
//! against the playground served in this process, every upstream answer given 50 ms after
//! its request came (handled by the playground after 25 ms), job concurrency 4.
//! The proxy is the release binary (target/release/device-console), a process of its own.
//!
//! The fleet: one location holding 1,000 seeded devices, a second added afterwards; the
//! job is `relocate` with the filter `location_id=<first>` to the second, so every device
//! selected is changed (none is there already; "unchanged" is printed all the same). The
//! fleet index is read (one `GET /api/devices`) first; upstream calls are counted from
//! the POST of the job on: reads of one device (GET), writes (PUT), other calls apart.
//!
//! Figures and goals:
//! - upstream calls per device changed (and per device selected): <= 2, one fresh read
//!   and one write;
//! - elapsed time, the POST to the job seen finished, against the ideal of the job's calls
//!   x 50 ms / 4: <= 1.2x the ideal; with where the time goes: calls in flight, the
//!   playground's and the proxy's own time per device, the time before the first call;
//! - the proxy's VmRSS (/proc/<pid>/status): before the job, its peak during the job
//!   (sampled every 20 ms), the growth.
//!
//! Figures, not assertions: the exit status is non-zero only when something fails (the
//! proxy does not start, the job does not finish, an item fails), not for a missed goal.
//!
//!     make bench-jobs

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use ipp::Uuid;
use playground::store::seed::NewLocation;
use playground::{DEMO_KEY, DEMO_MERCHANT};
use serde_json::json;

mod release_proxy;
use release_proxy::{call, start, token};

const DEVICES: usize = 1_000;
const LATENCY: Duration = Duration::from_millis(50);
const CONCURRENCY: usize = 4;
const SAMPLE_EVERY: Duration = Duration::from_millis(20);

/// One upstream call the playground answered.
struct Call {
    /// 0: a read of one device, 1: a write (PUT) of one, 2: anything else (lists).
    kind: usize,
    device: Option<Uuid>,
    start: Instant,
    end: Instant,
    /// The playground's own time, the held latency left out.
    handled: Duration,
}

type Calls = Arc<Mutex<Vec<Call>>>;

/// Answers every call `LATENCY` after it came, and records it.
async fn upstream(
    calls: Calls,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let start = Instant::now();
    let device =
        (req.uri().path().strip_prefix("/ipp/v1/devices/")).and_then(|id| Uuid::parse_str(id).ok());
    let kind = match *req.method() {
        axum::http::Method::GET if device.is_some() => 0,
        axum::http::Method::PUT if device.is_some() => 1,
        _ => 2,
    };
    tokio::time::sleep_until((start + LATENCY / 2).into()).await;
    let handling = Instant::now();
    let answer = next.run(req).await;
    let handled = handling.elapsed();
    tokio::time::sleep_until((start + LATENCY).into()).await;
    let end = Instant::now();
    calls.lock().unwrap().push(Call {
        kind,
        device,
        start,
        end,
        handled,
    });
    answer
}

/// The most calls in flight at once.
fn max_in_flight(calls: &[&Call]) -> usize {
    let mut events: Vec<(Instant, i32)> = calls
        .iter()
        .flat_map(|c| [(c.start, 1), (c.end, -1)])
        .collect();
    events.sort();
    let (mut now, mut max) = (0i32, 0i32);
    for (_, step) in events {
        now += step;
        max = max.max(now);
    }
    max as usize
}

/// The `p` percentile, ms.
fn percentile(mut v: Vec<Duration>, p: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_unstable();
    let i = ((v.len() as f64 * p).ceil() as usize).clamp(1, v.len()) - 1;
    v[i].as_secs_f64() * 1000.0
}

/// The process's resident memory, kB.
fn rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    release_proxy::in_temp_dir("jobs-bench", |dir| async move { run(&dir).await }).await
}

/// The playground with 1,000 devices at one location and a second location to move them
/// to, served here with its calls recorded: its address, the store and both locations.
async fn playground(calls: Calls) -> anyhow::Result<(String, playground::Store, Uuid, Uuid)> {
    let now = chrono::Utc::now();
    let store = playground::Store::open(":memory:")?;
    let place = |name| NewLocation {
        name,
        street: None,
        postal_code: None,
        city: Some("Malmö"),
        country: Some("SE"),
    };
    store.add_key(DEMO_MERCHANT, DEMO_KEY, now)?;
    let from = store.add_location(DEMO_MERCHANT, &place("Bench source"), now)?;
    store.seed_devices(DEMO_MERCHANT, DEVICES, now)?;
    let to = store.add_location(DEMO_MERCHANT, &place("Bench destination"), now)?;
    let app = playground::app_with(playground::Playground::new(store.clone(), false)).layer(
        axum::middleware::from_fn(move |req, next| upstream(calls.clone(), req, next)),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok((url, store, from, to))
}

/// Devices at `location`, as the playground has them.
fn at(store: &playground::Store, location: Uuid) -> anyhow::Result<u64> {
    let q = ipp::ListQuery {
        location_id: Some(location),
        page_size: 1,
        ..Default::default()
    };
    Ok(store.list_devices(DEMO_MERCHANT, &q)?.total_elements)
}

/// Samples the process's VmRSS every `SAMPLE_EVERY` until `stop`: the peak, the samples.
async fn sample(pid: u32, stop: Arc<AtomicBool>) -> (u64, usize) {
    let mut every = tokio::time::interval(SAMPLE_EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let (mut peak, mut samples) = (0, 0);
    while !stop.load(Ordering::SeqCst) {
        every.tick().await;
        if let Some(kb) = rss_kb(pid) {
            peak = peak.max(kb);
            samples += 1;
        }
    }
    (peak, samples)
}

async fn run(dir: &std::path::Path) -> anyhow::Result<()> {
    let calls = Calls::default();
    let (upstream_url, store, from, to) = playground(calls.clone()).await?;
    let seeded = at(&store, from)?;
    if seeded != DEVICES as u64 {
        bail!("seeded {seeded} devices at the source, not {DEVICES}");
    }
    let (proxy, base) = start(&upstream_url, dir, CONCURRENCY).await?;
    let pid = proxy.id().context("the proxy has no pid")?;
    let client = reqwest::Client::new();
    let op = token()?;
    // The fleet index, read once before the job.
    let t = Instant::now();
    let get = |path: &str| client.get(format!("{base}{path}"));
    call(get("/api/devices?page_size=20"), &op, 200).await?;
    let index_read = t.elapsed();
    tokio::time::sleep(Duration::from_millis(200)).await;

    let rss_before = rss_kb(pid).context("cannot read the proxy's VmRSS")?;
    let stop = Arc::new(AtomicBool::new(false));
    let sampler = tokio::spawn(sample(pid, stop.clone()));
    let posted = Instant::now();
    let body = json!({"action": "relocate", "filter": format!("location_id={from}"),
        "location_id": to, "idempotency_key": format!("jobs-bench-{}", Uuid::new_v4())});
    let post = (client.post(format!("{base}/api/jobs")))
        .header("content-type", "application/json")
        .body(body.to_string());
    let (started, _) = call(post, &op, 202).await?;
    let id = started["id"].as_str().context("no job id")?.to_owned();
    let (job, seen) = loop {
        let (page, at) = call(get(&format!("/api/jobs/{id}")), &op, 200).await?;
        if matches!(
            page["job"]["status"].as_str(),
            Some("done" | "failed" | "cancelled")
        ) {
            break (page["job"].clone(), at);
        }
        if posted.elapsed() > Duration::from_secs(600) {
            bail!("the job did not finish in 10 minutes: {}", page["job"]);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    stop.store(true, Ordering::SeqCst);
    let (peak, samples) = sampler.await?;
    let peak = peak.max(rss_before);
    let secs = (seen - posted).as_secs_f64();
    let moved = at(&store, to)?;
    drop(proxy);

    // The figures: the calls from the POST on.
    let log = calls.lock().unwrap();
    let during: Vec<&Call> = log.iter().filter(|c| c.start >= posted).collect();
    let count = |kind| during.iter().filter(|c| c.kind == kind).count();
    let (reads, writes, other) = (count(0), count(1), count(2));
    let n = |k: &str| job["counts"][k].as_u64().unwrap_or(0);
    let (total, changed) = (job["total"].as_u64().unwrap_or(0), n("done"));
    let job_calls = reads + writes;
    let per = |d: u64| job_calls as f64 / d.max(1) as f64;
    let ideal = (LATENCY.as_secs_f64() * job_calls as f64 / CONCURRENCY as f64).max(1e-9);
    let first = during.iter().map(|c| c.start).min().unwrap_or(posted) - posted;
    let last = during.iter().map(|c| c.end).max().unwrap_or(posted) - posted;
    let busy: f64 = during.iter().map(|c| (c.end - c.start).as_secs_f64()).sum();
    let span = (last - first).as_secs_f64().max(1e-9);
    let record = (|| {
        let t = |k: &str| chrono::DateTime::parse_from_rfc3339(job[k].as_str()?).ok();
        Some((t("finished_at")? - t("created_at")?).num_milliseconds() as f64 / 1000.0)
    })();
    let record = record.map_or("(not given) | |".into(), |s| {
        format!("{s:.2} s | | {:.2}x ideal", s / ideal)
    });
    let (per_changed, per_total) = (per(changed), per(total));
    let (ratio_changed, ratio_total, ratio) = (per_changed / 2.0, per_total / 2.0, secs / ideal);
    let (mean, mean_running) = (busy / secs, busy / span);
    let max = max_in_flight(&during);
    let (to_first, after_last) = (first.as_secs_f64() * 1e3, (secs - last.as_secs_f64()) * 1e3);
    let own = |kind| (during.iter().filter(move |c| c.kind == kind)).map(|c| c.handled);
    let p = |kind, q| percentile(own(kind).collect(), q);
    let (r50, r95, w50, w95) = (p(0, 0.5), p(0, 0.95), p(1, 0.5), p(1, 0.95));
    let held = busy / during.len().max(1) as f64 * 1e3;
    // The proxy's own time per device, in its slot: between its read's answer and its
    // write, and in all (each slot's time not waiting for an upstream answer).
    let read_end: std::collections::HashMap<_, _> = (during.iter())
        .filter_map(|c| (c.kind == 0).then_some((c.device, c.end)))
        .collect();
    let gaps: Vec<Duration> = (during.iter().filter(|c| c.kind == 1))
        .filter_map(|w| Some(w.start.saturating_duration_since(*read_end.get(&w.device)?)))
        .collect();
    let (g50, g95) = (percentile(gaps.clone(), 0.5), percentile(gaps, 0.95));
    let idle = (CONCURRENCY as f64 * span - busy) / changed.max(1) as f64 * 1e3;
    let mb = |kb: u64| kb as f64 / 1024.0;
    let (before, peak_mb, growth) = (mb(rss_before), mb(peak), mb(peak - rss_before));
    let (ms, every) = (LATENCY.as_millis(), SAMPLE_EVERY.as_millis());
    let (unchanged, skipped, conflict) = (n("unchanged"), n("skipped"), n("conflict"));
    let (failed, pending) = (n("failed"), n("pending"));
    let status = job["status"].as_str().unwrap_or("?");
    let index = index_read.as_secs_f64();

    println!("jobs_bench: {DEVICES} devices moved to another location, upstream latency {ms} ms, job concurrency {CONCURRENCY}");
    println!("job {status}: {total} selected; done {changed}, unchanged {unchanged}, skipped {skipped}, conflict {conflict}, failed {failed}, pending {pending}; {moved} now at the destination (index read before it: {index:.2} s)");
    println!();
    println!("| figure | value | goal | ratio |");
    println!("| --- | --- | --- | --- |");
    println!("| upstream calls per device changed | {per_changed:.2} ({reads} reads + {writes} writes / {changed}) | <= 2 | {ratio_changed:.2} |");
    println!("| upstream calls per device selected | {per_total:.2} (/ {total}) | <= 2 | {ratio_total:.2} |");
    println!("| other upstream calls meanwhile (lists) | {other} | | |");
    println!("| elapsed, POST to job seen finished | {secs:.2} s (ideal {ideal:.2} s = {job_calls} calls x {ms} ms / {CONCURRENCY}) | <= 1.2x ideal | {ratio:.2}x ideal |");
    println!("| the job's own record, created to finished | {record} |");
    println!("| upstream calls in flight: mean over the elapsed time / while calls ran / max | {mean:.2} / {mean_running:.2} / {max} | {CONCURRENCY} | |");
    println!("| POST to first upstream call / last answer to job seen finished | {to_first:.0} ms / {after_last:.0} ms | | |");
    println!("| an upstream call as the proxy waits for it, mean; the playground's own time (the 50 ms left out), p50/p95 | {held:.2} ms; read {r50:.2}/{r95:.2} ms, write {w50:.2}/{w95:.2} ms | | |");
    println!("| proxy's own time per device in its slot: read answered to write sent p50/p95; in all, mean | {g50:.2}/{g95:.2} ms; {idle:.2} ms | | |");
    println!("| proxy VmRSS before / peak during the job / growth | {before:.1} / {peak_mb:.1} / {growth:.1} MB ({samples} samples, every {every} ms) | | |");
    if status != "done" || failed > 0 || moved != changed || changed == 0 {
        bail!("the job did not move every device: {job}");
    }
    Ok(())
}
