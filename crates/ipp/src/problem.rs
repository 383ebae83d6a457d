//! RFC 9457 problem details, the error shape of every `/api` and `/ipp/v1` answer.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The media type of [`Problem`] bodies.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Field name → what is wrong with it, one message per field.
///
/// Field names are the wire names (`expires_in`, `metadata.store_id`, `page_size`), so a
/// form can put each message beside the input it belongs to.
pub type FieldErrors = BTreeMap<String, String>;

/// An RFC 9457 problem (`application/problem+json`) with per-field `errors` and the
/// `request_id` a person can quote to support.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    #[serde(rename = "type", default = "about_blank")]
    pub kind: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "lenient_errors"
    )]
    pub errors: FieldErrors,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

fn about_blank() -> String {
    "about:blank".to_owned()
}

/// Upstream error maps may carry a list of messages per field (or other values): each
/// field's message is the texts it holds ([`crate::lenient::Words`]), empty when none.
/// (Public for readers that take a problem's other fields one by one.)
pub fn lenient_errors<'de, D: serde::Deserializer<'de>>(d: D) -> Result<FieldErrors, D::Error> {
    let raw: Option<BTreeMap<String, crate::lenient::Words>> = Option::deserialize(d)?;
    Ok(raw
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| (k, v.0.unwrap_or_default()))
        .collect())
}

impl Problem {
    pub fn new(status: u16, title: impl Into<String>) -> Self {
        Problem {
            kind: about_blank(),
            title: title.into(),
            status,
            detail: None,
            instance: None,
            errors: FieldErrors::new(),
            request_id: None,
        }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn with_type(mut self, kind: impl Into<String>) -> Self {
        self.kind = kind.into();
        self
    }

    pub fn with_request_id(mut self, id: impl Into<String>) -> Self {
        self.request_id = Some(id.into());
        self
    }

    /// A 400 naming every field that is wrong.
    pub fn validation(errors: FieldErrors) -> Self {
        let detail = match (errors.len(), errors.iter().next()) {
            (1, Some((field, msg))) => format!("{field}: {msg}"),
            (n, _) => format!("{n} fields need fixing; see `errors`."),
        };
        Problem {
            errors,
            ..Problem::new(400, "Invalid request").with_detail(detail)
        }
        .with_type(PROBLEM_TYPE_VALIDATION)
    }

    /// One field is wrong.
    pub fn invalid_field(field: &str, message: impl Into<String>) -> Self {
        let mut errors = FieldErrors::new();
        errors.insert(field.to_owned(), message.into());
        Problem::validation(errors)
    }

    pub fn not_found(what: impl Into<String>) -> Self {
        Problem::new(404, "Not found").with_detail(what)
    }
}

/// `type` of validation problems (the proxy's and the playground's).
pub const PROBLEM_TYPE_VALIDATION: &str = "https://device-console.dev/problems/validation";

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status, self.title)?;
        if let Some(detail) = &self.detail {
            write!(f, ": {detail}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problem {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_with_field_errors() {
        let p = Problem::invalid_field("expires_in", "must be at least 60000 (1 minute)")
            .with_request_id("req-1");
        let json = serde_json::to_string(&p).unwrap();
        let back: Problem = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
        assert_eq!(back.status, 400);
        assert!(back.detail.unwrap().starts_with("expires_in:"));
    }

    #[test]
    fn reads_the_upstream_shapes_seen_in_the_wild() {
        // Shapes reported for the IPP API: a field→message map and a bare title/detail.
        let p: Problem = serde_json::from_str(
            r#"{"title":"Validation Failed","errors":{"ttl":"must not be null"}}"#,
        )
        .unwrap();
        assert_eq!(p.errors["ttl"], "must not be null");
        assert_eq!(p.kind, "about:blank");
        let p: Problem =
            serde_json::from_str(r#"{"title":"Unauthorized","detail":"Access Denied"}"#).unwrap();
        assert_eq!(p.detail.as_deref(), Some("Access Denied"));
        let p: Problem =
            serde_json::from_str(r#"{"title":"Bad","errors":{"name":["too long","bad char"]}}"#)
                .unwrap();
        assert_eq!(p.errors["name"], "too long; bad char");
    }
}
