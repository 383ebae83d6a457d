//! The proxy as a process of its own (to be killed and started again), and what the tests
//! around it need.

use std::process::Stdio;
use std::time::Duration;

use playground::DEMO_MERCHANT;
use serde_json::json;

use super::{dist, AUDIENCE, ISSUER, SECRET};

/// The proxy as its own process, in front of `upstream`, keeping its database in `data`.
pub(crate) fn spawn(
    upstream: &str,
    data: &std::path::Path,
    port: u16,
    extra: &[&str],
) -> tokio::process::Child {
    let keys = data.join("keys.json");
    std::fs::write(
        &keys,
        json!({ DEMO_MERCHANT: playground::DEMO_KEY }).to_string(),
    )
    .unwrap();
    tokio::process::Command::new(env!("CARGO_BIN_EXE_device-console"))
        .args([
            "--upstream",
            upstream,
            "--upstream-get-by-id",
            "--listen",
            &format!("127.0.0.1:{port}"),
        ])
        .args([
            "--dist",
            dist().to_str().unwrap(),
            "--data-dir",
            data.to_str().unwrap(),
        ])
        .args([
            "--api-keys-file",
            keys.to_str().unwrap(),
            "--token-secret",
            SECRET,
        ])
        .args(["--token-issuer", ISSUER, "--token-audience", AUDIENCE])
        .args(extra)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap()
}

/// The demo merchant's devices (fewer than 100), as the playground has them now.
pub(crate) fn fleet(store: &playground::Store) -> Vec<ipp::Device> {
    let q = ipp::ListQuery {
        page_size: 100,
        ..Default::default()
    };
    store.list_devices(DEMO_MERCHANT, &q).unwrap().content
}

pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub(crate) async fn up(client: &reqwest::Client, base: &str) {
    for _ in 0..300 {
        if client.get(format!("{base}/healthz")).send().await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the proxy did not start");
}
