//! The job runner (DESIGN, "The console database"): bulk changes and batches of pairing
//! codes run here, not in the browser. Every replica looks for work in the database; a job is claimed with a lease
//! that its replica renews while it runs, so no two replicas run one job, and a job whose
//! replica stopped is taken over when its lease expires. Items run with bounded upstream
//! concurrency; each is recorded in the activity trail before it is sent.

mod codes;
pub mod follow_up;
mod item;
pub mod plan;
mod run;

use std::sync::{Arc, Weak};
use std::time::Duration;

use tokio::sync::Notify;

use crate::AppState;

/// How the runner behaves (`--job-*` flags).
#[derive(Debug, Clone)]
pub struct JobsConfig {
    /// Upstream calls of one job at once.
    pub concurrency: usize,
    /// Jobs of one merchant running at once; more wait in the queue.
    pub per_merchant: usize,
    /// Jobs this replica runs at once.
    pub per_replica: usize,
    /// Attempts of one upstream call that Kustom answered with 429 or 5xx.
    pub attempts: u32,
    /// The first wait before a retry (doubled each time, at most `max_backoff`).
    pub backoff: Duration,
    pub max_backoff: Duration,
    /// How long a claim holds without being renewed.
    pub lease: Duration,
    /// How often the runner looks for work it was not told about.
    pub poll: Duration,
}

impl Default for JobsConfig {
    fn default() -> Self {
        JobsConfig {
            concurrency: 4,
            per_merchant: 2,
            per_replica: 4,
            attempts: 5,
            backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(10),
            lease: Duration::from_secs(30),
            poll: Duration::from_secs(2),
        }
    }
}

/// The job runner's flags.
#[derive(Debug, Clone, clap::Args)]
pub struct JobArgs {
    /// Upstream calls one bulk change makes at once.
    #[arg(long, env = "JOB_CONCURRENCY", default_value_t = 4, value_parser = clap::value_parser!(u64).range(1..=32))]
    pub job_concurrency: u64,

    /// Bulk changes of one merchant that run at once; more wait in the queue.
    #[arg(long, env = "JOBS_PER_MERCHANT", default_value_t = 2, value_parser = clap::value_parser!(u64).range(1..=32))]
    pub jobs_per_merchant: u64,

    /// Attempts of one upstream call that Kustom answers with 429 or 5xx, or not at all.
    #[arg(long, env = "JOB_ATTEMPTS", default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=20))]
    pub job_attempts: u64,

    /// Milliseconds before the first retry of such a call (doubled each time).
    #[arg(long, env = "JOB_BACKOFF_MS", default_value_t = 250, value_parser = clap::value_parser!(u64).range(1..=60_000))]
    pub job_backoff_ms: u64,

    /// Seconds a replica's claim on a job holds without being renewed; another replica
    /// takes the job over after that.
    #[arg(long, env = "JOB_LEASE_SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(3..=3_600))]
    pub job_lease_secs: u64,
}

impl JobArgs {
    pub fn config(&self) -> JobsConfig {
        JobsConfig {
            concurrency: self.job_concurrency as usize,
            per_merchant: self.jobs_per_merchant as usize,
            attempts: self.job_attempts as u32,
            backoff: Duration::from_millis(self.job_backoff_ms),
            lease: Duration::from_secs(self.job_lease_secs),
            ..JobsConfig::default()
        }
    }
}

/// The runner's shared state: its configuration, a bell rung when a job is queued here,
/// and the jobs running in this replica.
pub struct Jobs {
    pub config: JobsConfig,
    bell: Notify,
    running: std::sync::atomic::AtomicUsize,
}

impl Jobs {
    pub fn new(config: JobsConfig) -> Jobs {
        Jobs {
            config,
            bell: Notify::new(),
            running: Default::default(),
        }
    }

    /// A job was queued: look for work now.
    pub fn ring(&self) {
        self.bell.notify_one();
    }
}

/// Claims and runs jobs while the process lives.
pub async fn runner(state: Weak<AppState>) {
    use std::sync::atomic::Ordering;
    loop {
        let Some(s) = state.upgrade() else { return };
        let jobs = &s.jobs;
        let room = jobs
            .config
            .per_replica
            .saturating_sub(jobs.running.load(Ordering::SeqCst));
        match s
            .db
            .claim_jobs(room, jobs.config.lease, jobs.config.per_merchant)
            .await
        {
            Ok(claimed) => {
                for job in claimed {
                    jobs.running.fetch_add(1, Ordering::SeqCst);
                    let state = s.clone();
                    tokio::spawn(async move {
                        run::job(&state, job).await;
                        state.jobs.running.fetch_sub(1, Ordering::SeqCst);
                        // Room for the next one.
                        state.jobs.ring();
                    });
                }
            }
            Err(e) => tracing::warn!(error = %e, "cannot look for jobs in the console database"),
        }
        let poll = jobs.config.poll;
        let s: Arc<AppState> = s;
        let bell = async { s.jobs.bell.notified().await };
        let _ = tokio::time::timeout(poll, bell).await;
    }
}
