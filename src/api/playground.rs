//! Playground only: play the store clerk entering a pairing code.

use ipp::{Device, PairRequest};

use super::{Api, ApiError};

pub async fn pair(api: Api, body: &PairRequest) -> Result<Device, ApiError> {
    api.post("/api/playground/pair", body).await
}
