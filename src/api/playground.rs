//! Playground only: play the store clerk entering a pairing code.

use ipp::{Device, PairRequest};

use super::ApiError;

pub async fn pair(body: &PairRequest) -> Result<Device, ApiError> {
    super::post("/api/playground/pair", body).await
}
