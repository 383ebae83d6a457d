//! Reads started before the first screen is built. Building the first screen keeps the
//! page busy for a while (the app's code is compiled as it first runs); a read that
//! starts only after that waits for the building and then for the network, one after
//! the other. Started early, the answer travels while the screen is built, and the
//! screen's own call for the same path picks it up instead of asking again.

use std::cell::RefCell;

use futures_channel::oneshot;

use super::ApiError;

/// How long an early answer may stand in for a fresh read.
const FRESH_MS: f64 = 5_000.0;

type Answer = Result<(u16, String), ApiError>;

struct Entry {
    path: String,
    started: f64,
    answer: oneshot::Receiver<Answer>,
}

/// The early reads of one console: a handful at most (a screen's first reads), so a list.
#[derive(Default)]
pub(super) struct Early(RefCell<Vec<Entry>>);

fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl Early {
    /// Notes that `path` is being read; the answer goes to the sender.
    pub(super) fn expect(&self, path: &str) -> oneshot::Sender<Answer> {
        let (tx, rx) = oneshot::channel();
        let mut early = self.0.borrow_mut();
        early.retain(|x| x.path != path);
        early.push(Entry {
            path: path.to_owned(),
            started: now_ms(),
            answer: rx,
        });
        tx
    }

    /// The early answer for `path`, handed to its first caller only, and only while
    /// fresh.
    pub(super) async fn take(&self, path: &str) -> Option<Answer> {
        let entry = {
            let mut early = self.0.borrow_mut();
            let at = early.iter().position(|x| x.path == path)?;
            early.swap_remove(at)
        };
        if now_ms() - entry.started > FRESH_MS {
            return None;
        }
        entry.answer.await.ok()
    }

    /// Forgets every early answer: after a change, or as someone else, what was read
    /// before may be stale.
    pub(super) fn forget(&self) {
        self.0.borrow_mut().clear();
    }
}
