//! Reusable, fetch-free widgets.

pub mod layout;
