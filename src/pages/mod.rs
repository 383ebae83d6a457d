//! One module per area, one file per screen.

pub mod dev_sign_in;
pub mod devices;
pub mod enrollments;
pub mod filter_bar;

use ipp::Uuid;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::routes::Screen;

/// The `:id` of the address, when it is one.
pub fn use_id_param() -> Memo<Option<Uuid>> {
    let params = use_params_map();
    Memo::new(move |_| {
        params
            .with(|p| p.get("id"))
            .and_then(|s| ipp::request::parse_uuid(&s).ok())
    })
}

/// An address naming something that cannot be (it is not an id).
#[component]
pub fn NoSuchItem(
    #[prop(into)] title: String,
    #[prop(into)] what: String,
    list: Screen,
    #[prop(into)] list_name: String,
) -> impl IntoView {
    view! {
        <section class="page">
            <h1>{title}</h1>
            <p>{format!("This address does not name {what}. ")} <A href=list.href()>{list_name}</A>"."</p>
        </section>
    }
}

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
