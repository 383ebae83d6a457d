//! What a screen says when its address names nothing, or nothing that is there (any
//! more): the screens beyond the first load show it, and their words say it
//! (`common.ftl`).

use ipp::Uuid;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::use_title;
use crate::i18n::t;
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

/// What an address that names no such thing is about, as messages of the catalogs: its
/// title ("No such device"), `what` it says of an address that is no id ("This address
/// does not name a device."), and the list to go to instead, with the link's text.
#[derive(Debug, Clone, Copy)]
pub struct Missing {
    pub title: &'static str,
    pub what: &'static str,
    pub list: Screen,
    pub list_name: &'static str,
}

impl Missing {
    /// A device's address (`/devices/:id`).
    pub const DEVICE: Missing = Missing {
        title: "missing-device-title",
        what: "missing-device-not-an-id",
        list: Screen::Devices,
        list_name: "missing-device-list",
    };

    /// A pairing code's address (`/enrollments/:id`).
    pub const CODE: Missing = Missing {
        title: "missing-code-title",
        what: "missing-code-not-an-id",
        list: Screen::Enrollments,
        list_name: "missing-code-list",
    };

    /// A bulk change's address (`/jobs/:id`).
    pub const JOB: Missing = Missing {
        title: "missing-job-title",
        what: "missing-job-not-an-id",
        list: Screen::Jobs,
        list_name: "missing-job-list",
    };

    /// What the page says when the thing is not there (any more): by its list; the
    /// server's words for a list that has none here.
    fn gone(self, error: &crate::api::ApiError) -> String {
        let key = match self.list {
            Screen::Devices => "missing-device-gone",
            Screen::Enrollments => "missing-code-gone",
            Screen::Jobs => "missing-job-gone",
            _ => {
                return error
                    .problem()
                    .and_then(|p| p.detail.clone())
                    .unwrap_or_default()
            }
        };
        t(key)
    }
}

/// The screen for the thing the address's `:id` names, built by `screen`; a page that
/// says so when the address names nothing.
pub fn id_screen<V: IntoView + 'static>(
    missing: Missing,
    screen: impl Fn(Uuid) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let id = use_id_param();
    move || match id.get() {
        Some(id) => screen(id).into_any(),
        None => view! { <NoSuchItem missing/> }.into_any(),
    }
}

/// Something the address names that is not there (any more, or in the operator's
/// locations): said plainly, without the error styling and reference of a failure.
#[component]
pub fn Gone(
    missing: Missing,
    error: crate::api::ApiError,
    /// The heading's id (the page's section is labelled by it).
    title_id: &'static str,
) -> impl IntoView {
    view! {
        <h1 id=title_id>{move || t(missing.title)}</h1>
        <p data-testid="gone">{move || missing.gone(&error)}" "<A href=missing.list.href()>{move || t(missing.list_name)}</A>"."</p>
    }
}

/// Whether a failed read means the thing is not there.
pub fn is_gone(e: &crate::api::ApiError) -> bool {
    e.problem().is_some_and(|p| p.status == 404)
}

/// An address naming something that cannot be (it is not an id).
#[component]
pub fn NoSuchItem(missing: Missing) -> impl IntoView {
    use_title(move || t(missing.title));
    view! {
        <section class="page">
            <h1>{move || t(missing.title)}</h1>
            <p>{move || t(missing.what)}" " <A href=missing.list.href()>{move || t(missing.list_name)}</A>"."</p>
        </section>
    }
}
