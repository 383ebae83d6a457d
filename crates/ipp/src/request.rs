//! Request bodies, decoded strictly: every wrong field is named with what to fix, and
//! unknown fields are refused rather than silently dropped.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::metadata::{validate_metadata, Metadata};
use crate::model::Platform;
use crate::problem::{FieldErrors, Problem};

/// Shortest pairing-code lifetime we accept: 1 minute.
pub const MIN_EXPIRES_IN_MS: u64 = 60_000;
/// Longest pairing-code lifetime we accept: 72 hours.
pub const MAX_EXPIRES_IN_MS: u64 = 72 * 60 * 60 * 1000;
/// The upstream's documented default: 2 hours.
pub const DEFAULT_EXPIRES_IN_MS: u64 = 2 * 60 * 60 * 1000;
/// Longest device name.
pub const MAX_NAME_LEN: usize = 100;
/// Longest hardware identifier.
pub const MAX_HARDWARE_ID_LEN: usize = 128;

/// Parses a hyphenated UUID (`550e8400-e29b-41d4-a716-446655440000`).
pub fn parse_uuid(raw: &str) -> Result<Uuid, String> {
    let hyphenated = raw.len() == 36
        && raw.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        });
    if hyphenated {
        if let Ok(id) = Uuid::parse_str(raw) {
            return Ok(id);
        }
    }
    Err(format!(
        "Use an id of the form 550e8400-e29b-41d4-a716-446655440000; \"{}\" is not one.",
        shorten(raw)
    ))
}

fn shorten(raw: &str) -> String {
    let s: String = raw.chars().take(60).collect();
    let s = s.escape_default().to_string();
    if raw.chars().count() > 60 {
        format!("{s}…")
    } else {
        s
    }
}

/// Checks a device name: not blank, at most [`MAX_NAME_LEN`] characters, one line.
pub fn check_device_name(name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err("Enter a name for the device.".into());
    }
    let len = name.chars().count();
    if len > MAX_NAME_LEN {
        return Err(format!(
            "Use at most {MAX_NAME_LEN} characters (this name has {len})."
        ));
    }
    if name.chars().any(char::is_control) {
        return Err("A name cannot contain line breaks, tabs or other control characters.".into());
    }
    Ok(())
}

/// Checks an `expires_in` (milliseconds) against our bounds.
pub fn check_expires_in(ms: u64) -> Result<(), String> {
    if ms < MIN_EXPIRES_IN_MS {
        return Err(format!(
            "Choose at least {MIN_EXPIRES_IN_MS} ms (1 minute); expires_in is in milliseconds."
        ));
    }
    if ms > MAX_EXPIRES_IN_MS {
        return Err(format!(
            "Choose at most {MAX_EXPIRES_IN_MS} ms (72 hours); expires_in is in milliseconds."
        ));
    }
    Ok(())
}

/// Checks a hardware identifier: 1–128 characters of `A–Z a–z 0–9 . _ : -`.
pub fn check_hardware_id(id: &str) -> Result<(), String> {
    let len = id.chars().count();
    if len == 0 || len > MAX_HARDWARE_ID_LEN {
        return Err(format!(
            "Use 1–{MAX_HARDWARE_ID_LEN} characters for the hardware id."
        ));
    }
    if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | ':' | '-'))
    {
        return Err("Use only letters, digits, '.', '_', ':' and '-' in the hardware id.".into());
    }
    Ok(())
}

/// The characters of pairing codes: no 0/O, 1/I/L, so a code read aloud or typed from a
/// printout cannot be misread.
pub const CODE_ALPHABET: &str = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// Length of pairing codes.
pub const CODE_LEN: usize = 8;

/// A code as a clerk may type it (`abcd 2345`, `ABCD-2345`) in the form it was issued.
pub fn normalize_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// Reads the fields of one JSON object, collecting an error per bad field.
struct Fields {
    obj: Map<String, Value>,
    errors: FieldErrors,
}

impl Fields {
    fn parse(body: &[u8], allowed: &[&str]) -> Result<Fields, Problem> {
        let value: Value = serde_json::from_slice(body).map_err(|e| {
            Problem::invalid_field(
                "body",
                format!("Send a JSON object; this body is not valid JSON ({e})."),
            )
        })?;
        let Value::Object(obj) = value else {
            return Err(Problem::invalid_field("body", "Send a JSON object ({…})."));
        };
        let mut errors = FieldErrors::new();
        for key in obj.keys().filter(|k| !allowed.contains(&k.as_str())) {
            let hint = match key.as_str() {
                "ttl" => " Use expires_in (milliseconds) instead.".to_owned(),
                _ => format!(" Known fields: {}.", allowed.join(", ")),
            };
            errors.insert(shorten(key), format!("Unknown field.{hint}"));
        }
        Ok(Fields { obj, errors })
    }

    fn take(&mut self, name: &str) -> Option<Value> {
        match self.obj.remove(name) {
            None | Some(Value::Null) => None,
            Some(v) => Some(v),
        }
    }

    fn present(&self, name: &str) -> bool {
        self.obj.contains_key(name)
    }

    fn string(&mut self, name: &str) -> Option<String> {
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

    fn uuid(&mut self, name: &str) -> Option<Uuid> {
        let s = self.string(name)?;
        match parse_uuid(&s) {
            Ok(id) => Some(id),
            Err(msg) => {
                self.errors.insert(name.into(), msg);
                None
            }
        }
    }

    fn u64(&mut self, name: &str) -> Option<u64> {
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

    fn metadata(&mut self, name: &str) -> Option<Metadata> {
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

    fn require(&mut self, name: &str, what: &str) {
        self.errors
            .entry(name.into())
            .or_insert_with(|| format!("Required: {what}."));
    }

    fn finish<T>(self, value: T) -> Result<T, Problem> {
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

/// `POST /ipp/v1/enrollments`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateEnrollment {
    #[serde(default, skip_serializing_if = "Metadata::is_empty")]
    pub metadata: Metadata,
    /// Milliseconds; the upstream defaults to [`DEFAULT_EXPIRES_IN_MS`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<Uuid>,
}

impl CreateEnrollment {
    pub fn decode(body: &[u8]) -> Result<Self, Problem> {
        let mut f = Fields::parse(body, &["metadata", "expires_in", "location_id"])?;
        let req = CreateEnrollment {
            metadata: f.metadata("metadata").unwrap_or_default(),
            expires_in: f.u64("expires_in"),
            location_id: f.uuid("location_id"),
        };
        if let Some(ms) = req.expires_in {
            if let Err(msg) = check_expires_in(ms) {
                f.errors.insert("expires_in".into(), msg);
            }
        }
        f.finish(req)
    }

    /// The lifetime that applies, default included.
    pub fn expires_in_ms(&self) -> u64 {
        self.expires_in.unwrap_or(DEFAULT_EXPIRES_IN_MS)
    }
}

/// `PUT /ipp/v1/devices/{id}`: the upstream replaces the device with this.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateDevice {
    pub name: String,
    pub metadata: Metadata,
    pub location_id: Option<Uuid>,
}

/// How strictly to read an [`UpdateDevice`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// The console's rule: name and metadata must be sent (an omitted field would be wiped).
    Whole,
    /// The upstream's behaviour: what is omitted is cleared.
    AsSent,
}

impl UpdateDevice {
    pub fn decode(body: &[u8], mode: Replace) -> Result<Self, Problem> {
        let mut f = Fields::parse(body, &["name", "metadata", "location_id"])?;
        let has_name = f.present("name");
        let has_metadata = f.present("metadata");
        let req = UpdateDevice {
            name: f.string("name").unwrap_or_default(),
            metadata: f.metadata("metadata").unwrap_or_default(),
            location_id: f.uuid("location_id"),
        };
        if mode == Replace::Whole {
            if !has_name {
                f.require(
                    "name",
                    "the device's name (the update replaces the whole device)",
                );
            }
            if !has_metadata {
                f.require(
                    "metadata",
                    "the device's metadata, {} for none (the update replaces the whole device)",
                );
            }
        }
        if has_name {
            if let Err(msg) = check_device_name(&req.name) {
                f.errors.entry("name".into()).or_insert(msg);
            }
        }
        f.finish(req)
    }
}

/// What the POS app sends to register with a pairing code (playground:
/// `POST /ipp/v1/devices/register`; the upstream's path is not documented).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterDevice {
    pub enrollment_code: String,
    pub hardware_id: String,
    pub platform: Platform,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl RegisterDevice {
    pub fn decode(body: &[u8]) -> Result<Self, Problem> {
        let mut f = Fields::parse(
            body,
            &["enrollment_code", "hardware_id", "platform", "name"],
        )?;
        let code = f.string("enrollment_code");
        let hardware_id = f.string("hardware_id");
        let platform = decode_platform(&mut f);
        let name = f.string("name");
        match &code {
            None => f.require("enrollment_code", "the pairing code"),
            Some(c) if normalize_code(c).is_empty() || c.chars().count() > 64 => {
                f.errors.insert(
                    "enrollment_code".into(),
                    "Enter the pairing code (8 characters).".into(),
                );
            }
            Some(_) => {}
        }
        match &hardware_id {
            None => f.require("hardware_id", "the device's hardware identifier"),
            Some(h) => {
                if let Err(msg) = check_hardware_id(h) {
                    f.errors.insert("hardware_id".into(), msg);
                }
            }
        }
        check_optional_name(&mut f, name.as_deref());
        f.finish(RegisterDevice {
            enrollment_code: code.unwrap_or_default(),
            hardware_id: hardware_id.unwrap_or_default(),
            platform: platform.unwrap_or(Platform::Unknown),
            name,
        })
    }
}

/// The console's "simulate the clerk" request (`POST /api/playground/pair`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairRequest {
    pub enrollment_code: String,
    pub platform: Platform,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl PairRequest {
    pub fn decode(body: &[u8]) -> Result<Self, Problem> {
        let mut f = Fields::parse(body, &["enrollment_code", "platform", "name"])?;
        let code = f.string("enrollment_code");
        let platform = decode_platform(&mut f);
        let name = f.string("name");
        if code
            .as_deref()
            .map(normalize_code)
            .unwrap_or_default()
            .is_empty()
        {
            f.require("enrollment_code", "the pairing code");
        }
        check_optional_name(&mut f, name.as_deref());
        f.finish(PairRequest {
            enrollment_code: code.unwrap_or_default(),
            platform: platform.unwrap_or(Platform::Unknown),
            name,
        })
    }
}

/// `POST /ipp/v1/dev/devices` (playground only upstream).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimulatedDevice {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Metadata::is_empty")]
    pub metadata: Metadata,
}

impl SimulatedDevice {
    pub fn decode(body: &[u8]) -> Result<Self, Problem> {
        let mut f = Fields::parse(body, &["name", "location_id", "metadata"])?;
        let name = f.string("name");
        let req = SimulatedDevice {
            name: name.clone().unwrap_or_default(),
            location_id: f.uuid("location_id"),
            metadata: f.metadata("metadata").unwrap_or_default(),
        };
        match name {
            None => f.require("name", "a name for the simulated device"),
            Some(n) => {
                if let Err(msg) = check_device_name(&n) {
                    f.errors.insert("name".into(), msg);
                }
            }
        }
        f.finish(req)
    }
}

fn decode_platform(f: &mut Fields) -> Option<Platform> {
    let raw = f.string("platform");
    match raw.as_deref().map(|s| (s, Platform::parse(s))) {
        None => {
            f.require("platform", "one of IOS, ANDROID, TERMINAL");
            None
        }
        Some((_, Some(p))) => Some(p),
        Some((s, None)) => {
            f.errors.insert(
                "platform".into(),
                format!(
                    "Use IOS, ANDROID or TERMINAL; \"{}\" is not a platform.",
                    shorten(s)
                ),
            );
            None
        }
    }
}

fn check_optional_name(f: &mut Fields, name: Option<&str>) {
    if let Some(n) = name {
        if let Err(msg) = check_device_name(n) {
            f.errors.insert("name".into(), msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_must_be_hyphenated() {
        assert!(parse_uuid("550e8400-e29b-41d4-a716-446655440000").is_ok());
        assert!(parse_uuid("550E8400-E29B-41D4-A716-446655440000").is_ok());
        for bad in [
            "",
            "550e8400e29b41d4a716446655440000",
            "{550e8400-e29b-41d4-a716-446655440000}",
            "550e8400-e29b-41d4-a716-44665544000g",
            "../../etc/passwd",
            "550e8400-e29b-41d4-a716-4466554400001",
        ] {
            let err = parse_uuid(bad).unwrap_err();
            assert!(
                err.contains("550e8400-e29b-41d4-a716-446655440000"),
                "{bad}: {err}"
            );
        }
    }

    #[test]
    fn expiry_bounds_are_one_minute_to_72_hours() {
        assert!(check_expires_in(MIN_EXPIRES_IN_MS).is_ok());
        assert!(check_expires_in(MAX_EXPIRES_IN_MS).is_ok());
        assert!(check_expires_in(DEFAULT_EXPIRES_IN_MS).is_ok());
        assert!(check_expires_in(MIN_EXPIRES_IN_MS - 1)
            .unwrap_err()
            .contains("at least 60000"));
        assert!(check_expires_in(MAX_EXPIRES_IN_MS + 1)
            .unwrap_err()
            .contains("at most 259200000"));
        // The guide's example of 36000 is 36 seconds in milliseconds: too short.
        assert!(check_expires_in(36_000).is_err());
    }

    #[test]
    fn device_names_are_one_line_and_bounded() {
        assert!(check_device_name("Till 3").is_ok());
        assert!(check_device_name(&"n".repeat(MAX_NAME_LEN)).is_ok());
        assert!(check_device_name("   ").is_err());
        assert!(check_device_name(&"n".repeat(MAX_NAME_LEN + 1))
            .unwrap_err()
            .contains("at most 100"));
        assert!(check_device_name("a\nb").is_err());
    }

    #[test]
    fn hardware_ids_are_bounded_tokens() {
        assert!(check_hardware_id("ABC123XYZ").is_ok());
        assert!(check_hardware_id("00:1A:2B-x.y_z").is_ok());
        assert!(check_hardware_id("").is_err());
        assert!(check_hardware_id("has space").is_err());
        assert!(check_hardware_id(&"h".repeat(129)).is_err());
    }

    #[test]
    fn codes_are_normalized_as_typed() {
        assert_eq!(normalize_code("abcd 2345"), "ABCD2345");
        assert_eq!(normalize_code(" ABCD-2345\n"), "ABCD2345");
        for c in ['0', 'O', '1', 'I', 'L'] {
            assert!(!CODE_ALPHABET.contains(c));
        }
        assert_eq!(CODE_ALPHABET.len(), 31);
    }

    #[test]
    fn create_enrollment_reads_the_documented_body() {
        let r = CreateEnrollment::decode(
            br#"{"metadata":{"username":"john.doe","type":"android"},"expires_in":360000,
                "location_id":"46910cc3-ab41-4b80-b4a7-94dab9f1b795"}"#,
        )
        .unwrap();
        assert_eq!(r.metadata["username"], "john.doe");
        assert_eq!(r.expires_in_ms(), 360_000);
        assert!(r.location_id.is_some());
        let empty = CreateEnrollment::decode(b"{}").unwrap();
        assert_eq!(empty.expires_in_ms(), DEFAULT_EXPIRES_IN_MS);
    }

    #[test]
    fn create_enrollment_names_each_bad_field() {
        let p = CreateEnrollment::decode(
            br#"{"metadata":{"bad key":"x","n":1},"expires_in":"soon","location_id":"nope","ttl":"TWO_HOURS"}"#,
        )
        .unwrap_err();
        assert_eq!(p.status, 400);
        for field in [
            "metadata.bad key",
            "metadata.n",
            "expires_in",
            "location_id",
            "ttl",
        ] {
            assert!(
                p.errors.contains_key(field),
                "{field} missing from {:?}",
                p.errors
            );
        }
        assert!(p.errors["ttl"].contains("expires_in"));
        let p = CreateEnrollment::decode(br#"{"expires_in":36000}"#).unwrap_err();
        assert!(p.errors["expires_in"].contains("at least"));
        let p = CreateEnrollment::decode(br#"{"expires_in":-5}"#).unwrap_err();
        assert!(p.errors.contains_key("expires_in"));
    }

    #[test]
    fn bodies_must_be_json_objects() {
        for body in [&b"not json"[..], b"[]", b"\"x\"", b""] {
            let p = CreateEnrollment::decode(body).unwrap_err();
            assert!(
                p.errors.contains_key("body"),
                "{:?}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn update_device_whole_requires_name_and_metadata() {
        let p = UpdateDevice::decode(br#"{"name":"Till 3"}"#, Replace::Whole).unwrap_err();
        assert!(p.errors["metadata"].contains("replaces the whole device"));
        let ok = UpdateDevice::decode(
            br#"{"name":"Till 3","metadata":{},"location_id":null}"#,
            Replace::Whole,
        )
        .unwrap();
        assert_eq!(ok.location_id, None);
        let p = UpdateDevice::decode(br#"{"name":"","metadata":{}}"#, Replace::Whole).unwrap_err();
        assert!(p.errors.contains_key("name"));
    }

    #[test]
    fn update_device_as_sent_clears_what_is_omitted() {
        let r = UpdateDevice::decode(br#"{"name":"Till 3"}"#, Replace::AsSent).unwrap();
        assert!(r.metadata.is_empty());
        assert_eq!(r.location_id, None);
        let p = UpdateDevice::decode(br#"{"name":"x\ny"}"#, Replace::AsSent).unwrap_err();
        assert!(p.errors.contains_key("name"));
    }

    #[test]
    fn register_device_checks_every_fact() {
        let ok = RegisterDevice::decode(
            br#"{"enrollment_code":"abcd 2345","hardware_id":"HW-1","platform":"IOS","name":"Till 1"}"#,
        )
        .unwrap();
        assert_eq!(ok.platform, Platform::Ios);
        let p = RegisterDevice::decode(br#"{"platform":"WATCH"}"#).unwrap_err();
        for field in ["enrollment_code", "hardware_id", "platform"] {
            assert!(p.errors.contains_key(field), "{field}");
        }
    }

    #[test]
    fn simulated_device_needs_a_name() {
        assert!(SimulatedDevice::decode(br#"{"name":"Sim 1"}"#).is_ok());
        let p = SimulatedDevice::decode(br#"{"metadata":{"a":"b"}}"#).unwrap_err();
        assert!(p.errors.contains_key("name"));
    }

    #[test]
    fn pair_request_needs_code_and_platform() {
        assert!(
            PairRequest::decode(br#"{"enrollment_code":"ABCD2345","platform":"ANDROID"}"#).is_ok()
        );
        let p = PairRequest::decode(br#"{"enrollment_code":"  "}"#).unwrap_err();
        assert!(p.errors.contains_key("enrollment_code") && p.errors.contains_key("platform"));
    }
}
