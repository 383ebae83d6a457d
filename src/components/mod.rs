//! Reusable, fetch-free widgets.

pub mod change_summary;
pub mod chips;
pub mod clerk_steps;
pub mod code;
pub mod confirm;
pub mod copy;
pub mod empty;
pub mod field;
pub mod focus;
pub mod layout;
pub mod leave_guard;
pub mod loading;
pub mod location_picker;
pub mod metadata_editor;
pub mod notice;
pub mod pager;
pub mod qr_code;
pub mod relative_time;
pub mod server_words;
pub mod status;
pub mod time;
