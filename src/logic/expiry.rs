//! How long a new code lives: presets, or a custom number of minutes or hours, within
//! the bounds of the wire contract (1 minute to 72 hours).

use ipp::request::{check_expires_in, DEFAULT_EXPIRES_IN_MS};

use crate::i18n::Msg;

const MINUTE: u64 = 60_000;
const HOUR: u64 = 60 * MINUTE;

/// The presets offered, in order; the default is 2 hours.
pub const PRESETS: [u64; 6] = [15 * MINUTE, HOUR, 2 * HOUR, 8 * HOUR, 24 * HOUR, 72 * HOUR];

/// A preset as the form offers it ("15 min", "2 hours").
pub fn label(ms: u64) -> Msg {
    if ms < HOUR {
        Msg::new("code-new-preset-minutes").with("n", (ms / MINUTE) as usize)
    } else {
        Msg::new("code-new-preset-hours").with("n", (ms / HOUR) as usize)
    }
}

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
pub fn custom(amount: &str, unit: Unit) -> Result<u64, Msg> {
    let amount = amount.trim().replace(',', ".");
    let n: f64 = amount
        .parse()
        .map_err(|_| Msg::new("code-new-not-a-number"))?;
    if !n.is_finite() || n <= 0.0 {
        return Err(Msg::new("code-new-not-positive"));
    }
    let ms = (n * unit.ms() as f64).round() as u64;
    check_expires_in(ms).map_err(|_| Msg::new("code-new-out-of-range"))?;
    Ok(ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_are_within_bounds_and_default_is_two_hours() {
        for ms in PRESETS {
            assert!(check_expires_in(ms).is_ok());
        }
        assert_eq!(DEFAULT, 2 * HOUR);
        assert!(PRESETS.contains(&DEFAULT));
        let labels: Vec<String> = PRESETS.iter().map(|ms| label(*ms).text()).collect();
        assert_eq!(
            labels,
            ["15 min", "1 hour", "2 hours", "8 hours", "24 hours", "72 hours"]
        );
    }

    #[test]
    fn custom_values_are_read_and_bounded() {
        assert_eq!(custom("90", Unit::Minutes), Ok(90 * MINUTE));
        assert_eq!(custom("1,5", Unit::Hours), Ok(90 * MINUTE));
        assert_eq!(custom(" 72 ", Unit::Hours), Ok(72 * HOUR));
        assert_eq!(custom("1", Unit::Minutes), Ok(MINUTE));
        let error = |amount, unit| custom(amount, unit).unwrap_err().text();
        assert!(error("73", Unit::Hours).contains("72 hours"));
        assert!(error("0.5", Unit::Minutes).contains("1 minute"));
        assert!(error("soon", Unit::Minutes).contains("number"));
        assert!(error("-3", Unit::Hours).contains("greater than zero"));
    }
}
