//! Status chips of enrollments.

use ipp::EnrollmentStatus;
use leptos::prelude::*;

/// A code's state in the language shown (reactive).
pub fn status_label(s: EnrollmentStatus) -> String {
    crate::i18n::t(match s {
        EnrollmentStatus::Pending => "status-pending",
        EnrollmentStatus::Consumed => "status-used",
        EnrollmentStatus::Expired => "status-expired",
        EnrollmentStatus::Cancelled => "status-cancelled",
        EnrollmentStatus::Unknown => "status-unknown",
    })
}

#[component]
pub fn StatusChip(status: EnrollmentStatus) -> impl IntoView {
    let class = format!("status status-{}", status.as_str().to_lowercase());
    view! { <span class=class>{move || status_label(status)}</span> }
}
