//! Configuration: every flag is also an environment variable. Secrets (API keys, the
//! token secret) are best given by environment or file, and are never logged.

mod places;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, ValueEnum};

#[derive(Debug, Clone, Parser)]
#[command(
    name = "device-console",
    about = "Device Console's proxy: serves the console, verifies operators and forwards allow-listed Kustom Device API calls.",
    version
)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// Directory of the built console (trunk's dist/).
    #[arg(long, env = "CONSOLE_DIST", default_value = "dist")]
    pub dist: PathBuf,

    #[command(flatten)]
    pub upstream: UpstreamArgs,

    #[command(flatten)]
    pub playground: PlaygroundArgs,

    #[command(flatten)]
    pub keys: KeyArgs,

    #[command(flatten)]
    pub token: TokenArgs,

    #[command(flatten)]
    pub index: IndexArgs,

    #[command(flatten)]
    pub oidc: crate::auth::oidc::OidcArgs,

    #[command(flatten)]
    pub jobs: crate::jobs::JobArgs,

    /// Where the console keeps its files: its database (unless --database-url says
    /// otherwise) and the built-in playground's.
    #[arg(long, env = "DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,

    /// The console database: sqlite:PATH (default: DATA_DIR/console.sqlite; one proxy
    /// process) or postgres://user:password@host/db (several replicas share it).
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,

    /// Days the activity trail is kept; older records are deleted in the background.
    #[arg(long, env = "ACTIVITY_RETENTION_DAYS", default_value_t = 400, value_parser = clap::value_parser!(u64).range(1..=36_500))]
    pub activity_retention_days: u64,

    /// Origins allowed to embed the console in an iframe, space- or comma-separated
    /// (e.g. "https://portal.example.com"). They become CSP frame-ancestors and the
    /// origins the console accepts postMessage from.
    #[arg(long, env = "FRAME_ANCESTORS", value_delimiter = ',', num_args = 0.., default_value = "")]
    pub frame_ancestors: Vec<String>,

    /// Time zones of locations whose country has several (or none is given), as
    /// LOCATION_ID=ZONE pairs, comma-separated (e.g. "3f2c…=America/New_York"); others
    /// get their country's one zone.
    #[arg(long, env = "LOCATION_TIME_ZONES", value_delimiter = ',', num_args = 0.., default_value = "")]
    pub location_time_zones: Vec<String>,

    /// Languages of a store's printouts where its country's are not right, as
    /// LOCATION_ID=LANGUAGE[+LANGUAGE] pairs, comma-separated (e.g. "3f2c…=sv+fi").
    #[arg(long, env = "LOCATION_LANGUAGES", value_delimiter = ',', num_args = 0.., default_value = "")]
    pub location_languages: Vec<String>,

    /// Longest time one request to the console may take, in seconds.
    #[arg(long, env = "REQUEST_TIMEOUT_SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3_600))]
    pub request_timeout_secs: u64,

    /// Threads that serve requests (default: one per CPU). On a machine shared with other
    /// busy processes, fewer threads mean less contention.
    #[arg(long, env = "WORKERS")]
    pub workers: Option<std::num::NonZeroUsize>,

    /// Log format.
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value_t = LogFormat::Json)]
    pub log_format: LogFormat,
}

#[derive(Debug, Clone, Args)]
pub struct UpstreamArgs {
    /// Base URL of the Kustom API (https://api.kustom.co, or https://api.playground.kustom.co).
    #[arg(long, env = "KUSTOM_UPSTREAM", conflicts_with = "playground_url")]
    pub upstream: Option<String>,

    /// The upstream answers GET /ipp/v1/enrollments/{id} and /ipp/v1/devices/{id} (the
    /// documented Kustom API does not; without this the proxy finds items through lists).
    /// A playground is asked at start.
    #[arg(long, env = "UPSTREAM_GET_BY_ID")]
    pub upstream_get_by_id: bool,

    /// Time limit for connecting to the upstream, in milliseconds.
    #[arg(long, env = "UPSTREAM_CONNECT_TIMEOUT_MS", default_value_t = 2_000)]
    pub upstream_connect_timeout_ms: u64,

    /// Time limit for one whole upstream call, in milliseconds.
    #[arg(long, env = "UPSTREAM_TIMEOUT_MS", default_value_t = 10_000)]
    pub upstream_timeout_ms: u64,

    /// Most list pages (of 100) read for one request when an item is looked up through
    /// the lists (an upstream without get-by-id); past it the lookup answers 404 and says
    /// it stopped.
    #[arg(long, env = "LOOKUP_MAX_PAGES", default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub lookup_max_pages: u32,

    /// How long `/readyz` reuses its last look at the upstream, in seconds: however
    /// often it is asked, the upstream is asked at most once per interval.
    #[arg(long, env = "READYZ_INTERVAL_SECS", default_value_t = 5)]
    pub readyz_interval_secs: u64,
}

#[derive(Debug, Clone, Args)]
pub struct PlaygroundArgs {
    /// Start the built-in playground (a Device API simulator) and forward to it. Only in
    /// builds with the `playground` feature (make run, the tests), never in production.
    #[cfg(feature = "playground")]
    #[arg(long, env = "PLAYGROUND", conflicts_with_all = ["playground_url", "upstream"])]
    pub playground: bool,

    /// Forward to a playground that already runs elsewhere (playground mode, not started here).
    #[arg(long, env = "PLAYGROUND_URL")]
    pub playground_url: Option<String>,

    /// Loopback address of the built-in playground (port 0: any free port).
    #[cfg(feature = "playground")]
    #[arg(long, env = "PLAYGROUND_LISTEN", default_value = "127.0.0.1:0")]
    pub playground_listen: SocketAddr,

    /// Demo data for a new built-in playground database.
    #[cfg(feature = "playground")]
    #[arg(long, env = "PLAYGROUND_SEED", value_enum, default_value_t = Seed::Demo)]
    pub playground_seed: Seed,

    /// Switch the built-in playground's API extensions off (get-by-id, enrollment → device
    /// link), so the console works from exactly what Kustom documents.
    #[cfg(feature = "playground")]
    #[arg(long, env = "PLAYGROUND_DOCUMENTED_ONLY")]
    pub documented_only: bool,
}

#[cfg(feature = "playground")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Seed {
    Demo,
    None,
}

/// The built-in playground, started in this process on a loopback port.
#[cfg(feature = "playground")]
pub mod built_in {
    use super::{PlaygroundArgs, Seed};

    /// Starts it; answers its base URL and its task (which ends only when it fails).
    pub async fn start(
        p: &PlaygroundArgs,
        data_dir: &std::path::Path,
    ) -> Result<(String, tokio::task::JoinHandle<std::io::Result<()>>), String> {
        let db = data_dir.join("playground.sqlite");
        let db = db.to_str().ok_or("the data directory is not valid UTF-8")?;
        let store = playground::open_store(db, p.playground_seed == Seed::Demo, 0, 0)
            .map_err(|e| e.to_string())?;
        let (listener, addr) = playground::bind(p.playground_listen)
            .await
            .map_err(|e| format!("cannot listen on {}: {e}", p.playground_listen))?;
        let pg = playground::Playground::new(store, p.documented_only);
        let task = tokio::spawn(playground::serve(listener, pg));
        tracing::info!(%addr, db, documented_only = p.documented_only, "playground started");
        Ok((format!("http://{addr}"), task))
    }
}

/// The fleet index (DESIGN, "The fleet index").
#[derive(Debug, Clone, Args)]
pub struct IndexArgs {
    /// Seconds from the end of one read of a merchant's fleet to the start of the next
    /// (while someone uses it; never sooner than ten times the last read's duration).
    #[arg(long, env = "INDEX_REFRESH_SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub index_refresh_secs: u64,

    /// Most devices indexed per merchant; a larger fleet is listed page by page from
    /// the upstream, without search, sort, facets, export or overview.
    #[arg(long, env = "INDEX_MAX_DEVICES", default_value_t = 200_000, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
    pub index_max_devices: u64,

    /// Upstream pages read at once while indexing.
    #[arg(long, env = "INDEX_CONCURRENCY", default_value_t = 4, value_parser = clap::value_parser!(u64).range(1..=32))]
    pub index_concurrency: u64,

    /// Seconds without a request after which a merchant's index is dropped.
    #[arg(long, env = "INDEX_IDLE_SECS", default_value_t = 600, value_parser = clap::value_parser!(u64).range(1..=604_800))]
    pub index_idle_secs: u64,
}

impl IndexArgs {
    pub fn config(&self) -> crate::fleet::index::IndexConfig {
        crate::fleet::index::IndexConfig {
            refresh_every: Duration::from_secs(self.index_refresh_secs),
            max_devices: self.index_max_devices as usize,
            concurrency: self.index_concurrency as usize,
            idle_after: Duration::from_secs(self.index_idle_secs),
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct KeyArgs {
    /// The Kustom API key (with --merchant-id), for a deployment serving one merchant.
    #[arg(
        long,
        env = "KUSTOM_API_KEY",
        hide_env_values = true,
        requires = "merchant_id"
    )]
    pub api_key: Option<String>,

    /// The merchant id the API key belongs to.
    #[arg(long, env = "KUSTOM_MERCHANT_ID")]
    pub merchant_id: Option<String>,

    /// A JSON file mapping merchant ids to API keys ({"M1": "kco_live_api_…"}), for a
    /// deployment serving several merchants.
    #[arg(long, env = "KUSTOM_API_KEYS_FILE", conflicts_with = "api_key")]
    pub api_keys_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct TokenArgs {
    /// HS256 secret that signs operator tokens (at least 32 bytes).
    #[arg(long, env = "OPERATOR_TOKEN_SECRET", hide_env_values = true)]
    pub token_secret: Option<String>,

    /// PEM public key that verifies operator tokens (RS256, ES256 or EdDSA; see
    /// --token-algorithm).
    #[arg(
        long,
        env = "OPERATOR_TOKEN_PUBLIC_KEY",
        conflicts_with = "token_secret"
    )]
    pub token_public_key: Option<PathBuf>,

    /// Algorithm of --token-public-key.
    #[arg(
        long,
        env = "OPERATOR_TOKEN_ALGORITHM",
        value_enum,
        requires = "token_public_key"
    )]
    pub token_algorithm: Option<PublicKeyAlgorithm>,

    /// Required `iss` claim.
    #[arg(
        long,
        env = "OPERATOR_TOKEN_ISSUER",
        default_value = "device-console-playground"
    )]
    pub token_issuer: String,

    /// Required `aud` claim.
    #[arg(
        long,
        env = "OPERATOR_TOKEN_AUDIENCE",
        default_value = "device-console"
    )]
    pub token_audience: String,

    /// Longest accepted token lifetime (`exp` − `iat`), in seconds.
    #[arg(long, env = "OPERATOR_TOKEN_MAX_LIFETIME_SECS", default_value_t = 900, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub token_max_lifetime_secs: u64,

    /// Allowed clock difference for `exp`, `nbf` and `iat`, in seconds.
    #[arg(long, env = "OPERATOR_TOKEN_LEEWAY_SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(0..=3_600))]
    pub token_leeway_secs: u64,

    /// Most locations one token may name in its `locations` claim.
    #[arg(long, env = "OPERATOR_TOKEN_MAX_LOCATIONS", default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub token_max_locations: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PublicKeyAlgorithm {
    #[value(name = "RS256")]
    Rs256,
    #[value(name = "ES256")]
    Es256,
    #[value(name = "EdDSA")]
    EdDsa,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Json,
    Pretty,
}

impl Config {
    /// The database URL: as given, or a SQLite file in the data directory.
    pub fn database_url(&self) -> Result<String, crate::start::StartError> {
        if let Some(url) = &self.database_url {
            return Ok(url.clone());
        }
        std::fs::create_dir_all(&self.data_dir).map_err(|source| {
            crate::start::StartError::Unreadable {
                path: self.data_dir.clone(),
                source,
            }
        })?;
        let file = self.data_dir.join("console.sqlite");
        let file = file.to_str().ok_or_else(|| {
            crate::start::StartError::Database("the data directory is not valid UTF-8".into())
        })?;
        Ok(format!("sqlite:{file}?mode=rwc"))
    }

    pub fn request_timeout(&self) -> Duration {
        Duration::from_secs(self.request_timeout_secs)
    }

    pub fn is_playground(&self) -> bool {
        #[cfg(feature = "playground")]
        if self.playground.playground {
            return true;
        }
        self.playground.playground_url.is_some()
    }

    /// The frame-ancestor origins, split on spaces too and validated.
    pub fn host_origins(&self) -> Result<Vec<String>, crate::start::StartError> {
        let mut out = Vec::new();
        for origin in self
            .frame_ancestors
            .iter()
            .flat_map(|s| s.split_whitespace())
        {
            let valid = origin
                .strip_prefix("https://")
                .or_else(|| origin.strip_prefix("http://"))
                .is_some_and(|host| {
                    !host.is_empty()
                        && host.chars().all(|c| {
                            c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']')
                        })
                });
            if !valid {
                return Err(crate::start::StartError::NotAnOrigin(origin.to_owned()));
            }
            out.push(origin.to_owned());
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workers_default_to_the_runtime_and_must_be_positive() {
        let default = Config::try_parse_from(["device-console"]).unwrap();
        assert!(default.workers.is_none());
        let one = Config::try_parse_from(["device-console", "--workers", "1"]).unwrap();
        assert_eq!(one.workers.map(|n| n.get()), Some(1));
        let zero = Config::try_parse_from(["device-console", "--workers", "0"]).unwrap_err();
        assert!(zero.to_string().contains("--workers"), "{zero}");
    }
}
