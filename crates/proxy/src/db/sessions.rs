//! Standalone sign-in's rows (migration 0004): the sign-ins under way and the sessions
//! they became. Secrets are kept only as digests ([`digest`]): a copy of the database
//! signs nobody in.

use chrono::{DateTime, Duration, Utc};
use ipp::console::Role;
use sha2::{Digest, Sha256};
use sqlx::Row;

use super::{ms, time, Db};
use crate::auth::oidc::Identity;

/// The SHA-256 of a secret (a cookie's value, a `state`), as it is stored (base64url).
pub fn digest(secret: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(secret.as_bytes()))
}

/// A sign-in between the redirect to the identity provider and its answer.
#[derive(Debug, Clone)]
pub struct SignIn {
    pub browser_hash: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub return_to: String,
    pub expires_at: DateTime<Utc>,
}

/// A session: who it is (as the sign-in mapped them), its last use and its end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    pub who: Identity,
    pub seen_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// How often a session's last use is written (the idle limit is this precise).
pub const TOUCH_EVERY: Duration = Duration::seconds(60);

impl Db {
    pub async fn start_sign_in(&self, state_hash: &str, s: &SignIn) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO sign_ins (state_hash, browser_hash, nonce, pkce_verifier, return_to, created_ms, expires_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(state_hash.to_owned())
        .bind(s.browser_hash.clone())
        .bind(s.nonce.clone())
        .bind(s.pkce_verifier.clone())
        .bind(s.return_to.clone())
        .bind(ms(Utc::now()))
        .bind(ms(s.expires_at))
        .execute(&self.pool)
        .await
        .map(|_| ())
    }

    /// How many sign-ins are under way (not finished, not expired).
    pub async fn sign_ins_under_way(&self) -> Result<i64, sqlx::Error> {
        sqlx::query("SELECT COUNT(*) AS n FROM sign_ins WHERE expires_ms > $1")
            .bind(ms(Utc::now()))
            .fetch_one(&self.pool)
            .await?
            .try_get("n")
    }

    /// Takes the sign-in `state` names out of the database: it can be finished once.
    /// `None` when there is none (never started, already finished, or tampered with);
    /// an expired one is taken and answered as `None` too.
    pub async fn take_sign_in(&self, state_hash: &str) -> Result<Option<SignIn>, sqlx::Error> {
        let row = sqlx::query(
            "DELETE FROM sign_ins WHERE state_hash = $1 RETURNING browser_hash, nonce, pkce_verifier, return_to, expires_ms",
        )
        .bind(state_hash.to_owned())
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else { return Ok(None) };
        let s = SignIn {
            browser_hash: r.try_get("browser_hash")?,
            nonce: r.try_get("nonce")?,
            pkce_verifier: r.try_get("pkce_verifier")?,
            return_to: r.try_get("return_to")?,
            expires_at: time(r.try_get("expires_ms")?),
        };
        Ok((s.expires_at > Utc::now()).then_some(s))
    }

    pub async fn create_session(&self, id_hash: &str, s: &SessionRow) -> Result<(), sqlx::Error> {
        let locations = s
            .who
            .locations
            .as_ref()
            .map(|l| serde_json::to_string(l).unwrap_or_default());
        let now = ms(Utc::now());
        sqlx::query(
            "INSERT INTO sessions (id_hash, subject, name, merchant_id, role, locations, locale, created_ms, seen_ms, expires_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(id_hash.to_owned())
        .bind(s.who.subject.clone())
        .bind(s.who.name.clone())
        .bind(s.who.merchant_id.clone())
        .bind(s.who.role.as_str())
        .bind(locations)
        .bind(s.who.locale.clone())
        .bind(now)
        .bind(ms(s.seen_at))
        .bind(ms(s.expires_at))
        .execute(&self.pool)
        .await
        .map(|_| ())
    }

    /// The live session with this digest: used within `idle` and before its absolute
    /// end. Its last use is written when it is older than [`TOUCH_EVERY`].
    pub async fn session(
        &self,
        id_hash: &str,
        idle: Duration,
    ) -> Result<Option<SessionRow>, sqlx::Error> {
        let now = Utc::now();
        let row = sqlx::query(
            "SELECT subject, name, merchant_id, role, locations, locale, seen_ms, expires_ms FROM sessions WHERE id_hash = $1 AND expires_ms > $2 AND seen_ms > $3",
        )
        .bind(id_hash.to_owned())
        .bind(ms(now))
        .bind(ms(now - idle))
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else { return Ok(None) };
        let locations: Option<String> = r.try_get("locations")?;
        let role: String = r.try_get("role")?;
        let mut s = SessionRow {
            who: Identity {
                subject: r.try_get("subject")?,
                name: r.try_get("name")?,
                merchant_id: r.try_get("merchant_id")?,
                // A row that cannot be read signs nobody in.
                role: match Role::parse(&role) {
                    Some(r) => r,
                    None => return Ok(None),
                },
                locations: match locations.map(|l| serde_json::from_str(&l)) {
                    None => None,
                    Some(Ok(l)) => Some(l),
                    Some(Err(_)) => return Ok(None),
                },
                locale: r.try_get("locale")?,
            },
            seen_at: time(r.try_get("seen_ms")?),
            expires_at: time(r.try_get("expires_ms")?),
        };
        if now - s.seen_at >= TOUCH_EVERY {
            sqlx::query("UPDATE sessions SET seen_ms = $1 WHERE id_hash = $2")
                .bind(ms(now))
                .bind(id_hash.to_owned())
                .execute(&self.pool)
                .await?;
            s.seen_at = now;
        }
        Ok(Some(s))
    }

    /// Ends a session; whether there was one.
    pub async fn end_session(&self, id_hash: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash.to_owned())
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Deletes sessions past either limit and sign-ins nobody finished.
    pub async fn prune_sessions(&self, idle: Duration) -> Result<u64, sqlx::Error> {
        let now = Utc::now();
        let sessions = sqlx::query("DELETE FROM sessions WHERE expires_ms <= $1 OR seen_ms <= $2")
            .bind(ms(now))
            .bind(ms(now - idle))
            .execute(&self.pool)
            .await?
            .rows_affected();
        let sign_ins = sqlx::query("DELETE FROM sign_ins WHERE expires_ms <= $1")
            .bind(ms(now))
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(sessions + sign_ins)
    }
}
