//! Enrollments: list, one (with the device it became), create, cancel.

use std::collections::HashSet;

use axum::body::Body;
use axum::extract::RawQuery;
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use ipp::console::{EnrollmentDetail, Role};
use ipp::http::Id;
use ipp::{
    CreateEnrollment, Enrollment, EnrollmentStatus, ListKind, ListQuery, Location, Page, Problem,
    UsedBy, Uuid,
};
use serde_json::json;

use super::{json, json_body, list_query};
use crate::audit::Audit;
use crate::auth::Operator;
use crate::error::AppError;
use crate::fleet::index::{export as csv, Change};
use crate::fleet::Fleet;
use crate::upstream::paths;

pub(super) async fn list(fleet: Fleet, RawQuery(raw): RawQuery) -> Result<Response, AppError> {
    let q = list_query(ListKind::Enrollments, raw)?;
    let page: Page<Enrollment> = fleet.list(ListKind::Enrollments, &q).await?;
    let now = Utc::now();
    // The upstream may judge expiry later than we do; a code past its time is expired.
    // Used codes say which device they paired, and when: from the fleet index, and
    // only for a device within the operator's locations. Without an index (too large,
    // the upstream down) the codes are listed without it.
    let used: Vec<Uuid> = page.content.iter().filter_map(|e| e.device_id).collect();
    let shelf = match used.is_empty() {
        true => None,
        false => fleet.index().await.ok(),
    };
    let used_by = |id: Option<Uuid>| -> Option<UsedBy> {
        let (shelf, id) = (shelf.as_ref()?, id?);
        shelf.read(|d| {
            let d = d?.get(id)?;
            fleet.op.allows_location(d.location_id).then(|| UsedBy {
                name: d.name.to_string(),
                paired_at: d.created_at,
            })
        })
    };
    let page = page.map(|e| {
        let e = Enrollment {
            status: e.status_at(now),
            used_by: used_by(e.device_id),
            ..e
        };
        for_role(&fleet.op, e)
    });
    Ok(json(StatusCode::OK, &page))
}

/// Most codes one export writes.
const MAX_EXPORT: usize = 100_000;

/// The code list as CSV: every page of what the filters select, within the operator's
/// locations (all of them when the filters name none). Codes only for operators.
pub(super) async fn export(fleet: Fleet, RawQuery(raw): RawQuery) -> Result<Response, AppError> {
    let q = list_query(ListKind::Enrollments, raw)?;
    fleet.check_location(q.location_id)?;
    let locations: Vec<Location> = fleet
        .all::<Location>(ListKind::Locations, &ListQuery::default(), MAX_EXPORT)
        .await?
        .into_iter()
        .map(|(_, l)| l)
        .collect();
    // Listed per location, so that each code has one (the documented enrollment does
    // not say); for an operator of every location, also what no location lists.
    let mut queries: Vec<ListQuery> = match q.location_id {
        Some(_) => vec![q.clone()],
        None => locations
            .iter()
            .map(|l| ListQuery {
                location_id: Some(l.id),
                ..q.clone()
            })
            .collect(),
    };
    if q.location_id.is_none() && fleet.scope().is_none() {
        queries.push(q.clone());
    }
    let now = Utc::now();
    let mut seen = HashSet::new();
    let mut codes = Vec::new();
    for query in queries {
        for (listed_under, e) in fleet
            .all::<Enrollment>(ListKind::Enrollments, &query, MAX_EXPORT)
            .await?
        {
            if seen.insert(e.enrollment_id) {
                codes.push(Enrollment {
                    status: e.status_at(now),
                    used_by: None,
                    location_id: e.location_id.or(listed_under),
                    ..e
                });
            }
        }
    }
    let names = locations
        .into_iter()
        .map(|l| (l.id, l.name.as_str().into()))
        .collect();
    Ok(csv::enrollments(
        codes,
        fleet.op.role >= Role::Operator,
        names,
    ))
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

pub(super) async fn one(fleet: Fleet, Id(id): Id) -> Result<Response, AppError> {
    let e = fleet.enrollment(id).await?;
    let e = Enrollment {
        status: e.status_at(Utc::now()),
        used_by: None,
        ..e
    };
    let device = if e.status == EnrollmentStatus::Consumed {
        fleet.device_of(&e).await?
    } else {
        None
    };
    // What the upstream says now is what the index shows too: a code the POS app has
    // just used shows its device in the list at once, not after the next read.
    match (&device, e.status) {
        (_, EnrollmentStatus::Pending) => fleet.changed(Change::Code(e.clone())),
        (Some(d), _) => {
            fleet.changed(Change::CodeGone(e.enrollment_id));
            fleet.changed(Change::Device(d.clone()));
            fleet.paired(d.id, e.enrollment_id).await;
        }
        (None, _) => fleet.changed(Change::CodeGone(e.enrollment_id)),
    }
    Ok(json(
        StatusCode::OK,
        &EnrollmentDetail {
            enrollment: for_role(&fleet.op, e),
            device: device.map(ipp::Device::without_credentials),
        },
    ))
}

pub(super) async fn create(
    fleet: Fleet,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, AppError> {
    // Read here, within the request's time limit; a refusal is recorded by the change.
    let body = json_body(&headers, body).await;
    let audit = Audit::new(&fleet, "enrollment.create");
    audit
        .run(move |rec| async move {
            fleet.op.require(Role::Operator, "create enrollments")?;
            let mut req = CreateEnrollment::decode(&body?)?;
            rec.changes(json!({"location_id": req.location_id, "metadata": req.metadata, "expires_in": req.expires_in_ms()}));
            if let Some(allowed) = &fleet.op.locations {
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
            rec.locations(None, req.location_id);
            rec.sending().await?;
            let created: Enrollment = fleet.send(Method::POST, &paths::enrollments(), &req).await?;
            rec.target(created.enrollment_id);
            fleet.changed(Change::Code(Enrollment {
                location_id: created.location_id.or(req.location_id),
                ..created.clone()
            }));
            let created = Enrollment { used_by: None, ..created };
            Ok(json(StatusCode::CREATED, &created))
        })
        .await
}

pub(super) async fn cancel(fleet: Fleet, Id(id): Id) -> Result<Response, AppError> {
    let audit = Audit::new(&fleet, "enrollment.cancel").target(id);
    audit
        .run(move |rec| async move {
            fleet.op.require(Role::Operator, "cancel enrollments")?;
            // Within the operator's scope, or not at all.
            let e = fleet.enrollment(id).await?;
            rec.changes(json!({"status": {"before": e.status_at(Utc::now()).as_str(), "after": "CANCELLED"}}));
            rec.locations(e.location_id, e.location_id);
            rec.sending().await?;
            fleet
                .call(Method::DELETE, &paths::enrollment(id), None)
                .await?;
            fleet.changed(Change::CodeGone(id));
            Ok(StatusCode::NO_CONTENT.into_response())
        })
        .await
}
