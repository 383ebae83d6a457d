//! How long a new code lives: presets, or a custom number of minutes or hours, within
//! the bounds of the wire contract (1 minute to 72 hours).

use ipp::request::{check_expires_in, DEFAULT_EXPIRES_IN_MS};

const MINUTE: u64 = 60_000;
const HOUR: u64 = 60 * MINUTE;

/// The presets offered, in order; the default is 2 hours.
pub const PRESETS: [(&str, u64); 6] = [
    ("15 min", 15 * MINUTE),
    ("1 hour", HOUR),
    ("2 hours", 2 * HOUR),
    ("8 hours", 8 * HOUR),
    ("24 hours", 24 * HOUR),
    ("72 hours", 72 * HOUR),
];

pub const DEFAULT: u64 = DEFAULT_EXPIRES_IN_MS;

/// The unit of a custom lifetime.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Minutes,
    Hours,
}

impl Unit {
    pub fn ms(self) -> u64 {
        match self {
            Unit::Minutes => MINUTE,
            Unit::Hours => HOUR,
        }
    }
}

/// Reads a custom lifetime as typed ("90", "1.5" hours) into milliseconds, or says what
/// to fix.
pub fn custom(amount: &str, unit: Unit) -> Result<u64, String> {
    let amount = amount.trim().replace(',', ".");
    let n: f64 = amount
        .parse()
        .map_err(|_| "Enter a number, for example 90.".to_owned())?;
    if !n.is_finite() || n <= 0.0 {
        return Err("Enter a number greater than zero.".into());
    }
    let ms = (n * unit.ms() as f64).round() as u64;
    check_expires_in(ms).map_err(|_| "Choose between 1 minute and 72 hours.".to_owned())?;
    Ok(ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_are_within_bounds_and_default_is_two_hours() {
        for (_, ms) in PRESETS {
            assert!(check_expires_in(ms).is_ok());
        }
        assert_eq!(DEFAULT, 2 * HOUR);
        assert!(PRESETS.iter().any(|(_, v)| *v == DEFAULT));
    }

    #[test]
    fn custom_values_are_read_and_bounded() {
        assert_eq!(custom("90", Unit::Minutes), Ok(90 * MINUTE));
        assert_eq!(custom("1,5", Unit::Hours), Ok(90 * MINUTE));
        assert_eq!(custom(" 72 ", Unit::Hours), Ok(72 * HOUR));
        assert_eq!(custom("1", Unit::Minutes), Ok(MINUTE));
        assert!(custom("73", Unit::Hours).unwrap_err().contains("72 hours"));
        assert!(custom("0.5", Unit::Minutes)
            .unwrap_err()
            .contains("1 minute"));
        assert!(custom("soon", Unit::Minutes)
            .unwrap_err()
            .contains("number"));
        assert!(custom("-3", Unit::Hours).is_err());
    }
}
