//! Enrollments: pairing codes. The list, the create form and the pairing card.

pub mod batch;
pub mod card;
pub mod list;
pub mod new;
pub mod simulate;

pub use batch::{BatchPage, NewBatchPage};
pub use card::PairingCardPage;
pub use list::EnrollmentsPage;
pub use new::{new_code_href, NewEnrollmentPage};
