//! Standalone sign-in's configuration: the flags, checked into [`Settings`].

use clap::Args;
use openidconnect::core::CoreJwsSigningAlgorithm;
use openidconnect::{ClientId, ClientSecret, IssuerUrl, RedirectUrl, Scope};
use serde_json::Value;

use super::{ClaimMap, MerchantFrom};

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

/// The configuration, checked.
#[derive(Debug, Clone)]
pub struct Settings {
    pub(super) issuer: IssuerUrl,
    pub(super) client_id: ClientId,
    pub(super) client_secret: Option<ClientSecret>,
    /// Without a trailing slash.
    pub public_url: String,
    /// scheme://host[:port] of `public_url`: where cookie-authenticated changes come from.
    pub public_origin: String,
    pub(super) scopes: Vec<Scope>,
    pub(super) algorithms: Vec<CoreJwsSigningAlgorithm>,
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

    pub(super) fn redirect(&self) -> RedirectUrl {
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
