//! The items of a batch of pairing codes as their runner records them: the create about
//! to be sent, the enrollment it became (each enrollment the code of one item at most),
//! and which codes Kustom lists that the console already knows as made by someone.
//! The code itself is never written here.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use ipp::Uuid;
use sqlx::{AssertSqlSafe, Row};

use crate::db::{ms, Db};

impl Db {
    /// Notes the activity record of an item's create before it is sent, and (the first
    /// time) when: a create whose answer is lost is looked for from then on.
    pub async fn code_sending(
        &self,
        job: Uuid,
        seq: i64,
        activity: Uuid,
        at: DateTime<Utc>,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE job_items SET activity_id = $1, sent_ms = COALESCE(sent_ms, $2) WHERE job_id = $3 AND seq = $4")
            .bind(activity.to_string())
            .bind(ms(at))
            .bind(job.to_string())
            .bind(seq)
            .execute(&self.pool)
            .await
            .map(|_| ())
    }

    /// Makes `enrollment` the code of this item: `false` when it is another item's
    /// already (an item that looked for its lost create found it first).
    pub async fn code_made(
        &self,
        job: Uuid,
        seq: i64,
        enrollment: Uuid,
    ) -> Result<bool, sqlx::Error> {
        let id = enrollment.to_string();
        let set = sqlx::query(
            "UPDATE job_items SET enrollment_id = $1 WHERE job_id = $2 AND seq = $3 AND enrollment_id IS NULL \
             AND NOT EXISTS (SELECT 1 FROM job_items AS other WHERE other.enrollment_id = $4)",
        )
        .bind(id.clone())
        .bind(job.to_string())
        .bind(seq)
        .bind(id)
        .execute(&self.pool)
        .await;
        match set {
            Ok(done) => Ok(done.rows_affected() == 1),
            // Two items took it at the same moment: the unique index let one.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Which of these enrollments the console knows as made already: the code of a job's
    /// item, or the target of a create recorded for this merchant (other than `mine`).
    pub async fn codes_taken(
        &self,
        merchant: &str,
        ids: &[Uuid],
        mine: Uuid,
    ) -> Result<HashSet<Uuid>, sqlx::Error> {
        if ids.is_empty() {
            return Ok(HashSet::new());
        }
        let n = ids.len();
        let marks = |from: usize| -> String {
            (from..from + n)
                .map(|i| format!("${i}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let sql = format!(
            "SELECT enrollment_id AS id FROM job_items WHERE enrollment_id IN ({}) \
             UNION SELECT target_id AS id FROM activity WHERE merchant_id = ${} AND id <> ${} \
             AND action = 'enrollment.create' AND target_kind = 'enrollment' AND target_id IN ({})",
            marks(1),
            n + 1,
            n + 2,
            marks(n + 3)
        );
        let mut q = sqlx::query(AssertSqlSafe(sql));
        for id in ids {
            q = q.bind(id.to_string());
        }
        q = q.bind(merchant.to_owned()).bind(mine.to_string());
        for id in ids {
            q = q.bind(id.to_string());
        }
        let rows = q.fetch_all(&self.pool).await?;
        rows.iter()
            .map(|r| {
                let id: Option<String> = r.try_get("id")?;
                Ok(id.and_then(|id| id.parse().ok()))
            })
            .filter_map(Result::transpose)
            .collect()
    }
}
