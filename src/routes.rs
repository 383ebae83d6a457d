//! Every screen's URL, built in one place.

use ipp::Uuid;

use crate::api;
use crate::logic::activity::ActivityFilters;
use crate::logic::filters::{parse_query, Filters, FromQuery};

/// A screen of the console.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Overview,
    Enrollments,
    NewEnrollment,
    /// A store rollout: many codes at once.
    NewBatch,
    /// A batch of codes as it is now (its job's id).
    Batch(Uuid),
    Enrollment(Uuid),
    Devices,
    Device(Uuid),
    Activity,
    Jobs,
    Job(Uuid),
    DevSignIn,
    SignIn,
}

impl Screen {
    pub fn href(&self) -> String {
        match self {
            Screen::Overview => "/".into(),
            Screen::Enrollments => "/enrollments".into(),
            Screen::NewEnrollment => "/enrollments/new".into(),
            Screen::NewBatch => "/enrollments/batch".into(),
            Screen::Batch(id) => format!("/enrollments/batch/{id}"),
            Screen::Enrollment(id) => format!("/enrollments/{id}"),
            Screen::Devices => "/devices".into(),
            Screen::Device(id) => format!("/devices/{id}"),
            Screen::Activity => "/activity".into(),
            Screen::Jobs => "/jobs".into(),
            Screen::Job(id) => format!("/jobs/{id}"),
            Screen::DevSignIn => "/dev/sign-in".into(),
            Screen::SignIn => "/sign-in".into(),
        }
    }

    /// The screen's address with a query string (none when `query` is empty).
    pub fn with_query(&self, query: &str) -> String {
        if query.is_empty() {
            self.href()
        } else {
            format!("{}?{query}", self.href())
        }
    }
}

/// The reads the screen at `path` (with query `search`) starts with: the session and
/// the locations for every screen of the shell, and a list screen's first page for the
/// filters in its URL. The same paths the screens ask for, so that reads started before
/// the screen is built are picked up by it (`api::early`).
pub fn first_reads(path: &str, search: &str, scope: Option<&[Uuid]>) -> Vec<String> {
    let path = path.trim_end_matches('/');
    if path == Screen::DevSignIn.href() || path == Screen::SignIn.href() {
        return Vec::new();
    }
    let mut reads = vec![api::session::PATH.to_owned(), api::locations::page_path(0)];
    let filters = || Filters::quietly(parse_query(search));
    if path.is_empty() {
        reads.push(api::fleet::OVERVIEW.to_owned());
    } else if path == Screen::Devices.href() {
        // One list of all the operator's locations.
        reads.push(api::fleet::list_path(&filters().to_fleet_query()));
    } else if path == Screen::Enrollments.href() {
        // As the code list does: an operator limited to several locations is shown the
        // first of them when the address names none (the token says which; see
        // `use_scoped_filters`).
        let f = filters().codes_only();
        let f = match scope {
            Some(mine) if mine.len() > 1 && f.location.is_none() => f.at_location(Some(mine[0])),
            _ => f,
        };
        reads.push(api::enrollments::ENROLLMENTS.list_path(&f.to_list_query()));
    } else if path == Screen::Activity.href() {
        let f = ActivityFilters::quietly(parse_query(search));
        reads.push(api::activity::list_path(&f.to_local_query()));
    } else if path == Screen::Jobs.href() {
        reads.push(api::jobs::LIST.to_owned());
    }
    reads
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_reads_follow_the_screen_and_its_filters() {
        let loc = "6f1c1a52-5a43-4a2e-9f6b-3b1d2c4e5f60";
        let reads = first_reads(
            "/devices",
            &format!("?location={loc}&metadata=dept%3Asales&page=2"),
            None,
        );
        assert_eq!(reads[0], "/api/session");
        assert_eq!(reads[1], "/api/locations?page_number=0&page_size=100");
        assert_eq!(
            reads[2],
            format!(
                "/api/devices?location_id={loc}&metadata=dept%3Asales&page_number=1&page_size=20"
            )
        );
        assert_eq!(reads.len(), 3);
        // The root is the overview.
        assert_eq!(first_reads("/", "", None)[2], "/api/overview");
        assert!(first_reads("/enrollments", "", None)[2].starts_with("/api/enrollments?"));
        // A scoped operator's codes are one location at a time, their devices all at once.
        let (a, b) = (Uuid::from_u128(1), Uuid::from_u128(2));
        assert!(first_reads("/enrollments", "", Some(&[a, b]))[2].contains(&a.to_string()));
        assert_eq!(
            first_reads("/devices", "?q=till&sort=name", Some(&[a, b]))[2],
            "/api/devices?page_number=0&page_size=20&q=till&sort=name&order=asc"
        );
        // Screens without a list of their own still need the session and the locations.
        assert_eq!(
            first_reads("/devices/6f1c1a52-5a43-4a2e-9f6b-3b1d2c4e5f60", "", None).len(),
            2
        );
        assert!(first_reads("/dev/sign-in", "", None).is_empty());
        assert_eq!(
            first_reads("/activity", "?action=device.deregister&page=2", None)[2],
            "/api/activity?action=device.deregister&page_number=1&page_size=20"
        );
    }

    #[test]
    fn hrefs() {
        let id = Uuid::from_u128(1);
        assert_eq!(Screen::Device(id).href(), format!("/devices/{id}"));
        assert_eq!(Screen::NewEnrollment.href(), "/enrollments/new");
        assert_eq!(Screen::NewBatch.href(), "/enrollments/batch");
        assert_eq!(Screen::Batch(id).href(), format!("/enrollments/batch/{id}"));
        assert_eq!(Screen::Overview.href(), "/");
    }
}
