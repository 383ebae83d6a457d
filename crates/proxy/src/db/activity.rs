//! The activity trail in the database: a change's record written before it is sent
//! (`attempted`) and completed with its outcome; read back filtered, newest first,
//! within an operator's locations (a record is visible from the location it was at
//! before and from the one it was at after).

use chrono::{DateTime, Utc};
use ipp::activity::{
    Activity, ActivityOutcome, ActivityQuery, Actor, Creation, FieldChange, Target,
};
use ipp::{Page, Uuid};
use sqlx::any::AnyRow;
use sqlx::{AssertSqlSafe, Row};

use super::{ms, time, Db};

/// A change as recorded before it is sent.
#[derive(Debug, Clone)]
pub struct NewRecord {
    pub id: Uuid,
    pub merchant: String,
    pub at: DateTime<Utc>,
    pub actor: Actor,
    pub action: String,
    pub target: Option<Target>,
    pub location_before: Option<Uuid>,
    pub location_after: Option<Uuid>,
    pub changes: Vec<FieldChange>,
    pub request_id: String,
    /// The job that made this change, if a job did.
    pub job: Option<Uuid>,
}

/// A value bound to a query.
enum Arg {
    Text(String),
    Int(i64),
}

/// A query's `WHERE` and the values it binds, placeholders numbered as they are added.
#[derive(Default)]
struct Filter {
    clauses: Vec<String>,
    args: Vec<Arg>,
}

impl Filter {
    fn arg(&mut self, a: Arg) -> String {
        self.args.push(a);
        format!("${}", self.args.len())
    }

    fn text(&mut self, s: impl Into<String>) -> String {
        self.arg(Arg::Text(s.into()))
    }

    fn clause(&mut self, c: String) {
        self.clauses.push(c);
    }

    fn sql(&self) -> String {
        self.clauses.join(" AND ")
    }

    /// The target was at one of `locations` before or after.
    fn at_locations(&mut self, locations: &[Uuid]) {
        if locations.is_empty() {
            self.clause("1 = 0".into());
            return;
        }
        let before: Vec<String> = locations.iter().map(|l| self.text(l.to_string())).collect();
        let after: Vec<String> = locations.iter().map(|l| self.text(l.to_string())).collect();
        self.clause(format!(
            "(location_before IN ({}) OR location_after IN ({}))",
            before.join(", "),
            after.join(", ")
        ));
    }

    fn bind<'q>(
        &self,
        mut q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
        for a in &self.args {
            q = match a {
                Arg::Text(s) => q.bind(s.clone()),
                Arg::Int(n) => q.bind(*n),
            };
        }
        q
    }
}

const COLUMNS: &str = "id, at_ms, actor_sub, actor_name, action, target_kind, target_id, target_name, location_before, location_after, changes, outcome, reason, request_id, job_id";

fn uuid(s: Option<String>) -> Option<Uuid> {
    s.and_then(|s| s.parse().ok())
}

fn read(row: &AnyRow) -> Result<Activity, sqlx::Error> {
    let target = match (
        row.try_get::<Option<String>, _>("target_kind")?,
        row.try_get::<Option<String>, _>("target_id")?,
    ) {
        (Some(kind), Some(id)) => Some(Target {
            kind,
            id,
            name: row.try_get("target_name")?,
        }),
        _ => None,
    };
    let changes: String = row.try_get("changes")?;
    let outcome: String = row.try_get("outcome")?;
    Ok(Activity {
        id: uuid(row.try_get("id")?).unwrap_or_default(),
        at: time(row.try_get("at_ms")?),
        actor: Actor {
            sub: row.try_get("actor_sub")?,
            name: row.try_get("actor_name")?,
        },
        action: row.try_get("action")?,
        target,
        location_before: uuid(row.try_get("location_before")?),
        location_after: uuid(row.try_get("location_after")?),
        changes: serde_json::from_str(&changes).unwrap_or_default(),
        outcome: ActivityOutcome::parse(&outcome).unwrap_or(ActivityOutcome::Unknown),
        reason: row.try_get("reason")?,
        request_id: row.try_get("request_id")?,
        job_id: uuid(row.try_get("job_id")?),
    })
}

impl Db {
    /// Records a change about to be sent.
    pub async fn attempt(&self, r: &NewRecord) -> Result<(), sqlx::Error> {
        let changes = serde_json::to_string(&r.changes).unwrap_or_else(|_| "[]".into());
        let (kind, id, name) = match &r.target {
            Some(t) => (Some(t.kind.clone()), Some(t.id.clone()), t.name.clone()),
            None => (None, None, None),
        };
        sqlx::query(
            "INSERT INTO activity (id, merchant_id, at_ms, actor_sub, actor_name, action, target_kind, target_id, target_name, location_before, location_after, changes, outcome, request_id, instance_id, job_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
        )
        .bind(r.id.to_string())
        .bind(r.merchant.clone())
        .bind(ms(r.at))
        .bind(r.actor.sub.clone())
        .bind(r.actor.name.clone())
        .bind(r.action.clone())
        .bind(kind)
        .bind(id)
        .bind(name)
        .bind(r.location_before.map(|l| l.to_string()))
        .bind(r.location_after.map(|l| l.to_string()))
        .bind(changes)
        .bind(ActivityOutcome::Attempted.as_str())
        .bind(r.request_id.clone())
        .bind(self.instance.clone())
        .bind(r.job.map(|j| j.to_string()))
        .execute(&self.pool)
        .await
        .map(|_| ())
    }

    /// Completes a record with how its change ended (and what was learnt meanwhile: the
    /// target, once created; what changed, as sent).
    pub async fn complete(
        &self,
        r: &NewRecord,
        outcome: ActivityOutcome,
        reason: Option<&str>,
    ) -> Result<(), sqlx::Error> {
        let changes = serde_json::to_string(&r.changes).unwrap_or_else(|_| "[]".into());
        let (kind, id, name) = match &r.target {
            Some(t) => (Some(t.kind.clone()), Some(t.id.clone()), t.name.clone()),
            None => (None, None, None),
        };
        sqlx::query(
            "UPDATE activity SET outcome = $1, reason = $2, completed_ms = $3, target_kind = $4, target_id = $5, target_name = $6, location_after = $7, changes = $8 WHERE id = $9",
        )
        .bind(outcome.as_str())
        .bind(reason.map(str::to_owned))
        .bind(ms(Utc::now()))
        .bind(kind)
        .bind(id)
        .bind(name)
        .bind(r.location_after.map(|l| l.to_string()))
        .bind(changes)
        .bind(r.id.to_string())
        .execute(&self.pool)
        .await
        .map(|_| ())
    }

    /// A page of a merchant's activity, newest first, within `scope` (an operator's
    /// locations; `None`: all).
    pub async fn activity(
        &self,
        merchant: &str,
        q: &ActivityQuery,
        scope: Option<&[Uuid]>,
    ) -> Result<Page<Activity>, sqlx::Error> {
        let mut f = Filter::default();
        let m = f.text(merchant);
        f.clause(format!("merchant_id = {m}"));
        if let Some(d) = q.device_id {
            let p = f.text(d.to_string());
            f.clause(format!("target_kind = 'device' AND target_id = {p}"));
        }
        if let Some(e) = q.enrollment_id {
            // The code itself, and the pairing that used it (recorded against its device).
            let (p, m, p2) = (
                f.text(e.to_string()),
                f.text(merchant),
                f.text(e.to_string()),
            );
            f.clause(format!(
                "((target_kind = 'enrollment' AND target_id = {p}) OR (action = 'playground.pair' AND target_kind = 'device' AND target_id IN (SELECT device_id FROM device_origins WHERE merchant_id = {m} AND enrollment_id = {p2})))"
            ));
        }
        if let Some(a) = &q.actor {
            let p = f.text(a.clone());
            f.clause(format!("actor_sub = {p}"));
        }
        if let Some(a) = &q.action {
            let p = f.text(a.clone());
            f.clause(format!("action = {p}"));
        }
        if let Some(l) = q.location_id {
            f.at_locations(&[l]);
        }
        if let Some(t) = q.since {
            let p = f.arg(Arg::Int(ms(t)));
            f.clause(format!("at_ms >= {p}"));
        }
        if let Some(t) = q.until {
            let p = f.arg(Arg::Int(ms(t)));
            f.clause(format!("at_ms < {p}"));
        }
        if let Some(scope) = scope {
            f.at_locations(scope);
        }
        let count_sql = format!("SELECT COUNT(*) AS n FROM activity WHERE {}", f.sql());
        let total: i64 = f
            .bind(sqlx::query(AssertSqlSafe(count_sql)))
            .fetch_one(&self.pool)
            .await?
            .try_get("n")?;
        let size = i64::from(q.page_size.max(1));
        let limit = f.arg(Arg::Int(size));
        let offset = f.arg(Arg::Int(i64::from(q.page_number) * size));
        let page_sql = format!(
            "SELECT {COLUMNS} FROM activity WHERE {} ORDER BY at_ms DESC, id DESC LIMIT {limit} OFFSET {offset}",
            f.sql()
        );
        let rows = f
            .bind(sqlx::query(AssertSqlSafe(page_sql)))
            .fetch_all(&self.pool)
            .await?;
        let content = rows.iter().map(read).collect::<Result<Vec<_>, _>>()?;
        Ok(Page::new(
            content,
            total.max(0) as u64,
            q.page_number,
            size as u32,
        ))
    }

    /// Who created each of these codes through the console (applied records only), and
    /// each of these devices (whoever created the code it was paired with).
    pub async fn creators(
        &self,
        merchant: &str,
        ids: &[Uuid],
        scope: Option<&[Uuid]>,
    ) -> Result<Vec<Creation>, sqlx::Error> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut f = Filter::default();
        let m = f.text(merchant);
        f.clause(format!("merchant_id = {m}"));
        f.clause(
            "action = 'enrollment.create' AND outcome = 'applied' AND target_kind = 'enrollment'"
                .into(),
        );
        let codes: Vec<String> = ids.iter().map(|i| f.text(i.to_string())).collect();
        let m2 = f.text(merchant);
        let devices: Vec<String> = ids.iter().map(|i| f.text(i.to_string())).collect();
        // A code asked about by its id, or the code a device asked about came from.
        f.clause(format!(
            "(target_id IN ({}) OR target_id IN (SELECT enrollment_id FROM device_origins WHERE merchant_id = {m2} AND device_id IN ({})))",
            codes.join(", "),
            devices.join(", ")
        ));
        if let Some(scope) = scope {
            f.at_locations(scope);
        }
        let sql = format!("SELECT {COLUMNS} FROM activity WHERE {}", f.sql());
        let rows = f
            .bind(sqlx::query(AssertSqlSafe(sql)))
            .fetch_all(&self.pool)
            .await?;
        let made: Vec<Activity> = rows.iter().map(read).collect::<Result<_, _>>()?;
        let origins = self.origins(merchant, ids).await?;
        let mut out = Vec::new();
        for a in made {
            let Some(code) = a.target.as_ref().and_then(|t| t.id.parse::<Uuid>().ok()) else {
                continue;
            };
            if ids.contains(&code) {
                out.push(Creation {
                    id: code,
                    actor: a.actor.clone(),
                    at: a.at,
                });
            }
            for (device, _) in origins.iter().filter(|(_, c)| *c == code) {
                out.push(Creation {
                    id: *device,
                    actor: a.actor.clone(),
                    at: a.at,
                });
            }
        }
        Ok(out)
    }

    /// The codes these devices came from, where the console knows it.
    async fn origins(
        &self,
        merchant: &str,
        devices: &[Uuid],
    ) -> Result<Vec<(Uuid, Uuid)>, sqlx::Error> {
        let mut f = Filter::default();
        let m = f.text(merchant);
        let wanted: Vec<String> = devices.iter().map(|i| f.text(i.to_string())).collect();
        let sql = format!(
            "SELECT device_id, enrollment_id FROM device_origins WHERE merchant_id = {m} AND device_id IN ({})",
            wanted.join(", ")
        );
        let rows = f
            .bind(sqlx::query(AssertSqlSafe(sql)))
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                let d: String = r.try_get("device_id")?;
                let e: String = r.try_get("enrollment_id")?;
                Ok((d.parse().unwrap_or_default(), e.parse().unwrap_or_default()))
            })
            .collect()
    }

    /// Remembers the code a device came from (once; the first word stands).
    pub async fn link_device(
        &self,
        merchant: &str,
        device: Uuid,
        code: Uuid,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO device_origins (merchant_id, device_id, enrollment_id) VALUES ($1, $2, $3) ON CONFLICT (merchant_id, device_id) DO NOTHING",
        )
        .bind(merchant.to_owned())
        .bind(device.to_string())
        .bind(code.to_string())
        .execute(&self.pool)
        .await
        .map(|_| ())
    }

    /// Deletes records older than `before`; answers how many.
    pub async fn prune(&self, before: DateTime<Utc>) -> Result<u64, sqlx::Error> {
        Ok(sqlx::query("DELETE FROM activity WHERE at_ms < $1")
            .bind(ms(before))
            .execute(&self.pool)
            .await?
            .rows_affected())
    }
}
