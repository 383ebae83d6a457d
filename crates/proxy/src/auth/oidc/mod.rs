//! Standalone sign-in (DESIGN, "Standalone sign-in"): the proxy as an OpenID Connect
//! relying party, with `openidconnect` over the proxy's own HTTP client ([`http`]).
//! Authorization code with PKCE, `state` and `nonce`; discovery from the issuer; the ID
//! token verified against the provider's keys (read again once when a key id is unknown:
//! rotation), with the configured algorithms only; claims mapped by [`claims`].

pub mod claims;
mod http;
mod settings;

use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::Utc;
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreGenderClaim, CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
};
use openidconnect::{
    AdditionalClaims, AuthorizationCode, ClaimsVerificationError, CsrfToken, EndpointMaybeSet,
    EndpointNotSet, EndpointSet, IdToken, JsonWebKeySet, LogoutRequest, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, PostLogoutRedirectUrl, ProviderMetadataWithLogout, RequestTokenError,
    SignatureVerificationError,
};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use claims::{ClaimMap, Identity, MerchantFrom, Refusal};
use http::Http;
pub use settings::{OidcArgs, Settings};

/// Every claim of an ID token that the standard ones leave (groups, locations, …).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
struct OtherClaims {
    #[serde(flatten)]
    all: Map<String, Value>,
}

impl AdditionalClaims for OtherClaims {}

type Token = IdToken<
    OtherClaims,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
type Client = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// How long discovery is trusted before it is read again.
const DISCOVERY_FOR: Duration = Duration::from_secs(3_600);
/// Least time between two reads of the provider's keys for an unknown key id.
const KEYS_AT_MOST_EVERY: Duration = Duration::from_secs(10);
/// Clock difference allowed for an ID token's `iat`.
const IAT_LEEWAY_SECS: i64 = 60;

/// Why a sign-in failed, by whose fault.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    /// The provider cannot be reached or answered nonsense.
    #[error("the identity provider is unavailable: {0}")]
    Unavailable(String),
    /// The provider refused the code (used already, expired, another client's).
    #[error("the identity provider refused the code: {0}")]
    Refused(String),
    /// The ID token failed verification.
    #[error("the ID token was not accepted: {0}")]
    Token(String),
}

impl SignInError {
    /// The code the sign-in page explains.
    pub fn code(&self) -> &'static str {
        match self {
            SignInError::Unavailable(_) => "provider_unavailable",
            SignInError::Refused(_) => "provider_refused",
            SignInError::Token(_) => "token",
        }
    }
}

/// A sign-in just started: where to send the browser and what to keep.
pub struct Begun {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

/// The relying party.
pub struct Oidc {
    pub settings: Settings,
    http: Http,
    discovered: tokio::sync::Mutex<Option<(ProviderMetadataWithLogout, Instant)>>,
    keys_read: Mutex<Option<Instant>>,
}

impl Oidc {
    pub fn new(
        settings: Settings,
        connect_timeout: Duration,
        timeout: Duration,
    ) -> Result<Oidc, String> {
        Ok(Oidc {
            settings,
            http: Http::new(connect_timeout, timeout)?,
            discovered: tokio::sync::Mutex::new(None),
            keys_read: Mutex::new(None),
        })
    }

    /// The provider's metadata and keys: discovered at first use and hourly after; the
    /// last good answer while the provider does not answer.
    async fn metadata(&self) -> Result<ProviderMetadataWithLogout, SignInError> {
        let mut cached = self.discovered.lock().await;
        if let Some((m, at)) = cached.as_ref() {
            if at.elapsed() < DISCOVERY_FOR {
                return Ok(m.clone());
            }
        }
        match ProviderMetadataWithLogout::discover_async(self.settings.issuer.clone(), &self.http)
            .await
        {
            Ok(m) => {
                *cached = Some((m.clone(), Instant::now()));
                Ok(m)
            }
            Err(e) => {
                tracing::warn!(error = %e, "identity provider discovery failed");
                match cached.as_ref() {
                    Some((m, _)) => Ok(m.clone()),
                    None => Err(SignInError::Unavailable(e.to_string())),
                }
            }
        }
    }

    fn client(&self, meta: ProviderMetadataWithLogout) -> Client {
        CoreClient::from_provider_metadata(
            meta,
            self.settings.client_id.clone(),
            self.settings.client_secret.clone(),
        )
        .set_redirect_uri(self.settings.redirect())
    }

    /// Starts a sign-in: the provider's authorization URL with PKCE, `state` and `nonce`.
    pub async fn begin(&self) -> Result<Begun, SignInError> {
        let client = self.client(self.metadata().await?);
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut req = client.authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        );
        for s in &self.settings.scopes {
            req = req.add_scope(s.clone());
        }
        let (url, state, nonce) = req.set_pkce_challenge(challenge).url();
        Ok(Begun {
            url: url.to_string(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    /// Finishes one: exchanges the code (with the PKCE verifier), verifies the ID token
    /// (signature, algorithm, issuer, audience, expiry, issue time, nonce) and answers
    /// its claims.
    pub async fn finish(
        &self,
        code: String,
        pkce_verifier: String,
        nonce: String,
    ) -> Result<Map<String, Value>, SignInError> {
        let meta = self.metadata().await?;
        let client = self.client(meta.clone());
        let answer = client
            .exchange_code(AuthorizationCode::new(code))
            .map_err(|e| {
                SignInError::Unavailable(format!("the provider names no token endpoint: {e}"))
            })?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier))
            .request_async(&self.http)
            .await
            .map_err(|e| match e {
                RequestTokenError::ServerResponse(r) => SignInError::Refused(format!(
                    "{}{}",
                    r.error(),
                    r.error_description()
                        .map(|d| format!(": {d}"))
                        .unwrap_or_default()
                )),
                RequestTokenError::Request(e) => SignInError::Unavailable(e.to_string()),
                other => SignInError::Token(other.to_string()),
            })?;
        let raw = openidconnect::TokenResponse::id_token(&answer)
            .ok_or_else(|| SignInError::Token("the provider sent no ID token".into()))?
            .to_string();
        let token: Token = raw
            .parse()
            .map_err(|e| SignInError::Token(format!("not an ID token: {e}")))?;
        let nonce = Nonce::new(nonce);
        let claims = match self.verify(&meta, &token, &nonce) {
            Err(ClaimsVerificationError::SignatureVerification(
                SignatureVerificationError::NoMatchingKey,
            )) => {
                // The provider may have rotated its keys: read them again, once.
                let meta = self.read_keys(meta).await?;
                self.verify(&meta, &token, &nonce)
            }
            other => other,
        }
        .map_err(|e| SignInError::Token(e.to_string()))?;
        Ok(claims)
    }

    fn verify(
        &self,
        meta: &ProviderMetadataWithLogout,
        token: &Token,
        nonce: &Nonce,
    ) -> Result<Map<String, Value>, ClaimsVerificationError> {
        let client = self.client(meta.clone());
        let verifier = client
            .id_token_verifier()
            .set_allowed_algs(self.settings.algorithms.clone())
            .set_issue_time_verifier_fn(|iat| {
                if iat > Utc::now() + chrono::Duration::seconds(IAT_LEEWAY_SECS) {
                    Err(format!("issued in the future ({iat})"))
                } else {
                    Ok(())
                }
            });
        let c = token.claims(&verifier, nonce)?;
        let mut all = c.additional_claims().all.clone();
        let mut put = |k: &str, v: Option<String>| {
            if let Some(v) = v {
                all.insert(k.to_owned(), Value::String(v));
            }
        };
        put("sub", Some(c.subject().as_str().to_owned()));
        put(
            "name",
            c.name()
                .and_then(|n| n.get(None))
                .map(|n| n.as_str().to_owned()),
        );
        put(
            "preferred_username",
            c.preferred_username().map(|u| u.as_str().to_owned()),
        );
        put("email", c.email().map(|e| e.as_str().to_owned()));
        put("locale", c.locale().map(|l| l.as_str().to_owned()));
        Ok(all)
    }

    /// Reads the provider's keys again (at most every [`KEYS_AT_MOST_EVERY`]).
    async fn read_keys(
        &self,
        meta: ProviderMetadataWithLogout,
    ) -> Result<ProviderMetadataWithLogout, SignInError> {
        {
            let mut last = self
                .keys_read
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if last.is_some_and(|t| t.elapsed() < KEYS_AT_MOST_EVERY) {
                return Err(SignInError::Token(
                    "the token's key id is unknown, and the provider's keys were read moments ago"
                        .into(),
                ));
            }
            *last = Some(Instant::now());
        }
        let keys = JsonWebKeySet::fetch_async(meta.jwks_uri(), &self.http)
            .await
            .map_err(|e| {
                SignInError::Unavailable(format!("cannot read the provider's keys: {e}"))
            })?;
        let meta = meta.set_jwks(keys);
        *self.discovered.lock().await = Some((meta.clone(), Instant::now()));
        Ok(meta)
    }

    /// Where to send the browser to end the session at the provider too, when the
    /// provider offers it (RP-initiated logout). With the client id, not the ID token
    /// as a hint: the token would travel in the address bar and the history.
    pub async fn sign_out_url(&self) -> Option<String> {
        let meta = self
            .discovered
            .lock()
            .await
            .as_ref()
            .map(|(m, _)| m.clone())?;
        let end = meta.additional_metadata().end_session_endpoint.clone()?;
        let back = PostLogoutRedirectUrl::new(format!(
            "{}/sign-in?signed_out=1",
            self.settings.public_url
        ))
        .ok()?;
        let req = LogoutRequest::from(end)
            .set_client_id(self.settings.client_id.clone())
            .set_post_logout_redirect_uri(back);
        Some(req.http_get_url().to_string())
    }
}
