//! One read of a merchant's fleet, the swap to what it found, and the background reader
//! that reads again while the merchant is active.

use std::sync::{Arc, PoisonError, Weak};

use chrono::Utc;
use ipp::Problem;
use tokio::time::Instant;

use super::{lock, read, wait, IndexConfig, Shelf, State};
use crate::error::AppError;
use crate::upstream::Caller;
use crate::AppState;

impl Shelf {
    /// One read of the whole fleet, and the swap to what it found.
    pub(super) async fn refresh(&self, state: &AppState, request_id: &str) -> Result<(), Problem> {
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
    pub(super) async fn background(self: Arc<Self>, weak: Weak<AppState>) {
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
