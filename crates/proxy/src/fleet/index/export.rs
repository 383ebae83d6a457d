//! CSV exports (RFC 4180 through the csv crate, UTF-8 with a byte order mark so that
//! spreadsheets read it as such, CRLF): a header row, location names beside their ids, a
//! column per metadata key. Written in chunks as the client reads, never whole. Every
//! text cell a spreadsheet would run as a formula is neutralised (DESIGN).

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use ipp::{Enrollment, Uuid};

use super::Entry;

/// Rows written per chunk of the answer.
const ROWS_PER_CHUNK: usize = 1_000;

/// A text cell as a spreadsheet may show it: one that starts with `=`, `+`, `-`, `@`,
/// a tab or a carriage return gets a leading `'`, unless it is a number.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') if !is_number(cell) => {
            Cow::Owned(format!("'{cell}"))
        }
        _ => Cow::Borrowed(cell),
    }
}

/// A decimal number as a spreadsheet reads one: a sign, digits with at most one point,
/// an exponent.
fn is_number(s: &str) -> bool {
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((a, b)) => {
            (digits(a) || a.is_empty())
                && (digits(b) || b.is_empty())
                && !(a.is_empty() && b.is_empty())
        }
        None => digits(mantissa),
    };
    mantissa_ok && exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)))
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new())
}

fn finish(w: csv::Writer<Vec<u8>>) -> Bytes {
    // Writing to memory cannot fail.
    Bytes::from(w.into_inner().unwrap_or_default())
}

/// Writes `rows` a chunk at a time as the client reads, after `header`.
pub(crate) fn stream<T: Send + Sync + 'static>(
    header: Vec<String>,
    rows: Vec<T>,
    write: impl Fn(&T) -> Vec<String> + Send + Sync + 'static,
) -> Body {
    let mut w = writer();
    let _ = w.write_record(&header);
    let mut first = b"\xEF\xBB\xBF".to_vec();
    first.extend_from_slice(&finish(w));
    let head = futures::stream::once(async move { Ok::<_, std::io::Error>(Bytes::from(first)) });
    let rows = Arc::new(rows);
    let chunks = (0..rows.len()).step_by(ROWS_PER_CHUNK).map(move |start| {
        let end = (start + ROWS_PER_CHUNK).min(rows.len());
        Ok(records(&rows[start..end], &write))
    });
    // `map` runs lazily: each chunk is written when the client is ready for it.
    let body = futures::StreamExt::chain(head, futures::stream::iter(chunks));
    Body::from_stream(body)
}

/// Rows as CSV records, each cell neutralised.
fn records<T>(rows: &[T], write: impl Fn(&T) -> Vec<String>) -> Bytes {
    let mut w = writer();
    for row in rows {
        let _ = w.write_record(write(row).iter().map(|c| neutralise(c).into_owned()));
    }
    finish(w)
}

/// Field changes in one cell: `field: before → after; …` (— for none).
pub fn changes_cell(changes: &[ipp::activity::FieldChange]) -> String {
    changes
        .iter()
        .map(|c| {
            format!(
                "{}: {} → {}",
                c.field,
                c.before.as_deref().unwrap_or("—"),
                c.after.as_deref().unwrap_or("—")
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The answer: a CSV attachment named after `what` and now, with its row count.
pub fn answer(what: &str, rows: usize, body: Body) -> Response {
    let name = format!("{what}-{}.csv", Utc::now().format("%Y%m%d-%H%M%S"));
    let mut r = (StatusCode::OK, body).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8; header=present"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(ipp::fleet::ROW_COUNT_HEADER, HeaderValue::from(rows));
    r
}

fn location_cell(names: &HashMap<Uuid, Arc<str>>, id: Option<Uuid>) -> String {
    id.and_then(|l| names.get(&l))
        .map_or_else(String::new, |n| n.to_string())
}

fn metadata_columns<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<String> {
    let keys: BTreeSet<&str> = keys.collect();
    keys.into_iter().map(str::to_owned).collect()
}

/// The devices export: `entries` in the order they are given.
pub fn devices(entries: Vec<Arc<Entry>>, names: HashMap<Uuid, Arc<str>>) -> Response {
    let keys = metadata_columns(
        entries
            .iter()
            .flat_map(|e| e.metadata.iter().map(|(k, _)| &**k)),
    );
    let mut header: Vec<String> = [
        "name",
        "hardware_id",
        "platform",
        "location",
        "location_id",
        "created_at",
        "id",
    ]
    .map(str::to_owned)
    .to_vec();
    header.extend(keys.iter().map(|k| format!("metadata: {k}")));
    let rows = entries.len();
    let body = stream(header, entries, move |e| {
        let mut row = vec![
            e.name.to_string(),
            e.hardware_id.to_string(),
            e.platform.as_str().to_owned(),
            location_cell(&names, e.location_id),
            e.location_id.map(|l| l.to_string()).unwrap_or_default(),
            ipp::time::format(&e.created_at),
            e.id.to_string(),
        ];
        row.extend(
            keys.iter()
                .map(|k| e.value_of(k).unwrap_or_default().to_owned()),
        );
        row
    });
    answer("devices", rows, body)
}

/// The codes export; the codes themselves only when `with_codes` (operators).
pub fn enrollments(
    codes: Vec<Enrollment>,
    with_codes: bool,
    names: HashMap<Uuid, Arc<str>>,
) -> Response {
    let keys = metadata_columns(
        codes
            .iter()
            .flat_map(|e| e.metadata.keys().map(String::as_str)),
    );
    let mut header: Vec<String> = Vec::new();
    if with_codes {
        header.push("code".into());
    }
    header.extend(
        [
            "status",
            "location",
            "location_id",
            "expires_at",
            "created_at",
            "device_id",
            "id",
        ]
        .map(str::to_owned),
    );
    header.extend(keys.iter().map(|k| format!("metadata: {k}")));
    let rows = codes.len();
    let body = stream(header, codes, move |e| {
        let mut row = Vec::new();
        if with_codes {
            row.push(e.enrollment_code.clone());
        }
        row.extend([
            e.status.as_str().to_owned(),
            location_cell(&names, e.location_id),
            e.location_id.map(|l| l.to_string()).unwrap_or_default(),
            ipp::time::format(&e.expires_at),
            e.created_at
                .as_ref()
                .map(ipp::time::format)
                .unwrap_or_default(),
            e.device_id.map(|d| d.to_string()).unwrap_or_default(),
            e.enrollment_id.to_string(),
        ]);
        row.extend(
            keys.iter()
                .map(|k| e.metadata.get(k).cloned().unwrap_or_default()),
        );
        row
    });
    answer("pairing-codes", rows, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_quotes_and_line_breaks_survive_a_round_trip() {
        let cells = vec![
            "a, b".to_owned(),
            "say \"hi\"".to_owned(),
            "two\nlines".to_owned(),
            "=1+1".to_owned(),
            "-3".to_owned(),
        ];
        let bytes = records(std::slice::from_ref(&cells), Clone::clone);
        let text = std::str::from_utf8(&bytes).unwrap();
        assert_eq!(
            text,
            "\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+1,-3\r\n"
        );
        let back: Vec<String> =
            csv::Reader::from_reader(format!("h1,h2,h3,h4,h5\r\n{text}").as_bytes())
                .records()
                .next()
                .unwrap()
                .unwrap()
                .iter()
                .map(str::to_owned)
                .collect();
        assert_eq!(back, ["a, b", "say \"hi\"", "two\nlines", "'=1+1", "-3"]);
    }

    #[test]
    fn formulas_are_neutralised_and_numbers_are_not() {
        for (cell, shown) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+46 70 123", "'+46 70 123"),
            ("-cmd", "'-cmd"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("-12.5", "-12.5"),
            ("+3", "+3"),
            ("-1e5", "-1e5"),
            ("-.5", "-.5"),
            ("-", "'-"),
            ("-.", "'-."),
            ("-1e", "'-1e"),
            ("Till 1", "Till 1"),
            ("", ""),
        ] {
            assert_eq!(neutralise(cell), shown, "{cell:?}");
        }
    }
}
