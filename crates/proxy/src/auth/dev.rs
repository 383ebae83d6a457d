//! The development sign-in's token minter (playground mode only).

use chrono::{DateTime, TimeZone, Utc};
use ipp::console::Role;
use ipp::Uuid;
use jsonwebtoken::{encode, Algorithm, EncodingKey, Header};

use super::Claims;
use crate::upstream::keys::Secret;

/// Mints operator tokens in playground mode (the development sign-in page).
pub struct DevMinter {
    key: EncodingKey,
    issuer: String,
    audience: String,
    lifetime_secs: i64,
}

impl DevMinter {
    pub fn new(secret: &Secret, issuer: &str, audience: &str, lifetime_secs: i64) -> DevMinter {
        DevMinter {
            key: EncodingKey::from_secret(secret.expose().as_bytes()),
            issuer: issuer.to_owned(),
            audience: audience.to_owned(),
            lifetime_secs,
        }
    }

    pub fn mint(
        &self,
        sub: &str,
        name: Option<String>,
        merchant_id: &str,
        role: Role,
        locations: Option<Vec<Uuid>>,
    ) -> (String, DateTime<Utc>) {
        let now = Utc::now().timestamp();
        let claims = Claims {
            iss: self.issuer.clone(),
            aud: self.audience.clone(),
            sub: sub.to_owned(),
            exp: now + self.lifetime_secs,
            iat: now,
            nbf: Some(now),
            merchant_id: merchant_id.to_owned(),
            roles: vec![role.as_str().to_owned()],
            locations: locations.map(|l| serde_json::json!(l)),
            name,
            locale: None,
        };
        let token = encode(&Header::new(Algorithm::HS256), &claims, &self.key)
            .expect("HS256 signing cannot fail");
        (
            token,
            Utc.timestamp_opt(claims.exp, 0)
                .single()
                .unwrap_or_default(),
        )
    }
}
