//! Reading a JSON request body strictly: every wrong field is named with what to fix,
//! and unknown fields are refused rather than silently dropped.

use serde_json::{Map, Value};
use uuid::Uuid;

use crate::metadata::{validate_metadata, Metadata};
use crate::problem::{FieldErrors, Problem};
use crate::rules::parse_uuid;

/// Reads the fields of one JSON object, collecting an error per bad field.
pub(crate) struct Fields {
    obj: Map<String, Value>,
    pub(crate) errors: FieldErrors,
}

impl Fields {
    pub(crate) fn parse(body: &[u8], allowed: &[&str]) -> Result<Fields, Problem> {
        let value: Value = serde_json::from_slice(body).map_err(|e| {
            Problem::invalid_field(
                "body",
                format!("Send a JSON object; this body is not valid JSON ({e})."),
            )
        })?;
        Fields::of(value, allowed)
            .ok_or_else(|| Problem::invalid_field("body", "Send a JSON object ({…})."))
    }

    /// The fields of one JSON object already read (an item of a list); `None` when it is
    /// not an object.
    pub(crate) fn of(value: Value, allowed: &[&str]) -> Option<Fields> {
        let Value::Object(obj) = value else {
            return None;
        };
        let mut errors = FieldErrors::new();
        for key in obj.keys().filter(|k| !allowed.contains(&k.as_str())) {
            let hint = match key.as_str() {
                "ttl" => " Use expires_in (milliseconds) instead.".to_owned(),
                _ => format!(" Known fields: {}.", allowed.join(", ")),
            };
            errors.insert(shorten(key), format!("Unknown field.{hint}"));
        }
        Some(Fields { obj, errors })
    }

    pub(crate) fn take(&mut self, name: &str) -> Option<Value> {
        match self.obj.remove(name) {
            None | Some(Value::Null) => None,
            Some(v) => Some(v),
        }
    }

    pub(crate) fn present(&self, name: &str) -> bool {
        self.obj.contains_key(name)
    }

    pub(crate) fn string(&mut self, name: &str) -> Option<String> {
        match self.take(name)? {
            Value::String(s) => Some(s),
            other => {
                self.errors.insert(
                    name.into(),
                    format!("Send text here, not {}.", kind(&other)),
                );
                None
            }
        }
    }

    pub(crate) fn uuid(&mut self, name: &str) -> Option<Uuid> {
        let s = self.string(name)?;
        match parse_uuid(&s) {
            Ok(id) => Some(id),
            Err(msg) => {
                self.errors.insert(name.into(), msg.into());
                None
            }
        }
    }

    pub(crate) fn u64(&mut self, name: &str) -> Option<u64> {
        match self.take(name)? {
            Value::Number(n) if n.as_u64().is_some() => n.as_u64(),
            other => {
                self.errors.insert(
                    name.into(),
                    format!("Send a whole number of milliseconds, not {}.", kind(&other)),
                );
                None
            }
        }
    }

    pub(crate) fn metadata(&mut self, name: &str) -> Option<Metadata> {
        match self.take(name)? {
            Value::Object(map) => {
                let mut out = Metadata::new();
                for (k, v) in map {
                    match v {
                        Value::String(s) => {
                            out.insert(k, s);
                        }
                        other => {
                            self.errors.insert(
                                format!("{name}.{}", shorten(&k)),
                                format!("Send each metadata value as text, not {}.", kind(&other)),
                            );
                        }
                    }
                }
                validate_metadata(&out, &mut self.errors);
                Some(out)
            }
            other => {
                self.errors.insert(
                    name.into(),
                    format!(
                        "Send an object of text values ({{\"key\": \"value\"}}), not {}.",
                        kind(&other)
                    ),
                );
                None
            }
        }
    }

    pub(crate) fn require(&mut self, name: &str, what: &str) {
        self.errors
            .entry(name.into())
            .or_insert_with(|| format!("Required: {what}."));
    }

    pub(crate) fn finish<T>(self, value: T) -> Result<T, Problem> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(Problem::validation(self.errors))
        }
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A short, printable form of text quoted back in an error.
pub(crate) fn shorten(raw: &str) -> String {
    let s: String = raw.chars().take(60).collect();
    let s = s.escape_default().to_string();
    if raw.chars().count() > 60 {
        format!("{s}…")
    } else {
        s
    }
}
