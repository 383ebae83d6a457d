//! What a change changes, as the log line says it (JSON, `{"field": {"before", "after"}}`)
//! and as the activity trail keeps it (one field at a time).

use ipp::activity::FieldChange;
use ipp::{Device, UpdateDevice};
use serde_json::{json, Map, Value};

/// What the log line says changed, one field at a time: `{"field": {"before", "after"}}`
/// is a change, metadata keys are fields of their own (`metadata.key`), and any other
/// value is what the field is set to.
pub fn field_changes(changes: &Value) -> Vec<FieldChange> {
    fn text(v: Option<&Value>) -> Option<String> {
        match v {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => Some(other.to_string()),
        }
    }
    fn one(field: String, v: &Value, out: &mut Vec<FieldChange>) {
        match v {
            Value::Object(m)
                if !m.is_empty() && m.keys().all(|k| k == "before" || k == "after") =>
            {
                out.push(FieldChange {
                    field,
                    before: text(m.get("before")),
                    after: text(m.get("after")),
                })
            }
            other => out.push(FieldChange {
                field,
                before: None,
                after: text(Some(other)),
            }),
        }
    }
    let mut out = Vec::new();
    let Value::Object(fields) = changes else {
        return out;
    };
    for (k, v) in fields {
        match (k.as_str(), v) {
            ("metadata", Value::Object(meta)) => {
                for (key, v) in meta {
                    one(format!("metadata.{key}"), v, &mut out);
                }
            }
            _ => one(k.clone(), v, &mut out),
        }
    }
    out
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
    for (key, b, a) in ipp::metadata::paired(&before.metadata, &after.metadata) {
        if b != a {
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
        let before = ipp::fixtures::device();
        let after = UpdateDevice {
            name: "Till 1".into(),
            metadata: [
                ("store".to_owned(), "104".to_owned()),
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

    #[test]
    fn each_field_and_metadata_key_is_a_change_of_its_own() {
        let changes = json!({"name": {"before": "A", "after": "B"}, "metadata": {"till": {"before": "1", "after": null}, "floor": "2"}, "expires_in": 900000});
        let fields = field_changes(&changes);
        let find = |f: &str| fields.iter().find(|c| c.field == f).cloned().unwrap();
        assert_eq!(
            (find("name").before, find("name").after),
            (Some("A".into()), Some("B".into()))
        );
        assert_eq!(
            (find("metadata.till").before, find("metadata.till").after),
            (Some("1".into()), None)
        );
        assert_eq!(
            (find("metadata.floor").before, find("metadata.floor").after),
            (None, Some("2".into()))
        );
        assert_eq!(find("expires_in").after.as_deref(), Some("900000"));
        assert!(field_changes(&Value::Null).is_empty());
    }
}
