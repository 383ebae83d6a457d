//! Embedded in a host portal's iframe: the postMessage protocol (version 1).
//!
//! Console → host: `ready`, `token_request`, `resize {height}`, `navigated {path}`.
//! Host → console: `session {token}`, `navigate {path}`, `theme {…}`, `locale {tag}`.
//! Every message is `{source: "kustom-device-console", v: 1, type, …}`. The console
//! accepts a message only when its `event.origin` is the host origin (one of those the
//! proxy allows to frame it) and its `event.source` is the parent window, and posts only
//! to that exact origin. The token lives in memory only.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use futures_channel::oneshot;
use serde::{Deserialize, Serialize};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::auth::{self, TokenFuture, TokenSource};

pub const SOURCE: &str = "kustom-device-console";
pub const VERSION: u32 = 1;
/// How long the console waits for the host to answer with a token.
pub const TOKEN_WAIT: Duration = Duration::from_secs(10);

/// A message from the host.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum HostMessage {
    Session { token: String },
    Navigate { path: String },
    Theme(Theme),
    Locale { tag: String },
}

/// The colour and font tokens a host may set, and light or dark.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Theme {
    #[serde(default)]
    pub scheme: Option<String>,
    #[serde(default)]
    pub accent: Option<String>,
    #[serde(default)]
    pub background: Option<String>,
    #[serde(default)]
    pub surface: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub font: Option<String>,
}

/// A message to the host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ConsoleMessage {
    Ready,
    TokenRequest,
    Resize { height: u32 },
    Navigated { path: String },
}

/// Reads a message's envelope: ours, of our version, and a known type; anything else is
/// ignored (`None`).
pub fn parse(data: &serde_json::Value) -> Option<HostMessage> {
    if data.get("source")?.as_str()? != SOURCE || data.get("v")?.as_u64()? != u64::from(VERSION) {
        return None;
    }
    serde_json::from_value(data.clone()).ok()
}

/// The envelope of a message to the host.
pub fn envelope(m: &ConsoleMessage) -> serde_json::Value {
    let mut v = serde_json::to_value(m).expect("messages serialize");
    v["source"] = SOURCE.into();
    v["v"] = VERSION.into();
    v
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

/// A theme value that cannot escape its CSS property: colours as `#rgb`/`#rrggbb` or
/// `rgb(…)`/`hsl(…)` with plain numbers; fonts as names, commas, spaces and quotes.
pub fn safe_css(key: &str, value: &str) -> bool {
    if value.len() > 120 {
        return false;
    }
    if key == "font" {
        return value
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '"' | '\''));
    }
    let hex = value
        .strip_prefix('#')
        .is_some_and(|h| matches!(h.len(), 3 | 6 | 8) && h.chars().all(|c| c.is_ascii_hexdigit()));
    let func = ["rgb(", "rgba(", "hsl(", "hsla("]
        .iter()
        .any(|f| value.starts_with(f))
        && value.ends_with(')')
        && value.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '(' | ')' | ',' | '.' | '%' | ' ' | '/')
        });
    hex || func
}

/// The origin of the page that frames us, when the browser tells (Chromium and Safari by
/// `ancestorOrigins`, otherwise the referrer).
fn parent_origin() -> Option<String> {
    let w = leptos::prelude::window();
    let ancestors = js_sys::Reflect::get(&w.location(), &"ancestorOrigins".into()).ok();
    if let Some(first) = ancestors
        .and_then(|a| js_sys::Reflect::get(&a, &0.into()).ok())
        .and_then(|v| v.as_string())
    {
        return Some(first);
    }
    let referrer = leptos::prelude::document().referrer();
    web_sys::Url::new(&referrer)
        .ok()
        .map(|u| u.origin())
        .filter(|o| o != "null" && !o.is_empty())
}

/// What the console does with a host's `navigate`.
type Navigate = Box<dyn Fn(String)>;

/// The connection to the host.
pub struct Bridge {
    origin: String,
    parent: web_sys::Window,
    waiting: RefCell<Vec<oneshot::Sender<String>>>,
    refresh_timer: RefCell<Option<leptos::prelude::TimeoutHandle>>,
    on_navigate: RefCell<Option<Navigate>>,
}

thread_local! {
    static BRIDGE: RefCell<Option<Rc<Bridge>>> = const { RefCell::new(None) };
}

/// Why the console cannot talk to its host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedError {
    /// The framing page's origin is not one the proxy allows.
    OriginNotAllowed(Option<String>),
}

impl Bridge {
    /// Connects to the framing page if its origin is one of `allowed`, starts listening,
    /// installs the host as the token source and says `ready`.
    pub fn start(allowed: &[String]) -> Result<Rc<Bridge>, EmbedError> {
        let origin = parent_origin().filter(|o| allowed.iter().any(|a| a == o));
        let Some(origin) = origin else {
            return Err(EmbedError::OriginNotAllowed(parent_origin()));
        };
        let w = leptos::prelude::window();
        let parent = w
            .parent()
            .ok()
            .flatten()
            .expect("embedded pages have a parent");
        let bridge = Rc::new(Bridge {
            origin,
            parent,
            waiting: RefCell::new(Vec::new()),
            refresh_timer: RefCell::new(None),
            on_navigate: RefCell::new(None),
        });
        let b = bridge.clone();
        let listener =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                b.receive(&ev)
            });
        w.add_event_listener_with_callback("message", listener.as_ref().unchecked_ref())
            .expect("listening to messages");
        listener.forget();
        BRIDGE.with(|cell| *cell.borrow_mut() = Some(bridge.clone()));
        auth::install(Rc::new(HostTokens));
        let _ = leptos::prelude::document()
            .document_element()
            .map(|html| html.class_list().add_1("embedded"));
        bridge.post(&ConsoleMessage::Ready);
        Ok(bridge)
    }

    pub fn current() -> Option<Rc<Bridge>> {
        BRIDGE.with(|cell| cell.borrow().clone())
    }

    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// Posts to the host, at its exact origin only.
    pub fn post(&self, m: &ConsoleMessage) {
        let value = serde_wasm_value(&envelope(m));
        let _ = self.parent.post_message(&value, &self.origin);
    }

    /// What the router does when the host says `navigate`.
    pub fn on_navigate(&self, f: impl Fn(String) + 'static) {
        *self.on_navigate.borrow_mut() = Some(Box::new(f));
    }

    fn receive(&self, ev: &web_sys::MessageEvent) {
        // From our parent, at the allowed origin; nothing else is listened to.
        if ev.origin() != self.origin {
            return;
        }
        let parent: &wasm_bindgen::JsValue = self.parent.as_ref();
        let from_parent = ev.source().is_some_and(|s| {
            let s: &wasm_bindgen::JsValue = s.as_ref();
            s == parent
        });
        if !from_parent {
            return;
        }
        let Ok(json) = js_sys::JSON::stringify(&ev.data()) else {
            return;
        };
        let Some(data) = json
            .as_string()
            .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        else {
            return;
        };
        match parse(&data) {
            Some(HostMessage::Session { token }) if !token.is_empty() && token.len() < 8192 => {
                self.session(token)
            }
            Some(HostMessage::Navigate { path }) => {
                if let (Some(path), Some(f)) =
                    (safe_path(&path), self.on_navigate.borrow().as_ref())
                {
                    f(path);
                }
            }
            Some(HostMessage::Theme(t)) => apply_theme(&t),
            Some(HostMessage::Locale { tag }) => apply_locale(&tag),
            _ => {}
        }
    }

    /// A token from the host: in memory, handed to whoever waits, and a request for the
    /// next one shortly before this one expires.
    fn session(&self, token: String) {
        auth::set_token(token.clone());
        for w in self.waiting.borrow_mut().drain(..) {
            let _ = w.send(token.clone());
        }
        if let Some(h) = self.refresh_timer.borrow_mut().take() {
            h.clear();
        }
        if let Some(left) = auth::expires_in_secs() {
            let ahead = auth::refresh_ahead(&token);
            let wait = Duration::from_secs((left - ahead).max(1) as u64);
            let handle = leptos::prelude::set_timeout_with_handle(
                || {
                    if let Some(b) = Bridge::current() {
                        b.post(&ConsoleMessage::TokenRequest);
                    }
                },
                wait,
            );
            *self.refresh_timer.borrow_mut() = handle.ok();
        }
    }

    fn wait_for_token(&self) -> oneshot::Receiver<String> {
        let (tx, rx) = oneshot::channel();
        self.waiting.borrow_mut().push(tx);
        rx
    }
}

fn serde_wasm_value(v: &serde_json::Value) -> wasm_bindgen::JsValue {
    js_sys::JSON::parse(&v.to_string()).unwrap_or(wasm_bindgen::JsValue::NULL)
}

/// Tokens from the host: asks with `token_request` and waits for the `session` answer.
struct HostTokens;

impl TokenSource for HostTokens {
    fn fetch(&self) -> TokenFuture {
        Box::pin(async {
            let Some(bridge) = Bridge::current() else {
                return Err("The console is not connected to its portal.".into());
            };
            let answer = bridge.wait_for_token();
            bridge.post(&ConsoleMessage::TokenRequest);
            let (timeout_tx, timeout_rx) = oneshot::channel::<()>();
            leptos::prelude::set_timeout(
                move || {
                    let _ = timeout_tx.send(());
                },
                TOKEN_WAIT,
            );
            match token_or_timeout(answer, timeout_rx).await {
                Some(token) => Ok(token),
                None => Err(format!(
                    "Your portal ({}) did not send a sign-in within {} seconds. Reload the page; if it keeps happening, the portal's Device Console integration needs attention.",
                    bridge.origin(),
                    TOKEN_WAIT.as_secs()
                )),
            }
        })
    }
}

/// The token, or `None` when the timeout fires first.
async fn token_or_timeout(
    answer: oneshot::Receiver<String>,
    timeout: oneshot::Receiver<()>,
) -> Option<String> {
    use std::future::Future;
    use std::pin::Pin;
    use std::task::{Context, Poll};
    struct Race(oneshot::Receiver<String>, oneshot::Receiver<()>);
    impl Future for Race {
        type Output = Option<String>;
        fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<String>> {
            if let Poll::Ready(r) = Pin::new(&mut self.0).poll(cx) {
                return Poll::Ready(r.ok());
            }
            if Pin::new(&mut self.1).poll(cx).is_ready() {
                return Poll::Ready(None);
            }
            Poll::Pending
        }
    }
    Race(answer, timeout).await
}

fn apply_theme(t: &Theme) {
    let Some(html) = leptos::prelude::document().document_element() else {
        return;
    };
    let html: web_sys::HtmlElement = html.unchecked_into();
    match t.scheme.as_deref() {
        Some("dark") => {
            let _ = html.set_attribute("data-theme", "dark");
        }
        Some("light") => {
            let _ = html.set_attribute("data-theme", "light");
        }
        _ => {}
    }
    let style = html.style();
    for (key, prop, value) in [
        ("accent", "--color-accent", &t.accent),
        ("background", "--color-bg", &t.background),
        ("surface", "--color-surface", &t.surface),
        ("text", "--color-text", &t.text),
        ("font", "--font-body", &t.font),
    ] {
        if let Some(v) = value.as_deref().filter(|v| safe_css(key, v)) {
            let _ = style.set_property(prop, v);
        }
    }
}

fn apply_locale(tag: &str) {
    let ok =
        (2..=35).contains(&tag.len()) && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if ok {
        if let Some(html) = leptos::prelude::document().document_element() {
            let _ = html.set_attribute("lang", tag);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_our_versioned_messages_are_read() {
        let ok = json!({"source": SOURCE, "v": 1, "type": "session", "token": "t"});
        assert_eq!(parse(&ok), Some(HostMessage::Session { token: "t".into() }));
        assert_eq!(
            parse(&json!({"source": "other", "v": 1, "type": "session", "token": "t"})),
            None
        );
        assert_eq!(
            parse(&json!({"source": SOURCE, "v": 2, "type": "session", "token": "t"})),
            None
        );
        assert_eq!(
            parse(&json!({"source": SOURCE, "v": 1, "type": "eval", "code": "x"})),
            None
        );
        assert_eq!(parse(&json!("session")), None);
        assert_eq!(
            parse(&json!({"source": SOURCE, "v": 1, "type": "navigate", "path": "/devices"})),
            Some(HostMessage::Navigate {
                path: "/devices".into()
            })
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

    #[test]
    fn theme_values_cannot_escape_their_property() {
        assert!(safe_css("accent", "#0a7d5a"));
        assert!(safe_css("accent", "rgb(10, 125, 90)"));
        assert!(safe_css("font", "\"Inter\", system-ui, sans-serif"));
        for bad in [
            "red; background: url(x)",
            "#12345",
            "url(https://evil)",
            "rgb(1,2,3);x",
            "expression(alert(1))",
        ] {
            assert!(!safe_css("accent", bad), "{bad}");
        }
        assert!(!safe_css("font", "x; color: red"));
    }
}
