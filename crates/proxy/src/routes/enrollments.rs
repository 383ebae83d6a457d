//! Enrollments: list, one (with the device it became), create, cancel.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use chrono::Utc;
use ipp::console::{EnrollmentDetail, Role};
use ipp::{CreateEnrollment, Enrollment, EnrollmentStatus, ListKind, Page, Problem};
use serde_json::json;

use super::{json, json_body, list_query, Id, Rid};
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
    let page = page.map(|e| {
        for_role(
            &op,
            Enrollment {
                status: e.status_at(now),
                ..e
            },
        )
    });
    Ok(json(StatusCode::OK, &page))
}

/// A pairing code is a credential: it turns a phone into a payment device. Only
/// operators and admins receive it; a viewer sees that it exists, its location, metadata
/// and expiry (DESIGN, "Rules that protect the user's data").
fn for_role(op: &Operator, e: Enrollment) -> Enrollment {
    if op.role >= Role::Operator {
        e
    } else {
        e.without_code()
    }
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
    Ok(json(
        StatusCode::OK,
        &EnrollmentDetail {
            enrollment: for_role(&op, e),
            device: device.map(ipp::Device::without_credentials),
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
    // Read here, within the request's time limit; a refusal is recorded by the change.
    let body = json_body(&headers, body).await;
    let audit = Audit::new(&rid.0, &op, "enrollment.create");
    audit
        .run(move |rec| async move {
            op.require(Role::Operator, "create enrollments")?;
            let body = body?;
            let mut req = CreateEnrollment::decode(&body)?;
            rec.changes(json!({"location_id": req.location_id, "metadata": req.metadata, "expires_in": req.expires_in_ms()}));
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
            rec.sending();
            let created: Enrollment = fleet.send(Method::POST, "/ipp/v1/enrollments", &req).await?;
            rec.target(created.enrollment_id);
            Ok(json(StatusCode::CREATED, &created))
        })
        .await
}

pub async fn cancel(
    State(state): State<Arc<AppState>>,
    Extension(rid): Rid,
    op: Operator,
    Id(id): Id,
) -> Result<Response, AppError> {
    let audit = Audit::new(&rid.0, &op, "enrollment.cancel").target(id);
    audit
        .run(move |rec| async move {
            op.require(Role::Operator, "cancel enrollments")?;
            let fleet = Fleet::new(&state, &op, &rid.0)?;
            // Within the operator's scope, or not at all.
            let e = fleet.enrollment(id).await?;
            rec.changes(json!({"status": {"before": e.status_at(Utc::now()).as_str(), "after": "CANCELLED"}, "location_id": e.location_id}));
            rec.sending();
            fleet
                .call(Method::DELETE, &format!("/ipp/v1/enrollments/{id}"), None)
                .await?;
            Ok(StatusCode::NO_CONTENT.into_response())
        })
        .await
}
