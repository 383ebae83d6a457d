//! The operator's locations, loaded once per session and used wherever a location is
//! shown or chosen (by name, never as a bare id).

use ipp::{Location, Uuid};
use leptos::prelude::*;

use crate::api::{self, ApiError};

/// The operator's locations, read once per session and shared by every screen of it.
#[derive(Clone, Copy)]
pub struct Locations(LocalResource<Result<Vec<Location>, ApiError>>);

impl Locations {
    /// Reads the locations (again whenever `attempt` changes) for the screens below.
    pub fn provide(api: api::Api, attempt: RwSignal<u32>) -> Locations {
        let l = Locations(LocalResource::new(move || {
            attempt.track();
            api::locations::all(api)
        }));
        provide_context(l);
        l
    }

    pub fn reload(&self) {
        self.0.refetch();
    }

    /// The locations (empty while loading or when loading failed).
    pub fn list(&self) -> Vec<Location> {
        self.0.with(|l| {
            l.as_ref()
                .and_then(|r| r.as_ref().ok())
                .cloned()
                .unwrap_or_default()
        })
    }

    pub fn loaded(&self) -> bool {
        self.0.with(|l| matches!(l, Some(Ok(_))))
    }

    pub fn error(&self) -> Option<ApiError> {
        self.0
            .with(|l| l.as_ref().and_then(|r| r.as_ref().err()).cloned())
    }

    /// What `f` reads of the location `id`, once it is loaded (reactive).
    fn of<T>(&self, id: Option<Uuid>, f: impl FnOnce(&Location) -> T) -> Option<T> {
        let id = id?;
        self.0.with(|l| {
            l.as_ref()
                .and_then(|r| r.as_ref().ok())
                .and_then(|list| list.iter().find(|x| x.id == id))
                .map(f)
        })
    }

    /// The languages a location's printouts are in, the main one first, as the proxy
    /// says (reactive; English for a location not known).
    pub fn languages(&self, id: Option<Uuid>) -> Vec<crate::i18n::Lang> {
        let said: Vec<crate::i18n::Lang> = self
            .of(id, |l| {
                l.languages
                    .iter()
                    .filter_map(|c| crate::i18n::Lang::from_tag(c))
                    .collect()
            })
            .unwrap_or_default();
        if said.is_empty() {
            vec![crate::i18n::Lang::En]
        } else {
            said
        }
    }

    /// A location's time zone, as the proxy says (reactive).
    pub fn zone(&self, id: Option<Uuid>) -> Option<String> {
        self.of(id, |l| l.time_zone.clone()).flatten()
    }

    /// A location's name; "No location" for none, a short id for one not (yet) known.
    pub fn name(&self, id: Option<Uuid>) -> String {
        match id {
            None => crate::i18n::t("location-none"),
            Some(uuid) => self.of(id, Location::display_name).unwrap_or_else(|| {
                crate::i18n::t_with(
                    "location-unknown",
                    &[("id", uuid.to_string()[..8].to_owned().into())],
                )
            }),
        }
    }
}

/// The session's locations; an empty set outside a session (component tests).
pub fn use_locations() -> Locations {
    use_context::<Locations>()
        .unwrap_or_else(|| Locations(LocalResource::new(|| async { Ok(Vec::new()) })))
}
