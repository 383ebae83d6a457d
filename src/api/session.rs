//! `GET /api/session`: who is signed in.

use ipp::console::Session;

use super::ApiError;

pub const PATH: &str = "/api/session";

pub async fn get() -> Result<Session, ApiError> {
    super::get(PATH).await
}
