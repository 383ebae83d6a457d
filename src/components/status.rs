//! Status chips of enrollments.

use ipp::EnrollmentStatus;
use leptos::prelude::*;

pub fn status_label(s: EnrollmentStatus) -> &'static str {
    match s {
        EnrollmentStatus::Pending => "Pending",
        EnrollmentStatus::Consumed => "Used",
        EnrollmentStatus::Expired => "Expired",
        EnrollmentStatus::Cancelled => "Cancelled",
        EnrollmentStatus::Unknown => "Unknown",
    }
}

#[component]
pub fn StatusChip(status: EnrollmentStatus) -> impl IntoView {
    let class = format!("status status-{}", status.as_str().to_lowercase());
    view! { <span class=class>{status_label(status)}</span> }
}
