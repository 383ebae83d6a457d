//! A job as a replica runs it: the claim and its lease, each item's change as it is sent
//! and how it ended, and the attempts of a stopped replica taken over.

use chrono::Utc;
use ipp::activity::FieldChange;
use ipp::jobs::{ItemOutcome, JobStatus};
use ipp::Uuid;
use sqlx::{AssertSqlSafe, Row};

use super::{item_row, job_row, json, ItemEnd, ItemRow, JobRow, ITEM_COLUMNS, JOB_COLUMNS};
use crate::db::{ms, Db};

impl Db {
    /// Claims up to `room` jobs this replica may run: queued ones, and running ones whose
    /// replica's lease expired; at most `per_merchant` run per merchant at once.
    pub async fn claim_jobs(
        &self,
        room: usize,
        lease: std::time::Duration,
        per_merchant: usize,
    ) -> Result<Vec<JobRow>, sqlx::Error> {
        if room == 0 {
            return Ok(Vec::new());
        }
        let now = ms(Utc::now());
        let sql = format!("SELECT {JOB_COLUMNS} FROM jobs WHERE status = 'queued' OR (status = 'running' AND lease_until_ms < $1) ORDER BY created_ms LIMIT 50");
        let candidates = sqlx::query(AssertSqlSafe(sql))
            .bind(now)
            .fetch_all(&self.pool)
            .await?;
        let mut claimed = Vec::new();
        for row in candidates {
            if claimed.len() >= room {
                break;
            }
            let job = job_row(&row)?;
            let running: i64 = sqlx::query("SELECT COUNT(*) AS n FROM jobs WHERE merchant_id = $1 AND status = 'running' AND lease_until_ms >= $2")
                .bind(job.merchant.clone())
                .bind(now)
                .fetch_one(&self.pool)
                .await?
                .try_get("n")?;
            if running as usize >= per_merchant {
                continue;
            }
            let until = now + lease.as_millis() as i64;
            let took = sqlx::query("UPDATE jobs SET status = 'running', lease_owner = $1, lease_until_ms = $2, started_ms = COALESCE(started_ms, $3) \
                 WHERE id = $4 AND (status = 'queued' OR (status = 'running' AND lease_until_ms < $3))")
                .bind(self.instance.clone())
                .bind(until)
                .bind(now)
                .bind(job.id.to_string())
                .execute(&self.pool)
                .await?
                .rows_affected();
            if took == 1 {
                claimed.push(JobRow {
                    status: JobStatus::Running,
                    ..job
                });
            }
        }
        Ok(claimed)
    }

    /// Extends this replica's lease on a job: `false` when it no longer holds it (it
    /// expired and another replica took the job), or the job was cancelled.
    pub async fn renew_lease(
        &self,
        job: Uuid,
        lease: std::time::Duration,
    ) -> Result<(bool, bool), sqlx::Error> {
        let until = ms(Utc::now()) + lease.as_millis() as i64;
        let held = sqlx::query("UPDATE jobs SET lease_until_ms = $1 WHERE id = $2 AND lease_owner = $3 AND status = 'running'")
            .bind(until)
            .bind(job.to_string())
            .bind(self.instance.clone())
            .execute(&self.pool)
            .await?
            .rows_affected()
            == 1;
        Ok((held, self.cancel_requested(job).await?))
    }

    /// Whether someone asked the job to stop.
    pub async fn cancel_requested(&self, job: Uuid) -> Result<bool, sqlx::Error> {
        let cancel: i64 = sqlx::query("SELECT cancel_requested FROM jobs WHERE id = $1")
            .bind(job.to_string())
            .fetch_one(&self.pool)
            .await?
            .try_get("cancel_requested")?;
        Ok(cancel != 0)
    }

    /// Ends a job this replica runs.
    pub async fn finish_job(&self, job: Uuid, status: JobStatus) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE jobs SET status = $1, finished_ms = $2, lease_owner = NULL, lease_until_ms = NULL WHERE id = $3 AND lease_owner = $4")
            .bind(status.as_str())
            .bind(ms(Utc::now()))
            .bind(job.to_string())
            .bind(self.instance.clone())
            .execute(&self.pool)
            .await
            .map(|_| ())
    }

    /// Asks a job to stop: a queued one stops at once, a running one before its next
    /// item. Answers whether it was still running or queued.
    pub async fn cancel_job(&self, job: Uuid) -> Result<bool, sqlx::Error> {
        let now = ms(Utc::now());
        let queued = sqlx::query("UPDATE jobs SET status = 'cancelled', cancel_requested = 1, finished_ms = $1 WHERE id = $2 AND status = 'queued'")
            .bind(now)
            .bind(job.to_string())
            .execute(&self.pool)
            .await?
            .rows_affected();
        let running = sqlx::query(
            "UPDATE jobs SET cancel_requested = 1 WHERE id = $1 AND status = 'running'",
        )
        .bind(job.to_string())
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(queued + running > 0)
    }

    pub async fn items_to_run(&self, job: Uuid) -> Result<Vec<ItemRow>, sqlx::Error> {
        let rows = sqlx::query(AssertSqlSafe(format!("SELECT {ITEM_COLUMNS} FROM job_items WHERE job_id = $1 AND outcome IS NULL ORDER BY seq")))
            .bind(job.to_string())
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(item_row).collect()
    }

    /// Every item of a job with this outcome (any: `None`), in order.
    pub async fn items_with(
        &self,
        job: Uuid,
        outcome: Option<ItemOutcome>,
    ) -> Result<Vec<ItemRow>, sqlx::Error> {
        let mut sql = format!("SELECT {ITEM_COLUMNS} FROM job_items WHERE job_id = $1");
        if outcome.is_some() {
            sql.push_str(" AND outcome = $2");
        }
        sql.push_str(" ORDER BY seq");
        let mut q = sqlx::query(AssertSqlSafe(sql)).bind(job.to_string());
        if let Some(o) = outcome {
            q = q.bind(o.as_str());
        }
        let rows = q.fetch_all(&self.pool).await?;
        rows.iter().map(item_row).collect()
    }

    /// Notes the activity record of an item's change and what it changes, before the
    /// change is sent.
    pub async fn item_sending(
        &self,
        job: Uuid,
        seq: i64,
        activity: Uuid,
        changes: &[FieldChange],
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE job_items SET activity_id = $1, changes = $2 WHERE job_id = $3 AND seq = $4",
        )
        .bind(activity.to_string())
        .bind(json(&changes))
        .bind(job.to_string())
        .bind(seq)
        .execute(&self.pool)
        .await
        .map(|_| ())
    }

    /// Records how an item ended (for a change made: the states before and after).
    pub async fn item_ended(&self, job: Uuid, seq: i64, end: &ItemEnd) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE job_items SET outcome = $1, reason = $2, changes = $3, state_before = $4, state_after = $5 WHERE job_id = $6 AND seq = $7")
            .bind(end.outcome.as_str())
            .bind(end.reason.clone())
            .bind(json(&end.changes))
            .bind(end.before.as_ref().map(json))
            .bind(end.after.as_ref().map(json))
            .bind(job.to_string())
            .bind(seq)
            .execute(&self.pool)
            .await
            .map(|_| ())
    }

    /// Takes over an attempt that a stopped replica left (so that the reconciler leaves
    /// it to this job): `false` when it was completed meanwhile.
    pub async fn adopt_attempt(&self, activity: Uuid) -> Result<bool, sqlx::Error> {
        Ok(sqlx::query(
            "UPDATE activity SET instance_id = $1 WHERE id = $2 AND outcome = 'attempted'",
        )
        .bind(self.instance.clone())
        .bind(activity.to_string())
        .execute(&self.pool)
        .await?
        .rows_affected()
            == 1)
    }

    /// How an activity record ended (`attempted` while it has not).
    pub async fn activity_outcome(&self, activity: Uuid) -> Result<Option<String>, sqlx::Error> {
        let row = sqlx::query("SELECT outcome FROM activity WHERE id = $1")
            .bind(activity.to_string())
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| r.try_get("outcome")).transpose()
    }
}
