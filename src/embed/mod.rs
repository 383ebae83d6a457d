//! Embedded in a host portal's iframe: the postMessage protocol (version 1).
//!
//! Console → host: `ready`, `token_request`, `resize {height}`, `navigated {path, title}`.
//! Host → console: `session {token}`, `navigate {path}`, `theme {…}`, `locale {tag}`,
//! `chrome {mode}` (`content`, the default, or `full`).
//! Every message is `{source: "kustom-device-console", v: 1, type, …}`. The console
//! accepts a message only when its `event.origin` is the host origin (one of those the
//! proxy allows to frame it) and its `event.source` is the parent window, and posts only
//! to that exact origin. The token lives in memory only.

mod protocol;
mod theme;

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::time::Duration;

use futures::future::{select, Either};
use futures_channel::oneshot;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub use protocol::*;

use crate::api::Client;
use crate::auth::{TokenFuture, TokenSource};
use crate::components::time::Dates;
use crate::i18n::{I18n, Msg};

/// How the console runs: on its own, or in a host portal's frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Embedding {
    Standalone,
    Embedded {
        host: String,
    },
    /// Framed by a page whose origin is not allowed (or cannot be told).
    Refused {
        host: Option<String>,
    },
}

/// How long the console waits for the host to answer with a token.
pub const TOKEN_WAIT: Duration = Duration::from_secs(10);

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
/// What the console does with a host's `chrome` (whether to draw its own).
type SetChrome = Box<dyn Fn(bool)>;

/// The connection to the host.
pub struct Bridge {
    origin: String,
    parent: web_sys::Window,
    /// The console it signs in (weak: the client's token source holds the bridge).
    client: Weak<Client>,
    dates: Rc<Dates>,
    me: Weak<Bridge>,
    waiting: RefCell<Vec<oneshot::Sender<String>>>,
    refresh_timer: RefCell<Option<TimeoutHandle>>,
    on_navigate: RefCell<Option<Navigate>>,
    on_chrome: RefCell<Option<SetChrome>>,
    /// The host's language: told to whoever listens, kept until someone does.
    on_locale: RefCell<Option<Navigate>>,
    locale: RefCell<Option<String>>,
    /// The console's languages, once it is mounted: what the bridge says (why no token
    /// came) is said in the language shown.
    i18n: Cell<Option<I18n>>,
}

/// Why the console cannot talk to its host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedError {
    /// The framing page's origin is not one the proxy allows.
    OriginNotAllowed(Option<String>),
}

/// The bridge of the console, for the components that talk to the host.
#[derive(Clone, Copy)]
pub struct BridgeHandle(StoredValue<Rc<Bridge>, LocalStorage>);

impl BridgeHandle {
    pub fn provide(bridge: Rc<Bridge>) {
        provide_context(BridgeHandle(StoredValue::new_local(bridge)));
    }

    /// The console's bridge, when it is embedded.
    pub fn current() -> Option<Rc<Bridge>> {
        use_context::<BridgeHandle>().and_then(|b| b.0.try_get_value())
    }
}

impl Bridge {
    /// Connects to the framing page if its origin is one of `allowed`, starts listening,
    /// installs the host as `client`'s token source and says `ready`.
    pub fn start(
        allowed: &[String],
        client: &Rc<Client>,
        dates: Rc<Dates>,
    ) -> Result<Rc<Bridge>, EmbedError> {
        let origin = parent_origin().filter(|o| allowed.iter().any(|a| a == o));
        let Some(origin) = origin else {
            return Err(EmbedError::OriginNotAllowed(parent_origin()));
        };
        let w = window();
        let Some(parent) = w.parent().ok().flatten() else {
            return Err(EmbedError::OriginNotAllowed(None));
        };
        let bridge = Rc::new_cyclic(|me| Bridge {
            origin,
            parent,
            client: Rc::downgrade(client),
            dates,
            me: me.clone(),
            waiting: RefCell::new(Vec::new()),
            refresh_timer: RefCell::new(None),
            on_navigate: RefCell::new(None),
            on_chrome: RefCell::new(None),
            on_locale: RefCell::new(None),
            locale: RefCell::new(None),
            i18n: Cell::new(None),
        });
        let b = bridge.clone();
        let listener =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                b.receive(&ev)
            });
        // The page's lifetime: the listener is never removed.
        let _ = w.add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
        listener.forget();
        client
            .auth
            .install(Rc::new(HostTokens(Rc::downgrade(&bridge))));
        let _ = document()
            .document_element()
            .map(|html| html.class_list().add_1("embedded"));
        bridge.post(&ConsoleMessage::Ready);
        Ok(bridge)
    }

    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// Posts to the host, at its exact origin only.
    pub fn post(&self, m: &ConsoleMessage) {
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        if let Ok(value) = serde::Serialize::serialize(&envelope(m), &serializer) {
            let _ = self.parent.post_message(&value, &self.origin);
        }
    }

    /// What the router does when the host says `navigate`.
    pub fn on_navigate(&self, f: impl Fn(String) + 'static) {
        *self.on_navigate.borrow_mut() = Some(Box::new(f));
    }

    /// What the layout does when the host says `chrome`.
    /// Calls `f` with the host's language tag (the last one said before, at once).
    pub fn on_locale(&self, f: impl Fn(String) + 'static) {
        if let Some(tag) = self.locale.borrow().clone() {
            f(tag);
        }
        *self.on_locale.borrow_mut() = Some(Box::new(f));
    }

    /// Says what it has to say in the language `i18n` shows, from now on.
    pub fn speak(&self, i18n: I18n) {
        self.i18n.set(Some(i18n));
    }

    pub fn on_chrome(&self, f: impl Fn(bool) + 'static) {
        *self.on_chrome.borrow_mut() = Some(Box::new(f));
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
        match parse(&ev.data()) {
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
            Some(HostMessage::Theme(t)) => theme::apply_theme(&t),
            Some(HostMessage::Locale { tag }) if theme::apply_locale(&tag, &self.dates) => {
                *self.locale.borrow_mut() = Some(tag.clone());
                if let Some(f) = self.on_locale.borrow().as_ref() {
                    f(tag);
                }
            }
            Some(HostMessage::Chrome { mode }) => {
                let full = match mode.as_str() {
                    "full" => true,
                    "content" => false,
                    _ => return,
                };
                if let Some(f) = self.on_chrome.borrow().as_ref() {
                    f(full);
                }
            }
            _ => {}
        }
    }

    /// A token from the host: in memory, handed to whoever waits, and a request for the
    /// next one shortly before this one expires.
    fn session(&self, token: String) {
        let claims = crate::auth::Claims::of(&token);
        if let Some(client) = self.client.upgrade() {
            client.auth.set_token(token.clone());
        }
        for w in self.waiting.borrow_mut().drain(..) {
            let _ = w.send(token.clone());
        }
        if let Some(h) = self.refresh_timer.borrow_mut().take() {
            h.clear();
        }
        if let Some(exp) = claims.exp {
            let left = exp - chrono::Utc::now().timestamp();
            let wait = Duration::from_secs(
                u64::try_from(left - claims.refresh_ahead())
                    .unwrap_or(0)
                    .max(1),
            );
            let me = self.me.clone();
            let handle = set_timeout_with_handle(
                move || {
                    if let Some(b) = me.upgrade() {
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

/// Tokens from the host: asks with `token_request` and waits for the `session` answer.
struct HostTokens(Weak<Bridge>);

impl TokenSource for HostTokens {
    fn fetch(&self) -> TokenFuture {
        let bridge = self.0.upgrade();
        Box::pin(async move {
            let Some(bridge) = bridge else {
                return Err(say(None, Msg::new("embed-not-connected")));
            };
            let answer = bridge.wait_for_token();
            bridge.post(&ConsoleMessage::TokenRequest);
            let timeout = Box::pin(gloo_timers::future::sleep(TOKEN_WAIT));
            match select(answer, timeout).await {
                Either::Left((Ok(token), _)) => Ok(token),
                _ => Err(say(
                    bridge.i18n.get(),
                    Msg::new("embed-no-token")
                        .with("host", bridge.origin())
                        .with("seconds", TOKEN_WAIT.as_secs() as usize),
                )),
            }
        })
    }
}

/// `m` in the language `i18n` shows; in English before the console has one.
fn say(i18n: Option<I18n>, m: Msg) -> String {
    use crate::i18n::{bundle, format, Lang, ENGLISH};
    match i18n {
        Some(i) => i.t_with(m.key, &m.args),
        None => format(&bundle(Lang::En, ENGLISH), m.key, &m.args).unwrap_or_default(),
    }
}
