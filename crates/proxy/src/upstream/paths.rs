//! The Device API's paths, built in one place (`/ipp/v1/…`); queries through
//! `ipp::ListQuery`, ids as UUIDs (nothing to encode).

use ipp::{ListKind, ListQuery, Uuid};

const BASE: &str = "/ipp/v1";

/// A list with its query.
pub fn list(kind: ListKind, q: &ListQuery) -> String {
    let name = match kind {
        ListKind::Enrollments => "enrollments",
        ListKind::Devices => "devices",
        ListKind::Locations => "locations",
    };
    format!("{BASE}/{name}?{}", q.to_query_string(kind))
}

/// Where enrollments are created.
pub fn enrollments() -> String {
    format!("{BASE}/enrollments")
}

pub fn enrollment(id: Uuid) -> String {
    format!("{BASE}/enrollments/{id}")
}

pub fn device(id: Uuid) -> String {
    format!("{BASE}/devices/{id}")
}

pub fn location(id: Uuid) -> String {
    format!("{BASE}/locations/{id}")
}

/// The POS app's registration with a code (the playground's; the clerk's side).
pub fn register() -> String {
    format!("{BASE}/devices/register")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_the_upstream_ones() {
        let q = ListQuery {
            page_size: 1,
            ..ListQuery::default()
        };
        assert_eq!(
            list(ListKind::Locations, &q),
            "/ipp/v1/locations?page_number=0&page_size=1"
        );
        assert_eq!(
            device(Uuid::nil()),
            format!("/ipp/v1/devices/{}", Uuid::nil())
        );
        assert_eq!(register(), "/ipp/v1/devices/register");
    }
}
