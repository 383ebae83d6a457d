//! Enrollments: pairing codes. The list, the create form and the pairing card.

pub mod card;
pub mod list;
pub mod new;

pub use card::PairingCardPage;
pub use list::EnrollmentsPage;
pub use new::{new_code_href, NewEnrollmentPage};

use ipp::Enrollment;
use leptos::prelude::*;

/// The enrollment just created, so its card shows at once without another round trip.
#[derive(Clone, Copy)]
pub struct JustCreated(pub RwSignal<Option<Enrollment>>);

pub fn use_just_created() -> JustCreated {
    use_context::<JustCreated>().unwrap_or_else(|| {
        let j = JustCreated(RwSignal::new(None));
        provide_context(j);
        j
    })
}
