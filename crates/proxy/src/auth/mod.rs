//! Who a request acts for: an operator token, verified ([`token`]), becomes the
//! [`Operator`] a handler takes; in playground mode the development sign-in mints tokens
//! ([`dev`]).

mod dev;
pub mod oidc;
pub mod session;
mod token;

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use chrono::{DateTime, Utc};
use ipp::console::{Mode, Role, Session};
use ipp::Uuid;

pub use dev::DevMinter;
pub use token::{Claims, TokenVerifier};

use crate::error::AppError;
use crate::AppState;

/// The verified operator a request acts for.
#[derive(Debug, Clone)]
pub struct Operator {
    pub sub: String,
    pub name: Option<String>,
    pub merchant_id: String,
    pub role: Role,
    /// `None`: every location of the merchant.
    pub locations: Option<Vec<Uuid>>,
    pub locale: Option<String>,
    pub expires_at: DateTime<Utc>,
}

impl Operator {
    /// Refuses unless the operator's role includes `role`.
    pub fn require(&self, role: Role, doing: &str) -> Result<(), AppError> {
        if self.role >= role {
            return Ok(());
        }
        Err(AppError::forbidden(format!(
            "Your role ({}) cannot {doing}; that needs the {} role. Ask your portal administrator if you need it.",
            self.role.as_str(),
            role.as_str()
        )))
    }

    /// Whether a location is within the operator's scope (`None` is "no location").
    pub fn allows_location(&self, id: Option<Uuid>) -> bool {
        ipp::console::allows_location(self.locations.as_deref(), id)
    }

    pub fn session(&self, mode: Mode) -> Session {
        Session {
            subject: self.sub.clone(),
            name: self.name.clone(),
            merchant_id: self.merchant_id.clone(),
            role: self.role,
            locations: self.locations.clone(),
            locale: self.locale.clone(),
            expires_at: self.expires_at,
            mode,
        }
    }
}

impl FromRequestParts<Arc<AppState>> for Operator {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        // A bearer token wins (embedded use); else the session cookie of standalone
        // sign-in, where it is offered.
        let Some(header) = parts.headers.get(AUTHORIZATION) else {
            return match (&state.oidc, session::cookie(&parts.headers, session::SESSION_COOKIE)) {
                (Some(oidc), Some(secret)) => {
                    from_session(state, &oidc.settings, &parts.method, &parts.headers, &secret).await
                }
                (Some(_), None) => Err(AppError::unauthorized(
                    "You are not signed in, or your session has ended. Sign in again; what you typed stays on the page.",
                )),
                (None, _) => Err(AppError::unauthorized("Sign in first: the console sends your portal's sign-in token as Authorization: Bearer.")),
            };
        };
        let token = header
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                AppError::unauthorized("Send the sign-in token as Authorization: Bearer <token>.")
            })?;
        let op = state.verifier.verify(token)?;
        tracing::debug!(sub = %op.sub, merchant = %op.merchant_id, "operator verified");
        Ok(op)
    }
}

/// The operator of a live session; a change must come from the console itself.
async fn from_session(
    state: &AppState,
    settings: &oidc::Settings,
    method: &axum::http::Method,
    headers: &axum::http::HeaderMap,
    secret: &str,
) -> Result<Operator, AppError> {
    // Checked first: a change from another site neither counts as a use of the session
    // nor reaches the database.
    session::check_same_origin(method, headers, &settings.public_origin)?;
    let row = state
        .db
        .session(&crate::db::sessions::digest(secret), settings.idle)
        .await
        .map_err(|e| crate::db::unreadable(&e, "your session"))?;
    let Some(row) = row else {
        return Err(AppError::unauthorized(format!(
            "Your session has ended: after {} minutes without use, {} hours after signing in, or by signing out. Sign in again; what you typed stays on the page.",
            settings.idle.num_minutes(),
            settings.max_age.num_hours()
        )));
    };
    let op = Operator::of_session(row, settings.idle);
    tracing::debug!(sub = %op.sub, merchant = %op.merchant_id, "session verified");
    Ok(op)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_and_roles() {
        let (v, m) = token::tests::verifier();
        let loc = Uuid::from_u128(7);
        let (token, _) = m.mint(
            "u2",
            Some("Ann".into()),
            "M1",
            Role::Viewer,
            Some(vec![loc]),
        );
        let op = v.verify(&token).unwrap();
        assert!(op.allows_location(Some(loc)));
        assert!(!op.allows_location(Some(Uuid::from_u128(8))));
        assert!(!op.allows_location(None));
        assert!(op.require(Role::Viewer, "read").is_ok());
        let e = op
            .require(Role::Operator, "create enrollments")
            .unwrap_err();
        assert_eq!(e.problem.status, 403);
    }
}
