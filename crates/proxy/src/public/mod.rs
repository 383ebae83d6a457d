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

use scan::{Key, Scanner};

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
    let mut envelope = Kept::new(&ENVELOPE);
    let mut content = false;
    sc.object(|sc, key| {
        if key.raw == b"\"content\"" {
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
            envelope.field(sc, key)
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
    envelope.write(&mut out, false)?;
    out.push(b'}');
    Ok(out)
}

/// Reads one device and writes its allowed fields.
fn device(sc: &mut Scanner, out: &mut Vec<u8>) -> Result<()> {
    let mut kept = Kept::new(&DEVICE);
    sc.object(|sc, key| kept.field(sc, key))?;
    out.push(b'{');
    kept.write(out, true)?;
    out.push(b'}');
    Ok(())
}

/// The members of one object that are kept, each as written: from its key to the end of
/// its value.
struct Kept<'a, const N: usize> {
    fields: &'static [Field; N],
    members: [Option<&'a [u8]>; N],
    /// Which field is looked for first: the one after the last found, as an upstream
    /// writes its objects' members in one order.
    next: usize,
}

impl<'a, const N: usize> Kept<'a, N> {
    fn new(fields: &'static [Field; N]) -> Self {
        Kept {
            fields,
            members: [None; N],
            next: 0,
        }
    }

    /// Reads the value of `key`: kept, after checking its kind, when it is one of the
    /// fields; skipped otherwise.
    fn field(&mut self, sc: &mut Scanner<'a>, key: Key<'a>) -> Result<()> {
        let start = sc.i;
        sc.value(0)?;
        let Some(n) = self.position(key)? else {
            return Ok(());
        };
        let (name, kind, _) = self.fields[n];
        if self.members[n].replace(&sc.s[key.at..sc.i]).is_some() {
            return Err(format!("duplicate field `{name}`"));
        }
        let raw = sc.slice(start);
        if !fits(kind, raw) {
            return Err(format!("`{name}` cannot be {}", clip(raw)));
        }
        self.next = n + 1;
        Ok(())
    }

    /// Which field `key` names, if any.
    fn position(&self, key: Key) -> Result<Option<usize>> {
        if key.escaped {
            let text: String = serde_json::from_slice(key.raw).map_err(|e| e.to_string())?;
            return Ok(self.fields.iter().position(|(name, _, _)| *name == text));
        }
        let text = &key.raw[1..key.raw.len() - 1];
        let is = |n: usize| self.fields.get(n).is_some_and(|f| f.0.as_bytes() == text);
        Ok(if is(self.next) {
            Some(self.next)
        } else {
            (0..N).find(|&n| is(n))
        })
    }

    /// Writes the members kept, in the fields' order, after a comma unless `first`.
    fn write(&self, out: &mut Vec<u8>, mut first: bool) -> Result<()> {
        for ((name, _, required), member) in self.fields.iter().zip(&self.members) {
            match member {
                Some(member) => {
                    if !first {
                        out.push(b',');
                    }
                    first = false;
                    out.extend_from_slice(member);
                }
                None if *required => return Err(format!("missing field `{name}`")),
                None => {}
            }
        }
        Ok(())
    }
}

/// Whether `raw` (a well-formed JSON value) is of `kind`, as [`ipp::Device`] and
/// [`ipp::Page`] read it.
fn fits(kind: Kind, raw: &[u8]) -> bool {
    let null = raw == b"null";
    let uuid = |raw| {
        quoted(raw).is_some_and(hyphenated)
            || plain(raw).is_some_and(|s| ipp::Uuid::try_parse_ascii(s).is_ok())
    };
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

/// Whether `s` is a UUID as Kustom writes them (the common case, checked first and
/// cheaply; `ipp::Uuid` reads the other spellings).
fn hyphenated(s: &[u8]) -> bool {
    s.len() == 36
        && [8, 13, 18, 23].iter().all(|&i| s[i] == b'-')
        && [0..8, 9..13, 14..18, 19..23, 24..36]
            .into_iter()
            .all(|r| s[r].iter().all(u8::is_ascii_hexdigit))
}

/// What is between the quotes of a JSON string, escapes and all.
fn quoted(raw: &[u8]) -> Option<&[u8]> {
    raw.strip_prefix(b"\"")?.strip_suffix(b"\"")
}

/// The text of a JSON string, when it has no escapes (a UUID or a timestamp has none).
fn plain(raw: &[u8]) -> Option<&[u8]> {
    let s = quoted(raw)?;
    (!s.contains(&b'\\')).then_some(s)
}

fn clip(raw: &[u8]) -> String {
    String::from_utf8_lossy(&raw[..raw.len().min(40)]).into_owned()
}

#[cfg(test)]
mod tests;
