//! `GET /api/session`: who is signed in.

use ipp::console::Session;

use super::{Api, ApiError};

pub const PATH: &str = "/api/session";

pub async fn get(api: Api) -> Result<Session, ApiError> {
    api.get(PATH).await
}

#[derive(serde::Deserialize)]
struct SignedOut {
    redirect: String,
}

/// The sign-out's body: an empty object.
#[derive(serde::Serialize)]
struct Nothing {}

/// Ends the standalone session (at the proxy, which says where to go next: the identity
/// provider's sign-out, or the sign-in page).
pub async fn sign_out() -> Result<String, ApiError> {
    let out: SignedOut = super::post_public("/auth/sign-out", &Nothing {}).await?;
    Ok(out.redirect)
}
