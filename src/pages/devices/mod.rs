//! Devices: the fleet list and one device.

pub mod detail;
pub mod list;

pub use detail::DevicePage;
pub use list::DevicesPage;

use leptos::prelude::*;

/// A message for the next screen (after deregistering, the list names the device).
#[derive(Clone, Copy)]
pub struct Flash(pub RwSignal<Option<String>>);

pub fn use_flash() -> Flash {
    use_context::<Flash>().unwrap_or_else(|| {
        let f = Flash(RwSignal::new(None));
        provide_context(f);
        f
    })
}
