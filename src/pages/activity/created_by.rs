//! "Created by" in a list: who made each item of the page through the console (a code's
//! creator; for a device, whoever created the code it was paired with), read in one call
//! per page, shown in a boundary of its own so that the list never waits for it.

use ipp::activity::Creation;
use ipp::Uuid;
use leptos::prelude::*;

use crate::api;
use crate::logic::activity::wording::actor_text;

/// Who made the items `ids` names (read again when they change); unknown or not
/// answered is nobody.
pub fn use_creators(ids: impl Fn() -> Vec<Uuid> + 'static) -> Signal<Vec<Creation>> {
    let api = api::use_api();
    let read = LocalResource::new(move || {
        let ids = ids();
        async move { api::activity::creators(api, &ids).await.unwrap_or_default() }
    });
    Signal::derive(move || read.get().unwrap_or_default())
}

/// The "Created by" cell of the item `id`.
#[component]
pub fn CreatedBy(creators: Signal<Vec<Creation>>, id: Uuid) -> impl IntoView {
    let who = move || {
        creators.with(|c| {
            c.iter()
                .find(|c| c.id == id)
                .map(|c| actor_text(&c.actor).to_owned())
        })
    };
    view! {
        <td data-testid="created-by" translate="no"><Suspense fallback=|| ()>{who}</Suspense></td>
    }
}
