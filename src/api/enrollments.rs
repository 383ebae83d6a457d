//! Enrollments (pairing codes): list, read one, create, cancel.

use ipp::console::EnrollmentDetail;
use ipp::{CreateEnrollment, Enrollment, ListKind, ListQuery, Page, Uuid};

use super::{Api, ApiError, Collection};

const ENROLLMENTS: Collection = Collection::new("/api/enrollments", ListKind::Enrollments);

/// The path that lists the enrollments matching `query`.
pub fn list_path(query: &ListQuery) -> String {
    ENROLLMENTS.list_path(query)
}

pub async fn list(api: Api, query: &ListQuery) -> Result<Page<Enrollment>, ApiError> {
    api.get(&list_path(query)).await
}

/// One enrollment and, once consumed, the device it became.
pub async fn get(api: Api, id: Uuid) -> Result<EnrollmentDetail, ApiError> {
    api.get(&ENROLLMENTS.item(id)).await
}

pub async fn create(api: Api, body: &CreateEnrollment) -> Result<Enrollment, ApiError> {
    api.post("/api/enrollments", body).await
}

pub async fn cancel(api: Api, id: Uuid) -> Result<(), ApiError> {
    api.delete(&ENROLLMENTS.item(id)).await
}
