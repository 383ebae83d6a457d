//! Standalone sign-in (DESIGN, "Standalone sign-in"): the proxy as an OpenID Connect
//! relying party, with `openidconnect` over the proxy's own HTTP client ([`http`]).
//! Authorization code with PKCE, `state` and `nonce`; discovery from the issuer; the ID
//! token verified against the provider's keys (read again once when a key id is unknown:
//! rotation), with the configured algorithms only; claims mapped by [`claims`].

pub mod claims;
mod http;

use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::Utc;
use clap::Args;
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreGenderClaim, CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
};
use openidconnect::{
    AdditionalClaims, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret,
    CsrfToken, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdToken, IssuerUrl, JsonWebKeySet,
    LogoutRequest, Nonce, PkceCodeChallenge, PkceCodeVerifier, PostLogoutRedirectUrl,
    ProviderMetadataWithLogout, RedirectUrl, RequestTokenError, Scope, SignatureVerificationError,
};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use claims::{ClaimMap, Identity, MerchantFrom, Refusal};
use http::Http;

#[derive(Debug, Clone, Args)]
pub struct OidcArgs {
    /// Standalone sign-in: the identity provider's issuer URL (its discovery document is
    /// ISSUER/.well-known/openid-configuration), e.g.
    /// https://login.microsoftonline.com/TENANT/v2.0. Unset: no standalone sign-in.
    #[arg(long, env = "OIDC_ISSUER", requires_all = ["oidc_client_id", "public_url"])]
    pub oidc_issuer: Option<String>,

    /// The console's client id at the provider.
    #[arg(long, env = "OIDC_CLIENT_ID")]
    pub oidc_client_id: Option<String>,

    /// The console's client secret at the provider (a confidential client).
    #[arg(long, env = "OIDC_CLIENT_SECRET", hide_env_values = true)]
    pub oidc_client_secret: Option<String>,

    /// The console's address as browsers reach it (https://console.example.com): the
    /// redirect URI is PUBLIC_URL/auth/callback, and changes made with a session must
    /// come from this origin.
    #[arg(long, env = "PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Scopes asked for, space-separated (openid is always asked for).
    #[arg(long, env = "OIDC_SCOPES", default_value = "openid profile email")]
    pub oidc_scopes: String,

    /// Signing algorithms accepted for ID tokens, comma-separated (RS256, RS384, RS512,
    /// PS256, PS384, PS512, ES256, ES384, EdDSA): never taken from the token.
    #[arg(
        long,
        env = "OIDC_ALGORITHMS",
        value_delimiter = ',',
        default_value = "RS256"
    )]
    pub oidc_algorithms: Vec<String>,

    /// The claim with the user's groups or roles; a dotted path reaches into objects
    /// (Keycloak: realm_access.roles).
    #[arg(long, env = "OIDC_ROLES_CLAIM", default_value = "groups")]
    pub oidc_roles_claim: String,

    /// Which group gives which role: group=role pairs, comma-separated, e.g.
    /// "console-admins=admin,store-managers=operator,staff=viewer". A user with several
    /// gets the highest; a user with none is refused.
    #[arg(long, env = "OIDC_ROLE_MAP", value_delimiter = ',')]
    pub oidc_role_map: Vec<String>,

    /// The merchant every user of this deployment works for (default: the merchant of
    /// --merchant-id when there is one).
    #[arg(long, env = "OIDC_MERCHANT", conflicts_with = "oidc_merchant_claim")]
    pub oidc_merchant: Option<String>,

    /// Or: the claim that names each user's merchant.
    #[arg(long, env = "OIDC_MERCHANT_CLAIM")]
    pub oidc_merchant_claim: Option<String>,

    /// The claim that lists each user's location ids. When set, a user whose token lacks
    /// it is refused (never merchant-wide by omission); unset, users have every location.
    #[arg(long, env = "OIDC_LOCATIONS_CLAIM")]
    pub oidc_locations_claim: Option<String>,

    /// What the sign-in button calls the provider, e.g. "Contoso (Entra ID)".
    #[arg(
        long,
        env = "OIDC_PROVIDER_NAME",
        default_value = "your company account"
    )]
    pub oidc_provider_name: String,

    /// Whom a refused user should ask, e.g. "the IT service desk (it@example.com)".
    #[arg(long, env = "OIDC_HELP", default_value = "your administrator")]
    pub oidc_help: String,

    /// Minutes without use after which a session ends.
    #[arg(long, env = "SESSION_IDLE_MINUTES", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=1_440))]
    pub session_idle_minutes: u64,

    /// Hours after sign-in at which a session ends, used or not.
    #[arg(long, env = "SESSION_MAX_HOURS", default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..=720))]
    pub session_max_hours: u64,
}

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

/// The configuration, checked.
#[derive(Debug, Clone)]
pub struct Settings {
    issuer: IssuerUrl,
    client_id: ClientId,
    client_secret: Option<ClientSecret>,
    /// Without a trailing slash.
    pub public_url: String,
    /// scheme://host[:port] of `public_url`: where cookie-authenticated changes come from.
    pub public_origin: String,
    scopes: Vec<Scope>,
    algorithms: Vec<CoreJwsSigningAlgorithm>,
    pub map: ClaimMap,
    pub idle: chrono::Duration,
    pub max_age: chrono::Duration,
    pub provider_name: String,
    pub help: String,
}

impl Settings {
    /// The settings, or what to fix; `None` without --oidc-issuer. `default_merchant`:
    /// the merchant of a single-merchant deployment.
    pub fn from_args(
        a: &OidcArgs,
        default_merchant: Option<&str>,
    ) -> Result<Option<Settings>, String> {
        let Some(issuer) = &a.oidc_issuer else {
            return Ok(None);
        };
        let issuer = IssuerUrl::new(issuer.trim_end_matches('/').to_owned())
            .map_err(|e| format!("--oidc-issuer: {e}"))?;
        let public_url = a
            .public_url
            .as_deref()
            .unwrap_or_default()
            .trim_end_matches('/');
        let public = url_origin(public_url).ok_or_else(|| {
            format!(
                "--public-url: \"{public_url}\" is not an address like https://console.example.com"
            )
        })?;
        let algorithms = a
            .oidc_algorithms
            .iter()
            .map(|s| {
                serde_json::from_value::<CoreJwsSigningAlgorithm>(Value::String(s.trim().to_owned()))
                    .ok()
                    .filter(|alg| !matches!(alg, CoreJwsSigningAlgorithm::None | CoreJwsSigningAlgorithm::HmacSha256 | CoreJwsSigningAlgorithm::HmacSha384 | CoreJwsSigningAlgorithm::HmacSha512))
                    .ok_or_else(|| format!("--oidc-algorithms: \"{s}\" is not one of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, EdDSA"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let roles =
            ClaimMap::parse_roles(&a.oidc_role_map).map_err(|e| format!("--oidc-role-map: {e}"))?;
        if roles.is_empty() {
            return Err("--oidc-role-map: say which groups give which role, e.g. console-admins=admin,store-managers=operator".into());
        }
        let merchant = match (&a.oidc_merchant, &a.oidc_merchant_claim, default_merchant) {
            (Some(m), _, _) => MerchantFrom::Fixed(m.clone()),
            (None, Some(c), _) => MerchantFrom::Claim(c.clone()),
            (None, None, Some(m)) => MerchantFrom::Fixed(m.to_owned()),
            (None, None, None) => return Err(
                "say whose merchant users are: --oidc-merchant M, or --oidc-merchant-claim CLAIM"
                    .into(),
            ),
        };
        Ok(Some(Settings {
            issuer,
            client_id: ClientId::new(a.oidc_client_id.clone().unwrap_or_default()),
            client_secret: a.oidc_client_secret.clone().map(ClientSecret::new),
            public_url: public_url.to_owned(),
            public_origin: public,
            scopes: a
                .oidc_scopes
                .split_whitespace()
                .filter(|s| *s != "openid")
                .map(|s| Scope::new(s.to_owned()))
                .collect(),
            algorithms,
            map: ClaimMap {
                roles_claim: a.oidc_roles_claim.clone(),
                roles,
                merchant,
                locations_claim: a.oidc_locations_claim.clone(),
            },
            idle: chrono::Duration::minutes(a.session_idle_minutes as i64),
            max_age: chrono::Duration::hours(a.session_max_hours as i64),
            provider_name: a.oidc_provider_name.clone(),
            help: a.oidc_help.clone(),
        }))
    }

    /// The client secret, to keep it out of logs.
    pub fn client_secret(&self) -> Option<&String> {
        self.client_secret.as_ref().map(|s| s.secret())
    }

    fn redirect(&self) -> RedirectUrl {
        RedirectUrl::new(format!("{}/auth/callback", self.public_url))
            .expect("the public URL was checked")
    }
}

/// scheme://host[:port] of an http(s) URL with a host.
fn url_origin(url: &str) -> Option<String> {
    let uri: axum::http::Uri = url.parse().ok()?;
    let scheme = uri.scheme_str().filter(|s| *s == "https" || *s == "http")?;
    let authority = uri.authority()?.as_str();
    if authority.contains('@') || uri.host().is_none_or(str::is_empty) {
        return None;
    }
    Some(format!("{scheme}://{authority}"))
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_url_origins() {
        assert_eq!(
            url_origin("https://console.example.com").as_deref(),
            Some("https://console.example.com")
        );
        assert_eq!(
            url_origin("http://127.0.0.1:8080").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        for bad in ["", "console.example.com", "ftp://x", "https://u:p@x"] {
            assert_eq!(url_origin(bad), None, "{bad}");
        }
    }
}
