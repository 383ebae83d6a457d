//! `GET /api/session`: who is signed in.

use ipp::console::Session;

use super::ApiError;

pub async fn get() -> Result<Session, ApiError> {
    super::get("/api/session").await
}
