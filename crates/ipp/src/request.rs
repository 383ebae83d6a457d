//! Request bodies of the Device API and the console, decoded strictly (see `fields`),
//! with the rules of their values (see `rules`).

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::fields::{shorten, Fields};
use crate::metadata::Metadata;
use crate::model::Platform;
use crate::problem::Problem;
pub use crate::rules::*;

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
    const FIELDS: [&'static str; 3] = ["metadata", "expires_in", "location_id"];

    pub fn decode(body: &[u8]) -> Result<Self, Problem> {
        let mut f = Fields::parse(body, &Self::FIELDS)?;
        let req = Self::read(&mut f);
        f.finish(req)
    }

    /// One code of a batch (`create_enrollments`' `items`): the same fields and rules,
    /// and its location is required (a batch names the store of every code). Errors are
    /// keyed by field as [`CreateEnrollment::decode`]'s; `body` when it is not an object.
    pub fn decode_item(item: serde_json::Value) -> Result<Self, Problem> {
        let mut f = Fields::of(item, &Self::FIELDS).ok_or_else(|| {
            Problem::invalid_field(
                "body",
                "Send each code as an object ({\"location_id\": …, \"metadata\": {…}}).",
            )
        })?;
        let req = Self::read(&mut f);
        if req.location_id.is_none() {
            f.require(
                "location_id",
                "the id of the location (store) the code is for",
            );
        }
        f.finish(req)
    }

    fn read(f: &mut Fields) -> Self {
        let req = CreateEnrollment {
            metadata: f.metadata("metadata").unwrap_or_default(),
            expires_in: f.u64("expires_in"),
            location_id: f.uuid("location_id"),
        };
        if let Some(ms) = req.expires_in {
            if let Err(msg) = check_expires_in(ms) {
                f.errors.insert("expires_in".into(), msg.into());
            }
        }
        req
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
                f.errors.entry("name".into()).or_insert(msg.into());
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
                    f.errors.insert("hardware_id".into(), msg.into());
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
                    f.errors.insert("name".into(), msg.into());
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
            f.errors.insert("name".into(), msg.into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
