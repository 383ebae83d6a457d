//! The messages of the embedding protocol (version 1) and what the console accepts of them.

use serde::Serialize;

use crate::json::Fields;

pub const SOURCE: &str = "kustom-device-console";
pub const VERSION: u32 = 1;

/// A message from the host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostMessage {
    Session {
        token: String,
    },
    Navigate {
        path: String,
    },
    Theme(Theme),
    Locale {
        tag: String,
    },
    /// `full`: the console draws its own top bar and navigation; `content` (the default
    /// when embedded): the screen's content only, the host owning navigation.
    Chrome {
        mode: String,
    },
}

/// The colour and font tokens a host may set, and light or dark (each optional).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Theme {
    pub scheme: Option<String>,
    pub accent: Option<String>,
    pub background: Option<String>,
    pub surface: Option<String>,
    pub text: Option<String>,
    pub font: Option<String>,
}

/// A message to the host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ConsoleMessage {
    Ready,
    TokenRequest,
    Resize {
        height: u32,
    },
    /// The console's route changed, or its page's title did.
    Navigated {
        path: String,
        title: String,
    },
}

/// Reads a message (a JS object posted by the host: its properties read as they are;
/// serde's reader for a struct of thirteen fields was most of the bridge's code in the
/// first load): ours, of our version, a known type with what that type needs;
/// anything else is ignored (`None`).
pub fn parse(m: &impl Fields) -> Option<HostMessage> {
    if m.text("source")? != SOURCE || m.number("v")? != f64::from(VERSION) {
        return None;
    }
    Some(match m.text("type")?.as_str() {
        "session" => HostMessage::Session {
            token: m.text("token")?,
        },
        "navigate" => HostMessage::Navigate {
            path: m.text("path")?,
        },
        "theme" => HostMessage::Theme(Theme {
            scheme: m.text("scheme"),
            accent: m.text("accent"),
            background: m.text("background"),
            surface: m.text("surface"),
            text: m.text("text"),
            font: m.text("font"),
        }),
        "locale" => HostMessage::Locale {
            tag: m.text("tag")?,
        },
        "chrome" => HostMessage::Chrome {
            mode: m.text("mode")?,
        },
        _ => return None,
    })
}

/// A message to the host in its envelope.
#[derive(Serialize)]
pub struct Envelope<'a> {
    source: &'static str,
    v: u32,
    #[serde(flatten)]
    message: &'a ConsoleMessage,
}

/// The envelope of a message to the host.
pub fn envelope(message: &ConsoleMessage) -> Envelope<'_> {
    Envelope {
        source: SOURCE,
        v: VERSION,
        message,
    }
}

/// A path the host may send the console to: one of the console's own, never another
/// site or a script.
pub fn safe_path(path: &str) -> Option<String> {
    let ok = path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('\\')
        && path.len() <= 2048
        && !path.chars().any(char::is_control);
    ok.then(|| path.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn parse(v: Value) -> Option<HostMessage> {
        super::parse(&v)
    }

    fn envelope(m: &ConsoleMessage) -> Value {
        serde_json::to_value(super::envelope(m)).unwrap()
    }

    #[test]
    fn only_our_versioned_messages_are_read() {
        let ok = json!({"source": SOURCE, "v": 1, "type": "session", "token": "t"});
        assert_eq!(parse(ok), Some(HostMessage::Session { token: "t".into() }));
        assert_eq!(
            parse(json!({"source": "other", "v": 1, "type": "session", "token": "t"})),
            None
        );
        assert_eq!(
            parse(json!({"source": SOURCE, "v": 2, "type": "session", "token": "t"})),
            None
        );
        assert_eq!(
            parse(json!({"source": SOURCE, "v": 1, "type": "eval", "code": "x"})),
            None
        );
        assert_eq!(parse(json!("session")), None);
        // A known type without what it needs, or with it in another type.
        assert_eq!(
            parse(json!({"source": SOURCE, "v": 1, "type": "session"})),
            None
        );
        assert_eq!(
            parse(json!({"source": SOURCE, "v": 1, "type": "session", "token": 7})),
            None
        );
        assert_eq!(
            parse(json!({"source": SOURCE, "v": "1", "type": "session", "token": "t"})),
            None
        );
        // A field it does not need that is not of its type is left out.
        assert_eq!(
            parse(
                json!({"source": SOURCE, "v": 1, "type": "theme", "scheme": 5, "accent": "#123456"})
            ),
            Some(HostMessage::Theme(Theme {
                accent: Some("#123456".into()),
                ..Theme::default()
            }))
        );
        assert_eq!(
            parse(json!({"source": SOURCE, "v": 1, "type": "navigate", "path": "/devices"})),
            Some(HostMessage::Navigate {
                path: "/devices".into()
            })
        );
        // A theme names only the tokens the host sets.
        assert_eq!(
            parse(json!({"source": SOURCE, "v": 1, "type": "theme", "scheme": "dark"})),
            Some(HostMessage::Theme(Theme {
                scheme: Some("dark".into()),
                ..Theme::default()
            }))
        );
    }

    #[test]
    fn the_host_picks_the_chrome_and_hears_each_pages_title() {
        assert_eq!(
            parse(json!({"source": SOURCE, "v": 1, "type": "chrome", "mode": "full"})),
            Some(HostMessage::Chrome {
                mode: "full".into()
            })
        );
        assert_eq!(
            envelope(&ConsoleMessage::Navigated {
                path: "/devices".into(),
                title: "Devices".into()
            }),
            json!({"source": SOURCE, "v": 1, "type": "navigated", "path": "/devices", "title": "Devices"})
        );
    }

    #[test]
    fn messages_to_the_host_carry_the_envelope() {
        assert_eq!(
            envelope(&ConsoleMessage::Resize { height: 640 }),
            json!({"source": SOURCE, "v": 1, "type": "resize", "height": 640})
        );
        assert_eq!(
            envelope(&ConsoleMessage::TokenRequest),
            json!({"source": SOURCE, "v": 1, "type": "token_request"})
        );
    }

    #[test]
    fn the_host_can_only_send_the_console_to_its_own_pages() {
        assert_eq!(
            safe_path("/devices?location=x"),
            Some("/devices?location=x".into())
        );
        for bad in [
            "https://evil.example/",
            "//evil.example",
            "javascript:alert(1)",
            "devices",
            "/\\evil",
            "/a\nb",
        ] {
            assert_eq!(safe_path(bad), None, "{bad}");
        }
    }
}
