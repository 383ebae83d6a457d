//! Reads started before the first screen is built. Building the first screen keeps the
//! page busy for a while (the app's code is compiled as it first runs); a read that
//! starts only after that waits for the building and then for the network, one after
//! the other. Started early, the answer travels while the screen is built, and the
//! screen's own call for the same path picks it up instead of asking again.

use std::cell::RefCell;

use futures_channel::oneshot;
use gloo_net::http::Method;

use super::{send, ApiError};

/// How long an early answer may stand in for a fresh read.
const FRESH_MS: f64 = 5_000.0;

type Answer = Result<(u16, String), ApiError>;

struct Early {
    path: String,
    started: f64,
    answer: oneshot::Receiver<Answer>,
}

thread_local! {
    /// A handful at most (a screen's first reads), so a list.
    static EARLY: RefCell<Vec<Early>> = const { RefCell::new(Vec::new()) };
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Starts a `GET` of each path now (with the operator's token, like any call).
pub fn start(paths: impl IntoIterator<Item = String>) {
    for path in paths {
        let (tx, rx) = oneshot::channel();
        let fresh = Early {
            path: path.clone(),
            started: now_ms(),
            answer: rx,
        };
        EARLY.with(|e| {
            let mut early = e.borrow_mut();
            early.retain(|x| x.path != path);
            early.push(fresh);
        });
        crate::start_now(async move {
            let _ = tx.send(send(Method::GET, &path, None).await);
        });
    }
}

/// The early answer for `path`, handed to its first caller only, and only while fresh.
pub(super) async fn take(path: &str) -> Option<Answer> {
    let early = EARLY.with(|e| {
        let mut early = e.borrow_mut();
        let at = early.iter().position(|x| x.path == path)?;
        Some(early.swap_remove(at))
    })?;
    if now_ms() - early.started > FRESH_MS {
        return None;
    }
    early.answer.await.ok()
}

/// Forgets every early answer: after a change, or as someone else, what was read
/// before may be stale.
pub(crate) fn forget() {
    EARLY.with(|e| e.borrow_mut().clear());
}
