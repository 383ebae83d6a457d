//! What the proxy tells the console at load: the mode and the host origins allowed to
//! embed it (`<meta name="device-console-config">` in index.html), and whether this page
//! runs inside a host's iframe.

use ipp::console::Mode;

use crate::json::Fields;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuntimeConfig {
    pub mode: Mode,
    pub host_origins: Vec<String>,
    /// Standalone sign-in with the merchant's identity provider, where the proxy offers it.
    pub sign_in: Option<SignInConfig>,
    /// Where each language's catalog of what every screen says is
    /// (`{"sv": "/locale-sv-<hash>.ftl"}`); English's is built in.
    pub locales: std::collections::HashMap<String, String>,
    /// Where each language's catalog of what the screens beyond the first load say is
    /// (`{"en": "/screens-en-<hash>.ftl"}`).
    pub screens: std::collections::HashMap<String, String>,
}

/// What the sign-in page says: the provider's name and whom a refused user asks.
#[derive(Debug, Clone, PartialEq, Eq)]
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
            .and_then(|c| crate::json::value(&c))
            .map(|v| RuntimeConfig::read(&v))
            .unwrap_or_default()
    }

    /// The configuration field by field (serde's reader for it was 0.7 KB of the first
    /// load); a field that is missing or not of its type is its default, not the others
    /// with it.
    pub fn read(v: &impl Fields) -> RuntimeConfig {
        let sign_in = v.object("sign_in").and_then(|s| {
            Some(SignInConfig {
                provider: s.text("provider")?,
                help: s.text("help")?,
            })
        });
        RuntimeConfig {
            mode: match v.text("mode").as_deref() {
                Some("playground") => Mode::Playground,
                _ => Mode::Live,
            },
            host_origins: v.texts("host_origins").unwrap_or_default(),
            sign_in,
            locales: v.entries("locales").into_iter().collect(),
            screens: v.entries("screens").into_iter().collect(),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> RuntimeConfig {
        RuntimeConfig::read(&serde_json::from_str::<serde_json::Value>(json).unwrap())
    }

    #[test]
    fn the_page_configuration_is_read_field_by_field() {
        let c = read(
            r#"{"mode": "playground", "host_origins": ["https://portal.example"],
                "sign_in": {"provider": "Okta", "help": "IT"},
                "locales": {"sv": "/locale-sv-1.ftl"}, "screens": {"en": "/screens-en-2.ftl"}}"#,
        );
        assert_eq!(c.mode, Mode::Playground);
        assert_eq!(c.host_origins, ["https://portal.example"]);
        assert_eq!(c.sign_in.unwrap().provider, "Okta");
        assert_eq!(c.locales["sv"], "/locale-sv-1.ftl");
        assert_eq!(c.screens["en"], "/screens-en-2.ftl");
        // A field that is not of its type is its default; the others stay.
        let c = read(
            r#"{"mode": "test", "host_origins": "https://portal.example",
                "sign_in": {"provider": "Okta"}, "locales": {"sv": 1, "fi": "/locale-fi-3.ftl"}}"#,
        );
        assert_eq!(
            (c.mode, c.host_origins.len(), c.sign_in),
            (Mode::Live, 0, None)
        );
        assert_eq!(c.locales.len(), 1);
        assert_eq!(c.locales["fi"], "/locale-fi-3.ftl");
        assert!(c.screens.is_empty());
        assert_eq!(read("[1]"), RuntimeConfig::default());
    }
}
