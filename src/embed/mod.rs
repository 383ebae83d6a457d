//! Embedded in a host portal's iframe: the postMessage protocol (version 1).
//!
//! Console → host: `ready`, `token_request`, `resize {height}`, `navigated {path}`.
//! Host → console: `session {token}`, `navigate {path}`, `theme {…}`, `locale {tag}`.
//! Every message is `{source: "kustom-device-console", v: 1, type, …}`. The console
//! accepts a message only when its `event.origin` is the host origin (one of those the
//! proxy allows to frame it) and its `event.source` is the parent window, and posts only
//! to that exact origin. The token lives in memory only.

mod protocol;
mod theme;

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use futures_channel::oneshot;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub use protocol::*;

use crate::auth::{self, TokenFuture, TokenSource};

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
            Some(HostMessage::Theme(t)) => theme::apply_theme(&t),
            Some(HostMessage::Locale { tag }) => theme::apply_locale(&tag),
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
