//! What the browser gets of a page of devices, written from the upstream's own bytes.
//!
//! A device list is the proxy's busiest answer. Reading every device into [`ipp::Device`]
//! and writing it out again costs more than the rest of the request together, so a page
//! is scanned once instead: only the fields a device is made of are kept (never
//! `credentials`, nor anything Kustom may add later), each is checked for the kind
//! [`ipp::Device`] reads (a device the console could not read is still the upstream's
//! fault, a 502), and each is copied out as it came. The browser reads the result with
//! [`ipp::Device`], so what it sees is what the typed path gives; the tests hold the two
//! paths to that.

/// Why an answer is not a readable page of devices.
pub type Unreadable = String;

type Result<T> = std::result::Result<T, Unreadable>;

mod scan;

use scan::Scanner;

/// What a field's value must be.
#[derive(Clone, Copy)]
enum Kind {
    /// A string or null.
    Text,
    String,
    Uuid,
    OptionalUuid,
    /// An object (its values are read as text, whatever they are) or null.
    Metadata,
    Timestamp,
    OptionalInteger,
    Count,
    BigCount,
    Bool,
}

/// A field kept: its name, what its value must be, and whether it must be there.
type Field = (&'static str, Kind, bool);

/// The fields of [`ipp::Device`] but `credentials`, in the order they are written.
const DEVICE: [Field; 10] = [
    ("id", Kind::Uuid, true),
    ("hardware_id", Kind::Text, false),
    ("merchant_id", Kind::Text, false),
    ("location_id", Kind::OptionalUuid, false),
    ("name", Kind::Text, false),
    ("platform", Kind::String, true),
    ("metadata", Kind::Metadata, false),
    ("created_at", Kind::Timestamp, true),
    ("open_cash_register_id", Kind::OptionalInteger, false),
    ("unique_id", Kind::Text, false),
];

/// The page envelope of [`ipp::Page`] after `content`; all required.
const ENVELOPE: [Field; 6] = [
    ("total_elements", Kind::BigCount, true),
    ("total_pages", Kind::Count, true),
    ("page_number", Kind::Count, true),
    ("page_size", Kind::Count, true),
    ("first", Kind::Bool, true),
    ("last", Kind::Bool, true),
];

/// Reads an upstream page of devices and writes what the browser gets of it.
pub fn device_page(upstream: &[u8]) -> Result<Vec<u8>> {
    let text = std::str::from_utf8(upstream).map_err(|e| format!("not UTF-8: {e}"))?;
    let mut sc = Scanner {
        s: text.as_bytes(),
        i: 0,
    };
    // The devices are written as they are read; the envelope, wherever it was, after them.
    let mut out = Vec::with_capacity(upstream.len());
    out.extend_from_slice(b"{\"content\":[");
    let mut envelope = [None; ENVELOPE.len()];
    let mut content = false;
    sc.object(|sc, key| {
        if key == b"\"content\"" {
            if std::mem::replace(&mut content, true) {
                return Err("duplicate field `content`".into());
            }
            let mut first = true;
            sc.array(|sc| {
                if !std::mem::take(&mut first) {
                    out.push(b',');
                }
                device(sc, &mut out)
            })
        } else {
            field(sc, key, &ENVELOPE, &mut envelope)
        }
    })?;
    sc.ws();
    if sc.i != sc.s.len() {
        return Err(format!("trailing characters at {}", sc.i));
    }
    if !content {
        return Err("missing field `content`".into());
    }
    out.push(b']');
    write_fields(&mut out, &ENVELOPE, &envelope, false)?;
    out.push(b'}');
    Ok(out)
}

/// Reads one device and writes its allowed fields.
fn device(sc: &mut Scanner, out: &mut Vec<u8>) -> Result<()> {
    let mut found = [None; DEVICE.len()];
    sc.object(|sc, key| field(sc, key, &DEVICE, &mut found))?;
    out.push(b'{');
    write_fields(out, &DEVICE, &found, true)?;
    out.push(b'}');
    Ok(())
}

/// Reads the value of `key` (as written, quotes included): kept, after checking its
/// kind, when it is one of `fields`; skipped otherwise.
fn field<'a>(
    sc: &mut Scanner<'a>,
    key: &[u8],
    fields: &[Field],
    found: &mut [Option<&'a [u8]>],
) -> Result<()> {
    let start = sc.i;
    sc.value(0)?;
    let raw = sc.slice(start);
    let inner = &key[1..key.len() - 1];
    let position = if inner.contains(&b'\\') {
        let key: String = serde_json::from_slice(key).map_err(|e| e.to_string())?;
        fields.iter().position(|(name, _, _)| *name == key)
    } else {
        fields
            .iter()
            .position(|(name, _, _)| name.as_bytes() == inner)
    };
    if let Some(n) = position {
        let name = fields[n].0;
        if found[n].replace(raw).is_some() {
            return Err(format!("duplicate field `{name}`"));
        }
        if !fits(fields[n].1, raw) {
            return Err(format!("`{name}` cannot be {}", clip(raw)));
        }
    }
    Ok(())
}

fn write_fields(
    out: &mut Vec<u8>,
    fields: &[Field],
    found: &[Option<&[u8]>],
    mut first: bool,
) -> Result<()> {
    for ((name, _, required), raw) in fields.iter().zip(found) {
        match raw {
            Some(raw) => {
                if !first {
                    out.push(b',');
                }
                first = false;
                out.push(b'"');
                out.extend_from_slice(name.as_bytes());
                out.extend_from_slice(b"\":");
                out.extend_from_slice(raw);
            }
            None if *required => return Err(format!("missing field `{name}`")),
            None => {}
        }
    }
    Ok(())
}

/// Whether `raw` (a well-formed JSON value) is of `kind`, as [`ipp::Device`] and
/// [`ipp::Page`] read it.
fn fits(kind: Kind, raw: &[u8]) -> bool {
    let null = raw == b"null";
    let uuid = |raw| plain(raw).is_some_and(|s| ipp::Uuid::try_parse_ascii(s).is_ok());
    // Numbers are ASCII.
    let number = |raw| std::str::from_utf8(raw).unwrap_or("x");
    match kind {
        Kind::Text => null || raw[0] == b'"',
        Kind::String => raw[0] == b'"',
        Kind::Uuid => uuid(raw),
        Kind::OptionalUuid => null || uuid(raw),
        Kind::Metadata => null || raw[0] == b'{',
        Kind::Timestamp => plain(raw)
            .and_then(|s| std::str::from_utf8(s).ok())
            .is_some_and(|s| ipp::time::parse(s).is_some()),
        Kind::OptionalInteger => null || number(raw).parse::<i64>().is_ok(),
        Kind::Count => number(raw).parse::<u32>().is_ok(),
        Kind::BigCount => number(raw).parse::<u64>().is_ok(),
        Kind::Bool => raw == b"true" || raw == b"false",
    }
}

/// The text of a JSON string, when it has no escapes (a UUID or a timestamp has none).
fn plain(raw: &[u8]) -> Option<&[u8]> {
    let s = raw.strip_prefix(b"\"")?.strip_suffix(b"\"")?;
    (!s.contains(&b'\\')).then_some(s)
}

fn clip(raw: &[u8]) -> String {
    String::from_utf8_lossy(&raw[..raw.len().min(40)]).into_owned()
}

#[cfg(test)]
mod tests;
