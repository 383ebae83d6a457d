//! Pure logic of the screens, out of the components so it is tested natively: code
//! grouping, countdown text, expiry choices, filters in the URL, what a save will change,
//! the fleet's counts, the activity view's filters and wording.

pub mod activity;
pub mod batch;
pub mod code;
pub mod countdown;
pub mod diff;
pub mod expiry;
pub mod filters;
pub mod fleet;
pub mod jobs;
pub mod rollout;

/// What a person typed in an optional field: trimmed, or nothing when blank.
pub fn optional_text(typed: &str) -> Option<String> {
    let t = typed.trim();
    (!t.is_empty()).then(|| t.to_owned())
}
