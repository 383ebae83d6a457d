use super::scan::plain_run;
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
        b'"', b'\\', b',', b':', b'{', b'}', b'[', b']', b'0', b'-', b'e', b'.', b' ', 0x01, b'u',
        b'n',
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

#[test]
fn members_are_copied_as_written_escapes_and_spaces_included() {
    // Keys spelled with escapes and members laid out with spaces, in another order.
    let upstream = br#"{ "total_elements" : 1, "content" : [ {
        "platform" : "IOS", "\u0069d" : "0b4f3d6e-2a55-4c1e-9f0a-8f1a3c5d7e90",
        "credentials" : {"bearer_token": "secret"},
        "created_at" :"2024-01-15T10:30:00Z", "na\u006de": "Till\n2" } ],
        "total_pages": 1, "page_number": 0, "page_size": 20, "first": true, "last": true }"#;
    let out = device_page(upstream).unwrap();
    let read: Page<Device> = serde_json::from_slice(&out).unwrap();
    let input: Value = serde_json::from_slice(upstream).unwrap();
    assert_eq!(Some(read), typed_result(&input));
    assert!(!String::from_utf8(out).unwrap().contains("secret"));
    // The same field twice, however it is spelled, is refused.
    let twice = br#"{"content": [{"id": "0b4f3d6e-2a55-4c1e-9f0a-8f1a3c5d7e90",
        "\u0069d": "0b4f3d6e-2a55-4c1e-9f0a-8f1a3c5d7e90", "platform": "IOS",
        "created_at": "2024-01-15T10:30:00Z"}], "total_elements": 1, "total_pages": 1,
        "page_number": 0, "page_size": 20, "first": true, "last": true}"#;
    assert!(device_page(twice)
        .unwrap_err()
        .contains("duplicate field `id`"));
}
