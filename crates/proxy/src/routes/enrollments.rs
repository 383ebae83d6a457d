//! Enrollments: list, one (with the device it became), create, cancel.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use chrono::Utc;
use ipp::console::{EnrollmentDetail, Role};
use ipp::{CreateEnrollment, Enrollment, EnrollmentStatus, ListKind, Page, Problem};
use serde_json::json;

use super::{json, list_query, require_json, Body, Id, Rid};
use crate::audit::Audit;
use crate::auth::Operator;
use crate::error::AppError;
use crate::fleet::Fleet;
use crate::AppState;
use axum::extract::RawQuery;

pub async fn list(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let q = list_query(ListKind::Enrollments, raw)?;
    let fleet = Fleet::new(&state, &op, &rid.0)?;
    let page: Page<Enrollment> = fleet.list(ListKind::Enrollments, &q).await?;
    let now = Utc::now();
    // The upstream may judge expiry later than we do; a code past its time is expired.
    let page = Page {
        content: page
            .content
            .into_iter()
            .map(|e| Enrollment {
                status: e.status_at(now),
                ..e
            })
            .collect(),
        ..page
    };
    Ok(json(StatusCode::OK, &page))
}

pub async fn one(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    Id(id): Id,
) -> Result<Response, AppError> {
    let fleet = Fleet::new(&state, &op, &rid.0)?;
    let e = fleet.enrollment(id).await?;
    let e = Enrollment {
        status: e.status_at(Utc::now()),
        ..e
    };
    let device = if e.status == EnrollmentStatus::Consumed {
        fleet.device_of(&e).await?
    } else {
        None
    };
    let device = device.map(|d| ipp::Device {
        credentials: None,
        ..d
    });
    Ok(json(
        StatusCode::OK,
        &EnrollmentDetail {
            enrollment: e,
            device,
        },
    ))
}

pub async fn create(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, AppError> {
    let mut audit = Audit::new(&rid.0, &op, "enrollment.create");
    let result = async {
        op.require(Role::Operator, "create enrollments")?;
        require_json(&headers)?;
        let mut req = CreateEnrollment::decode(&body)?;
        audit.changes = json!({"location_id": req.location_id, "metadata": req.metadata, "expires_in": req.expires_in_ms()});
        if let Some(allowed) = &op.locations {
            match (req.location_id, allowed.as_slice()) {
                (Some(l), _) if allowed.contains(&l) => {}
                (Some(_), _) => {
                    return Err(AppError::forbidden_field("location_id", "You can only create enrollments for your own locations."));
                }
                (None, [only]) => req.location_id = Some(*only),
                (None, _) => {
                    return Err(AppError::new(Problem::invalid_field("location_id", "Choose one of your locations.")));
                }
            }
        }
        let fleet = Fleet::new(&state, &op, &rid.0)?;
        let created: Enrollment = fleet.send(Method::POST, "/ipp/v1/enrollments", &req).await?;
        audit.target = Some(created.enrollment_id.to_string());
        Ok(json(StatusCode::CREATED, &created))
    }
    .await;
    audit.finish(result)
}

pub async fn cancel(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    Id(id): Id,
) -> Result<Response, AppError> {
    let mut audit = Audit::new(&rid.0, &op, "enrollment.cancel");
    audit.target = Some(id.to_string());
    let result = async {
        op.require(Role::Operator, "cancel enrollments")?;
        let fleet = Fleet::new(&state, &op, &rid.0)?;
        // Within the operator's scope, or not at all.
        let e = fleet.enrollment(id).await?;
        audit.changes = json!({"status": {"before": e.status_at(Utc::now()).as_str(), "after": "CANCELLED"}, "location_id": e.location_id});
        fleet.call(Method::DELETE, &format!("/ipp/v1/enrollments/{id}"), None).await?;
        Ok(StatusCode::NO_CONTENT.into_response())
    }
    .await;
    audit.finish(result)
}
