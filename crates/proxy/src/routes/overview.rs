//! `/api/overview`: each of the operator's stores at a glance, from the fleet index.

use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;

use super::devices::too_large;
use super::json;
use crate::error::AppError;
use crate::fleet::index::{answers, View};
use crate::fleet::Fleet;

pub(super) async fn overview(fleet: Fleet) -> Result<Response, AppError> {
    let shelf = fleet.index().await?;
    let overview = shelf.view(fleet.state.index.config.max_devices, |v| match v {
        View::Indexed(data) => Ok(answers::overview(data, fleet.scope(), Utc::now())),
        View::TooLarge { devices, max } => Err(too_large("The overview", devices, max)),
    })?;
    Ok(json(StatusCode::OK, &overview))
}
