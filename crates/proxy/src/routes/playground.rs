//! Playground mode only: the development sign-in (mints operator tokens for a chosen role
//! and scope) and "simulate the clerk entering this code". Outside playground mode these
//! routes do not exist.

use std::net::IpAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::uri::Authority;
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::Response;
use axum::Extension;
use ipp::console::{DevMerchant, DevOptions, DevSignIn, DevToken, Role};
use ipp::request::normalize_code;
use ipp::{Device, ListKind, ListQuery, Location, Page, PairRequest, Problem};
use serde_json::json;
use tower_http::request_id::RequestId;

use super::{json, json_body};
use crate::audit::Audit;
use crate::edge::request_id_text;
use crate::error::AppError;
use crate::fleet::index::Change;
use crate::fleet::Fleet;
use crate::upstream::{paths, Caller};
use crate::AppState;

/// A request addressed to this machine by a loopback name or address. The development
/// sign-in mints admin tokens for anyone who asks, so it answers only there: a page on
/// another site whose name an attacker points at 127.0.0.1 (DNS rebinding) reaches the
/// proxy with that name in `Host` and is refused. Both the `Host` header and an
/// absolute request target are checked (RFC 9112 §3.2.2: the target's authority wins).
pub struct Loopback;

impl<S: Send + Sync> FromRequestParts<S> for Loopback {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let host = parts
            .headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok());
        let target = parts.uri.authority().map(|a| a.as_str());
        if host.is_some_and(is_loopback) && target.is_none_or(is_loopback) {
            return Ok(Loopback);
        }
        Err(AppError::forbidden(
            "The development sign-in answers only on this machine: open the console at http://localhost or http://127.0.0.1.",
        ))
    }
}

/// Whether an authority (`host[:port]`) names this machine: `localhost` and its
/// subdomains (RFC 6761 §6.3), or a loopback address.
fn is_loopback(authority: &str) -> bool {
    // A Host never carries user information; an authority that does is not ours.
    let Ok(authority) = authority.parse::<Authority>() else {
        return false;
    };
    let host = authority.host();
    // After the host, nothing or a port number.
    let port = authority.as_str().strip_prefix(host).unwrap_or("@");
    if !(port.is_empty()
        || port
            .strip_prefix(':')
            .is_some_and(|p| p.parse::<u16>().is_ok()))
    {
        return false;
    }
    let host = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    if let Ok(ip) = host.parse::<IpAddr>() {
        return ip.is_loopback();
    }
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host == "localhost" || host.ends_with(".localhost")
}

/// `GET /api/dev/sign-in/options`: the merchants the proxy has keys for, and their
/// locations.
pub async fn options(
    _: Loopback,
    State(state): State<Arc<AppState>>,
    Extension(id): Extension<RequestId>,
) -> Result<Response, AppError> {
    let all = ListQuery {
        page_size: ipp::query::MAX_PAGE_SIZE,
        ..ListQuery::default()
    };
    let mut merchants = Vec::new();
    let mut ids: Vec<&str> = state.keys.merchants().collect();
    ids.sort_unstable();
    for merchant in ids {
        let Some(key) = state.keys.get(merchant) else {
            continue;
        };
        let caller = Caller {
            merchant,
            key,
            request_id: request_id_text(&id),
        };
        let page: Page<Location> = state
            .upstream
            .get(&caller, &paths::list(ListKind::Locations, &all))
            .await?;
        merchants.push(DevMerchant {
            merchant_id: merchant.to_owned(),
            locations: page.content,
        });
    }
    Ok(json(StatusCode::OK, &DevOptions { merchants }))
}

/// `POST /api/dev/sign-in`: a token for the chosen identity, signed with the
/// playground's key.
pub async fn sign_in(
    _: Loopback,
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, AppError> {
    let minter = state
        .dev
        .as_ref()
        .ok_or_else(|| AppError::not_found("Not in playground mode."))?;
    let body = json_body(&headers, body).await?;
    let req: DevSignIn = serde_json::from_slice(&body).map_err(|e| {
        AppError::new(Problem::invalid_field("body", format!("Send {{\"role\": \"viewer|operator|admin\", \"locations\": [ids] or null, \"name\": …}} ({e}).")))
    })?;
    // Without a choice, the first merchant the proxy has a key for (the demo merchant).
    let merchant = match req.merchant_id.clone() {
        Some(m) => m,
        None => state.keys.merchants().min().unwrap_or_default().to_owned(),
    };
    if state.keys.get(&merchant).is_none() {
        return Err(AppError::new(Problem::invalid_field(
            "merchant_id",
            "The playground has no such merchant.",
        )));
    }
    let name = req
        .name
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| format!("Playground {}", req.role.label()));
    let sub = format!("playground-{}", req.role.as_str());
    let (token, expires_at) = minter.mint(&sub, Some(name), &merchant, req.role, req.locations);
    Ok(json(StatusCode::OK, &DevToken { token, expires_at }))
}

/// `POST /api/playground/pair`: plays the store clerk entering a code in the POS app.
pub async fn pair(fleet: Fleet, headers: HeaderMap, body: Body) -> Result<Response, AppError> {
    // Read here, within the request's time limit; a refusal is recorded by the change.
    let body = json_body(&headers, body).await;
    let audit = Audit::new(&fleet, "playground.pair");
    audit
        .run(move |rec| async move {
            fleet.op.require(Role::Operator, "simulate pairing")?;
            let req = PairRequest::decode(&body?)?;
            let code = normalize_code(&req.enrollment_code);
            // The code must be a pending one within the operator's locations.
            let e = fleet.pending_code(&code).await?;
            rec.target(e.enrollment_id);
            rec.locations(None, e.location_id);
            let hardware_id = format!(
                "SIM-{}",
                &uuid::Uuid::new_v4().simple().to_string()[..12].to_uppercase()
            );
            rec.changes(
                json!({"platform": req.platform, "name": req.name, "hardware_id": hardware_id}),
            );
            let register = ipp::RegisterDevice {
                enrollment_code: code,
                hardware_id,
                platform: req.platform,
                name: req.name.clone(),
            };
            rec.sending().await?;
            let device: Device = fleet
                .send(Method::POST, &paths::register(), &register)
                .await?;
            let device = device.without_credentials();
            rec.device(device.id, &device.name);
            fleet.changed(Change::CodeGone(e.enrollment_id));
            fleet.changed(Change::Device(device.clone()));
            fleet.paired(device.id, e.enrollment_id).await;
            Ok(json(StatusCode::CREATED, &device))
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::is_loopback;

    #[test]
    fn only_loopback_names_and_addresses_are_this_machine() {
        for yes in [
            "localhost",
            "localhost:8080",
            "LOCALHOST.",
            "app.localhost:1",
            "127.0.0.1",
            "127.8.9.1:80",
            "[::1]:8080",
            "[::1]",
        ] {
            assert!(is_loopback(yes), "{yes}");
        }
        for no in [
            "",
            "example.com",
            "localhost.example.com",
            "127.0.0.1.nip.io",
            "10.0.0.1",
            "[::2]:80",
            "0.0.0.0",
            "user@localhost",
            "localhost:x",
        ] {
            assert!(!is_loopback(no), "{no}");
        }
    }
}
