//! Playground only: the development sign-in, which mints operator tokens for a chosen
//! role and location scope.

use ipp::console::{DevOptions, DevSignIn, DevToken};

use super::ApiError;

pub async fn options() -> Result<DevOptions, ApiError> {
    super::get_public("/api/dev/sign-in/options").await
}

pub async fn sign_in(choice: &DevSignIn) -> Result<DevToken, ApiError> {
    super::post_public("/api/dev/sign-in", choice).await
}
