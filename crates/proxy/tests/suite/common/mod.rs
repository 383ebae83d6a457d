//! The proxy on a real socket, configured through its real command line, in front of the
//! real playground (in memory) whose every incoming request is recorded, or in front of
//! an in-test fake upstream. Every response the tests read is checked for secrets, and
//! every log line the suite produced is checked when a stack is dropped.

mod answers;
mod database;
mod process;
mod tokens;
mod upstream;

pub(crate) use answers::*;
pub(crate) use database::*;
pub(crate) use process::*;
pub(crate) use tokens::*;
pub(crate) use upstream::*;

use std::io::Write;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, Once};

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use clap::Parser;
use ipp::console::Role;
use jsonwebtoken::{encode, Algorithm, EncodingKey, Header};
use playground::{Playground, Store, DEMO_KEY, DEMO_MERCHANT, OTHER_KEY};
use proxy::auth::Claims;
use proxy::config::Config;
use reqwest::Method;
use serde_json::{json, Value};

pub(crate) const SECRET: &str = "test-secret-of-the-console-suite-0123456789abcdef";
pub(crate) const ISSUER: &str = "https://portal.example.test";
pub(crate) const AUDIENCE: &str = "device-console";
pub(crate) const HOST_ORIGIN: &str = "https://portal.example.test";
/// The console's client secret at the suite's identity provider.
pub(crate) const OIDC_SECRET: &str = "oidc-client-secret-of-the-console-suite";

// ---- Secrets every response and log line is checked for ----

static TOKENS: Mutex<Vec<String>> = Mutex::new(Vec::new());
static LOGS: Mutex<Vec<u8>> = Mutex::new(Vec::new());
static INIT: Once = Once::new();

/// Every secret this suite has used: the API keys and every token minted.
pub(crate) fn secrets() -> Vec<String> {
    let mut s = vec![
        DEMO_KEY.to_owned(),
        OTHER_KEY.to_owned(),
        SECRET.to_owned(),
        OIDC_SECRET.to_owned(),
    ];
    s.extend(TOKENS.lock().unwrap().iter().cloned());
    s
}

pub(crate) fn assert_no_secret(what: &str, text: &str) {
    for secret in secrets() {
        assert!(
            !text.contains(&secret),
            "a secret appears in {what}: …{}…",
            &secret[..12.min(secret.len())]
        );
    }
    // Any JWT at all in a log line or response body is a leak of someone's token.
    assert!(!text.contains("eyJhbGciOi"), "a JWT appears in {what}");
}

struct Capture;

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        LOGS.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Captures every log line of the suite, at every level, as the proxy writes them.
fn capture_logs() {
    INIT.call_once(|| {
        let logger = proxy::logging::subscriber(
            proxy::config::LogFormat::Json,
            tracing_subscriber::EnvFilter::new("trace"),
            || Capture,
        );
        tracing::subscriber::set_global_default(logger).unwrap();
    });
}

/// The captured log lines.
pub(crate) fn logs() -> String {
    String::from_utf8_lossy(&LOGS.lock().unwrap()).into_owned()
}

/// Captured audit entries with this request id.
pub(crate) fn audit_for(request_id: &str) -> Vec<Value> {
    logs()
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v["target"] == "audit" && v["request_id"] == request_id)
        .collect()
}

// ---- The proxy ----

/// A dist directory like trunk's, with an inline script and hashed assets.
pub(crate) fn dist() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("console-dist-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("index.html"),
        "<!doctype html><html><head><title>Device Console</title><script type=module>import init from '/app-0123456789abcdef.js';await init();</script></head><body></body></html>",
    )
    .unwrap();
    std::fs::write(
        dir.join("app-0123456789abcdef.js"),
        "export default async function init() {}\n".repeat(40),
    )
    .unwrap();
    // The build's precompressed copies (their content is not looked at when served).
    std::fs::write(dir.join("app-0123456789abcdef.js.br"), b"brotli bytes").unwrap();
    std::fs::write(dir.join("app-0123456789abcdef.js.gz"), b"gzip bytes").unwrap();
    std::fs::write(dir.join("app-0123456789abcdef_bg.wasm"), vec![0u8; 2048]).unwrap();
    dir
}

pub(crate) struct Proxy {
    pub base: String,
    pub addr: SocketAddr,
    pub client: reqwest::Client,
    pub upstream: Recorder,
    pub store: Option<Store>,
    /// The playground's address, for a second proxy in front of the same one.
    pub playground: Option<SocketAddr>,
    /// The stack's own built console (removed with it).
    dist: std::path::PathBuf,
}

/// How a test stack is set up.
#[derive(Clone, Default)]
pub(crate) struct Opts {
    /// Forward to the playground as to Kustom (`--upstream`, keys from a file), or as a
    /// playground (`--playground-url`, development sign-in on).
    pub playground_mode: bool,
    /// The playground leaves its extensions out (so lookups go through lists).
    pub documented_only: bool,
    pub extra_args: Vec<String>,
    /// The console database on the test PostgreSQL (a database of its own), not SQLite.
    pub postgres: bool,
}

/// The proxy in front of a recorded playground.
pub(crate) async fn stack(opts: Opts) -> Proxy {
    let (addr, rec, store) = recorded_playground(opts.documented_only).await;
    let mut p = proxy_for(&format!("http://{addr}"), opts).await;
    p.upstream = rec;
    p.store = Some(store);
    p.playground = Some(addr);
    p.upstream.clear();
    p
}

/// The proxy in front of any upstream.
pub(crate) async fn proxy_for(upstream: &str, opts: Opts) -> Proxy {
    capture_logs();
    let dist = dist();
    let keys = std::env::temp_dir().join(format!("console-keys-{}.json", uuid::Uuid::new_v4()));
    std::fs::write(
        &keys,
        json!({ DEMO_MERCHANT: DEMO_KEY, playground::OTHER_MERCHANT: OTHER_KEY }).to_string(),
    )
    .unwrap();
    let mut args: Vec<String> = vec![
        "device-console".into(),
        "--dist".into(),
        dist.to_str().unwrap().into(),
        "--api-keys-file".into(),
        keys.to_str().unwrap().into(),
        "--token-issuer".into(),
        ISSUER.into(),
        "--token-audience".into(),
        AUDIENCE.into(),
        "--frame-ancestors".into(),
        HOST_ORIGIN.into(),
    ];
    if !opts.extra_args.iter().any(|a| a == "--token-public-key") {
        args.extend(["--token-secret".into(), SECRET.into()]);
    }
    if opts.playground_mode {
        args.extend(["--playground-url".into(), upstream.into()]);
    } else {
        args.extend(["--upstream".into(), upstream.into()]);
        if !opts.documented_only {
            args.push("--upstream-get-by-id".into());
        }
    }
    if !opts.extra_args.iter().any(|a| a == "--database-url") {
        args.extend(["--database-url".into(), database_url(opts.postgres).await]);
    }
    args.extend(opts.extra_args.iter().cloned());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    // Standalone sign-in needs the console's own address (its redirect URI).
    if args.iter().any(|a| a == "--oidc-issuer") && !args.iter().any(|a| a == "--public-url") {
        args.extend(["--public-url".into(), format!("http://{addr}")]);
    }
    let config = Config::try_parse_from(&args).unwrap();
    let started = proxy::start::start(&config).await.unwrap();
    // Read at start: not needed any more.
    let _ = std::fs::remove_file(&keys);
    let app = proxy::app(started.state, config.request_timeout());
    // The proxy's own server, as `main` runs it.
    tokio::spawn(proxy::edge::serve::serve(
        listener,
        app,
        config.request_timeout(),
        std::future::pending(),
    ));
    Proxy {
        base: format!("http://{addr}"),
        addr,
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        upstream: Recorder::default(),
        store: None,
        playground: None,
        dist,
    }
}

/// The ids of the demo merchant's locations in `store`.
pub(crate) fn locations_of(store: &Store) -> Vec<String> {
    let page = store
        .list_locations(DEMO_MERCHANT, &ipp::ListQuery::default())
        .unwrap();
    page.content.iter().map(|l| l.id.to_string()).collect()
}

impl Proxy {
    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub(crate) async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Answer {
        let mut req = self.client.request(method, self.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req
                .header("content-type", "application/json")
                .body(b.to_string());
        }
        answer(req.send().await.unwrap()).await
    }

    pub(crate) async fn send(&self, req: reqwest::RequestBuilder) -> Answer {
        answer(req.send().await.unwrap()).await
    }

    pub(crate) async fn get(&self, path: &str, token: &str) -> Answer {
        self.call(Method::GET, path, Some(token), None).await
    }

    /// The demo merchant's locations, oldest first (straight from the playground).
    pub(crate) fn locations(&self) -> Vec<String> {
        locations_of(self.store.as_ref().expect("a playground stack"))
    }

    /// A phone pairs with a code at the playground, as the POS app does (the console
    /// hears of it only when it next reads).
    pub(crate) fn pair(&self, phone: &ipp::RegisterDevice) -> ipp::Device {
        self.store
            .as_ref()
            .expect("a playground stack")
            .register_device(
                phone,
                "pos-app",
                playground::RedemptionLimit::default(),
                chrono::Utc::now(),
            )
            .unwrap()
    }

    /// A device of the demo merchant at a location (straight from the playground).
    pub(crate) fn device_at(&self, location: &str) -> ipp::Device {
        let store = self.store.as_ref().expect("a playground stack");
        let q = ipp::ListQuery {
            location_id: Some(location.parse().unwrap()),
            ..Default::default()
        };
        store
            .list_devices(DEMO_MERCHANT, &q)
            .unwrap()
            .content
            .remove(0)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dist);
        if !std::thread::panicking() {
            assert_no_secret("the captured logs", &logs());
        }
    }
}
