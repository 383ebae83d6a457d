//! One module per area, one file per screen.

pub mod dev_sign_in;
pub mod devices;
pub mod enrollments;
pub mod filter_bar;

use leptos::prelude::*;

use crate::routes::Screen;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page" aria-labelledby="nf-title">
            <h1 id="nf-title">"Page not found"</h1>
            <p>"This address does not match any page of Device Console."</p>
            <p>
                <a href=Screen::Enrollments.href()>"Go to enrollments"</a>
                " or "
                <a href=Screen::Devices.href()>"go to devices"</a>
                "."
            </p>
        </section>
    }
}
