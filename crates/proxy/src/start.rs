//! Turns the configuration into a running state: the upstream (Kustom, an external
//! playground, or one started here), the API keys, the token verifier and the site.
//! Everything that can be wrong is a [`StartError`] that says what to change.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use ipp::console::Mode;
use jsonwebtoken::{Algorithm, DecodingKey};

use crate::auth::{DevMinter, TokenVerifier};
use crate::config::{Config, PublicKeyAlgorithm};
use crate::edge::site::{Site, SiteError};
use crate::metrics::Metrics;
use crate::upstream::keys::{ApiKeys, KeysError, Secret};
use crate::upstream::{masked, Caller, Upstream, UpstreamUrlError};
use crate::{runtime_config, AppState};

/// Lifetime of the tokens the development sign-in mints.
pub const DEV_TOKEN_SECS: i64 = 10 * 60;

/// Why the proxy cannot start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("--frame-ancestors: \"{0}\" is not an origin; use scheme://host[:port] with no path or wildcard, e.g. https://portal.example.com")]
    NotAnOrigin(String),
    #[error("say where the Device API is: --upstream https://api.kustom.co (with --api-key/--merchant-id or --api-keys-file), or --playground")]
    NoUpstream,
    #[error("give the Kustom API key: --api-key with --merchant-id, or --api-keys-file")]
    NoApiKey,
    #[error("say how operators sign in: --token-secret (HS256) or --token-public-key with --token-algorithm for a portal's tokens, and/or --oidc-issuer for standalone sign-in")]
    NoTokenKey,
    #[error("--token-algorithm is needed with --token-public-key (RS256, ES256 or EdDSA)")]
    NoTokenAlgorithm,
    #[error("the operator token secret must be at least 32 bytes")]
    ShortTokenSecret,
    #[error("cannot read {path}: {source}")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a {algorithm:?} public key in PEM: {source}")]
    NotAPublicKey {
        path: PathBuf,
        algorithm: PublicKeyAlgorithm,
        source: jsonwebtoken::errors::Error,
    },
    #[error("merchant {0}: a live Kustom API key (kco_live_…) cannot be used in playground mode; give a test key (kco_test_…), or run without --playground/--playground-url")]
    LiveKeyInPlayground(String),
    #[error("merchant {merchant}: a live Kustom API key (kco_live_…) cannot be used with Kustom's playground ({upstream}); give a test key (kco_test_…), or --upstream https://api.kustom.co")]
    LiveKeyWithKustomPlayground { merchant: String, upstream: String },
    #[error(transparent)]
    Keys(#[from] KeysError),
    #[error(transparent)]
    Upstream(#[from] UpstreamUrlError),
    #[error(transparent)]
    Site(#[from] SiteError),
    #[error("cannot start the built-in playground: {0}")]
    Playground(String),
    #[error("the console database: {0}")]
    Database(String),
    #[error("--location-time-zones: \"{0}\" is not LOCATION_ID=ZONE with an IANA zone, e.g. 497f6eca-6276-4993-bfeb-53cbbbba6f08=Europe/Stockholm")]
    NotAZone(String),
    #[error("--location-languages: \"{0}\" is not LOCATION_ID=LANGUAGE[+LANGUAGE], with languages among en, sv, nb, da, fi, e.g. 497f6eca-6276-4993-bfeb-53cbbbba6f08=fi+sv")]
    NotLanguages(String),
    #[error("standalone sign-in: {0}")]
    SignIn(String),
}

/// A configured proxy, ready to serve.
pub struct Started {
    pub state: Arc<AppState>,
    /// The playground started in this process, if any: it ends only when it failed.
    pub playground: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

pub async fn start(config: &Config) -> Result<Started, StartError> {
    let host_origins = config.host_origins()?;
    let mode = if config.is_playground() {
        Mode::Playground
    } else {
        Mode::Live
    };
    let connect = Duration::from_millis(config.upstream.upstream_connect_timeout_ms);
    let timeout = Duration::from_millis(config.upstream.upstream_timeout_ms);

    let (base, playground, built_in_get_by_id) = upstream_base(config).await?;
    let keys = api_keys(config, mode)?;
    check_keys_fit(&keys, mode, &base)?;
    let metrics = Arc::new(Metrics::default());
    let mut upstream = Upstream::new(&base, connect, timeout, config.upstream.upstream_get_by_id)?;
    upstream.count_in(metrics.clone());
    if mode == Mode::Playground {
        upstream.get_by_id = match built_in_get_by_id {
            Some(known) => known,
            None => probe(&upstream, &keys).await,
        };
    }

    let (verifier, dev) = verifier(config, mode)?;
    upstream.redact(keys.merchants().filter_map(|m| keys.get(m)).cloned());
    if let Some(secret) = &config.token.token_secret {
        upstream.redact([Secret::new(secret.clone())]);
    }

    let oidc =
        crate::auth::oidc::Settings::from_args(&config.oidc, config.keys.merchant_id.as_deref())
            .map_err(StartError::SignIn)?
            .map(|s| crate::auth::oidc::Oidc::new(s, connect, timeout).map(Arc::new))
            .transpose()
            .map_err(StartError::SignIn)?;
    if let Some(o) = &oidc {
        upstream.redact(o.settings.client_secret().cloned().map(Secret::new));
    }
    let site = Site::load(
        &config.dist,
        &runtime_config(mode, &host_origins, oidc.as_ref().map(|o| &o.settings)),
        mode == Mode::Playground,
    )?;
    let db = crate::db::Db::open(&config.database_url()?, Duration::from_secs(2))
        .await
        .map_err(|e| StartError::Database(e.to_string()))?;
    let state = AppState {
        mode,
        site: Arc::new(site),
        verifier,
        keys,
        upstream,
        dev,
        host_origins,
        readiness: crate::routes::Readiness::new(Duration::from_secs(
            config.upstream.readyz_interval_secs,
        )),
        lookup_max_pages: config.upstream.lookup_max_pages,
        index: crate::fleet::index::FleetIndex::new(config.index.config()),
        db,
        location_zones: config.location_zones()?,
        location_languages: config.location_languages()?,
        oidc,
        jobs: crate::jobs::Jobs::new(config.jobs.config()),
        metrics,
    };
    let state = Arc::new(state);
    tokio::spawn(crate::jobs::runner(Arc::downgrade(&state)));
    tokio::spawn(crate::db::reconcile::background(
        Arc::downgrade(&state),
        chrono::Duration::days(config.activity_retention_days as i64),
    ));
    Ok(Started { state, playground })
}

type PlaygroundTask = Option<tokio::task::JoinHandle<std::io::Result<()>>>;

/// Where the Device API is: the built-in playground (started here, with or without its
/// get-by-id), an external one, or Kustom.
async fn upstream_base(
    config: &Config,
) -> Result<(String, PlaygroundTask, Option<bool>), StartError> {
    #[cfg(feature = "playground")]
    if config.playground.playground {
        let (base, task) = crate::config::built_in::start(&config.playground, &config.data_dir)
            .await
            .map_err(StartError::Playground)?;
        return Ok((base, Some(task), Some(!config.playground.documented_only)));
    }
    if let Some(url) = &config.playground.playground_url {
        return Ok((url.clone(), None, None));
    }
    let base = config
        .upstream
        .upstream
        .clone()
        .ok_or(StartError::NoUpstream)?;
    Ok((base, None, None))
}

/// The merchants' API keys: given, from a file, or the playground's demo keys.
fn api_keys(config: &Config, mode: Mode) -> Result<ApiKeys, StartError> {
    let k = &config.keys;
    Ok(match (&k.api_key, &k.merchant_id, &k.api_keys_file) {
        (Some(key), Some(merchant), _) => ApiKeys::single(merchant, key)?,
        (_, _, Some(file)) => ApiKeys::from_file(file)?,
        #[cfg(feature = "playground")]
        _ if mode == Mode::Playground => {
            let mut keys = ApiKeys::single(playground::DEMO_MERCHANT, playground::DEMO_KEY)?;
            keys.insert(playground::OTHER_MERCHANT, playground::OTHER_KEY)?;
            keys
        }
        _ => {
            let _ = mode;
            return Err(StartError::NoApiKey);
        }
    })
}

/// How operator tokens are verified, and in playground mode the development minter.
fn verifier(config: &Config, mode: Mode) -> Result<(TokenVerifier, Option<DevMinter>), StartError> {
    let t = &config.token;
    let (iss, aud) = (t.token_issuer.as_str(), t.token_audience.as_str());
    let hs256 = |secret: &Secret| {
        TokenVerifier::hs256(
            secret,
            iss,
            aud,
            t.token_max_lifetime_secs,
            t.token_leeway_secs,
        )
        .ok_or(StartError::ShortTokenSecret)
    };
    let (verifier, dev) = match (&t.token_secret, &t.token_public_key) {
        (Some(secret), _) => {
            let secret = Secret::new(secret.clone());
            let dev = (mode == Mode::Playground)
                .then(|| DevMinter::new(&secret, iss, aud, DEV_TOKEN_SECS));
            (hs256(&secret)?, dev)
        }
        (None, Some(path)) => {
            let pem = std::fs::read(path).map_err(|source| StartError::Unreadable {
                path: path.clone(),
                source,
            })?;
            let algorithm = t.token_algorithm.ok_or(StartError::NoTokenAlgorithm)?;
            let (key, alg) = match algorithm {
                PublicKeyAlgorithm::Rs256 => (DecodingKey::from_rsa_pem(&pem), Algorithm::RS256),
                PublicKeyAlgorithm::Es256 => (DecodingKey::from_ec_pem(&pem), Algorithm::ES256),
                PublicKeyAlgorithm::EdDsa => (DecodingKey::from_ed_pem(&pem), Algorithm::EdDSA),
            };
            let key = key.map_err(|source| StartError::NotAPublicKey {
                path: path.clone(),
                algorithm,
                source,
            })?;
            let verifier = TokenVerifier::new(
                key,
                alg,
                iss,
                aud,
                t.token_max_lifetime_secs,
                t.token_leeway_secs,
            );
            (verifier, None)
        }
        // Standalone sign-in only: no portal signs tokens, so none is ever accepted.
        (None, None) if mode == Mode::Live && config.oidc.oidc_issuer.is_some() => {
            let secret = Secret::new(format!(
                "{}{}",
                uuid::Uuid::new_v4().simple(),
                uuid::Uuid::new_v4().simple()
            ));
            (hs256(&secret)?, None)
        }
        (None, None) if mode == Mode::Playground => {
            // A fresh secret per start: the development sign-in is the only signer.
            let secret = Secret::new(format!(
                "{}{}",
                uuid::Uuid::new_v4().simple(),
                uuid::Uuid::new_v4().simple()
            ));
            let dev = DevMinter::new(&secret, iss, aud, DEV_TOKEN_SECS);
            (hs256(&secret)?, Some(dev))
        }
        (None, None) => return Err(StartError::NoTokenKey),
    };
    let max_locations = usize::try_from(t.token_max_locations).unwrap_or(usize::MAX);
    Ok((verifier.with_max_locations(max_locations), dev))
}

/// Refuses keys that do not belong where they would go: a live key (`kco_live_`) moves
/// real money and has no business with a playground, ours or Kustom's.
fn check_keys_fit(keys: &ApiKeys, mode: Mode, upstream: &str) -> Result<(), StartError> {
    let kustom_playground = upstream
        .parse::<axum::http::Uri>()
        .ok()
        .and_then(|u| {
            u.host()
                .map(|h| h.eq_ignore_ascii_case("api.playground.kustom.co"))
        })
        .unwrap_or(false);
    let mut live: Vec<&str> = keys.live_merchants().collect();
    live.sort_unstable();
    if let Some(merchant) = live.first() {
        if mode == Mode::Playground {
            return Err(StartError::LiveKeyInPlayground((*merchant).to_owned()));
        }
        if kustom_playground {
            return Err(StartError::LiveKeyWithKustomPlayground {
                merchant: (*merchant).to_owned(),
                upstream: masked(upstream),
            });
        }
    }
    Ok(())
}

/// Asks a playground whether its get-by-id extension is on.
async fn probe(upstream: &Upstream, keys: &ApiKeys) -> bool {
    let Some((merchant, key)) = keys
        .merchants()
        .next()
        .and_then(|m| Some((m, keys.get(m)?)))
    else {
        return false;
    };
    upstream
        .probe_get_by_id(&Caller {
            merchant,
            key,
            request_id: "startup-probe",
        })
        .await
}
