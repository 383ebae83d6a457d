//! One job, from its claim to its end: its items with bounded concurrency, the lease
//! renewed meanwhile, a cancel request honoured between items.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use chrono::Utc;
use futures::StreamExt;
use ipp::jobs::JobStatus;

use super::item;
use crate::auth::Operator;
use crate::db::jobs::JobRow;
use crate::fleet::Fleet;
use crate::AppState;

/// The job's starter, with the role and locations recorded when it started.
pub(super) fn starter(job: &JobRow) -> Operator {
    Operator {
        sub: job.starter.sub.clone(),
        name: job.starter.name.clone(),
        merchant_id: job.merchant.clone(),
        role: job.role,
        locations: job.scope.clone(),
        locale: None,
        expires_at: Utc::now() + chrono::Duration::days(1),
    }
}

/// How soon a running job notices that it was cancelled.
const CANCEL_CHECK: std::time::Duration = std::time::Duration::from_secs(1);

pub(super) async fn job(state: &Arc<AppState>, job: JobRow) {
    let config = &state.jobs.config;
    let items = match state.db.items_to_run(job.id).await {
        Ok(items) => items,
        Err(e) => {
            // The lease expires and the job is taken up again.
            tracing::warn!(job = %job.id, error = %e, "cannot read a job's items");
            return;
        }
    };
    tracing::info!(job = %job.id, action = job.action.as_str(), items = items.len(), "job started");
    let fleet = Fleet::new(state.clone(), starter(&job), job.request_id.clone());
    // Set when the job is to stop taking items: cancelled, or the lease was lost.
    let stop = Arc::new(AtomicBool::new(job.cancel_requested));
    let lost = Arc::new(AtomicBool::new(false));
    let keeper = {
        let (state, stop, lost, id) = (state.clone(), stop.clone(), lost.clone(), job.id);
        tokio::spawn(async move {
            // A cancel is looked for every second; the lease renewed a third of the way.
            let lease = state.jobs.config.lease;
            let mut renewed = tokio::time::Instant::now();
            loop {
                tokio::time::sleep(CANCEL_CHECK.min(lease / 3)).await;
                let due = renewed.elapsed() >= lease / 3;
                let checked = if due {
                    state.db.renew_lease(id, lease).await
                } else {
                    state.db.cancel_requested(id).await.map(|c| (true, c))
                };
                match checked {
                    Ok((held, cancel)) => {
                        if due {
                            renewed = tokio::time::Instant::now();
                        }
                        if !held {
                            lost.store(true, Ordering::SeqCst);
                        }
                        if cancel || !held {
                            stop.store(true, Ordering::SeqCst);
                        }
                    }
                    // Not renewed: keep going while the lease holds; the next try may.
                    Err(e) => tracing::warn!(job = %id, error = %e, "cannot renew a job's lease"),
                }
            }
        })
    };
    let ctx = item::Ctx {
        fleet: &fleet,
        job: &job,
    };
    let mut ended = std::pin::pin!(futures::stream::iter(items)
        .take_while(|_| {
            let go = !stop.load(Ordering::SeqCst);
            async move { go }
        })
        .map(|it| ctx.run(it))
        .buffer_unordered(config.concurrency.max(1)));
    let mut db_failed = false;
    while let Some(result) = ended.next().await {
        if let Err(e) = result {
            tracing::warn!(job = %job.id, error = %e, "cannot record a job item's outcome");
            db_failed = true;
            stop.store(true, Ordering::SeqCst);
        }
    }
    keeper.abort();
    if lost.load(Ordering::SeqCst) || db_failed {
        // Another replica has it, or it is taken up again once the database answers.
        tracing::warn!(job = %job.id, "job stopped before its end; it resumes where it stopped");
        return;
    }
    let cancelled = state
        .db
        .cancel_requested(job.id)
        .await
        .unwrap_or_else(|_| stop.load(Ordering::SeqCst));
    // Cancelled after its last item started: it ran to its end.
    let left = state.db.counts(job.id).await.map_or(1, |c| c.pending);
    let status = if cancelled && left > 0 {
        JobStatus::Cancelled
    } else {
        JobStatus::Done
    };
    if let Err(e) = state.db.finish_job(job.id, status).await {
        tracing::warn!(job = %job.id, error = %e, "cannot record that a job ended");
        return;
    }
    tracing::info!(job = %job.id, status = status.as_str(), "job ended");
}
