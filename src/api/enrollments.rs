//! Enrollments (pairing codes): list, read one, create, cancel.

use ipp::console::EnrollmentDetail;
use ipp::{CreateEnrollment, Enrollment, ListKind, Uuid};

use super::{Api, ApiError, Collection};

/// The list and its items.
pub const ENROLLMENTS: Collection<Enrollment> =
    Collection::new("/api/enrollments", ListKind::Enrollments);

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
