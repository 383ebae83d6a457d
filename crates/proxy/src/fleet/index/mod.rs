//! The fleet index (DESIGN, "The fleet index"): per merchant, a copy of the device list
//! (and the pending codes) read from the upstream, so the console can search, sort,
//! count and export the whole fleet, which the Device API cannot.
//!
//! - Built the first time a merchant's list is asked for; requests that arrive while it
//!   is built wait for that one build.
//! - Read again in the background while the merchant is active: the next read starts
//!   no sooner than the interval after the previous one ended, nor sooner than ten times
//!   the previous one's duration after it started. "Refresh" asks for one now, at most
//!   once per 10 s per merchant. A merchant nobody asked about for a while is dropped.
//! - A failed read keeps the last copy and marks it stale.
//! - A change made through this proxy is applied as soon as the upstream accepted it;
//!   one made while a read runs is applied again to what that read found.
//! - Past `max_devices` a merchant is not indexed; the list falls back to upstream pages.

pub mod answers;
mod columns;
mod data;
pub mod export;
mod read;
mod refresh;
mod select;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};
use std::time::Duration;

use chrono::Utc;
use ipp::Problem;
use tokio::sync::watch;
use tokio::time::Instant;

pub use data::{Builder, Change, Data, Entry};
pub use select::Selection;

use crate::error::AppError;
use crate::AppState;

/// Most often "Refresh" may ask for a read, per merchant.
pub const MANUAL_REFRESH_EVERY: Duration = Duration::from_secs(10);

#[derive(Debug, Clone)]
pub struct IndexConfig {
    /// Time between the end of one read and the start of the next, at least.
    pub refresh_every: Duration,
    /// Most devices indexed per merchant.
    pub max_devices: usize,
    /// Upstream pages read at once.
    pub concurrency: usize,
    /// A merchant's index is dropped after this long without a request.
    pub idle_after: Duration,
}

impl Default for IndexConfig {
    fn default() -> Self {
        IndexConfig {
            refresh_every: Duration::from_secs(30),
            max_devices: 200_000,
            concurrency: 4,
            idle_after: Duration::from_secs(600),
        }
    }
}

/// Every merchant's index.
pub struct FleetIndex {
    pub config: IndexConfig,
    shelves: Mutex<HashMap<String, Arc<Shelf>>>,
}

type Outcome = Option<Result<(), Problem>>;

/// One merchant's index and the state of its reads.
pub struct Shelf {
    merchant: String,
    data: RwLock<Option<Data>>,
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    /// The read under way, if any; it says how it ended.
    running: Option<watch::Receiver<Outcome>>,
    /// Changes made while a read runs, to apply again to what it found.
    journal: Option<Vec<Change>>,
    /// The last read found more devices than the index keeps: how many.
    too_large: Option<u64>,
    last_start: Option<Instant>,
    last_end: Option<Instant>,
    last_duration: Duration,
    last_manual: Option<Instant>,
    last_used: Option<Instant>,
    failures: u64,
    /// The background reader runs.
    looping: bool,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// One merchant's index as a request sees it.
pub enum View<'a> {
    Indexed(&'a Data),
    /// Not indexed: this many devices is more than the index keeps.
    TooLarge {
        devices: u64,
        max: usize,
    },
}

/// What `/metrics` shows of one merchant's index.
pub struct Stats {
    pub merchant: String,
    pub age_secs: Option<f64>,
    pub devices: u64,
    pub failed_refreshes: u64,
}

impl FleetIndex {
    pub fn new(config: IndexConfig) -> FleetIndex {
        FleetIndex {
            config,
            shelves: Mutex::new(HashMap::new()),
        }
    }

    fn shelf(&self, merchant: &str) -> Arc<Shelf> {
        lock(&self.shelves)
            .entry(merchant.to_owned())
            .or_insert_with(|| {
                Arc::new(Shelf {
                    merchant: merchant.to_owned(),
                    data: RwLock::new(None),
                    state: Mutex::new(State::default()),
                })
            })
            .clone()
    }

    /// The merchant's index, built first if there is none yet (every request that
    /// arrives meanwhile waits for the same build).
    pub async fn ready(
        state: &Arc<AppState>,
        merchant: &str,
        request_id: &str,
    ) -> Result<Arc<Shelf>, AppError> {
        let shelf = state.index.shelf(merchant);
        let waiting = {
            let mut st = lock(&shelf.state);
            st.last_used = Some(Instant::now());
            if st.too_large.is_some() || shelf.has_data() {
                None
            } else {
                Some(shelf.start(state, &mut st, request_id))
            }
        };
        if let Some(rx) = waiting {
            if let Err(p) = wait(rx).await {
                if !shelf.has_data() {
                    return Err(AppError::new(p));
                }
            }
        }
        Ok(shelf)
    }

    /// "Refresh": reads the merchant's fleet again now and waits for it; `Ok(Err(s))`
    /// when one was asked for less than [`MANUAL_REFRESH_EVERY`] ago (try in `s` s).
    pub async fn refresh_now(
        state: &Arc<AppState>,
        merchant: &str,
        request_id: &str,
    ) -> Result<Result<(), u64>, AppError> {
        let shelf = state.index.shelf(merchant);
        let rx = {
            let mut st = lock(&shelf.state);
            let now = Instant::now();
            st.last_used = Some(now);
            if let Some(t) = st.last_manual {
                let since = now.duration_since(t);
                if since < MANUAL_REFRESH_EVERY {
                    return Ok(Err((MANUAL_REFRESH_EVERY - since).as_secs().max(1)));
                }
            }
            st.last_manual = Some(now);
            shelf.start(state, &mut st, request_id)
        };
        wait(rx).await.map_err(AppError::new)?;
        Ok(Ok(()))
    }

    /// Applies a change the upstream accepted to the merchant's index (if it has one).
    pub fn apply(&self, merchant: &str, change: Change) {
        let Some(shelf) = lock(&self.shelves).get(merchant).cloned() else {
            return;
        };
        let mut st = lock(&shelf.state);
        if let Some(journal) = st.journal.as_mut() {
            journal.push(change.clone());
        }
        let mut data = shelf.data.write().unwrap_or_else(PoisonError::into_inner);
        if let Some(data) = data.as_mut() {
            data.apply(change);
        }
    }

    pub fn stats(&self) -> Vec<Stats> {
        let shelves: Vec<Arc<Shelf>> = lock(&self.shelves).values().cloned().collect();
        let now = Utc::now();
        shelves
            .iter()
            .map(|s| {
                let failed_refreshes = lock(&s.state).failures;
                let (age_secs, devices) = s.read(|d| match d {
                    Some(d) => (
                        Some((now - d.as_of).num_milliseconds() as f64 / 1000.0),
                        d.len() as u64,
                    ),
                    None => (None, 0),
                });
                Stats {
                    merchant: s.merchant.clone(),
                    age_secs,
                    devices,
                    failed_refreshes,
                }
            })
            .collect()
    }
}

async fn wait(mut rx: watch::Receiver<Outcome>) -> Result<(), Problem> {
    match rx.wait_for(Option::is_some).await {
        Ok(outcome) => outcome.clone().unwrap_or(Ok(())),
        // The reader ended without saying: it panicked.
        Err(_) => Err(Problem::new(500, "The fleet index could not be read")
            .with_detail("Reading the fleet from Kustom stopped unexpectedly. Try again.")),
    }
}

impl Shelf {
    fn has_data(&self) -> bool {
        self.read(|d| d.is_some())
    }

    /// Runs `f` on the index as it is now (under a read lock: keep it short).
    pub fn read<R>(&self, f: impl FnOnce(Option<&Data>) -> R) -> R {
        f(self
            .data
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref())
    }

    /// Runs `f` on what a request sees: the index, or why there is none.
    pub fn view<R>(&self, max: usize, f: impl FnOnce(View<'_>) -> R) -> R {
        let too_large = lock(&self.state).too_large;
        self.read(|d| match (d, too_large) {
            (Some(d), _) => f(View::Indexed(d)),
            (None, devices) => f(View::TooLarge {
                devices: devices.unwrap_or_default(),
                max,
            }),
        })
    }

    /// Joins the read under way or starts one.
    fn start(
        self: &Arc<Self>,
        state: &Arc<AppState>,
        st: &mut State,
        request_id: &str,
    ) -> watch::Receiver<Outcome> {
        if let Some(rx) = &st.running {
            return rx.clone();
        }
        let (tx, rx) = watch::channel(None);
        st.running = Some(rx.clone());
        st.journal = Some(Vec::new());
        st.last_start = Some(Instant::now());
        if !st.looping {
            st.looping = true;
            tokio::spawn(self.clone().background(Arc::downgrade(state)));
        }
        let shelf = self.clone();
        let state = state.clone();
        let request_id = request_id.to_owned();
        // Its own task: a request that stops waiting does not stop the read.
        tokio::spawn(async move {
            let outcome = shelf.refresh(&state, &request_id).await;
            let _ = tx.send(Some(outcome));
        });
        rx
    }
}
