//! The signed-in operator, as the proxy verified them, shared with every page.

use ipp::console::{Mode, Role, Session};
use leptos::prelude::*;

/// The current session: who the proxy says is signed in, once it has said.
#[derive(Clone, Copy)]
pub struct CurrentSession(pub Signal<Option<Session>>);

impl CurrentSession {
    /// Whether the operator's role includes `role` (reactive).
    pub fn can(&self, role: Role) -> bool {
        self.0.with(|s| s.as_ref().is_some_and(|s| s.can(role)))
    }

    pub fn is_playground(&self) -> bool {
        self.0
            .with(|s| s.as_ref().is_some_and(|s| s.mode == Mode::Playground))
    }

    /// The location scope, `None` for every location (reactive).
    pub fn scope(&self) -> Option<Vec<ipp::Uuid>> {
        self.0
            .with(|s| s.as_ref().and_then(|s| s.locations.clone()))
    }

    pub fn get(&self) -> Option<Session> {
        self.0.get()
    }
}

/// The session of the enclosing shell; a viewer-less default outside one (tests).
pub fn use_session() -> CurrentSession {
    use_context::<CurrentSession>().unwrap_or_else(|| CurrentSession(Signal::stored(None)))
}
