//! Devices: the fleet.

use leptos::prelude::*;

#[component]
pub fn DevicesPage() -> impl IntoView {
    view! {
        <section class="page" aria-labelledby="dev-title">
            <h1 id="dev-title">"Devices"</h1>
            <p>"Registered devices will be listed here."</p>
        </section>
    }
}
