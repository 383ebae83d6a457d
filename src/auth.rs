//! The operator's token, in memory only (never in storage, a cookie or a URL).
//!
//! Where tokens come from is a [`TokenSource`]: the host portal (embedded), the
//! playground's sign-in (standalone playground), or nothing (standalone live: the console
//! must be opened from the portal). [`Auth::bearer`] hands out a token that is still
//! valid, fetching a new one shortly before expiry; [`Auth::refresh`] forces a new one
//! after a 401. Concurrent callers share one fetch. One `Auth` belongs to one mounted
//! console (it lives in the API client, [`crate::api::Api`]).

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::time::Duration;

#[cfg(not(target_arch = "wasm32"))]
use base64::Engine;
use futures::future::{select, Either};
use futures_channel::oneshot;
use ipp::Uuid;

/// Seconds before `exp` at which a token is replaced, at most.
pub const REFRESH_AHEAD_SECS: i64 = 30;

pub type TokenFuture = Pin<Box<dyn Future<Output = Result<String, String>>>>;

/// Something that can produce a fresh operator token.
pub trait TokenSource {
    fn fetch(&self) -> TokenFuture;
}

/// What the console reads of its own token, unverified (the proxy verifies): when it
/// expires, and the scope it names, to ask for the right things before the session is
/// confirmed.
#[derive(Debug, Clone, Default)]
pub struct Claims {
    pub exp: Option<i64>,
    pub iat: Option<i64>,
    /// `None`: every location.
    pub locations: Option<Vec<Uuid>>,
}

impl Claims {
    /// The claims of a JWT, read without verifying; each one that cannot be read is
    /// left out (the proxy will say what is wrong with the token).
    pub fn of(token: &str) -> Claims {
        use crate::json::Fields;
        let Some(claims) = token
            .split('.')
            .nth(1)
            .and_then(base64url)
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .and_then(|text| crate::json::value(&text))
        else {
            return Claims::default();
        };
        Claims {
            exp: claims.integer("exp"),
            iat: claims.integer("iat"),
            locations: claims
                .texts("locations")
                .and_then(|ids| ids.iter().map(|id| id.parse().ok()).collect()),
        }
    }

    /// How long before its expiry a token is replaced: 30 s, or a quarter of its life
    /// for a shorter-lived one (so a 20 s token is not "about to expire" from the start).
    pub fn refresh_ahead(&self) -> i64 {
        match (self.iat, self.exp) {
            (Some(iat), Some(exp)) if exp > iat => REFRESH_AHEAD_SECS.min((exp - iat) / 4),
            _ => REFRESH_AHEAD_SECS,
        }
    }
}

/// The bytes of base64url text (a JWT's part, padded or not). In the browser by its own
/// decoder, `atob` (the base64 crate's, inlined here, was 0.5 KB of the first load);
/// natively by the base64 crate. Either refuses what is not base64url.
fn base64url(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    #[cfg(target_arch = "wasm32")]
    {
        // atob reads the standard alphabet (and would take its '+' and '/' too).
        if text.contains(['+', '/']) {
            return None;
        }
        let standard = text.replace('-', "+").replace('_', "/");
        let binary = leptos::prelude::window().atob(&standard).ok()?;
        // One character per byte, each under 256.
        Some(binary.chars().map(|c| c as u8).collect())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(text)
            .ok()
    }
}

#[derive(Clone)]
struct Token {
    raw: String,
    claims: Claims,
}

#[derive(Default)]
struct State {
    token: Option<Token>,
    source: Option<Rc<dyn TokenSource>>,
    fetching: bool,
    waiting: Vec<oneshot::Sender<bool>>,
    /// Told when a token arrives; dropped when a fetch fails.
    arrivals: Vec<oneshot::Sender<()>>,
    last_error: Option<String>,
}

impl State {
    fn store(&mut self, raw: String) {
        let claims = Claims::of(&raw);
        self.token = Some(Token { raw, claims });
        for a in self.arrivals.drain(..) {
            let _ = a.send(());
        }
    }
}

/// The token of one mounted console and where new ones come from.
#[derive(Default)]
pub struct Auth(RefCell<State>);

impl Auth {
    /// Sets where new tokens come from (and forgets the current token: a new source is a
    /// new identity).
    pub fn install(&self, source: Rc<dyn TokenSource>) {
        let mut s = self.0.borrow_mut();
        s.token = None;
        s.source = Some(source);
    }

    /// Takes a token pushed to us (e.g. by the host portal without being asked).
    pub fn set_token(&self, raw: String) {
        self.0.borrow_mut().store(raw);
    }

    /// Waits, at most `limit`, until there is a token (pushed by the host or fetched by
    /// someone else: this does not ask for one). False without one, at once when there
    /// is no source to bring one.
    pub async fn arrival_within(&self, limit: Duration) -> bool {
        let arrival = {
            let mut s = self.0.borrow_mut();
            if s.token.is_some() || s.source.is_none() {
                return s.token.is_some();
            }
            let (tx, rx) = oneshot::channel();
            s.arrivals.push(tx);
            rx
        };
        let timeout = gloo_timers::future::sleep(limit);
        match select(arrival, Box::pin(timeout)).await {
            Either::Left((arrived, _)) => arrived.is_ok(),
            Either::Right(_) => false,
        }
    }

    /// Why the last fetch failed, for the sign-in screens.
    pub fn last_error(&self) -> Option<String> {
        self.0.borrow().last_error.clone()
    }

    /// The current token's claims, if there is one.
    pub fn claims(&self) -> Option<Claims> {
        self.0.borrow().token.as_ref().map(|t| t.claims.clone())
    }

    /// A token that is valid for a while yet, fetching one if needed; `None` when there
    /// is no token and no way to get one.
    pub async fn bearer(&self) -> Option<String> {
        let now = now_secs();
        let current = self.0.borrow().token.clone();
        let fresh = |t: &Token| {
            t.claims
                .exp
                .is_none_or(|exp| exp - t.claims.refresh_ahead() > now)
        };
        match current {
            Some(t) if fresh(&t) => Some(t.raw),
            stale => {
                if self.refresh().await {
                    self.0.borrow().token.as_ref().map(|t| t.raw.clone())
                } else {
                    // A token that is about to expire is still better than none.
                    stale
                        .filter(|t| t.claims.exp.is_none_or(|exp| exp > now))
                        .map(|t| t.raw)
                }
            }
        }
    }

    /// Gets a new token from the source; true when one arrived. Callers that arrive while
    /// a fetch is under way wait for that fetch.
    pub async fn refresh(&self) -> bool {
        enum Next {
            Fetch(Rc<dyn TokenSource>),
            Wait(oneshot::Receiver<bool>),
            Nothing,
        }
        let next = {
            let mut s = self.0.borrow_mut();
            match s.source.clone() {
                None => Next::Nothing,
                Some(_) if s.fetching => {
                    let (tx, rx) = oneshot::channel();
                    s.waiting.push(tx);
                    Next::Wait(rx)
                }
                Some(src) => {
                    s.fetching = true;
                    Next::Fetch(src)
                }
            }
        };
        match next {
            Next::Nothing => false,
            Next::Wait(rx) => rx.await.unwrap_or(false),
            Next::Fetch(src) => {
                let result = src.fetch().await;
                let ok = result.is_ok();
                let waiting = {
                    let mut s = self.0.borrow_mut();
                    s.fetching = false;
                    match result {
                        Ok(raw) => {
                            s.store(raw);
                            s.last_error = None;
                        }
                        Err(e) => {
                            s.arrivals.clear();
                            s.last_error = Some(e);
                        }
                    }
                    std::mem::take(&mut s.waiting)
                };
                for w in waiting {
                    let _ = w.send(ok);
                }
                ok
            }
        }
    }
}

fn now_secs() -> i64 {
    chrono::Utc::now().timestamp()
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;

    #[test]
    fn reads_the_claims_of_a_jwt() {
        // {"alg":"HS256"} . {"sub":"u","exp":1700000000} . sig
        let t = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1IiwiZXhwIjoxNzAwMDAwMDAwfQ.c2ln";
        assert_eq!(Claims::of(t).exp, Some(1_700_000_000));
        assert_eq!(Claims::of("not-a-jwt").exp, None);
        assert_eq!(Claims::of("a.!!!.c").exp, None);
        // {"exp":17000000}, padded to a multiple of four; another alphabet is refused.
        assert_eq!(
            Claims::of("e30.eyJleHAiOjE3MDAwMDAwfQ==.c2ln").exp,
            Some(17_000_000)
        );
        assert_eq!(Claims::of("a.eyJleHAiOjF9+/.c").exp, None);
    }

    #[test]
    fn a_claim_that_cannot_be_read_leaves_the_others() {
        let token = |claims: &str| {
            format!(
                "e30.{}.c2ln",
                base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(claims)
            )
        };
        let id = "7f0c4d6e-2b1a-4c3d-9e8f-0a1b2c3d4e5f";
        let c = Claims::of(&token(&format!(
            r#"{{"exp": "soon", "iat": 1700000000, "locations": ["{id}"]}}"#
        )));
        assert_eq!((c.exp, c.iat), (None, Some(1_700_000_000)));
        assert_eq!(c.locations, Some(vec![id.parse().unwrap()]));
        let c = Claims::of(&token(
            r#"{"exp": [1], "iat": {"a": 1}, "locations": ["not-an-id"], "sub": "u"}"#,
        ));
        assert_eq!((c.exp, c.iat, c.locations), (None, None, None));
        let c = Claims::of(&token(r#"{"locations": null, "exp": 1700000020}"#));
        assert_eq!((c.exp, c.locations), (Some(1_700_000_020), None));
    }

    #[test]
    fn short_lived_tokens_are_replaced_a_quarter_of_their_life_ahead() {
        // {"iat":1700000000,"exp":1700000020}
        let short = "eyJhbGciOiJIUzI1NiJ9.eyJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMDAwMDAyMH0.c2ln";
        assert_eq!(Claims::of(short).refresh_ahead(), 5);
        // {"iat":1700000000,"exp":1700000600}
        let long = "eyJhbGciOiJIUzI1NiJ9.eyJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMDAwMDYwMH0.c2ln";
        assert_eq!(Claims::of(long).refresh_ahead(), REFRESH_AHEAD_SECS);
        assert_eq!(Claims::of("opaque").refresh_ahead(), REFRESH_AHEAD_SECS);
    }
}
