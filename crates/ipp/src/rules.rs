//! The rules of single values: ids, names, lifetimes, hardware ids and pairing codes.

use uuid::Uuid;

pub use crate::broken::Broken;

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
pub fn parse_uuid(raw: &str) -> Result<Uuid, Broken> {
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
    Err(Broken::IdForm {
        got: crate::fields::shorten(raw),
    })
}

/// Checks a device name: not blank, at most [`MAX_NAME_LEN`] characters, one line.
pub fn check_device_name(name: &str) -> Result<(), Broken> {
    if name.trim().is_empty() {
        return Err(Broken::NameBlank);
    }
    check_text(
        name,
        MAX_NAME_LEN,
        |len| Broken::NameTooLong { len },
        Broken::NameControl,
    )
}

/// Text of at most `max` characters on one line (no control characters); `too_long`
/// says so for a text of that many characters, `control` for a control character.
pub(crate) fn check_text(
    text: &str,
    max: usize,
    too_long: impl FnOnce(usize) -> Broken,
    control: Broken,
) -> Result<(), Broken> {
    let len = text.chars().count();
    if len > max {
        return Err(too_long(len));
    }
    if text.chars().any(char::is_control) {
        return Err(control);
    }
    Ok(())
}

/// Checks an `expires_in` (milliseconds) against our bounds.
pub fn check_expires_in(ms: u64) -> Result<(), Broken> {
    if ms < MIN_EXPIRES_IN_MS {
        return Err(Broken::ExpiresTooShort);
    }
    if ms > MAX_EXPIRES_IN_MS {
        return Err(Broken::ExpiresTooLong);
    }
    Ok(())
}

/// Checks a hardware identifier: 1–128 characters of `A–Z a–z 0–9 . _ : -`.
pub fn check_hardware_id(id: &str) -> Result<(), Broken> {
    let len = id.chars().count();
    if len == 0 || len > MAX_HARDWARE_ID_LEN {
        return Err(Broken::HardwareIdLength);
    }
    if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | ':' | '-'))
    {
        return Err(Broken::HardwareIdChars);
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
            let err = parse_uuid(bad).unwrap_err().to_string();
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
            .to_string()
            .contains("at least 60000"));
        assert!(check_expires_in(MAX_EXPIRES_IN_MS + 1)
            .unwrap_err()
            .to_string()
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
            .to_string()
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
}
