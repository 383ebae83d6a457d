//! Devices: the fleet list and one device.

pub mod bulk;
pub mod detail;
pub mod list;
pub mod search;

use ipp::Platform;

pub use detail::DevicePage;
pub use list::DevicesPage;

use crate::i18n::t;

/// What the device list says after a device was deregistered on its page: the device's
/// name (as shown), said in the language of the moment.
#[derive(Debug, Clone)]
pub struct Deregistered(pub String);

/// A device's name as shown: its own (data), or the catalog's "Unnamed device"
/// (reactive).
pub fn shown_name(name: &str) -> String {
    if name.is_empty() {
        t("device-unnamed")
    } else {
        name.to_owned()
    }
}

/// `translate="no"` for a device's own name, not for "Unnamed device".
pub fn name_translate(name: &str) -> Option<&'static str> {
    (!name.is_empty()).then_some("no")
}

/// A platform's name in the language shown (reactive).
pub fn platform_name(p: Platform) -> String {
    match p {
        Platform::Ios => t("device-platform-iphone"),
        Platform::Android => t("device-platform-android"),
        Platform::Terminal => t("device-platform-terminal"),
        Platform::Unknown => t("device-platform-other"),
    }
}
