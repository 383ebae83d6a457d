//! What the jobs list and a job's page read.

use std::collections::HashMap;

use chrono::Utc;
use ipp::jobs::{Counts, ItemOutcome, Job, JobAction, JobItem, JobItemsQuery, JobStatus};
use ipp::{Page, Uuid};
use sqlx::{AssertSqlSafe, Row};

use super::{item_row, job_row, JobRow, ITEM_COLUMNS, JOB_COLUMNS};
use crate::db::Db;

impl Db {
    pub async fn job_row(&self, id: Uuid, merchant: &str) -> Result<Option<JobRow>, sqlx::Error> {
        let sql = format!("SELECT {JOB_COLUMNS} FROM jobs WHERE id = $1 AND merchant_id = $2");
        let row = sqlx::query(AssertSqlSafe(sql))
            .bind(id.to_string())
            .bind(merchant.to_owned())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(job_row).transpose()
    }

    /// How many items of each of `jobs` ended each way, in one query.
    pub async fn counts_of(&self, jobs: &[Uuid]) -> Result<HashMap<Uuid, Counts>, sqlx::Error> {
        let mut out: HashMap<Uuid, Counts> = jobs.iter().map(|j| (*j, Counts::default())).collect();
        if jobs.is_empty() {
            return Ok(out);
        }
        let marks: Vec<String> = (1..=jobs.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT job_id, outcome, COUNT(*) AS n FROM job_items WHERE job_id IN ({}) GROUP BY job_id, outcome",
            marks.join(", ")
        );
        let mut q = sqlx::query(AssertSqlSafe(sql));
        for j in jobs {
            q = q.bind(j.to_string());
        }
        for r in q.fetch_all(&self.pool).await? {
            let job: String = r.try_get("job_id")?;
            let outcome: Option<String> = r.try_get("outcome")?;
            let n: i64 = r.try_get("n")?;
            if let Some(c) = job.parse().ok().and_then(|j: Uuid| out.get_mut(&j)) {
                c.add(
                    outcome.as_deref().and_then(ItemOutcome::parse),
                    n.max(0) as u64,
                );
            }
        }
        Ok(out)
    }

    pub async fn counts(&self, job: Uuid) -> Result<Counts, sqlx::Error> {
        Ok(self
            .counts_of(&[job])
            .await?
            .remove(&job)
            .unwrap_or_default())
    }

    /// A job as the console shows it.
    pub async fn job(&self, row: &JobRow) -> Result<Job, sqlx::Error> {
        Ok(shown(row, self.counts(row.id).await?))
    }

    /// Jobs as the console shows them, their counts read at once.
    pub async fn jobs(&self, rows: &[JobRow]) -> Result<Vec<Job>, sqlx::Error> {
        let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
        let mut counts = self.counts_of(&ids).await?;
        Ok(rows
            .iter()
            .map(|r| shown(r, counts.remove(&r.id).unwrap_or_default()))
            .collect())
    }

    /// A page of a job's items.
    pub async fn job_items(
        &self,
        job: Uuid,
        q: &JobItemsQuery,
    ) -> Result<Page<JobItem>, sqlx::Error> {
        let filter = match q.outcome {
            None => "",
            Some(None) => " AND outcome IS NULL",
            Some(Some(_)) => " AND outcome = $2",
        };
        let bind = |sql: String| {
            let mut query = sqlx::query(AssertSqlSafe(sql)).bind(job.to_string());
            if let Some(Some(o)) = q.outcome {
                query = query.bind(o.as_str());
            }
            query
        };
        let total: i64 = bind(format!(
            "SELECT COUNT(*) AS n FROM job_items WHERE job_id = $1{filter}"
        ))
        .fetch_one(&self.pool)
        .await?
        .try_get("n")?;
        let size = i64::from(q.page_size.max(1));
        let sql = format!(
            "SELECT {ITEM_COLUMNS}, reason FROM job_items WHERE job_id = $1{filter} ORDER BY seq LIMIT {size} OFFSET {}",
            i64::from(q.page_number) * size
        );
        let rows = bind(sql).fetch_all(&self.pool).await?;
        let content = rows
            .iter()
            .map(|r| {
                let item = item_row(r)?;
                let code = item.spec.is_some();
                Ok(JobItem {
                    device_id: (!code).then_some(item.device),
                    name: item.name,
                    spec: item.spec,
                    enrollment_id: item.enrollment,
                    outcome: item.outcome,
                    reason: r.try_get("reason")?,
                    changes: item.changes,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        Ok(Page::new(
            content,
            total.max(0) as u64,
            q.page_number,
            size as u32,
        ))
    }

    /// A merchant's most recent jobs (running ones first), newest first.
    pub async fn recent_jobs(
        &self,
        merchant: &str,
        limit: i64,
    ) -> Result<Vec<JobRow>, sqlx::Error> {
        let sql = format!("SELECT {JOB_COLUMNS} FROM jobs WHERE merchant_id = $1 ORDER BY CASE WHEN status IN ('queued', 'running') THEN 0 ELSE 1 END, created_ms DESC LIMIT $2");
        let rows = sqlx::query(AssertSqlSafe(sql))
            .bind(merchant.to_owned())
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(job_row).collect()
    }

    /// Jobs queued and running, over every merchant (for `/metrics`).
    pub async fn job_load(&self) -> Result<(i64, i64), sqlx::Error> {
        let rows = sqlx::query("SELECT status, COUNT(*) AS n FROM jobs WHERE status IN ('queued', 'running') GROUP BY status")
            .fetch_all(&self.pool)
            .await?;
        let (mut queued, mut running) = (0, 0);
        for r in rows {
            let status: String = r.try_get("status")?;
            let n: i64 = r.try_get("n")?;
            if status == "queued" {
                queued = n;
            } else {
                running = n;
            }
        }
        Ok((queued, running))
    }

    /// Changes recorded as sent whose outcome is not known yet (for `/metrics`).
    pub async fn unsettled(&self) -> Result<i64, sqlx::Error> {
        sqlx::query("SELECT COUNT(*) AS n FROM activity WHERE outcome = 'attempted'")
            .fetch_one(&self.pool)
            .await?
            .try_get("n")
    }
}

/// A job with its counts, as the console shows it: the time left from its pace so far,
/// and whether it can be undone.
fn shown(row: &JobRow, counts: Counts) -> Job {
    let seconds_left = match (row.status, row.started) {
        (JobStatus::Running, Some(started)) if counts.finished() > 0 => {
            let spent = (Utc::now() - started).num_milliseconds().max(0) as u64;
            let per_item = spent / counts.finished();
            Some(per_item.saturating_mul(counts.pending).div_ceil(1000))
        }
        _ => None,
    };
    Job {
        id: row.id,
        action: row.action,
        params: row.params.clone(),
        status: row.status,
        starter: row.starter.clone(),
        created_at: row.created,
        finished_at: row.finished,
        total: row.total,
        counts,
        seconds_left,
        parent_id: row.parent,
        undone_by: row.undone_by,
        reversible: row.status.finished()
            && row.undone_by.is_none()
            && !matches!(
                row.action,
                JobAction::Deregister | JobAction::CreateEnrollments
            )
            && counts.done > 0,
        cancel_requested: row.cancel_requested.then_some(true),
    }
}
