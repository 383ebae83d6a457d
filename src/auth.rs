//! The operator's token, in memory only (never in storage, a cookie or a URL).
//!
//! Where tokens come from is a [`TokenSource`]: the host portal (embedded), the
//! playground's sign-in (standalone playground), or nothing (standalone live: the console
//! must be opened from the portal). [`bearer`] hands out a token that is still valid,
//! fetching a new one shortly before expiry; [`refresh`] forces a new one after a 401.
//! Concurrent callers share one fetch.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;
use std::time::Duration;

use futures_channel::oneshot;

/// Seconds before `exp` at which a token is replaced, at most.
pub const REFRESH_AHEAD_SECS: i64 = 30;

/// How long before its expiry a token is replaced: 30 s, or a quarter of its life for a
/// shorter-lived one (so a 20 s token is not "about to expire" from the start).
pub fn refresh_ahead(token: &str) -> i64 {
    match (jwt_claim(token, "iat"), jwt_claim(token, "exp")) {
        (Some(iat), Some(exp)) if exp > iat => REFRESH_AHEAD_SECS.min((exp - iat) / 4),
        _ => REFRESH_AHEAD_SECS,
    }
}

pub type TokenFuture = Pin<Box<dyn Future<Output = Result<String, String>>>>;

/// Something that can produce a fresh operator token.
pub trait TokenSource {
    fn fetch(&self) -> TokenFuture;
}

#[derive(Clone)]
struct Token {
    raw: String,
    /// `exp` claim (Unix seconds), when readable.
    exp: Option<i64>,
    /// `locations` claim: the locations the operator is limited to (`None`: all).
    scope: Option<Vec<ipp::Uuid>>,
    /// Seconds before `exp` to replace it.
    ahead: i64,
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
    fn store(&mut self, token: Token) {
        self.token = Some(token);
        for a in self.arrivals.drain(..) {
            let _ = a.send(());
        }
    }
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Sets where new tokens come from.
pub fn install(source: Rc<dyn TokenSource>) {
    STATE.with(|s| s.borrow_mut().source = Some(source));
}

/// Takes a token pushed to us (e.g. by the host portal without being asked).
pub fn set_token(raw: String) {
    STATE.with(|s| s.borrow_mut().store(Token::new(raw)));
}

/// Waits, at most `limit`, until there is a token (pushed by the host or fetched by
/// someone else: this does not ask for one). False without one, at once when there is
/// no source to bring one.
pub async fn arrival_within(limit: Duration) -> bool {
    let arrival = STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.token.is_some() || s.source.is_none() {
            return Err(s.token.is_some());
        }
        let (tx, rx) = oneshot::channel();
        s.arrivals.push(tx);
        Ok(rx)
    });
    let mut arrival = match arrival {
        Ok(rx) => rx,
        Err(now) => return now,
    };
    let (tx, mut timeout) = oneshot::channel::<()>();
    leptos::prelude::set_timeout(
        move || {
            let _ = tx.send(());
        },
        limit,
    );
    std::future::poll_fn(|cx| {
        if let Poll::Ready(r) = Pin::new(&mut arrival).poll(cx) {
            return Poll::Ready(r.is_ok());
        }
        match Pin::new(&mut timeout).poll(cx) {
            Poll::Ready(_) => Poll::Ready(false),
            Poll::Pending => Poll::Pending,
        }
    })
    .await
}

impl Token {
    fn new(raw: String) -> Token {
        let exp = jwt_exp(&raw);
        let ahead = refresh_ahead(&raw);
        let scope = jwt_claims(&raw)
            .and_then(|c| c.get("locations").cloned())
            .and_then(|l| serde_json::from_value(l).ok());
        Token {
            raw,
            exp,
            ahead,
            scope,
        }
    }
}

/// Forgets the token and the source (sign-out).
pub fn clear() {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.token = None;
        s.source = None;
    });
}

/// The operator's location scope as the current token states it (`Some(None)`: every
/// location), before the proxy has confirmed it; `None` without a token. Lets the first
/// reads ask for what the operator may see before the session is known.
pub fn token_scope() -> Option<Option<Vec<ipp::Uuid>>> {
    STATE.with(|s| s.borrow().token.as_ref().map(|t| t.scope.clone()))
}

/// Why the last fetch failed, for the sign-in screens.
pub fn last_error() -> Option<String> {
    STATE.with(|s| s.borrow().last_error.clone())
}

/// Seconds until the current token expires, if known.
pub fn expires_in_secs() -> Option<i64> {
    let now = now_secs();
    STATE.with(|s| {
        s.borrow()
            .token
            .as_ref()
            .and_then(|t| t.exp)
            .map(|exp| exp - now)
    })
}

/// A token that is valid for a while yet, fetching one if needed; `None` when there is
/// no token and no way to get one.
pub async fn bearer() -> Option<String> {
    let now = now_secs();
    let current = STATE.with(|s| s.borrow().token.clone());
    match current {
        Some(t) if t.exp.is_none_or(|exp| exp - t.ahead > now) => Some(t.raw),
        stale => {
            if refresh().await {
                STATE.with(|s| s.borrow().token.as_ref().map(|t| t.raw.clone()))
            } else {
                // A token that is about to expire is still better than none.
                stale
                    .filter(|t| t.exp.is_none_or(|exp| exp > now))
                    .map(|t| t.raw)
            }
        }
    }
}

/// Gets a new token from the source; true when one arrived. Callers that arrive while a
/// fetch is under way wait for that fetch.
pub async fn refresh() -> bool {
    enum Next {
        Fetch(Rc<dyn TokenSource>),
        Wait(oneshot::Receiver<bool>),
        Nothing,
    }
    let next = STATE.with(|s| {
        let mut s = s.borrow_mut();
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
    });
    match next {
        Next::Nothing => false,
        Next::Wait(rx) => rx.await.unwrap_or(false),
        Next::Fetch(src) => {
            let result = src.fetch().await;
            let ok = result.is_ok();
            let waiting = STATE.with(|s| {
                let mut s = s.borrow_mut();
                s.fetching = false;
                match result {
                    Ok(raw) => {
                        s.store(Token::new(raw));
                        s.last_error = None;
                    }
                    Err(e) => {
                        s.arrivals.clear();
                        s.last_error = Some(e);
                    }
                }
                std::mem::take(&mut s.waiting)
            });
            for w in waiting {
                let _ = w.send(ok);
            }
            ok
        }
    }
}

fn now_secs() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Reads `exp` from a JWT's payload without verifying it (the proxy verifies; we only
/// need to know when to ask for the next one).
pub fn jwt_exp(token: &str) -> Option<i64> {
    jwt_claim(token, "exp")
}

/// A numeric claim of a JWT, read without verifying.
fn jwt_claim(token: &str, name: &str) -> Option<i64> {
    jwt_claims(token)?.get(name)?.as_i64()
}

/// The claims of a JWT, read without verifying.
fn jwt_claims(token: &str) -> Option<serde_json::Value> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64url_decode(payload)?;
    serde_json::from_slice(&bytes).ok()
}

fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut buf = 0u32;
    let mut bits = 0;
    for c in s.bytes().filter(|&c| c != b'=') {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        buf = (buf << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
            buf &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_exp_from_a_jwt() {
        // {"alg":"HS256"} . {"sub":"u","exp":1700000000} . sig
        let t = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1IiwiZXhwIjoxNzAwMDAwMDAwfQ.c2ln";
        assert_eq!(jwt_exp(t), Some(1_700_000_000));
        assert_eq!(jwt_exp("not-a-jwt"), None);
        assert_eq!(jwt_exp("a.!!!.c"), None);
    }

    #[test]
    fn short_lived_tokens_are_replaced_a_quarter_of_their_life_ahead() {
        // {"iat":1700000000,"exp":1700000020}
        let short = "eyJhbGciOiJIUzI1NiJ9.eyJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMDAwMDAyMH0.c2ln";
        assert_eq!(refresh_ahead(short), 5);
        // {"iat":1700000000,"exp":1700000600}
        let long = "eyJhbGciOiJIUzI1NiJ9.eyJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MTcwMDAwMDYwMH0.c2ln";
        assert_eq!(refresh_ahead(long), REFRESH_AHEAD_SECS);
        assert_eq!(refresh_ahead("opaque"), REFRESH_AHEAD_SECS);
    }

    #[test]
    fn base64url_decodes_without_padding() {
        assert_eq!(base64url_decode("aGk").unwrap(), b"hi");
        assert_eq!(base64url_decode("aGVsbG8_").unwrap(), b"hello?");
    }
}
