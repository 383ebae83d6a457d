//! An identity provider the suite controls, for the faults a real one will not make on
//! request: ID tokens with the wrong nonce, issuer, audience, times, algorithm or key.
//! It does what a provider does otherwise: discovery, its keys (rotated on request), a
//! token endpoint that checks the client's secret and the PKCE verifier and takes each
//! code once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use base64::Engine;
use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::common::{remember, OIDC_SECRET};

pub(crate) const CLIENT_ID: &str = "device-console";

/// The suite's signing keys (tests/fixtures).
pub(crate) fn rsa_key() -> EncodingKey {
    EncodingKey::from_rsa_pem(include_bytes!("../../fixtures/rsa-private.pem")).unwrap()
}

pub(crate) fn ec_key() -> EncodingKey {
    EncodingKey::from_ec_pem(include_bytes!("../../fixtures/ec-private.pem")).unwrap()
}

/// A key the provider publishes: its id, algorithm and private half.
#[derive(Clone)]
pub(crate) struct Key {
    pub kid: String,
    pub alg: Algorithm,
    pub key: EncodingKey,
}

impl Key {
    pub(crate) fn rsa(kid: &str) -> Key {
        Key {
            kid: kid.into(),
            alg: Algorithm::RS256,
            key: rsa_key(),
        }
    }

    pub(crate) fn ec(kid: &str) -> Key {
        Key {
            kid: kid.into(),
            alg: Algorithm::ES256,
            key: ec_key(),
        }
    }

    /// Signs claims with this key, under its id.
    pub(crate) fn sign(&self, claims: &Value) -> String {
        let mut h = Header::new(self.alg);
        h.kid = Some(self.kid.clone());
        remember(&jsonwebtoken::encode(&h, claims, &self.key).unwrap())
    }
}

struct Grant {
    challenge: String,
    id_token: String,
}

#[derive(Default)]
struct Inner {
    keys: Vec<Key>,
    grants: HashMap<String, Grant>,
    used: Vec<String>,
    key_reads: usize,
}

#[derive(Clone)]
pub(crate) struct Provider {
    pub issuer: String,
    inner: Arc<Mutex<Inner>>,
}

impl Provider {
    /// Starts one publishing `keys`.
    pub(crate) async fn start(keys: Vec<Key>) -> Provider {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let issuer = format!("http://{}", listener.local_addr().unwrap());
        let p = Provider {
            issuer,
            inner: Arc::new(Mutex::new(Inner {
                keys,
                ..Inner::default()
            })),
        };
        let app = Router::new()
            .route("/.well-known/openid-configuration", get(discovery))
            .route("/jwks", get(jwks))
            .route("/token", post(token))
            .with_state(p.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        p
    }

    /// Publishes these keys from now on (a rotation).
    pub(crate) fn publish(&self, keys: Vec<Key>) {
        self.inner.lock().unwrap().keys = keys;
    }

    /// How often the keys were read.
    pub(crate) fn key_reads(&self) -> usize {
        self.inner.lock().unwrap().key_reads
    }

    /// The user signed in at the provider: `code` now stands for this ID token, for the
    /// client that sent this PKCE challenge.
    pub(crate) fn grant(&self, code: &str, challenge: &str, id_token: String) {
        self.inner.lock().unwrap().grants.insert(
            code.into(),
            Grant {
                challenge: challenge.into(),
                id_token,
            },
        );
    }

    /// ID token claims as this provider issues them, for `nonce`.
    pub(crate) fn claims(&self, nonce: &str) -> Value {
        let now = chrono::Utc::now().timestamp();
        json!({
            "iss": self.issuer, "aud": CLIENT_ID, "sub": "user-ann", "name": "Ann Store",
            "iat": now, "exp": now + 300, "nonce": nonce, "groups": ["store-managers"],
        })
    }
}

async fn discovery(State(p): State<Provider>) -> Json<Value> {
    let i = &p.issuer;
    Json(json!({
        "issuer": i,
        "authorization_endpoint": format!("{i}/authorize"),
        "token_endpoint": format!("{i}/token"),
        "jwks_uri": format!("{i}/jwks"),
        "end_session_endpoint": format!("{i}/session/end"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256", "ES256"],
    }))
}

async fn jwks(State(p): State<Provider>) -> Json<JwkSet> {
    let mut inner = p.inner.lock().unwrap();
    inner.key_reads += 1;
    let keys = inner
        .keys
        .iter()
        .map(|k| {
            let mut jwk = Jwk::from_encoding_key(&k.key, k.alg).unwrap();
            jwk.common.key_id = Some(k.kid.clone());
            jwk
        })
        .collect();
    Json(JwkSet { keys })
}

fn refused(error: &str) -> Response {
    (StatusCode::BAD_REQUEST, Json(json!({ "error": error }))).into_response()
}

async fn token(
    State(p): State<Provider>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let b64 = base64::engine::general_purpose::STANDARD;
    let basic = format!("Basic {}", b64.encode(format!("{CLIENT_ID}:{OIDC_SECRET}")));
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(basic.as_str()) {
        return (
            StatusCode::UNAUTHORIZED,
            Json(json!({ "error": "invalid_client" })),
        )
            .into_response();
    }
    if form.get("grant_type").map(String::as_str) != Some("authorization_code") {
        return refused("unsupported_grant_type");
    }
    let code = form.get("code").cloned().unwrap_or_default();
    let mut inner = p.inner.lock().unwrap();
    if inner.used.contains(&code) {
        return refused("invalid_grant");
    }
    let Some(grant) = inner.grants.remove(&code) else {
        return refused("invalid_grant");
    };
    inner.used.push(code);
    let verifier = form.get("code_verifier").cloned().unwrap_or_default();
    let url = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    if url.encode(Sha256::digest(verifier.as_bytes())) != grant.challenge {
        return refused("invalid_grant");
    }
    Json(json!({
        "access_token": "opaque-access-token",
        "token_type": "Bearer",
        "expires_in": 300,
        "id_token": grant.id_token,
    }))
    .into_response()
}
