//! Enrollments (pairing codes): list, read one, create, cancel.

use ipp::console::EnrollmentDetail;
use ipp::{CreateEnrollment, Enrollment, ListKind, ListQuery, Page};

use super::{segment, ApiError};

/// The path that lists the enrollments matching `query`.
pub fn list_path(query: &ListQuery) -> String {
    format!(
        "/api/enrollments?{}",
        query.to_query_string(ListKind::Enrollments)
    )
}

pub async fn list(query: &ListQuery) -> Result<Page<Enrollment>, ApiError> {
    super::get(&list_path(query)).await
}

/// One enrollment and, once consumed, the device it became.
pub async fn get(id: &str) -> Result<EnrollmentDetail, ApiError> {
    super::get(&format!("/api/enrollments/{}", segment(id))).await
}

pub async fn create(body: &CreateEnrollment) -> Result<Enrollment, ApiError> {
    super::post("/api/enrollments", body).await
}

pub async fn cancel(id: &str) -> Result<(), ApiError> {
    super::delete(&format!("/api/enrollments/{}", segment(id))).await
}
