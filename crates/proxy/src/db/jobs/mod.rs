//! Jobs in the database: previews, jobs with their items (devices to change, or codes to
//! create), the lease a replica holds on a job it runs, and what the jobs list and a
//! job's page read.

use chrono::{DateTime, Utc};
use ipp::activity::{Actor, FieldChange};
use ipp::console::Role;
use ipp::jobs::{DeviceState, ItemOutcome, JobAction, JobParams, JobStatus};
use ipp::{CreateEnrollment, Uuid};
use serde::{Deserialize, Serialize};
use sqlx::any::AnyRow;
use sqlx::{AssertSqlSafe, Row};

use super::{ms, time, Db};

/// A selected device as a preview froze it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Frozen {
    pub id: Uuid,
    pub state: DeviceState,
}

/// A job to be written, with the starter's authority as it is now.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub id: Uuid,
    pub merchant: String,
    pub starter: Actor,
    pub role: Role,
    pub scope: Option<Vec<Uuid>>,
    pub action: JobAction,
    pub params: JobParams,
    pub idempotency_key: String,
    pub digest: String,
    pub locations: Vec<Uuid>,
    pub parent: Option<Uuid>,
    pub request_id: String,
}

/// One item of a new job: a device, with the state it must still be in and (undo) the
/// state to put back; or a code to create.
#[derive(Debug, Clone, Default)]
pub struct NewItem {
    pub device: Option<Uuid>,
    pub name: String,
    pub expected: Option<DeviceState>,
    pub restore: Option<DeviceState>,
    pub spec: Option<CreateEnrollment>,
    /// A code whose create an earlier job sent (a retry): looked for from then on.
    pub sent: Option<DateTime<Utc>>,
}

/// A job as its runner needs it.
#[derive(Debug, Clone)]
pub struct JobRow {
    pub id: Uuid,
    pub merchant: String,
    pub starter: Actor,
    pub role: Role,
    pub scope: Option<Vec<Uuid>>,
    pub action: JobAction,
    pub params: JobParams,
    pub status: JobStatus,
    pub total: u64,
    pub parent: Option<Uuid>,
    pub undone_by: Option<Uuid>,
    pub cancel_requested: bool,
    pub locations: Vec<Uuid>,
    pub request_id: String,
    pub created: DateTime<Utc>,
    pub started: Option<DateTime<Utc>>,
    pub finished: Option<DateTime<Utc>>,
}

/// An item as its runner needs it.
#[derive(Debug, Clone)]
pub struct ItemRow {
    pub seq: i64,
    /// The device (nil for a code to create).
    pub device: Uuid,
    pub name: String,
    pub expected: Option<DeviceState>,
    pub restore: Option<DeviceState>,
    /// Set while (or when last) its change was sent.
    pub activity: Option<Uuid>,
    pub outcome: Option<ItemOutcome>,
    pub changes: Vec<FieldChange>,
    pub state_before: Option<DeviceState>,
    pub state_after: Option<DeviceState>,
    /// A code to create, the enrollment it became, and when its first create was sent.
    pub spec: Option<CreateEnrollment>,
    pub enrollment: Option<Uuid>,
    pub sent: Option<DateTime<Utc>>,
}

/// How an item ended.
#[derive(Debug, Clone)]
pub struct ItemEnd {
    pub outcome: ItemOutcome,
    pub reason: Option<String>,
    pub changes: Vec<FieldChange>,
    pub before: Option<DeviceState>,
    pub after: Option<DeviceState>,
}

/// How writing a new job went.
pub enum Created {
    New,
    /// The same starter sent this key before, with this body: that job.
    Again(Uuid),
    /// The same starter sent this key before with another body.
    OtherBody,
}

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

fn parsed<T: for<'de> Deserialize<'de>>(s: Option<String>) -> Option<T> {
    s.and_then(|s| serde_json::from_str(&s).ok())
}

fn uuid(s: Option<String>) -> Option<Uuid> {
    s.and_then(|s| s.parse().ok())
}

const JOB_COLUMNS: &str = "id, merchant_id, starter_sub, starter_name, starter_role, starter_locations, action, params, status, total, parent_id, undone_by, cancel_requested, locations, request_id, created_ms, started_ms, finished_ms";

fn job_row(r: &AnyRow) -> Result<JobRow, sqlx::Error> {
    let role: String = r.try_get("starter_role")?;
    let action: String = r.try_get("action")?;
    let status: String = r.try_get("status")?;
    let total: i64 = r.try_get("total")?;
    let cancel: i64 = r.try_get("cancel_requested")?;
    Ok(JobRow {
        id: uuid(r.try_get("id")?).unwrap_or_default(),
        merchant: r.try_get("merchant_id")?,
        starter: Actor {
            sub: r.try_get("starter_sub")?,
            name: r.try_get("starter_name")?,
        },
        role: parsed(Some(role)).unwrap_or(Role::Viewer),
        scope: parsed(r.try_get("starter_locations")?),
        action: JobAction::parse(&action).unwrap_or(JobAction::Undo),
        params: parsed(Some(r.try_get("params")?)).unwrap_or_default(),
        status: JobStatus::parse(&status).unwrap_or(JobStatus::Failed),
        total: total.max(0) as u64,
        parent: uuid(r.try_get("parent_id")?),
        undone_by: uuid(r.try_get("undone_by")?),
        cancel_requested: cancel != 0,
        locations: parsed(Some(r.try_get("locations")?)).unwrap_or_default(),
        request_id: r.try_get("request_id")?,
        created: time(r.try_get("created_ms")?),
        started: r.try_get::<Option<i64>, _>("started_ms")?.map(time),
        finished: r.try_get::<Option<i64>, _>("finished_ms")?.map(time),
    })
}

fn item_row(r: &AnyRow) -> Result<ItemRow, sqlx::Error> {
    let outcome: Option<String> = r.try_get("outcome")?;
    Ok(ItemRow {
        seq: r.try_get("seq")?,
        device: uuid(r.try_get("device_id")?).unwrap_or_default(),
        name: r.try_get("name")?,
        expected: parsed(r.try_get("expected")?),
        restore: parsed(r.try_get("restore")?),
        activity: uuid(r.try_get("activity_id")?),
        outcome: outcome.as_deref().and_then(ItemOutcome::parse),
        changes: parsed(r.try_get("changes")?).unwrap_or_default(),
        state_before: parsed(r.try_get("state_before")?),
        state_after: parsed(r.try_get("state_after")?),
        spec: parsed(r.try_get("spec")?),
        enrollment: uuid(r.try_get("enrollment_id")?),
        sent: r.try_get::<Option<i64>, _>("sent_ms")?.map(time),
    })
}

/// What [`item_row`] reads.
const ITEM_COLUMNS: &str = "seq, device_id, name, expected, restore, activity_id, outcome, changes, state_before, state_after, spec, enrollment_id, sent_ms";

/// Values of one item row written, and rows per `INSERT` (1,600 values, well under
/// either database's limit).
const ITEM_VALUES: usize = 8;
const ITEMS_PER_INSERT: usize = 200;

mod codes;
mod read;
mod run;

impl Db {
    pub async fn save_preview(
        &self,
        id: Uuid,
        merchant: &str,
        sub: &str,
        request: &serde_json::Value,
        devices: &[Frozen],
        expires: DateTime<Utc>,
    ) -> Result<(), sqlx::Error> {
        sqlx::query("INSERT INTO job_previews (id, merchant_id, starter_sub, request, devices, created_ms, expires_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)")
            .bind(id.to_string())
            .bind(merchant.to_owned())
            .bind(sub.to_owned())
            .bind(request.to_string())
            .bind(json(&devices))
            .bind(ms(Utc::now()))
            .bind(ms(expires))
            .execute(&self.pool)
            .await
            .map(|_| ())
    }

    /// A preview of this starter's that has not expired: its request and devices.
    pub async fn preview(
        &self,
        id: Uuid,
        merchant: &str,
        sub: &str,
    ) -> Result<Option<(serde_json::Value, Vec<Frozen>)>, sqlx::Error> {
        let row = sqlx::query("SELECT request, devices FROM job_previews WHERE id = $1 AND merchant_id = $2 AND starter_sub = $3 AND expires_ms > $4")
            .bind(id.to_string())
            .bind(merchant.to_owned())
            .bind(sub.to_owned())
            .bind(ms(Utc::now()))
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.and_then(|r| {
            let request: String = r.try_get("request").ok()?;
            let devices: String = r.try_get("devices").ok()?;
            Some((
                serde_json::from_str(&request).ok()?,
                serde_json::from_str(&devices).ok()?,
            ))
        }))
    }

    /// Writes a job and its items at once, unless this starter used the key before.
    ///
    /// The transaction writes first (the job, unless its key is taken): SQLite lets a
    /// transaction that has read wait for no writer, so a transaction that read first
    /// would fail whenever another write (a heartbeat, another job's item) came between.
    pub async fn create_job(
        &self,
        job: &NewJob,
        items: &[NewItem],
    ) -> Result<Created, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        let inserted = sqlx::query(
            "INSERT INTO jobs (id, merchant_id, starter_sub, starter_name, starter_role, starter_locations, action, params, idempotency_key, request_digest, locations, status, total, parent_id, request_id, created_ms) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'queued', $12, $13, $14, $15) \
             ON CONFLICT (merchant_id, starter_sub, idempotency_key) DO NOTHING",
        )
        .bind(job.id.to_string())
        .bind(job.merchant.clone())
        .bind(job.starter.sub.clone())
        .bind(job.starter.name.clone())
        .bind(json(&job.role))
        .bind(job.scope.as_ref().map(json))
        .bind(job.action.as_str())
        .bind(json(&job.params))
        .bind(job.idempotency_key.clone())
        .bind(job.digest.clone())
        .bind(json(&job.locations))
        .bind(items.len() as i64)
        .bind(job.parent.map(|p| p.to_string()))
        .bind(job.request_id.clone())
        .bind(ms(Utc::now()))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if inserted == 0 {
            let before = sqlx::query("SELECT id, request_digest FROM jobs WHERE merchant_id = $1 AND starter_sub = $2 AND idempotency_key = $3")
                .bind(job.merchant.clone())
                .bind(job.starter.sub.clone())
                .bind(job.idempotency_key.clone())
                .fetch_one(&mut *tx)
                .await?;
            let digest: String = before.try_get("request_digest")?;
            let id: Option<String> = before.try_get("id")?;
            return Ok(if digest == job.digest {
                Created::Again(uuid(id).unwrap_or_default())
            } else {
                Created::OtherBody
            });
        }
        for (chunk_no, chunk) in items.chunks(ITEMS_PER_INSERT).enumerate() {
            let mut sql = String::from(
                "INSERT INTO job_items (job_id, seq, device_id, name, expected, restore, spec, sent_ms) VALUES ",
            );
            for i in 0..chunk.len() {
                let marks: Vec<String> = (1..=ITEM_VALUES)
                    .map(|n| format!("${}", i * ITEM_VALUES + n))
                    .collect();
                if i > 0 {
                    sql.push_str(", ");
                }
                sql.push_str(&format!("({})", marks.join(", ")));
            }
            let mut q = sqlx::query(AssertSqlSafe(sql));
            for (i, item) in chunk.iter().enumerate() {
                q = q
                    .bind(job.id.to_string())
                    .bind((chunk_no * ITEMS_PER_INSERT + i) as i64)
                    .bind(item.device.map(|d| d.to_string()))
                    .bind(item.name.clone())
                    .bind(item.expected.as_ref().map(json))
                    .bind(item.restore.as_ref().map(json))
                    .bind(item.spec.as_ref().map(json))
                    .bind(item.sent.map(ms));
            }
            q.execute(&mut *tx).await?;
        }
        if let Some(parent) = job.parent.filter(|_| job.action == JobAction::Undo) {
            sqlx::query("UPDATE jobs SET undone_by = $1 WHERE id = $2")
                .bind(job.id.to_string())
                .bind(parent.to_string())
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(Created::New)
    }

    /// Deletes expired previews.
    pub async fn prune_previews(&self) -> Result<u64, sqlx::Error> {
        Ok(
            sqlx::query("DELETE FROM job_previews WHERE expires_ms < $1")
                .bind(ms(Utc::now()))
                .execute(&self.pool)
                .await?
                .rows_affected(),
        )
    }
}
