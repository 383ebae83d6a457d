//! The audit trail: one JSON line per mutating call, on the log target `audit`, naming
//! who did what to which thing, what changed, and how it ended. No secrets: neither the
//! API key nor the operator's token is ever part of an entry.

use axum::response::Response;
use serde_json::{json, Map, Value};

use crate::auth::Operator;
use crate::error::AppError;
use ipp::{Device, UpdateDevice};

/// An entry being assembled while a mutating call runs.
pub struct Audit {
    request_id: String,
    sub: String,
    name: Option<String>,
    merchant: String,
    action: &'static str,
    pub target: Option<String>,
    pub changes: Value,
}

impl Audit {
    pub fn new(request_id: &str, op: &Operator, action: &'static str) -> Audit {
        Audit {
            request_id: request_id.to_owned(),
            sub: op.sub.clone(),
            name: op.name.clone(),
            merchant: op.merchant_id.clone(),
            action,
            target: None,
            changes: Value::Null,
        }
    }

    /// Writes the entry for how the call ended, and hands the result back.
    pub fn finish(self, result: Result<Response, AppError>) -> Result<Response, AppError> {
        let (outcome, status) = match &result {
            Ok(r) => ("ok", r.status().as_u16()),
            Err(e) => (
                match e.problem.status {
                    403 => "denied",
                    400 | 413 | 415 => "invalid",
                    404 | 409 | 410 => "refused",
                    _ => "failed",
                },
                e.problem.status,
            ),
        };
        tracing::info!(
            target: "audit",
            time = %chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            request_id = %self.request_id,
            sub = %self.sub,
            name = self.name.as_deref().unwrap_or(""),
            merchant = %self.merchant,
            action = self.action,
            target_id = self.target.as_deref().unwrap_or(""),
            changes = %self.changes,
            outcome,
            status,
            "audit"
        );
        result
    }
}

/// What a device update changes: each changed field as `{before, after}`; metadata per key.
pub fn device_changes(before: &Device, after: &UpdateDevice) -> Value {
    let mut out = Map::new();
    if before.name != after.name {
        out.insert(
            "name".into(),
            json!({"before": before.name, "after": after.name}),
        );
    }
    if before.location_id != after.location_id {
        out.insert(
            "location_id".into(),
            json!({"before": before.location_id, "after": after.location_id}),
        );
    }
    let mut meta = Map::new();
    for key in before.metadata.keys().chain(after.metadata.keys()) {
        let (b, a) = (before.metadata.get(key), after.metadata.get(key));
        if b != a && !meta.contains_key(key) {
            meta.insert(key.clone(), json!({"before": b, "after": a}));
        }
    }
    if !meta.is_empty() {
        out.insert("metadata".into(), Value::Object(meta));
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_changes_name_only_what_changed() {
        let before: Device = serde_json::from_value(json!({
            "id": "550e8400-e29b-41d4-a716-446655440000", "name": "Till 1", "platform": "IOS",
            "metadata": {"store": "1", "till": "1"}, "created_at": "2024-01-15T10:30:00Z",
            "location_id": "660e8400-e29b-41d4-a716-446655440001"
        }))
        .unwrap();
        let after = UpdateDevice {
            name: "Till 1".into(),
            metadata: [
                ("store".to_owned(), "1".to_owned()),
                ("dept".to_owned(), "Sales".to_owned()),
            ]
            .into_iter()
            .collect(),
            location_id: before.location_id,
        };
        assert_eq!(
            device_changes(&before, &after),
            json!({"metadata": {"till": {"before": "1", "after": null}, "dept": {"before": null, "after": "Sales"}}})
        );
    }
}
