//! What a store's country says of it: its one IANA time zone, where it has one (ISO
//! 3166-1 alpha-2), and the languages its printouts are in; and a check of a zone name's
//! form. Countries with several zones (the US, Spain with the Canaries, Portugal with the
//! Azores, …) have none here: their stores' zones are configured.

/// Countries the console's merchants are in and around, with their one zone.
const ONE_ZONE: &[(&str, &str)] = &[
    ("AT", "Europe/Vienna"),
    ("BE", "Europe/Brussels"),
    ("CH", "Europe/Zurich"),
    ("CZ", "Europe/Prague"),
    ("DE", "Europe/Berlin"),
    ("DK", "Europe/Copenhagen"),
    ("EE", "Europe/Tallinn"),
    ("FI", "Europe/Helsinki"),
    ("FR", "Europe/Paris"),
    ("GB", "Europe/London"),
    ("GR", "Europe/Athens"),
    ("HU", "Europe/Budapest"),
    ("IE", "Europe/Dublin"),
    ("IS", "Atlantic/Reykjavik"),
    ("IT", "Europe/Rome"),
    ("LT", "Europe/Vilnius"),
    ("LU", "Europe/Luxembourg"),
    ("LV", "Europe/Riga"),
    ("NL", "Europe/Amsterdam"),
    ("NO", "Europe/Oslo"),
    ("PL", "Europe/Warsaw"),
    ("SE", "Europe/Stockholm"),
    ("SI", "Europe/Ljubljana"),
    ("SK", "Europe/Bratislava"),
];

/// The zone of a country with one, by its ISO code (any case).
pub fn of_country(country: &str) -> Option<&'static str> {
    let c = country.trim().to_ascii_uppercase();
    ONE_ZONE
        .iter()
        .find(|(code, _)| *code == c)
        .map(|(_, z)| *z)
}

/// The languages of the console a store in `country` prints in, the main one first:
/// Finland writes Finnish and Swedish; a country without one of them, English.
pub fn languages_of_country(country: &str) -> &'static [&'static str] {
    match country.trim().to_ascii_uppercase().as_str() {
        "SE" => &["sv"],
        "NO" => &["nb"],
        "DK" => &["da"],
        "FI" => &["fi", "sv"],
        _ => &["en"],
    }
}

/// The languages the console speaks (their codes).
pub const LANGUAGES: [&str; 5] = ["en", "sv", "nb", "da", "fi"];

/// Whether `zone` has the form of an IANA zone name (`Area/Location`, `UTC`): letters,
/// digits, `_`, `-`, `+` and `/`, no empty part. Whether the zone exists is the
/// browser's to say (`Intl`); one it does not know is shown in the viewer's zone.
pub fn is_zone_name(zone: &str) -> bool {
    zone == "UTC"
        || (zone.len() <= 64
            && zone.contains('/')
            && zone.split('/').all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
            }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nordic_countries_have_their_zone_and_split_countries_none() {
        assert_eq!(of_country("SE"), Some("Europe/Stockholm"));
        assert_eq!(of_country("no"), Some("Europe/Oslo"));
        assert_eq!(of_country(" fi "), Some("Europe/Helsinki"));
        assert_eq!(of_country("DK"), Some("Europe/Copenhagen"));
        for several in ["US", "ES", "PT", "", "XX"] {
            assert_eq!(of_country(several), None, "{several}");
        }
        assert_eq!(languages_of_country("fi"), ["fi", "sv"]);
        assert_eq!(languages_of_country("NO"), ["nb"]);
        assert_eq!(languages_of_country("US"), ["en"]);
    }

    #[test]
    fn zone_names_are_checked_for_form() {
        for ok in [
            "Europe/Stockholm",
            "America/Argentina/Buenos_Aires",
            "Etc/GMT+1",
            "UTC",
        ] {
            assert!(is_zone_name(ok), "{ok}");
        }
        for bad in [
            "",
            "Stockholm",
            "Europe/",
            "/Oslo",
            "Europe//Oslo",
            "Europe/Os lo",
            "Europe/Oslo\n",
        ] {
            assert!(!is_zone_name(bad), "{bad:?}");
        }
    }
}
