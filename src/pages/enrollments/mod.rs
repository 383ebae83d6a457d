//! Enrollments: pairing codes.

use leptos::prelude::*;

#[component]
pub fn EnrollmentsPage() -> impl IntoView {
    view! {
        <section class="page" aria-labelledby="enr-title">
            <h1 id="enr-title">"Enrollments"</h1>
            <p>"Pairing codes for new devices will be listed here."</p>
        </section>
    }
}
