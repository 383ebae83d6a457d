//! Timestamps on the wire: RFC 3339 in UTC (`2024-01-15T10:30:00.123Z`). Written and read
//! by hand for the common shape, since the proxy handles every device's timestamps on
//! every list; other RFC 3339 forms (offsets, other precisions) are read through chrono.

use chrono::{DateTime, NaiveDate, TimeZone, Timelike, Utc};
use serde::{Deserialize, Deserializer, Serializer};

/// Writes `t` as `YYYY-MM-DDTHH:MM:SSZ`, with `.mmm` milliseconds or nanoseconds when
/// it has them (as chrono does).
pub fn format(t: &DateTime<Utc>) -> String {
    use chrono::Datelike;
    let nanos = t.nanosecond() % 1_000_000_000;
    let mut s = String::with_capacity(30);
    let two = |s: &mut String, v: u32| {
        s.push((b'0' + (v / 10) as u8) as char);
        s.push((b'0' + (v % 10) as u8) as char);
    };
    let year = t.year();
    if (0..=9999).contains(&year) {
        two(&mut s, year as u32 / 100);
        two(&mut s, year as u32 % 100);
    } else {
        return t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true);
    }
    s.push('-');
    two(&mut s, t.month());
    s.push('-');
    two(&mut s, t.day());
    s.push('T');
    two(&mut s, t.hour());
    s.push(':');
    two(&mut s, t.minute());
    s.push(':');
    two(&mut s, t.second());
    if nanos == 0 {
        s.push('Z');
        return s;
    }
    s.push('.');
    let (digits, value) = if nanos.is_multiple_of(1_000_000) {
        (3, nanos / 1_000_000)
    } else {
        (9, nanos)
    };
    let mut buf = [b'0'; 9];
    let mut v = value;
    for i in (0..digits).rev() {
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
    }
    s.push_str(std::str::from_utf8(&buf[..digits]).expect("digits"));
    s.push('Z');
    s
}

/// Reads an RFC 3339 timestamp.
pub fn parse(s: &str) -> Option<DateTime<Utc>> {
    fast(s).or_else(|| {
        DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|t| t.with_timezone(&Utc))
    })
}

/// `YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z`.
fn fast(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
        || *b.last()? != b'Z'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let mut nanos = 0;
    let rest = &b[19..b.len() - 1];
    if !rest.is_empty() {
        let frac = rest.strip_prefix(b".")?;
        if frac.is_empty() || frac.len() > 9 || !frac.iter().all(u8::is_ascii_digit) {
            return None;
        }
        nanos = frac
            .iter()
            .fold(0u32, |acc, c| acc * 10 + u32::from(c - b'0'))
            * 10u32.pow(9 - frac.len() as u32);
    }
    let date = NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)?;
    let time = date.and_hms_nano_opt(num(11..13)?, num(14..16)?, num(17..19)?, nanos)?;
    Some(Utc.from_utc_datetime(&time))
}

pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format(t))
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
    parse(&s).ok_or_else(|| serde::de::Error::custom(format!("not an RFC 3339 time: {s}")))
}

/// The same for optional timestamps.
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(t: &Option<DateTime<Utc>>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => s.serialize_str(&format(t)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
        match Option::<std::borrow::Cow<'de, str>>::deserialize(d)? {
            None => Ok(None),
            Some(s) => parse(&s)
                .map(Some)
                .ok_or_else(|| serde::de::Error::custom(format!("not an RFC 3339 time: {s}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_the_common_shapes() {
        for (input, output) in [
            ("2024-01-15T10:30:00Z", "2024-01-15T10:30:00Z"),
            ("2024-01-15T10:30:00.5Z", "2024-01-15T10:30:00.500Z"),
            ("2024-01-15T10:30:00.123Z", "2024-01-15T10:30:00.123Z"),
            (
                "2026-06-05T18:33:39.608920367Z",
                "2026-06-05T18:33:39.608920367Z",
            ),
            ("2024-01-15T12:30:00+02:00", "2024-01-15T10:30:00Z"),
        ] {
            let t = parse(input).unwrap_or_else(|| panic!("{input}"));
            assert_eq!(format(&t), output);
            assert_eq!(
                format(&t),
                t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
                "same as chrono"
            );
            assert_eq!(
                t,
                DateTime::parse_from_rfc3339(input)
                    .unwrap()
                    .with_timezone(&Utc)
            );
        }
    }

    #[test]
    fn refuses_what_is_not_a_time() {
        for bad in [
            "",
            "2024-01-15",
            "2024-13-15T10:30:00Z",
            "2024-01-15T25:30:00Z",
            "2024-01-15T10:30:00.Z",
            "yesterday",
        ] {
            assert!(parse(bad).is_none(), "{bad}");
        }
    }
}
