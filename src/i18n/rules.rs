//! The rules a value breaks (`ipp::rules::Broken`) as messages of the catalogs: the same
//! rules the proxy words in English, read in the console's language.

use ipp::rules::Broken;

use super::Msg;

/// What to fix, as a message of the catalogs.
pub fn rule(b: &Broken) -> Msg {
    match b {
        Broken::IdForm { got } => Msg::new("rule-id-form").with("got", got.as_str()),
        Broken::NameBlank => Msg::new("rule-name-blank"),
        Broken::NameTooLong { len } => Msg::new("rule-name-too-long")
            .with("max", ipp::rules::MAX_NAME_LEN)
            .with("len", *len),
        Broken::NameControl => Msg::new("rule-name-control"),
        Broken::ExpiresTooShort => Msg::new("rule-expires-too-short"),
        Broken::ExpiresTooLong => Msg::new("rule-expires-too-long"),
        Broken::HardwareIdLength => {
            Msg::new("rule-hardware-id-length").with("max", ipp::rules::MAX_HARDWARE_ID_LEN)
        }
        Broken::HardwareIdChars => Msg::new("rule-hardware-id-chars"),
        Broken::KeyBlank => Msg::new("rule-key-blank"),
        Broken::KeyTooLong { len } => Msg::new("rule-key-too-long")
            .with("max", ipp::metadata::MAX_KEY_LEN)
            .with("len", *len),
        Broken::KeyChar { bad: ' ' } => Msg::new("rule-key-space"),
        Broken::KeyChar { bad } => Msg::new("rule-key-char").with("char", Broken::shown_char(*bad)),
        Broken::ValueBlank => Msg::new("rule-value-blank"),
        Broken::ValueTooLong { len } => Msg::new("rule-value-too-long")
            .with("max", ipp::metadata::MAX_VALUE_LEN)
            .with("len", *len),
        Broken::ValueControl => Msg::new("rule-value-control"),
        Broken::KeyTwice { key, first } => Msg::new("rule-key-twice")
            .with("key", key.as_str())
            .with("row", first + 1),
        Broken::TooManyKeys { count } => Msg::new("rule-too-many-keys")
            .with("max", ipp::metadata::MAX_KEYS)
            .with("count", *count),
        Broken::FilterForm { got } => Msg::new("rule-filter-form").with("got", got.as_str()),
        Broken::InFilter {
            filter,
            rule: inner,
        } => Msg::new("rule-in-filter")
            .with("filter", filter.as_str())
            .with("rule", rule(inner).text()),
        Broken::TooManyFilters { count } => Msg::new("rule-too-many-filters")
            .with("max", ipp::metadata::MAX_FILTERS)
            .with("count", *count),
        Broken::FilterKeyTwice { key } => {
            Msg::new("rule-filter-key-twice").with("key", key.as_str())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The English of the catalog says what the API says, for every rule.
    #[test]
    fn english_messages_match_the_api() {
        let every = [
            Broken::IdForm { got: "x".into() },
            Broken::NameBlank,
            Broken::NameTooLong { len: 101 },
            Broken::NameControl,
            Broken::ExpiresTooShort,
            Broken::ExpiresTooLong,
            Broken::HardwareIdLength,
            Broken::HardwareIdChars,
            Broken::KeyBlank,
            Broken::KeyTooLong { len: 41 },
            Broken::KeyChar { bad: ' ' },
            Broken::KeyChar { bad: 'ü' },
            Broken::ValueBlank,
            Broken::ValueTooLong { len: 501 },
            Broken::ValueControl,
            Broken::KeyTwice {
                key: "till".into(),
                first: 0,
            },
            Broken::TooManyKeys { count: 21 },
            Broken::FilterForm { got: "till".into() },
            Broken::InFilter {
                filter: "a b:1".into(),
                rule: Box::new(Broken::KeyChar { bad: ' ' }),
            },
            Broken::TooManyFilters { count: 6 },
            Broken::FilterKeyTwice { key: "till".into() },
        ];
        for b in every {
            assert_eq!(rule(&b).text(), b.to_string());
        }
    }
}
