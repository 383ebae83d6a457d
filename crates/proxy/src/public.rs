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

/// Deepest nesting read (as serde_json).
const MAX_DEPTH: usize = 128;

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

/// The fields of [`ipp::Device`] but `credentials`, in the order they are written, and
/// whether a device must have them.
const DEVICE: [(&str, Kind, bool); 10] = [
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
const ENVELOPE: [(&str, Kind, bool); 6] = [
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

/// Reads the value of `key`: kept (after checking its kind) when it is one of `fields`,
/// skipped otherwise.
/// `key` is the key as written, quotes included.
fn field<'a>(
    sc: &mut Scanner<'a>,
    key: &[u8],
    fields: &[(&str, Kind, bool)],
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
    fields: &[(&str, Kind, bool)],
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

/// How many bytes at the start of `s` need no attention in a string (no quote, backslash
/// or control character), if one that does follows. Eight bytes are looked at a time.
fn plain_run(s: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let mut i = 0;
    while let Some(chunk) = s.get(i..i + 8) {
        let v = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Bytes below 0x20 have a zero in their top three bits.
        let special = has_zero(v ^ (ONES * u64::from(b'"')))
            | has_zero(v ^ (ONES * u64::from(b'\\')))
            | has_zero(v & (ONES * 0xe0));
        if special != 0 {
            return Some(i + (special.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    s[i..]
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
        .map(|n| i + n)
}

/// A strict JSON reader over text already known to be UTF-8; it only finds where values
/// are and checks they are well-formed.
struct Scanner<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Scanner<'a> {
    fn slice(&self, start: usize) -> &'a [u8] {
        &self.s[start..self.i]
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> Result<()> {
        self.ws();
        if self.peek() == Some(b) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.unexpected(&format!("`{}`", b as char)))
        }
    }

    fn unexpected(&self, wanted: &str) -> Unreadable {
        match self.peek() {
            Some(b) => format!("expected {wanted} at {}, found `{}`", self.i, b as char),
            None => format!("expected {wanted}, found the end"),
        }
    }

    /// An object, calling `member` with each key (as written, quotes included),
    /// positioned at its value.
    fn object(&mut self, mut member: impl FnMut(&mut Self, &'a [u8]) -> Result<()>) -> Result<()> {
        self.eat(b'{')?;
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(());
        }
        loop {
            self.ws();
            let start = self.i;
            self.string()?;
            let key = self.slice(start);
            self.eat(b':')?;
            self.ws();
            member(self, key)?;
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(());
                }
                _ => return Err(self.unexpected("`,` or `}`")),
            }
        }
    }

    /// An array, calling `item` positioned at each item.
    fn array(&mut self, mut item: impl FnMut(&mut Self) -> Result<()>) -> Result<()> {
        self.eat(b'[')?;
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(());
        }
        loop {
            self.ws();
            item(self)?;
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(());
                }
                _ => return Err(self.unexpected("`,` or `]`")),
            }
        }
    }

    /// Any value; the scanner ends right after it.
    fn value(&mut self, depth: usize) -> Result<()> {
        if depth > MAX_DEPTH {
            return Err("nested too deeply".into());
        }
        self.ws();
        match self.peek() {
            Some(b'"') => self.string(),
            Some(b'{') => self.object(|sc, _| sc.value(depth + 1)),
            Some(b'[') => self.array(|sc| sc.value(depth + 1)),
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.unexpected("a value")),
        }
    }

    fn literal(&mut self, word: &str) -> Result<()> {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(())
        } else {
            Err(self.unexpected(word))
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<()> {
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.unexpected("a digit")),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.unexpected("a digit"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.unexpected("a digit"));
            }
        }
        Ok(())
    }

    fn string(&mut self) -> Result<()> {
        if self.peek() != Some(b'"') {
            return Err(self.unexpected("a string"));
        }
        self.i += 1;
        loop {
            self.i += plain_run(&self.s[self.i..]).ok_or("a string runs to the end")?;
            match self.s[self.i] {
                b'"' => {
                    self.i += 1;
                    return Ok(());
                }
                b'\\' => {
                    self.i += 1;
                    match self.peek() {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => self.i += 1,
                        Some(b'u') => {
                            let hex = self
                                .s
                                .get(self.i + 1..self.i + 5)
                                .ok_or("a cut-off \\u escape")?;
                            if !hex.iter().all(u8::is_ascii_hexdigit) {
                                return Err(format!("a bad \\u escape at {}", self.i));
                            }
                            self.i += 5;
                        }
                        _ => return Err(self.unexpected("an escape")),
                    }
                }
                _ => return Err(format!("a control character in a string at {}", self.i)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ipp::{Device, Page};
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

    fn public(upstream: &Value) -> Result<Value> {
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

    /// A small deterministic generator, so a failure can be replayed.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
            &items[(self.next() % items.len() as u64) as usize]
        }
    }

    /// The typed path's answer for a page, credentials aside (the console never reads them).
    fn typed_result(upstream: &Value) -> Option<Page<Device>> {
        let mut v = upstream.clone();
        if let Some(items) = v.get_mut("content").and_then(Value::as_array_mut) {
            for d in items.iter_mut().filter_map(Value::as_object_mut) {
                d.remove("credentials");
            }
        }
        serde_json::from_value::<Page<Device>>(v).ok()
    }

    #[test]
    fn any_page_is_read_as_the_typed_path_reads_it() {
        let values = [
            json!(null),
            json!(true),
            json!(0),
            json!(-7),
            json!(12.5),
            json!(1e3),
            json!(4294967296u64),
            json!(""),
            json!("Till 9"),
            json!("a\"b\\c\u{1}\u{e5}"),
            json!("0b4f3d6e-2a55-4c1e-9f0a-8f1a3c5d7e90"),
            json!("0B4F3D6E2A554C1E9F0A8F1A3C5D7E90"),
            json!("2024-02-30T10:00:00Z"),
            json!("2024-01-15T10:30:00.5+02:00"),
            json!("IOS"),
            json!({}),
            json!({"k": "v", "n": 1}),
            json!([]),
            json!(["x"]),
            json!({"IOS": []}),
        ];
        let fields = [
            "id",
            "hardware_id",
            "merchant_id",
            "location_id",
            "name",
            "platform",
            "metadata",
            "created_at",
            "open_cash_register_id",
            "unique_id",
            "credentials",
            "extra",
        ];
        let envelope = [
            "total_elements",
            "total_pages",
            "page_number",
            "page_size",
            "first",
            "last",
            "sort",
        ];
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let (mut accepted, mut refused) = (0, 0);
        for _ in 0..5000 {
            let mut upstream = page(vec![device(), device()]);
            for _ in 0..=rng.next() % 3 {
                if rng.next().is_multiple_of(4) {
                    let k = *rng.pick(&envelope);
                    match rng.next() % 3 {
                        0 => drop(upstream.as_object_mut().unwrap().remove(k)),
                        _ => upstream[k] = rng.pick(&values).clone(),
                    }
                } else {
                    let d = &mut upstream["content"][(rng.next() % 2) as usize];
                    let k = *rng.pick(&fields);
                    match rng.next() % 4 {
                        0 => drop(d.as_object_mut().unwrap().remove(k)),
                        _ => d[k] = rng.pick(&values).clone(),
                    }
                }
            }
            let typed = typed_result(&upstream);
            match public(&upstream) {
                Ok(out) => {
                    let read: Page<Device> = serde_json::from_value(out).unwrap();
                    assert_eq!(Some(read), typed, "{upstream}");
                    accepted += 1;
                }
                Err(e) => {
                    assert!(typed.is_none(), "refused ({e}) but readable: {upstream}");
                    refused += 1;
                }
            }
        }
        // Both outcomes were exercised, many times.
        assert!(
            accepted > 500 && refused > 500,
            "{accepted} accepted, {refused} refused"
        );
    }

    #[test]
    fn strings_are_scanned_eight_bytes_at_a_time_as_one_at_a_time() {
        let alphabet = [
            b'a', b'"', b'\\', 0x00, 0x1f, 0x20, 0x7f, 0x80, 0xc3, 0xe0, 0xff, b'}',
        ];
        let mut rng = Rng(7);
        for _ in 0..20000 {
            let len = (rng.next() % 40) as usize;
            let s: Vec<u8> = (0..len)
                .map(|_| {
                    if rng.next().is_multiple_of(5) {
                        *rng.pick(&alphabet)
                    } else {
                        b'x'
                    }
                })
                .collect();
            let naive = s.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            assert_eq!(plain_run(&s), naive, "{s:?}");
        }
    }

    #[test]
    fn text_that_is_not_json_is_never_let_through() {
        let base = serde_json::to_vec(&page(vec![device(), device()])).unwrap();
        let noise = [
            b'"', b'\\', b',', b':', b'{', b'}', b'[', b']', b'0', b'-', b'e', b'.', b' ', 0x01,
            b'u', b'n',
        ];
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let mut accepted = 0;
        for _ in 0..5000 {
            let mut text = base.clone();
            for _ in 0..=rng.next() % 2 {
                let at = (rng.next() % text.len() as u64) as usize;
                match rng.next() % 3 {
                    0 => text[at] = *rng.pick(&noise),
                    1 => text.insert(at, *rng.pick(&noise)),
                    _ => drop(text.remove(at)),
                }
            }
            if let Ok(out) = device_page(&text) {
                accepted += 1;
                let input: Value = serde_json::from_slice(&text).unwrap_or_else(|e| {
                    panic!("let through ({e}): {}", String::from_utf8_lossy(&text))
                });
                let read: Page<Device> = serde_json::from_slice(&out).unwrap();
                assert_eq!(Some(read), typed_result(&input));
            }
        }
        assert!(
            accepted > 50,
            "only {accepted} mutations were still readable"
        );
    }
}
