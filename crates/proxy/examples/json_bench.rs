//! Why the proxy reads and writes its JSON with sonic-rs: a page of 20 devices through
//! the typed path (decode `Page<Device>`, leave the credentials out, encode) with
//! serde_json and with sonic-rs, the same serde definitions for both.
//!
//!     cargo run --release -p proxy --example json_bench

use std::time::{Duration, Instant};

use ipp::{Device, Page};

fn page() -> Vec<u8> {
    let device = |i: u32| {
        serde_json::json!({
            "id": format!("550e8400-e29b-41d4-a716-4466554{i:05}"), "hardware_id": format!("HW-{i}"),
            "merchant_id": "DM10000001", "location_id": "660e8400-e29b-41d4-a716-446655440001",
            "name": format!("Till {i}"), "platform": "IOS", "created_at": "2024-01-15T10:30:00.123Z",
            "metadata": {"store": "104", "department": "Checkout", "till": i.to_string()}
        })
    };
    let page = serde_json::json!({"content": (0..20).map(device).collect::<Vec<_>>(),
        "total_elements": 1012, "total_pages": 51, "page_number": 0, "page_size": 20,
        "first": true, "last": false});
    serde_json::to_vec(&page).expect("serializes")
}

fn time(rounds: u32, mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    for _ in 0..rounds {
        f();
    }
    start.elapsed() / rounds
}

fn main() {
    let bytes = page();
    let rounds = 20_000;
    println!(
        "a page of 20 devices, {} bytes; mean of {rounds}",
        bytes.len()
    );
    for _ in 0..3 {
        let serde = time(rounds, || {
            let p: Page<Device> = serde_json::from_slice(&bytes).expect("reads");
            let out = serde_json::to_vec(&p.map(Device::without_credentials)).expect("writes");
            std::hint::black_box(out);
        });
        let sonic = time(rounds, || {
            let p: Page<Device> = sonic_rs::from_slice(&bytes).expect("reads");
            let out = sonic_rs::to_vec(&p.map(Device::without_credentials)).expect("writes");
            std::hint::black_box(out);
        });
        println!(
            "serde_json {serde:?}   sonic-rs {sonic:?}   sonic-rs/serde_json {:.2}",
            sonic.as_secs_f64() / serde.as_secs_f64()
        );
    }
}
