//! Every screen's URL, built in one place.

use ipp::Uuid;

/// A screen of the console.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    Enrollments,
    NewEnrollment,
    Enrollment(Uuid),
    Devices,
    Device(Uuid),
    DevSignIn,
}

impl Screen {
    pub fn href(&self) -> String {
        match self {
            Screen::Enrollments => "/enrollments".into(),
            Screen::NewEnrollment => "/enrollments/new".into(),
            Screen::Enrollment(id) => format!("/enrollments/{id}"),
            Screen::Devices => "/devices".into(),
            Screen::Device(id) => format!("/devices/{id}"),
            Screen::DevSignIn => "/dev/sign-in".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hrefs() {
        let id = Uuid::from_u128(1);
        assert_eq!(Screen::Device(id).href(), format!("/devices/{id}"));
        assert_eq!(Screen::NewEnrollment.href(), "/enrollments/new");
    }
}
