//! What the benchmarks that run the proxy's release binary share: starting it as a
//! process of its own in front of an upstream, an operator's token for it, its calls, and
//! a working directory that is kept (with the proxy's log) only when a run fails.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use ipp::console::Role;
use ipp::Uuid;
use playground::{DEMO_KEY, DEMO_MERCHANT};
use serde_json::{json, Value};

const SECRET: &str = "bench-secret-of-the-console-0123456789abcdef";
const ISSUER: &str = "https://portal.example.test";
const AUDIENCE: &str = "device-console";

/// An operator's token for the proxy [`spawn`] starts.
pub(crate) fn token() -> anyhow::Result<String> {
    let now = chrono::Utc::now().timestamp();
    let claims = proxy::auth::Claims {
        iss: ISSUER.into(),
        aud: AUDIENCE.into(),
        sub: "user-bench".into(),
        exp: now + 840, // the proxy refuses tokens that live longer than 900 s
        iat: now,
        nbf: None,
        merchant_id: DEMO_MERCHANT.into(),
        roles: vec![Role::Operator.as_str().into()],
        locations: None,
        name: Some("Bench Operator".into()),
        locale: None,
    };
    let key = jsonwebtoken::EncodingKey::from_secret(SECRET.as_bytes());
    let header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256);
    Ok(jsonwebtoken::encode(&header, &claims, &key)?)
}

/// Sends `req` with `token`; the answer's JSON and when it came, or an error unless its
/// status is `want`.
pub(crate) async fn call(
    req: reqwest::RequestBuilder,
    token: &str,
    want: u16,
) -> anyhow::Result<(Value, Instant)> {
    let answer = req.bearer_auth(token).send().await?;
    let at = Instant::now();
    let status = answer.status().as_u16();
    let text = answer.text().await?;
    if status != want {
        bail!("answered {status} (expected {want}): {text}");
    }
    Ok((serde_json::from_str(&text).unwrap_or(Value::Null), at))
}

/// The proxy binary beside this example's directory (target/release/examples/..).
fn binary() -> anyhow::Result<PathBuf> {
    let exe = std::env::current_exe()?;
    let bin = exe
        .parent()
        .and_then(|d| d.parent())
        .context("no target directory")?
        .join("device-console");
    if !bin.exists() {
        bail!(
            "{} is missing: run `cargo build --release -p proxy` (the make target of this benchmark does)",
            bin.display()
        );
    }
    Ok(bin)
}

/// The proxy on `port` in front of `upstream`, its console database and log in `dir`,
/// running `concurrency` upstream calls of a job at once.
fn spawn(
    upstream: &str,
    dir: &Path,
    port: u16,
    concurrency: usize,
) -> anyhow::Result<tokio::process::Child> {
    let (dist, data) = (dir.join("dist"), dir.join("data"));
    std::fs::create_dir_all(&dist)?;
    std::fs::create_dir_all(&data)?;
    std::fs::write(
        dist.join("index.html"),
        "<!doctype html><title>Device Console</title>",
    )?;
    let keys = dir.join("keys.json");
    std::fs::write(&keys, json!({ DEMO_MERCHANT: DEMO_KEY }).to_string())?;
    let log = std::fs::File::create(dir.join("proxy.log"))?;
    let s = |p: &Path| p.to_string_lossy().into_owned();
    Ok(tokio::process::Command::new(binary()?)
        .args(["--upstream", upstream, "--upstream-get-by-id"])
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .args(["--dist", &s(&dist), "--data-dir", &s(&data)])
        .args(["--api-keys-file", &s(&keys), "--token-secret", SECRET])
        .args(["--token-issuer", ISSUER, "--token-audience", AUDIENCE])
        .args(["--job-concurrency", &concurrency.to_string()])
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(log)
        .kill_on_drop(true)
        .spawn()?)
}

/// [`spawn`] on a free port, once it answers: the proxy and its base address.
pub(crate) async fn start(
    upstream: &str,
    dir: &Path,
    concurrency: usize,
) -> anyhow::Result<(tokio::process::Child, String)> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let proxy = spawn(upstream, dir, port, concurrency)?;
    let client = reqwest::Client::new();
    let mut tries = 0;
    while client.get(format!("{base}/healthz")).send().await.is_err() {
        tries += 1;
        if tries > 300 {
            bail!("the proxy did not start");
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    Ok((proxy, base))
}

/// Runs `run` in a fresh directory under the system's temporary one, named after
/// `name`: removed afterwards, or kept with the proxy's log printed when the run failed.
pub(crate) async fn in_temp_dir<F, Fut>(name: &str, run: F) -> anyhow::Result<()>
where
    F: FnOnce(PathBuf) -> Fut,
    Fut: Future<Output = anyhow::Result<()>>,
{
    let dir = std::env::temp_dir().join(format!("console-{name}-{}", Uuid::new_v4()));
    std::fs::create_dir_all(&dir)?;
    let result = run(dir.clone()).await;
    if result.is_err() {
        let log = std::fs::read_to_string(dir.join("proxy.log")).unwrap_or_default();
        eprintln!("the proxy's log ({}):\n{log}", dir.display());
    } else {
        let _ = std::fs::remove_dir_all(&dir);
    }
    result
}
