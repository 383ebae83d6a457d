//! Devices: the fleet list and one device.

pub mod bulk;
pub mod detail;
pub mod list;
pub mod search;

pub use detail::DevicePage;
pub use list::DevicesPage;

/// What the device list says after a device was deregistered on its page.
#[derive(Debug, Clone)]
pub struct Deregistered(pub String);
