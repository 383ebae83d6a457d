//! Playground mode only: the development sign-in (mints operator tokens for a chosen role
//! and scope) and "simulate the clerk entering this code". Outside playground mode these
//! routes do not exist.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::Response;
use axum::Extension;
use ipp::console::{DevMerchant, DevOptions, DevSignIn, DevToken, Role};
use ipp::request::normalize_code;
use ipp::{Device, Location, Page, PairRequest, Problem};
use serde_json::json;

use super::{json, require_json, Body, Rid};
use crate::audit::Audit;
use crate::auth::Operator;
use crate::error::AppError;
use crate::fleet::Fleet;
use crate::upstream::Caller;
use crate::AppState;

/// `GET /dev/sign-in/options`: the merchants the proxy has keys for, and their locations.
pub async fn options(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
) -> Result<Response, AppError> {
    let mut merchants = Vec::new();
    let mut ids: Vec<&str> = state.keys.merchants().collect();
    ids.sort_unstable();
    for merchant in ids {
        let key = state.keys.get(merchant).expect("listed");
        let caller = Caller {
            merchant,
            key,
            request_id: &rid.0,
        };
        let page: Page<Location> = state
            .upstream
            .get(&caller, "/ipp/v1/locations?page_number=0&page_size=100")
            .await?;
        merchants.push(DevMerchant {
            merchant_id: merchant.to_owned(),
            locations: page.content,
        });
    }
    Ok(json(StatusCode::OK, &DevOptions { merchants }))
}

/// `POST /dev/sign-in`: a token for the chosen identity, signed with the playground's key.
pub async fn sign_in(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, AppError> {
    let minter = state
        .dev
        .as_ref()
        .ok_or_else(|| AppError::not_found("Not in playground mode."))?;
    require_json(&headers)?;
    let req: DevSignIn = serde_json::from_slice(&body).map_err(|e| {
        AppError::new(Problem::invalid_field("body", format!("Send {{\"role\": \"viewer|operator|admin\", \"locations\": [ids] or null, \"name\": …}} ({e}).")))
    })?;
    let merchant = req
        .merchant_id
        .clone()
        .unwrap_or_else(|| playground::DEMO_MERCHANT.to_owned());
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
pub async fn pair(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, AppError> {
    let mut audit = Audit::new(&rid.0, &op, "playground.pair");
    let result = async {
        op.require(Role::Operator, "simulate pairing")?;
        require_json(&headers)?;
        let req = PairRequest::decode(&body)?;
        let fleet = Fleet::new(&state, &op, &rid.0)?;
        let code = normalize_code(&req.enrollment_code);
        // The code must be a pending one within the operator's locations.
        let e = fleet.pending_code(&code).await?;
        audit.target = Some(e.enrollment_id.to_string());
        let hardware_id = format!(
            "SIM-{}",
            &uuid::Uuid::new_v4().simple().to_string()[..12].to_uppercase()
        );
        audit.changes =
            json!({"platform": req.platform, "name": req.name, "hardware_id": hardware_id});
        let register = ipp::RegisterDevice {
            enrollment_code: code,
            hardware_id,
            platform: req.platform,
            name: req.name.clone(),
        };
        let device: Device = fleet
            .send(Method::POST, "/ipp/v1/devices/register", &register)
            .await?;
        Ok(json(
            StatusCode::CREATED,
            &Device {
                credentials: None,
                ..device
            },
        ))
    }
    .await;
    audit.finish(result)
}
