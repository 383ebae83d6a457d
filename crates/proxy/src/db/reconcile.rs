//! Changes whose process stopped between recording them and recording how they ended
//! (killed, crashed, its machine gone): each proxy process beats in the database; an
//! attempt of a process that stopped beating is completed by asking Kustom how the
//! item is now — in the background, and when the item is next read.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use ipp::activity::{ActivityOutcome, FieldChange};
use ipp::console::Role;
use ipp::{EnrollmentStatus, Uuid};
use sqlx::Row;

use super::{ms, Db};
use crate::auth::Operator;
use crate::fleet::Fleet;
use crate::AppState;

/// How often a process says it is alive.
pub const HEARTBEAT_EVERY: Duration = Duration::from_secs(5);
/// A process that has not said so for this long has stopped.
pub const STOPPED_AFTER: Duration = Duration::from_secs(15);

/// An attempt left by a process that stopped.
#[derive(Debug, Clone)]
pub struct Orphan {
    pub id: String,
    pub merchant: String,
    pub action: String,
    pub target_kind: Option<String>,
    pub target_id: Option<String>,
    pub changes: Vec<FieldChange>,
}

impl Db {
    /// Says this process is alive.
    pub async fn heartbeat(&self) -> Result<(), sqlx::Error> {
        let now = ms(Utc::now());
        sqlx::query(
            "INSERT INTO instances (id, started_ms, heartbeat_ms) VALUES ($1, $2, $3) \
             ON CONFLICT (id) DO UPDATE SET heartbeat_ms = excluded.heartbeat_ms",
        )
        .bind(self.instance.clone())
        .bind(now)
        .bind(now)
        .execute(&self.pool)
        .await
        .map(|_| ())
    }

    /// Attempts of processes that stopped (of one target, or any), oldest first.
    pub async fn orphans(
        &self,
        target: Option<&str>,
        limit: i64,
    ) -> Result<Vec<Orphan>, sqlx::Error> {
        let alive_since = ms(Utc::now()) - STOPPED_AFTER.as_millis() as i64;
        let mut sql = String::from(
            "SELECT id, merchant_id, action, target_kind, target_id, changes FROM activity \
             WHERE outcome = 'attempted' AND instance_id <> $1 \
             AND instance_id NOT IN (SELECT id FROM instances WHERE heartbeat_ms >= $2) \
             AND (job_id IS NULL OR job_id NOT IN (SELECT id FROM jobs WHERE status IN ('queued', 'running')))",
        );
        if target.is_some() {
            sql.push_str(" AND target_id = $4");
        }
        sql.push_str(" ORDER BY at_ms LIMIT $3");
        // Bound by number ($3 before $4, whatever their order in the text).
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(self.instance.clone())
            .bind(alive_since)
            .bind(limit);
        if let Some(t) = target {
            q = q.bind(t.to_owned());
        }
        let rows = q.fetch_all(&self.pool).await?;
        rows.iter()
            .map(|r| {
                let changes: String = r.try_get("changes")?;
                Ok(Orphan {
                    id: r.try_get("id")?,
                    merchant: r.try_get("merchant_id")?,
                    action: r.try_get("action")?,
                    target_kind: r.try_get("target_kind")?,
                    target_id: r.try_get("target_id")?,
                    changes: serde_json::from_str(&changes).unwrap_or_default(),
                })
            })
            .collect()
    }

    /// Completes an orphan, unless someone else did meanwhile.
    async fn settle(
        &self,
        id: &str,
        outcome: ActivityOutcome,
        reason: &str,
    ) -> Result<(), sqlx::Error> {
        // Not one a job of this process took over meanwhile.
        sqlx::query("UPDATE activity SET outcome = $1, reason = $2, completed_ms = $3 WHERE id = $4 AND outcome = 'attempted' AND instance_id <> $5")
            .bind(outcome.as_str())
            .bind(reason.to_owned())
            .bind(ms(Utc::now()))
            .bind(id.to_owned())
            .bind(self.instance.clone())
            .execute(&self.pool)
            .await
            .map(|_| ())
    }

    /// Forgets processes that stopped long ago.
    async fn forget_stopped(&self) -> Result<(), sqlx::Error> {
        let long_ago = ms(Utc::now()) - 86_400_000;
        sqlx::query("DELETE FROM instances WHERE heartbeat_ms < $1 AND id NOT IN (SELECT instance_id FROM activity WHERE outcome = 'attempted')")
            .bind(long_ago)
            .execute(&self.pool)
            .await
            .map(|_| ())
    }
}

/// Asks Kustom how an orphan's item is now, and completes the orphan: `None` when Kustom
/// cannot be asked now (it is tried again later).
async fn judge(state: &Arc<AppState>, o: &Orphan) -> Option<(ActivityOutcome, &'static str)> {
    let op = Operator {
        sub: "device-console".into(),
        name: Some("Device Console".into()),
        merchant_id: o.merchant.clone(),
        role: Role::Admin,
        locations: None,
        locale: None,
        expires_at: Utc::now() + chrono::Duration::hours(1),
    };
    let fleet = Fleet::new(state.clone(), op, format!("reconcile-{}", o.id));
    let target: Option<Uuid> = o.target_id.as_deref().and_then(|t| t.parse().ok());
    const MADE: &str =
        "The console stopped while making this change; Kustom, asked afterwards, shows it made.";
    const NOT_MADE: &str = "The console stopped while making this change; Kustom, asked afterwards, shows it not made.";
    const CANNOT_TELL: &str =
        "The console stopped while making this change; whether Kustom made it cannot be told.";
    let gone = |e: &crate::error::AppError| e.problem.status == 404;
    match (o.action.as_str(), o.target_kind.as_deref(), target) {
        ("device.update", Some("device"), Some(id)) => match fleet.device(id).await {
            Ok(d) => {
                let now = |c: &FieldChange| -> Option<String> {
                    match c.field.as_str() {
                        "name" => Some(d.name.clone()),
                        "location_id" => d.location_id.map(|l| l.to_string()),
                        f => f
                            .strip_prefix("metadata.")
                            .and_then(|k| d.metadata.get(k).cloned()),
                    }
                };
                if o.changes.iter().all(|c| now(c) == c.after) {
                    Some((ActivityOutcome::Applied, MADE))
                } else if o.changes.iter().all(|c| now(c) == c.before) {
                    Some((ActivityOutcome::Failed, NOT_MADE))
                } else {
                    Some((ActivityOutcome::Unknown, CANNOT_TELL))
                }
            }
            Err(e) if gone(&e) => Some((ActivityOutcome::Unknown, CANNOT_TELL)),
            Err(_) => None,
        },
        ("device.deregister", Some("device"), Some(id)) => match fleet.device(id).await {
            Ok(_) => Some((ActivityOutcome::Failed, NOT_MADE)),
            Err(e) if gone(&e) => Some((ActivityOutcome::Applied, MADE)),
            Err(_) => None,
        },
        ("enrollment.cancel", Some("enrollment"), Some(id)) => match fleet.enrollment(id).await {
            Ok(e) if e.status == EnrollmentStatus::Cancelled => {
                Some((ActivityOutcome::Applied, MADE))
            }
            Ok(e) if e.status == EnrollmentStatus::Pending => {
                Some((ActivityOutcome::Failed, NOT_MADE))
            }
            Ok(_) => Some((ActivityOutcome::Unknown, CANNOT_TELL)),
            Err(e) if gone(&e) => Some((ActivityOutcome::Unknown, CANNOT_TELL)),
            Err(_) => None,
        },
        _ => Some((ActivityOutcome::Unknown, CANNOT_TELL)),
    }
}

/// Completes the orphans (of one target, or up to a hundred of any).
pub async fn reconcile(state: &Arc<AppState>, target: Option<&str>) {
    let db = &state.db;
    let orphans = match db.orphans(target, 100).await {
        Ok(o) => o,
        Err(e) => {
            tracing::warn!(error = %e, "cannot read unfinished changes from the console database");
            return;
        }
    };
    for o in orphans {
        if let Some((outcome, reason)) = judge(state, &o).await {
            match db.settle(&o.id, outcome, reason).await {
                Ok(()) => {
                    tracing::info!(record = %o.id, action = %o.action, outcome = outcome.as_str(), "an unfinished change was reconciled")
                }
                Err(e) => tracing::warn!(error = %e, "cannot complete an unfinished change"),
            }
        }
    }
}

/// The database's background work while the process runs: the heartbeat, unfinished
/// changes of stopped processes, pruning what is older than the retention, expired
/// previews of bulk changes, and ended sessions.
pub async fn background(state: std::sync::Weak<AppState>, retention: chrono::Duration) {
    let mut tick = tokio::time::interval(HEARTBEAT_EVERY);
    let mut rounds: u64 = 0;
    loop {
        tick.tick().await;
        let Some(state) = state.upgrade() else { return };
        let db = &state.db;
        if let Err(e) = db.heartbeat().await {
            tracing::warn!(error = %e, "the console database is unavailable");
            continue;
        }
        reconcile(&state, None).await;
        // Hourly.
        if rounds.is_multiple_of(720) {
            match db.prune(Utc::now() - retention).await {
                Ok(0) => {}
                Ok(n) => {
                    tracing::info!(records = n, "activity older than the retention was deleted")
                }
                Err(e) => tracing::warn!(error = %e, "cannot prune the activity"),
            }
            let _ = db.forget_stopped().await;
            // Previews nobody ran (each holds its devices' states for 30 minutes).
            if let Err(e) = db.prune_previews().await {
                tracing::warn!(error = %e, "cannot delete expired previews");
            }
            // Sessions past their limits, sign-ins nobody finished.
            if let Some(oidc) = &state.oidc {
                if let Err(e) = db.prune_sessions(oidc.settings.idle).await {
                    tracing::warn!(error = %e, "cannot delete ended sessions");
                }
            }
        }
        rounds += 1;
    }
}
