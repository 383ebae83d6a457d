//! What the browser gets of a page of devices, written from the upstream's own bytes.
//!
//! A device list is the proxy's busiest answer. Reading every device into [`ipp::Device`]
//! and writing it out again costs more than the rest of the request together, so a page
//! is read as borrowed pieces of the upstream's answer instead: only the fields a device
//! is made of are kept (never `credentials`, nor anything Kustom may add later), each is
//! checked for the kind [`ipp::Device`] reads (a device the console could not read is
//! still the upstream's fault, a 502), and each is copied out as it came. The browser
//! reads the result with [`ipp::Device`], so what it sees is what the typed path gives.

use ipp::Page;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

type Raw<'a> = &'a RawValue;

/// One device as the browser gets it: the fields of [`ipp::Device`] but `credentials`.
#[derive(Debug, Serialize, Deserialize)]
pub struct PublicDevice<'a> {
    #[serde(borrow, deserialize_with = "uuid")]
    id: Raw<'a>,
    #[serde(
        borrow,
        default,
        deserialize_with = "text",
        skip_serializing_if = "Option::is_none"
    )]
    hardware_id: Option<Raw<'a>>,
    #[serde(
        borrow,
        default,
        deserialize_with = "text",
        skip_serializing_if = "Option::is_none"
    )]
    merchant_id: Option<Raw<'a>>,
    #[serde(
        borrow,
        default,
        deserialize_with = "optional_uuid",
        skip_serializing_if = "Option::is_none"
    )]
    location_id: Option<Raw<'a>>,
    #[serde(
        borrow,
        default,
        deserialize_with = "text",
        skip_serializing_if = "Option::is_none"
    )]
    name: Option<Raw<'a>>,
    #[serde(borrow, deserialize_with = "string")]
    platform: Raw<'a>,
    #[serde(
        borrow,
        default,
        deserialize_with = "metadata",
        skip_serializing_if = "Option::is_none"
    )]
    metadata: Option<Raw<'a>>,
    #[serde(borrow, deserialize_with = "timestamp")]
    created_at: Raw<'a>,
    #[serde(
        borrow,
        default,
        deserialize_with = "integer",
        skip_serializing_if = "Option::is_none"
    )]
    open_cash_register_id: Option<Raw<'a>>,
    #[serde(
        borrow,
        default,
        deserialize_with = "text",
        skip_serializing_if = "Option::is_none"
    )]
    unique_id: Option<Raw<'a>>,
}

/// Reads an upstream page of devices and writes what the browser gets of it.
pub fn device_page(upstream: &[u8]) -> Result<Vec<u8>, serde_json::Error> {
    // Checked as UTF-8 once, here, rather than string by string while reading.
    let text = std::str::from_utf8(upstream)
        .map_err(|e| de::Error::custom(format_args!("the answer is not UTF-8: {e}")))?;
    let page: Page<PublicDevice> = serde_json::from_str(text)?;
    serde_json::to_vec(&page)
}

fn raw<'de, D: Deserializer<'de>>(d: D) -> Result<Raw<'de>, D::Error> {
    <Raw<'de>>::deserialize(d)
}

/// The first byte says the kind: the value is well-formed JSON already.
fn kind(r: &RawValue) -> u8 {
    r.get().as_bytes()[0]
}

fn must<E: de::Error>(ok: bool, r: &RawValue, what: &str) -> Result<(), E> {
    if ok {
        Ok(())
    } else {
        Err(E::custom(format_args!(
            "expected {what}, found {}",
            clip(r.get())
        )))
    }
}

fn clip(s: &str) -> &str {
    s.char_indices().nth(40).map_or(s, |(i, _)| &s[..i])
}

fn string<'de, D: Deserializer<'de>>(d: D) -> Result<Raw<'de>, D::Error> {
    let r = raw(d)?;
    must(kind(r) == b'"', r, "a string")?;
    Ok(r)
}

fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Raw<'de>>, D::Error> {
    let r = raw(d)?;
    must(matches!(kind(r), b'"' | b'n'), r, "a string or null")?;
    Ok(Some(r))
}

/// The text of a JSON string, when it has no escapes (a UUID or a timestamp has none).
fn plain(r: &RawValue) -> Option<&str> {
    let s = r.get().strip_prefix('"')?.strip_suffix('"')?;
    (!s.contains('\\')).then_some(s)
}

fn is_uuid(r: &RawValue) -> bool {
    plain(r).is_some_and(|s| ipp::Uuid::try_parse(s).is_ok())
}

fn uuid<'de, D: Deserializer<'de>>(d: D) -> Result<Raw<'de>, D::Error> {
    let r = raw(d)?;
    must(is_uuid(r), r, "a UUID")?;
    Ok(r)
}

fn optional_uuid<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Raw<'de>>, D::Error> {
    let r = raw(d)?;
    must(kind(r) == b'n' || is_uuid(r), r, "a UUID or null")?;
    Ok(Some(r))
}

fn integer<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Raw<'de>>, D::Error> {
    let r = raw(d)?;
    let ok = serde_json::from_str::<Option<i64>>(r.get()).is_ok();
    must(ok, r, "an integer or null")?;
    Ok(Some(r))
}

fn timestamp<'de, D: Deserializer<'de>>(d: D) -> Result<Raw<'de>, D::Error> {
    let r = raw(d)?;
    let ok = plain(r).is_some_and(|s| ipp::time::parse(s).is_some());
    must(ok, r, "an RFC 3339 timestamp")?;
    Ok(r)
}

/// An object (its values, whatever their kind, are read as text by [`ipp::Device`]), or
/// null.
fn metadata<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Raw<'de>>, D::Error> {
    let r = raw(d)?;
    must(matches!(kind(r), b'{' | b'n'), r, "an object or null")?;
    Ok(Some(r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ipp::Device;
    use serde_json::{json, Value};

    /// What the typed path gives the browser: every device read as `Device`, without
    /// its credentials.
    fn typed(upstream: &Value) -> Page<Device> {
        let page: Page<Device> = serde_json::from_value(upstream.clone()).unwrap();
        Page {
            content: page
                .content
                .into_iter()
                .map(|d| Device {
                    credentials: None,
                    ..d
                })
                .collect(),
            ..page
        }
    }

    fn public(upstream: &Value) -> Result<Value, serde_json::Error> {
        let bytes = device_page(&serde_json::to_vec(upstream).unwrap())?;
        Ok(serde_json::from_slice(&bytes).unwrap())
    }

    fn page(devices: Vec<Value>) -> Value {
        json!({"content": devices, "total_elements": 40, "total_pages": 2, "page_number": 1,
               "page_size": 20, "first": false, "last": true})
    }

    fn device() -> Value {
        json!({
            "id": "0b4f3d6e-2a55-4c1e-9f0a-8f1a3c5d7e90",
            "hardware_id": "HW-1",
            "merchant_id": "DM10000001",
            "location_id": "5a1e7b39-3d0c-4f7e-8a2b-1c9d0e6f4a21",
            "name": "Till \"3\" \u{e5}\u{e4}\u{f6} \\ tab\t",
            "platform": "ANDROID",
            "metadata": {"department": "Sales", "simulated": true, "floor": 2, "note": null, "odd": {"a": [1]}},
            "created_at": "2024-01-15T10:30:00.123Z",
            "open_cash_register_id": 7,
            "credentials": {"bearer_token": "secret-device-token", "issuedAt": "2024-01-15T10:30:00Z"},
            "unique_id": "legacy-1",
            "added_by_kustom_later": {"anything": "at all"}
        })
    }

    #[test]
    fn the_browser_reads_what_the_typed_path_gives() {
        let mut sparse = device();
        for k in [
            "hardware_id",
            "merchant_id",
            "location_id",
            "metadata",
            "open_cash_register_id",
            "unique_id",
        ] {
            sparse.as_object_mut().unwrap().remove(k);
        }
        let mut nulls = device();
        for k in [
            "hardware_id",
            "name",
            "location_id",
            "metadata",
            "open_cash_register_id",
            "unique_id",
        ] {
            nulls[k] = Value::Null;
        }
        let mut other = device();
        other["platform"] = json!("WEARABLE");
        other["created_at"] = json!("2024-01-15T11:30:00+01:00");
        let upstream = page(vec![device(), sparse, nulls, other]);
        let out = public(&upstream).unwrap();
        let read: Page<Device> = serde_json::from_value(out.clone()).unwrap();
        assert_eq!(read, typed(&upstream));
        assert_eq!(out["content"].as_array().unwrap().len(), 4);
    }

    #[test]
    fn credentials_and_unknown_fields_never_reach_the_browser() {
        let out = serde_json::to_string(&public(&page(vec![device()])).unwrap()).unwrap();
        assert!(!out.contains("secret-device-token"), "{out}");
        assert!(!out.contains("credentials"), "{out}");
        assert!(!out.contains("added_by_kustom_later"), "{out}");
    }

    #[test]
    fn a_device_the_console_cannot_read_is_refused() {
        let cases: Vec<(&str, Value)> = vec![
            ("id", json!("not-a-uuid")),
            ("id", Value::Null),
            ("name", json!(5)),
            ("hardware_id", json!({"a": 1})),
            ("location_id", json!("nowhere")),
            ("platform", json!(3)),
            ("metadata", json!(["a"])),
            ("created_at", json!("yesterday")),
            ("created_at", json!(1705314600)),
            ("open_cash_register_id", json!(1.5)),
            ("unique_id", json!(true)),
        ];
        for (field, value) in cases {
            let mut d = device();
            d[field] = value.clone();
            let upstream = page(vec![d]);
            assert!(
                public(&upstream).is_err(),
                "{field} = {value} was let through"
            );
            // The typed path refuses it too: the two agree on what is readable.
            assert!(
                serde_json::from_value::<Page<Device>>(upstream).is_err(),
                "{field} = {value} is readable as a Device"
            );
        }
        for missing in ["id", "platform", "created_at"] {
            let mut d = device();
            d.as_object_mut().unwrap().remove(missing);
            assert!(
                public(&page(vec![d])).is_err(),
                "no {missing} was let through"
            );
        }
        assert!(device_page(b"<html>").is_err());
        assert!(device_page(br#"{"content": "x"}"#).is_err());
    }
}
