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
mod data;
pub mod export;
mod read;
mod select;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock, Weak};
use std::time::Duration;

use chrono::Utc;
use ipp::Problem;
use tokio::sync::watch;
use tokio::time::Instant;

pub use data::{Builder, Change, Data, Entry};
pub use select::Selection;

use crate::error::AppError;
use crate::upstream::Caller;
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

    /// One read of the whole fleet, and the swap to what it found.
    async fn refresh(&self, state: &AppState, request_id: &str) -> Result<(), Problem> {
        let started = Instant::now();
        let as_of = Utc::now();
        let found = match self.read_upstream(state, request_id).await {
            Ok(read::Read::Fleet {
                devices,
                locations,
                codes,
            }) => {
                // Sorting a large fleet takes a while: not on a request thread.
                tokio::task::spawn_blocking(move || devices.finish(as_of, locations, codes))
                    .await
                    .map(Ok)
                    .map_err(|e| {
                        AppError::status(500, "The fleet index could not be built", "Try again.")
                            .with_cause(e.to_string())
                    })
            }
            Ok(read::Read::TooLarge(n)) => Ok(Err(n)),
            Err(e) => Err(e),
        };
        let mut st = lock(&self.state);
        st.running = None;
        st.last_end = Some(Instant::now());
        st.last_duration = started.elapsed();
        let journal = st.journal.take().unwrap_or_default();
        let mut slot = self.data.write().unwrap_or_else(PoisonError::into_inner);
        match found {
            Ok(Ok(mut data)) => {
                for change in journal {
                    data.apply(change);
                }
                tracing::info!(merchant = %self.merchant, devices = data.len(), millis = st.last_duration.as_millis() as u64, "fleet index read");
                *slot = Some(data);
                st.too_large = None;
                Ok(())
            }
            Ok(Err(n)) => {
                tracing::warn!(merchant = %self.merchant, devices = n, max = state.index.config.max_devices, "the fleet is larger than the index keeps: search and sort are off for it");
                *slot = None;
                st.too_large = Some(n);
                Ok(())
            }
            Err(e) => {
                st.failures += 1;
                tracing::warn!(merchant = %self.merchant, status = e.problem.status, cause = e.cause.as_deref().unwrap_or(""), "reading the fleet failed; the index keeps its last copy");
                if let Some(d) = slot.as_mut() {
                    d.stale = true;
                }
                Err(e.problem)
            }
        }
    }

    async fn read_upstream(
        &self,
        state: &AppState,
        request_id: &str,
    ) -> Result<read::Read, AppError> {
        let key = state.keys.get(&self.merchant).ok_or_else(|| {
            AppError::forbidden("Device Console has no Kustom API key for this merchant.")
        })?;
        read::Reader {
            upstream: &state.upstream,
            caller: Caller {
                merchant: &self.merchant,
                key,
                request_id,
            },
            merchant: &self.merchant,
            max_devices: state.index.config.max_devices,
            concurrency: state.index.config.concurrency,
        }
        .read()
        .await
    }

    /// Reads the fleet again whenever it is due, while the merchant is active; drops it
    /// when nobody has asked for a while.
    async fn background(self: Arc<Self>, weak: Weak<AppState>) {
        loop {
            let Some(state) = weak.upgrade() else { return };
            let config = state.index.config.clone();
            let running = lock(&self.state).running.clone();
            if let Some(rx) = running {
                drop(state);
                let _ = wait(rx).await;
                continue;
            }
            let due = next_read(&lock(&self.state), &config);
            drop(state);
            tokio::time::sleep_until(due).await;
            let Some(state) = weak.upgrade() else { return };
            let rx = {
                let mut st = lock(&self.state);
                let now = Instant::now();
                if st.running.is_some() || now < next_read(&st, &config) {
                    continue;
                }
                if st
                    .last_used
                    .is_none_or(|t| now.duration_since(t) >= config.idle_after)
                {
                    st.looping = false;
                    *self.data.write().unwrap_or_else(PoisonError::into_inner) = None;
                    let mut shelves = lock(&state.index.shelves);
                    if shelves
                        .get(&self.merchant)
                        .is_some_and(|s| std::ptr::eq(&**s, &*self))
                    {
                        shelves.remove(&self.merchant);
                    }
                    tracing::info!(merchant = %self.merchant, "fleet index dropped: not used for a while");
                    return;
                }
                self.start(&state, &mut st, "fleet-index")
            };
            drop(state);
            let _ = wait(rx).await;
        }
    }
}

/// When the next background read may start: the interval after the last one ended, and
/// no sooner than ten times its duration after it started.
fn next_read(st: &State, config: &IndexConfig) -> Instant {
    let now = Instant::now();
    let after_end = st.last_end.map_or(now, |t| t + config.refresh_every);
    let spaced = st.last_start.map_or(now, |t| t + st.last_duration * 10);
    after_end.max(spaced)
}
