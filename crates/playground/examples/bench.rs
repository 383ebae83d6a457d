//! Benchmark: a playground with 100,000 devices; latency of a device list query with two
//! metadata filters over HTTP, against an unfiltered first page measured in the same run.
//!
//!     make bench-playground      (cargo run --release -p playground --example bench)
//!
//! Optional: BENCH_DEVICES (default 100000), BENCH_REQUESTS (default 2000).

use std::time::{Duration, Instant};

use playground::{Playground, DEMO_KEY, DEMO_MERCHANT};

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

async fn measure(
    client: &reqwest::Client,
    base: &str,
    requests: usize,
    path: impl Fn(usize) -> String,
) -> (Vec<Duration>, u64) {
    let mut times = Vec::with_capacity(requests);
    let mut matched = 0;
    for i in 0..requests + requests / 10 {
        let url = format!("{base}{}", path(i));
        let t = Instant::now();
        let resp = client
            .get(&url)
            .header("authorization", format!("Basic {DEMO_KEY}"))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200, "{url}");
        let body = resp.bytes().await.unwrap();
        let elapsed = t.elapsed();
        if i >= requests / 10 {
            // The first tenth warms caches and connections.
            times.push(elapsed);
            let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
            matched += v["total_elements"].as_u64().unwrap();
        }
    }
    times.sort();
    (times, matched / requests as u64)
}

#[tokio::main]
async fn main() {
    let devices = env("BENCH_DEVICES", 100_000);
    let requests = env("BENCH_REQUESTS", 2_000);
    let dir = std::env::temp_dir().join(format!("playground-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("bench.sqlite");
    let t = Instant::now();
    let store = playground::open_store(db.to_str().unwrap(), false, devices, 0).unwrap();
    println!(
        "seeded {devices} devices in {:.1} s ({})",
        t.elapsed().as_secs_f64(),
        db.display()
    );
    assert_eq!(store.count_rows("devices").unwrap() as usize, devices);

    let (listener, addr) = playground::bind("127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    tokio::spawn(playground::serve(
        listener,
        Playground::new(store.clone(), false),
    ));
    let base = format!("http://{addr}");
    let client = reqwest::Client::new();

    // Two filters: one store (of 200) and one department (of 6), varied per request.
    const DEPARTMENTS: [&str; 6] = [
        "Checkout",
        "Sales",
        "Caf%C3%A9",
        "Returns",
        "Warehouse",
        "Fitting%20rooms",
    ];
    let filtered = |i: usize| {
        format!(
            "/ipp/v1/devices?metadata=store%3A{}&metadata=department%3A{}&page_size=20",
            100 + (i * 37) % 200,
            DEPARTMENTS[i % 6]
        )
    };
    let (two, matched) = measure(&client, &base, requests, filtered).await;
    let (plain, _) = measure(&client, &base, requests, |i| {
        format!("/ipp/v1/devices?page_size=20&page_number={}", i % 50)
    })
    .await;
    let (tiny, _) = measure(&client, &base, requests, |_| "/ipp/v1/locations".to_owned()).await;

    // The same filtered query straight on the store, without HTTP.
    let mut direct = Vec::with_capacity(requests);
    for i in 0..requests {
        let q = ipp::ListQuery::parse(
            ipp::ListKind::Devices,
            filtered(i).split_once('?').unwrap().1,
        )
        .unwrap();
        let t = Instant::now();
        let page = store.list_devices(DEMO_MERCHANT, &q).unwrap();
        direct.push(t.elapsed());
        assert!(page.content.len() <= 20);
    }
    direct.sort();

    println!();
    println!(
        "device list, {devices} devices, {requests} requests each, sequential, one connection"
    );
    println!("{:<52} {:>9} {:>9}", "query", "p50 ms", "p99 ms");
    for (name, t) in [
        (
            format!("2 metadata filters over HTTP (~{matched} matches)"),
            &two,
        ),
        ("reference: unfiltered page over HTTP".to_owned(), &plain),
        ("reference: list of 1 location over HTTP".to_owned(), &tiny),
        (
            "2 metadata filters, store only (no HTTP)".to_owned(),
            &direct,
        ),
    ] {
        println!(
            "{name:<52} {:>9.3} {:>9.3}",
            ms(percentile(t, 0.50)),
            ms(percentile(t, 0.99))
        );
    }
    println!();
    println!(
        "ratio filtered/unfiltered over HTTP: p50 {:.2}x, p99 {:.2}x",
        ms(percentile(&two, 0.5)) / ms(percentile(&plain, 0.5)),
        ms(percentile(&two, 0.99)) / ms(percentile(&plain, 0.99))
    );
    let p50 = ms(percentile(&two, 0.5));
    println!(
        "target p50 <= 5 ms: {} ({p50:.3} ms)",
        if p50 <= 5.0 { "met" } else { "NOT met" }
    );
    drop(store);
    let _ = std::fs::remove_dir_all(dir);
}
