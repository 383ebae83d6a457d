//! Turns the configuration into a running state: the upstream (Kustom, an external
//! playground, or one started here), the API keys, the token verifier and the site.

use std::sync::Arc;
use std::time::Duration;

use ipp::console::Mode;
use jsonwebtoken::{Algorithm, DecodingKey};
use tokio::task::JoinHandle;

use crate::auth::{DevMinter, TokenVerifier};
use crate::config::{Config, PublicKeyAlgorithm, Seed};
use crate::keys::{ApiKeys, Secret};
use crate::site::Site;
use crate::upstream::{Caller, Upstream};
use crate::{runtime_config, AppState};

/// Lifetime of the tokens the development sign-in mints.
pub const DEV_TOKEN_SECS: i64 = 10 * 60;

/// A configured proxy, ready to serve.
pub struct Started {
    pub state: Arc<AppState>,
    /// The playground started in this process, if any, and where it listens.
    pub playground: Option<(JoinHandle<std::io::Result<()>>, std::net::SocketAddr)>,
}

pub async fn start(config: &Config) -> Result<Started, String> {
    let host_origins = config.host_origins()?;
    let mode = if config.is_playground() {
        Mode::Playground
    } else {
        Mode::Live
    };
    let p = &config.playground;
    let connect = Duration::from_millis(config.upstream.upstream_connect_timeout_ms);
    let timeout = Duration::from_millis(config.upstream.upstream_timeout_ms);

    let mut playground_task = None;
    let base = if p.playground {
        let db = p.data_dir.join("playground.sqlite");
        let db = db.to_str().ok_or("the data directory is not valid UTF-8")?;
        let store = playground::open_store(db, p.playground_seed == Seed::Demo, 0)?;
        let (listener, addr) = playground::bind(p.playground_listen).await.map_err(|e| {
            format!(
                "cannot start the playground on {}: {e}",
                p.playground_listen
            )
        })?;
        let pg = playground::Playground::new(store, p.documented_only);
        playground_task = Some((tokio::spawn(playground::serve(listener, pg)), addr));
        tracing::info!(%addr, db, documented_only = p.documented_only, "playground started");
        format!("http://{addr}")
    } else if let Some(url) = &p.playground_url {
        url.clone()
    } else {
        config.upstream.upstream.clone().ok_or(
            "say where the Device API is: --upstream https://api.kustom.co (with --api-key/--merchant-id or --api-keys-file), or --playground",
        )?
    };

    let keys = match (
        &config.keys.api_key,
        &config.keys.merchant_id,
        &config.keys.api_keys_file,
    ) {
        (Some(key), Some(merchant), _) => ApiKeys::single(merchant, key)?,
        (_, _, Some(file)) => ApiKeys::from_file(file)?,
        _ if mode == Mode::Playground => {
            let mut keys = ApiKeys::single(playground::DEMO_MERCHANT, playground::DEMO_KEY)?;
            keys.insert(playground::OTHER_MERCHANT, playground::OTHER_KEY)?;
            keys
        }
        _ => {
            return Err(
                "give the Kustom API key: --api-key with --merchant-id, or --api-keys-file".into(),
            )
        }
    };

    check_keys_fit(&keys, mode, &base)?;
    let mut upstream = Upstream::new(&base, connect, timeout, config.upstream.upstream_get_by_id)?;
    if mode == Mode::Playground {
        upstream.get_by_id = if p.playground {
            !p.documented_only
        } else {
            probe(&upstream, &keys).await
        };
    }

    let t = &config.token;
    let (verifier, dev) = match (&t.token_secret, &t.token_public_key) {
        (Some(secret), _) => {
            let secret = Secret::new(secret.clone());
            let verifier = TokenVerifier::hs256(&secret, &t.token_issuer, &t.token_audience, t.token_max_lifetime_secs, t.token_leeway_secs)?;
            let dev = (mode == Mode::Playground)
                .then(|| DevMinter::new(&secret, &t.token_issuer, &t.token_audience, DEV_TOKEN_SECS));
            (verifier, dev)
        }
        (None, Some(path)) => {
            let pem = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let alg = t.token_algorithm.ok_or("--token-algorithm is needed with --token-public-key (RS256, ES256 or EdDSA)")?;
            let (key, algorithm) = match alg {
                PublicKeyAlgorithm::Rs256 => (DecodingKey::from_rsa_pem(&pem), Algorithm::RS256),
                PublicKeyAlgorithm::Es256 => (DecodingKey::from_ec_pem(&pem), Algorithm::ES256),
                PublicKeyAlgorithm::EdDsa => (DecodingKey::from_ed_pem(&pem), Algorithm::EdDSA),
            };
            let key = key.map_err(|e| format!("{} is not a {alg:?} public key in PEM: {e}", path.display()))?;
            let verifier = TokenVerifier::new(key, algorithm, &t.token_issuer, &t.token_audience, t.token_max_lifetime_secs, t.token_leeway_secs);
            (verifier, None)
        }
        (None, None) if mode == Mode::Playground => {
            // A fresh secret per start: the development sign-in is the only signer.
            let secret = Secret::new(format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple()));
            let verifier = TokenVerifier::hs256(&secret, &t.token_issuer, &t.token_audience, t.token_max_lifetime_secs, t.token_leeway_secs)?;
            (verifier, Some(DevMinter::new(&secret, &t.token_issuer, &t.token_audience, DEV_TOKEN_SECS)))
        }
        (None, None) => {
            return Err("say how operator tokens are verified: --token-secret (HS256) or --token-public-key with --token-algorithm".into())
        }
    };

    let verifier =
        verifier.with_max_locations(usize::try_from(t.token_max_locations).unwrap_or(usize::MAX));
    upstream.redact(keys.merchants().filter_map(|m| keys.get(m)).cloned());
    if let Some(secret) = &t.token_secret {
        upstream.redact([Secret::new(secret.clone())]);
    }

    let site = Site::load(&config.dist, &runtime_config(mode, &host_origins))?;
    let state = AppState {
        mode,
        site,
        verifier,
        keys,
        upstream,
        dev,
        host_origins,
        readiness: crate::routes::Readiness::new(Duration::from_secs(
            config.upstream.readyz_interval_secs,
        )),
        lookup_max_pages: config.upstream.lookup_max_pages,
    };
    Ok(Started {
        state: Arc::new(state),
        playground: playground_task,
    })
}

/// Refuses keys that do not belong where they would go: a live key (`kco_live_`) moves
/// real money and has no business with a playground, ours or Kustom's.
fn check_keys_fit(keys: &ApiKeys, mode: Mode, upstream: &str) -> Result<(), String> {
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
            return Err(format!(
                "merchant {merchant}: a live Kustom API key (kco_live_…) cannot be used in playground mode; give a test key (kco_test_…), or run without --playground/--playground-url"
            ));
        }
        if kustom_playground {
            return Err(format!(
                "merchant {merchant}: a live Kustom API key (kco_live_…) cannot be used with Kustom's playground ({}); give a test key (kco_test_…), or --upstream https://api.kustom.co",
                crate::upstream::masked(upstream)
            ));
        }
    }
    Ok(())
}

/// Asks a playground whether its get-by-id extension is on.
async fn probe(upstream: &Upstream, keys: &ApiKeys) -> bool {
    let Some(merchant) = keys.merchants().next() else {
        return false;
    };
    let key = keys.get(merchant).expect("listed");
    upstream
        .probe_get_by_id(&Caller {
            merchant,
            key,
            request_id: "startup-probe",
        })
        .await
}
