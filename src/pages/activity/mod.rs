//! The activity trail: `/activity` (every change, filtered and paged) and the short
//! history on a device's page and a pairing card.

pub mod created_by;
pub mod filters;
pub mod history;
pub mod list;
pub mod table;

pub use created_by::{use_creators, CreatedBy};
pub use filters::ActivityFilterBar;
pub use history::History;
pub use list::ActivityPage;
