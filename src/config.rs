//! What the proxy tells the console at load: the mode and the host origins allowed to
//! embed it (`<meta name="device-console-config">` in index.html), and whether this page
//! runs inside a host's iframe.

use ipp::console::Mode;
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct RuntimeConfig {
    pub mode: Mode,
    #[serde(default)]
    pub host_origins: Vec<String>,
}

impl Default for RuntimeConfig {
    fn default() -> Self {
        RuntimeConfig {
            mode: Mode::Live,
            host_origins: Vec::new(),
        }
    }
}

impl RuntimeConfig {
    /// Reads the configuration the proxy put into the page; defaults (live, no hosts)
    /// when it is missing or unreadable.
    pub fn from_page() -> RuntimeConfig {
        let content = leptos::prelude::document()
            .query_selector("meta[name=device-console-config]")
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"));
        content
            .and_then(|c| serde_json::from_str(&c).ok())
            .unwrap_or_default()
    }
}

/// Whether the console runs inside another page's frame.
pub fn is_embedded() -> bool {
    let w = leptos::prelude::window();
    match w.parent() {
        Ok(Some(parent)) => parent != w,
        _ => false,
    }
}
