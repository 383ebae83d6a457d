//! Standalone sign-in's addresses (outside `/api`, which the browser reaches by
//! navigating): `/auth/sign-in` sends the browser to the identity provider,
//! `/auth/callback` takes its answer and starts a session, `/auth/sign-out` ends it.
//! Every failure sends the browser to the console's sign-in page with a code it
//! explains (`/sign-in?error=…`), and leaves no session behind; why, in detail, goes to
//! the log with the request id.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::header::{CACHE_CONTROL, LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde_json::json;

use crate::auth::oidc::Oidc;
use crate::auth::session::{
    self, check_same_origin, cookie, set_cookie, SESSION_COOKIE, SIGN_IN_COOKIE,
};
use crate::db::sessions::{digest, SessionRow, SignIn};
use crate::error::AppError;
use crate::AppState;

/// How long a sign-in may take at the provider.
const SIGN_IN_FOR: chrono::Duration = chrono::Duration::minutes(10);
/// Most sign-ins under way at once (each is a row until it ends or expires): anyone can
/// start one, so a flood of starts must not grow the database without bound.
const MAX_UNDER_WAY: i64 = 10_000;

/// A console path to come back to: an absolute path of this site that is not an API or
/// sign-in address; anything else is the overview.
fn return_to(asked: Option<&str>) -> String {
    match asked {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.starts_with("/\\")
                && p.len() <= 2_000
                && !p.chars().any(|c| c.is_control() || c == '\\')
                && !["/api", "/auth", "/sign-in"].iter().any(|x| {
                    p == *x || p.starts_with(&format!("{x}/")) || p.starts_with(&format!("{x}?"))
                }) =>
        {
            p.to_owned()
        }
        _ => "/".to_owned(),
    }
}

/// A redirect that no cache keeps, with cookies to set.
fn redirect(to: &str, cookies: Vec<HeaderValue>) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    let h = r.headers_mut();
    if let Ok(v) = HeaderValue::from_str(to) {
        h.insert(LOCATION, v);
    }
    h.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    for c in cookies {
        h.append(SET_COOKIE, c);
    }
    r
}

/// To the sign-in page, which explains `code`; the sign-in cookie goes.
fn refused(code: &str) -> Response {
    redirect(
        &format!("/sign-in?error={code}"),
        vec![set_cookie(SIGN_IN_COOKIE, "", chrono::Duration::zero())],
    )
}

fn oidc(state: &AppState) -> Result<&Arc<Oidc>, AppError> {
    state.oidc.as_ref().ok_or_else(|| {
        AppError::status(
            404,
            "Not found",
            "Standalone sign-in is not configured here.",
        )
    })
}

/// `GET /auth/sign-in?return_to=/path`: to the identity provider.
pub async fn start(
    State(state): State<Arc<AppState>>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let oidc = oidc(&state)?;
    match state.db.sign_ins_under_way().await {
        Ok(n) if n >= MAX_UNDER_WAY => {
            tracing::warn!(under_way = n, "sign-in refused: too many under way");
            return Ok(refused("busy"));
        }
        Ok(_) => {}
        Err(e) => {
            tracing::warn!(error = %e, "sign-in cannot start: the console database does not answer");
            return Ok(refused("unavailable"));
        }
    }
    let begun = match oidc.begin().await {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(error = %e, "sign-in cannot start");
            return Ok(refused(e.code()));
        }
    };
    let browser = session::secret();
    let row = SignIn {
        browser_hash: digest(&browser),
        nonce: begun.nonce,
        pkce_verifier: begun.pkce_verifier,
        return_to: return_to(q.get("return_to").map(String::as_str)),
        expires_at: Utc::now() + SIGN_IN_FOR,
    };
    if let Err(e) = state.db.start_sign_in(&digest(&begun.state), &row).await {
        tracing::warn!(error = %e, "sign-in cannot start: the console database does not answer");
        return Ok(refused("unavailable"));
    }
    Ok(redirect(
        &begun.url,
        vec![set_cookie(SIGN_IN_COOKIE, &browser, SIGN_IN_FOR)],
    ))
}

/// `GET /auth/callback?code=…&state=…` (or `?error=…`): the provider's answer.
pub async fn callback(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let oidc = oidc(&state)?;
    // The sign-in this answers, taken: a second answer with the same state finds none.
    let taken = match q.get("state") {
        Some(s) => state.db.take_sign_in(&digest(s)).await,
        None => Ok(None),
    };
    let started = match taken {
        Err(e) => {
            tracing::warn!(error = %e, "sign-in cannot finish: the console database does not answer");
            return Ok(refused("unavailable"));
        }
        Ok(None) => {
            tracing::warn!("sign-in refused: unknown, used or expired state");
            return Ok(refused("state"));
        }
        Ok(Some(s)) => s,
    };
    let same_browser =
        cookie(&headers, SIGN_IN_COOKIE).is_some_and(|b| digest(&b) == started.browser_hash);
    if !same_browser {
        tracing::warn!("sign-in refused: finished in another browser than it started");
        return Ok(refused("state"));
    }
    if let Some(error) = q.get("error") {
        tracing::warn!(%error, description = q.get("error_description").map(String::as_str).unwrap_or(""), "the identity provider refused the sign-in");
        return Ok(refused("provider_refused"));
    }
    let Some(code) = q.get("code").cloned() else {
        return Ok(refused("state"));
    };
    let claims = match oidc
        .finish(code, started.pkce_verifier, started.nonce)
        .await
    {
        Ok(v) => v,
        Err(e) => {
            tracing::warn!(error = %e, "sign-in refused");
            return Ok(refused(e.code()));
        }
    };
    let who = match oidc.settings.map.map(&claims) {
        Ok(who) if state.keys.get(&who.merchant_id).is_some() => who,
        Ok(who) => {
            tracing::warn!(sub = %who.subject, merchant = %who.merchant_id, "sign-in refused: no API key for the user's merchant");
            return Ok(refused("no_merchant"));
        }
        Err(why) => {
            let sub = claims.get("sub").and_then(|s| s.as_str()).unwrap_or("");
            tracing::warn!(%sub, reason = ?why, "sign-in refused by the claim mapping");
            return Ok(refused(why.code()));
        }
    };
    let now = Utc::now();
    let secret = session::secret();
    let row = SessionRow {
        who,
        seen_at: now,
        expires_at: now + oidc.settings.max_age,
    };
    if let Err(e) = state.db.create_session(&digest(&secret), &row).await {
        tracing::warn!(error = %e, "sign-in cannot finish: the console database does not answer");
        return Ok(refused("unavailable"));
    }
    tracing::info!(sub = %row.who.subject, merchant = %row.who.merchant_id, role = row.who.role.as_str(), "signed in");
    Ok(redirect(
        &started.return_to,
        vec![
            set_cookie(SESSION_COOKIE, &secret, oidc.settings.max_age),
            set_cookie(SIGN_IN_COOKIE, "", chrono::Duration::zero()),
        ],
    ))
}

/// `POST /auth/sign-out`: ends the session here and answers where to go next (the
/// provider's sign-out, where it offers one).
pub async fn sign_out(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let oidc = oidc(&state)?;
    check_same_origin(&Method::POST, &headers, &oidc.settings.public_origin)?;
    if let Some(secret) = cookie(&headers, SESSION_COOKIE) {
        let ended = state
            .db
            .end_session(&digest(&secret))
            .await
            .map_err(|e| crate::db::unavailable(&e))?;
        tracing::info!(ended, "signed out");
    }
    let next = oidc
        .sign_out_url()
        .await
        .unwrap_or_else(|| "/sign-in?signed_out=1".to_owned());
    let mut r = (StatusCode::OK, axum::Json(json!({ "redirect": next }))).into_response();
    r.headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r.headers_mut().append(
        SET_COOKIE,
        set_cookie(SESSION_COOKIE, "", chrono::Duration::zero()),
    );
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_console_paths_are_returned_to() {
        for ok in ["/", "/devices?location=x", "/enrollments/1", "/signed"] {
            assert_eq!(return_to(Some(ok)), ok);
        }
        for bad in [
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "devices",
            "/api/devices",
            "/auth/sign-out",
            "/sign-in?error=x",
            "/a\nb",
            "/a\\b",
        ] {
            assert_eq!(return_to(Some(bad)), "/", "{bad}");
        }
        assert_eq!(return_to(None), "/");
    }
}
