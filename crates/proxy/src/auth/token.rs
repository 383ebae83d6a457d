//! Operator tokens: a JWT from the host portal, verified with the configured key and
//! algorithm only (`none` and algorithm switching are refused), for `exp`, `nbf`, `iss`,
//! `aud` and a maximum lifetime. A verified token is remembered until it expires, in a
//! bounded cache that evicts one entry at a time.

use chrono::{TimeZone, Utc};
use ipp::console::Role;
use ipp::Uuid;
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use quick_cache::sync::Cache;
use serde::{Deserialize, Serialize};

use super::Operator;
use crate::error::AppError;
use crate::upstream::keys::Secret;

/// Longest token accepted, before any decoding.
const MAX_TOKEN_LEN: usize = 8 * 1024;

/// The claims of an operator token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    pub sub: String,
    pub exp: i64,
    pub iat: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<i64>,
    pub merchant_id: String,
    #[serde(default)]
    pub roles: Vec<String>,
    /// As sent: `None` only when the claim is absent (every location); `null`, an
    /// empty list or anything but a list of location ids is refused.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub locations: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

/// A claim that is there, whatever its value (`null` included), is `Some`.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<serde_json::Value>, D::Error> {
    serde_json::Value::deserialize(d).map(Some)
}

/// How tokens are checked.
pub struct TokenVerifier {
    key: DecodingKey,
    validation: Validation,
    max_lifetime_secs: i64,
    leeway_secs: i64,
    max_locations: usize,
    /// Tokens already verified, with the operator they name and the last second they are
    /// accepted: the console sends the same token with every call for minutes.
    verified: Cache<String, (Operator, i64)>,
}

/// Tokens remembered at most; past it, the cache makes room one entry at a time.
const VERIFIED_CAPACITY: usize = 10_000;

impl std::fmt::Debug for TokenVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenVerifier")
            .field("algorithms", &self.validation.algorithms)
            .finish_non_exhaustive()
    }
}

impl TokenVerifier {
    pub fn new(
        key: DecodingKey,
        algorithm: Algorithm,
        issuer: &str,
        audience: &str,
        max_lifetime_secs: u64,
        leeway_secs: u64,
    ) -> TokenVerifier {
        let mut validation = Validation::new(algorithm);
        validation.algorithms = vec![algorithm];
        validation.set_issuer(&[issuer]);
        validation.set_audience(&[audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.validate_exp = true;
        validation.validate_nbf = true;
        validation.leeway = leeway_secs;
        TokenVerifier {
            key,
            validation,
            // Both are bounded by the configuration's parsers (a day, an hour).
            max_lifetime_secs: i64::try_from(max_lifetime_secs).unwrap_or(i64::MAX),
            leeway_secs: i64::try_from(leeway_secs).unwrap_or(i64::MAX),
            max_locations: 100,
            verified: Cache::new(VERIFIED_CAPACITY),
        }
    }

    /// Most locations a token may name (100 unless set).
    pub fn with_max_locations(mut self, n: usize) -> Self {
        self.max_locations = n;
        self
    }

    /// An HS256 verifier; `None` when the secret is shorter than 32 bytes.
    pub fn hs256(
        secret: &Secret,
        issuer: &str,
        audience: &str,
        max_lifetime: u64,
        leeway: u64,
    ) -> Option<Self> {
        if secret.expose().len() < 32 {
            return None;
        }
        Some(TokenVerifier::new(
            DecodingKey::from_secret(secret.expose().as_bytes()),
            Algorithm::HS256,
            issuer,
            audience,
            max_lifetime,
            leeway,
        ))
    }

    /// Verifies a token and returns the operator it names.
    pub fn verify(&self, token: &str) -> Result<Operator, AppError> {
        let now = Utc::now().timestamp();
        if let Some((op, until)) = self.verified.get(token) {
            if now <= until {
                return Ok(op);
            }
        }
        let op = self.verify_uncached(token)?;
        let until = op.expires_at.timestamp().saturating_add(self.leeway_secs);
        self.verified.insert(token.to_owned(), (op.clone(), until));
        Ok(op)
    }

    fn verify_uncached(&self, token: &str) -> Result<Operator, AppError> {
        if token.len() > MAX_TOKEN_LEN {
            return Err(AppError::unauthorized(
                "The sign-in token is too long to be one of ours.",
            ));
        }
        refuse_critical_extensions(token)?;
        let data = decode::<Claims>(token, &self.key, &self.validation).map_err(|e| {
            let detail = match e.kind() {
                ErrorKind::ExpiredSignature => {
                    "Your sign-in has expired. The console will ask your portal for a new one."
                }
                ErrorKind::ImmatureSignature => {
                    "Your sign-in token is not valid yet; check the clocks of the portal's server."
                }
                ErrorKind::InvalidAudience => {
                    "The sign-in token is meant for another application (aud)."
                }
                ErrorKind::InvalidIssuer => {
                    "The sign-in token was issued by someone the console does not trust (iss)."
                }
                ErrorKind::InvalidSignature => "The sign-in token's signature does not verify.",
                ErrorKind::InvalidAlgorithm
                | ErrorKind::MissingAlgorithm
                | ErrorKind::InvalidAlgorithmName => {
                    "The sign-in token uses an algorithm the console does not accept."
                }
                ErrorKind::MissingRequiredClaim(_) => {
                    "The sign-in token lacks a required claim (exp, iss, aud, sub)."
                }
                ErrorKind::InvalidClaimFormat(_) => {
                    "The sign-in token's exp or nbf is not a number of seconds the console can use."
                }
                _ => "The sign-in token is not a valid token.",
            };
            AppError::unauthorized(detail).with_cause(format!("token rejected: {:?}", e.kind()))
        })?;
        let c = data.claims;
        // Token values are anyone's numbers: no arithmetic on them may overflow.
        let lifetime = c.exp.checked_sub(c.iat);
        if lifetime.is_none_or(|l| l > self.max_lifetime_secs) {
            return Err(AppError::unauthorized(format!(
                "The sign-in token lives longer than the {} s this console accepts; the portal must issue shorter-lived tokens.",
                self.max_lifetime_secs
            )));
        }
        if c.iat > Utc::now().timestamp().saturating_add(self.leeway_secs) {
            return Err(AppError::unauthorized(
                "The sign-in token was issued in the future; check the portal server's clock.",
            ));
        }
        Operator::from_claims(c, self.max_locations)
    }
}

/// Refuses a token whose header has `crit`: RFC 7515 §4.1.11 says a recipient that
/// does not understand every extension listed there must reject the token, and this
/// one understands none (jsonwebtoken ignores the member).
fn refuse_critical_extensions(token: &str) -> Result<(), AppError> {
    use base64::Engine;
    let header = token.split('.').next().unwrap_or("");
    let header = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(header)
        .ok()
        .and_then(|bytes| {
            serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&bytes).ok()
        });
    match header {
        Some(h) if h.contains_key("crit") => Err(AppError::unauthorized(
            "The sign-in token names critical extensions (crit) the console does not support.",
        )),
        // An unreadable header is refused by the verification that follows.
        _ => Ok(()),
    }
}

/// The locations a `locations` claim limits its operator to. Fails closed: only an
/// absent claim means every location (the caller's business); `null`, a non-list, an
/// empty list, an id that is not a UUID, or more than `max` ids are refused rather than
/// read as "every location" or "nothing". An id named twice counts once.
fn scope(claim: &serde_json::Value, max: usize) -> Result<Vec<Uuid>, AppError> {
    let refuse = |why: &str| {
        AppError::unauthorized(format!(
            "The sign-in token's locations claim {why}. Leave it out for every location, or list the location ids (UUIDs) the user may see."
        ))
    };
    let items = match claim {
        serde_json::Value::Null => return Err(refuse("is null")),
        serde_json::Value::Array(items) if items.is_empty() => {
            return Err(refuse("is an empty list"))
        }
        serde_json::Value::Array(items) => items,
        _ => return Err(refuse("is not a list")),
    };
    let mut ids: Vec<Uuid> = Vec::with_capacity(items.len().min(max));
    for item in items {
        let id = item
            .as_str()
            .and_then(|s| ipp::request::parse_uuid(s).ok())
            .ok_or_else(|| refuse("holds something that is not a location id"))?;
        if !ids.contains(&id) {
            ids.push(id);
        }
        if ids.len() > max {
            return Err(AppError::unauthorized(format!(
                "The sign-in token names more than {max} locations, the most this console accepts; name fewer, or leave the claim out for every location."
            )));
        }
    }
    Ok(ids)
}

impl Operator {
    pub(super) fn from_claims(c: Claims, max_locations: usize) -> Result<Operator, AppError> {
        let bad = |what: &str| {
            AppError::unauthorized(format!("The sign-in token's {what} claim is not usable."))
        };
        if c.sub.trim().is_empty() || c.sub.len() > 200 {
            return Err(bad("sub"));
        }
        if c.merchant_id.trim().is_empty()
            || c.merchant_id.len() > 100
            || c.merchant_id.chars().any(char::is_control)
        {
            return Err(bad("merchant_id"));
        }
        let role = c.roles.iter().filter_map(|r| Role::parse(r)).max().ok_or_else(|| {
            AppError::forbidden("Your account has no Device Console role (viewer, operator or admin). Ask your portal administrator for one.")
        })?;
        let locations = match c.locations {
            None => None,
            Some(claim) => Some(scope(&claim, max_locations)?),
        };
        let expires_at = Utc
            .timestamp_opt(c.exp, 0)
            .single()
            .ok_or_else(|| bad("exp"))?;
        let clip = |s: Option<String>, n: usize| {
            s.filter(|s| !s.trim().is_empty())
                .map(|s| s.chars().filter(|c| !c.is_control()).take(n).collect())
        };
        Ok(Operator {
            sub: c.sub,
            name: clip(c.name, 100),
            merchant_id: c.merchant_id,
            role,
            locations,
            locale: clip(c.locale, 35),
            expires_at,
        })
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::DevMinter;
    use super::*;

    pub(in crate::auth) fn verifier() -> (TokenVerifier, DevMinter) {
        let secret = Secret::new("0123456789abcdef0123456789abcdef-unit");
        (
            TokenVerifier::hs256(&secret, "iss", "aud", 900, 30).unwrap(),
            DevMinter::new(&secret, "iss", "aud", 600),
        )
    }

    #[test]
    fn a_verified_token_is_remembered_and_a_bad_one_never_is() {
        let (v, m) = verifier();
        let (token, _) = m.mint("u1", None, "M1", Role::Operator, None);
        assert_eq!(v.verify(&token).unwrap().role, Role::Operator);
        assert_eq!(v.verify(&token).unwrap().sub, "u1");
        assert_eq!(v.verified.len(), 1);
        let forged = format!("{token}x");
        assert!(v.verify(&forged).is_err());
        assert!(v.verify(&forged).is_err());
        assert_eq!(v.verified.len(), 1);
    }

    #[test]
    fn short_secrets_are_refused() {
        assert!(TokenVerifier::hs256(&Secret::new("short"), "i", "a", 900, 30).is_none());
    }
}
