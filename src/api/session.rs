//! `GET /api/session`: who is signed in.

use ipp::console::Session;

use super::{Api, ApiError};

pub const PATH: &str = "/api/session";

pub async fn get(api: Api) -> Result<Session, ApiError> {
    api.get(PATH).await
}
