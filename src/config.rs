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
    /// Standalone sign-in with the merchant's identity provider, where the proxy offers it.
    #[serde(default)]
    pub sign_in: Option<SignInConfig>,
    /// Where each language's catalog of what every screen says is
    /// (`{"sv": "/locale-sv-<hash>.ftl"}`); English's is built in.
    #[serde(default)]
    pub locales: std::collections::HashMap<String, String>,
    /// Where each language's catalog of what the screens beyond the first load say is
    /// (`{"en": "/screens-en-<hash>.ftl"}`).
    #[serde(default)]
    pub screens: std::collections::HashMap<String, String>,
}

/// What the sign-in page says: the provider's name and whom a refused user asks.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SignInConfig {
    pub provider: String,
    pub help: String,
}

impl Default for RuntimeConfig {
    fn default() -> Self {
        RuntimeConfig {
            mode: Mode::Live,
            host_origins: Vec::new(),
            sign_in: None,
            locales: Default::default(),
            screens: Default::default(),
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
            .and_then(|c| crate::json::from_str(&c).ok())
            .unwrap_or_default()
    }
}

/// The standalone sign-in of this page: offered by the proxy, and the console not
/// embedded (a portal signs its users in with its own tokens).
pub fn use_sign_in() -> Option<SignInConfig> {
    use leptos::prelude::use_context;
    let embedded = matches!(
        use_context::<crate::Embedding>(),
        Some(crate::Embedding::Embedded { .. } | crate::Embedding::Refused { .. })
    );
    use_context::<RuntimeConfig>()
        .and_then(|c| c.sign_in)
        .filter(|_| !embedded)
}

/// Whether the console runs inside another page's frame.
pub fn is_embedded() -> bool {
    let w = leptos::prelude::window();
    match w.parent() {
        Ok(Some(parent)) => parent != w,
        _ => false,
    }
}
