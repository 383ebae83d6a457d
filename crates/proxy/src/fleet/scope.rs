//! What scope is judged on: every item of an upstream answer names its location (and
//! merchant) when the upstream says, and is checked against the operator's scope
//! (`Fleet::admits`), whatever the query asked for.

use ipp::{Device, Enrollment, Location, Uuid};

/// Something an upstream list holds, with what scope is judged on.
pub trait Scoped {
    /// The location it belongs to, when the upstream says.
    fn location(&self) -> Option<Uuid>;
    /// The merchant it belongs to, when the upstream says (empty when it does not).
    fn merchant(&self) -> &str {
        ""
    }
}

impl Scoped for Device {
    fn location(&self) -> Option<Uuid> {
        self.location_id
    }
    fn merchant(&self) -> &str {
        &self.merchant_id
    }
}

impl Scoped for Enrollment {
    fn location(&self) -> Option<Uuid> {
        self.location_id
    }
}

impl Scoped for Location {
    fn location(&self) -> Option<Uuid> {
        Some(self.id)
    }
    fn merchant(&self) -> &str {
        &self.merchant_id
    }
}
