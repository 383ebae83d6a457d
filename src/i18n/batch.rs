//! What is wrong with a batch (`ipp::batch::Flaw`) as messages of the catalogs: the same
//! problems the API words in English, with the row and column, in the console's language.

use ipp::batch::{Fault, Flaw, MAX_BATCH};

use super::{rule, Msg};

/// The problem at its place: "Row 3, column till: …", "Row 3: …", or the problem alone.
pub fn flaw(f: &Flaw) -> Msg {
    let what = fault(&f.fault).text();
    match (f.row, &f.column) {
        (Some(row), Some(column)) => Msg::new("batch-at-cell")
            .with("row", row)
            .with("column", column.name())
            .with("fault", what),
        (Some(row), None) => Msg::new("batch-at-row")
            .with("row", row)
            .with("fault", what),
        (None, _) => fault(&f.fault),
    }
}

/// What to fix, as a message of the catalogs.
pub fn fault(f: &Fault) -> Msg {
    match f {
        Fault::Empty => Msg::new("batch-empty"),
        Fault::NoRows => Msg::new("batch-no-rows"),
        Fault::TooManyRows { count } => Msg::new("batch-too-many-rows")
            .with("max", MAX_BATCH)
            .with("count", *count),
        Fault::CountRange { n } => Msg::new("batch-count-range")
            .with("max", MAX_BATCH)
            .with("n", *n),
        Fault::NoLocationColumn => Msg::new("batch-no-location-column"),
        Fault::ColumnTwice => Msg::new("batch-column-twice"),
        Fault::ValidityTwice => Msg::new("batch-validity-twice"),
        Fault::Unnamed { letter } => Msg::new("batch-unnamed").with("letter", letter.as_str()),
        Fault::QuoteOpen => Msg::new("batch-quote-open"),
        Fault::Unreadable => Msg::new("batch-unreadable"),
        Fault::LocationMissing => Msg::new("batch-location-missing"),
        Fault::UnknownLocation { got, closest } => {
            let msg = match closest.as_slice() {
                [] => Msg::new("batch-unknown-location"),
                [a] => Msg::new("batch-unknown-location-one").with("first", a.as_str()),
                [a, b] => Msg::new("batch-unknown-location-two")
                    .with("first", a.as_str())
                    .with("second", b.as_str()),
                [a, b, c, ..] => Msg::new("batch-unknown-location-three")
                    .with("first", a.as_str())
                    .with("second", b.as_str())
                    .with("third", c.as_str()),
            };
            msg.with("got", got.as_str())
        }
        Fault::UnknownLocationId { id } => {
            Msg::new("batch-unknown-location-id").with("id", id.as_str())
        }
        Fault::LocationAmbiguous { got, count } => Msg::new("batch-location-ambiguous")
            .with("got", got.as_str())
            .with("count", *count),
        Fault::ValidityForm { got } => Msg::new("batch-validity-form").with("got", got.as_str()),
        Fault::ValidityRange { got } => Msg::new("batch-validity-range").with("got", got.as_str()),
        Fault::Metadata(broken) => rule(broken),
        Fault::Duplicate { first } => Msg::new("batch-duplicate").with("first", *first),
    }
}

#[cfg(test)]
mod tests {
    use ipp::batch::Column;
    use ipp::rules::Broken;

    use super::*;

    /// The English of the catalog says what the API says, for every problem and place.
    #[test]
    fn english_messages_match_the_api() {
        let got = || "Malmo".to_owned();
        let names = |n: usize| {
            ["Malmö Centrum", "Malmö Outlet", "Malmo Hyllie", "Lund"][..n]
                .iter()
                .map(|s| (*s).to_owned())
                .collect()
        };
        let every = [
            Fault::Empty,
            Fault::NoRows,
            Fault::TooManyRows { count: 501 },
            Fault::CountRange { n: 0 },
            Fault::NoLocationColumn,
            Fault::ColumnTwice,
            Fault::ValidityTwice,
            Fault::Unnamed {
                letter: "AB".into(),
            },
            Fault::QuoteOpen,
            Fault::Unreadable,
            Fault::LocationMissing,
            Fault::UnknownLocation {
                got: got(),
                closest: names(0),
            },
            Fault::UnknownLocation {
                got: got(),
                closest: names(1),
            },
            Fault::UnknownLocation {
                got: got(),
                closest: names(2),
            },
            Fault::UnknownLocation {
                got: got(),
                closest: names(3),
            },
            Fault::UnknownLocation {
                got: got(),
                closest: names(4),
            },
            Fault::UnknownLocationId {
                id: "660e8400-e29b-41d4-a716-4466554400ff".into(),
            },
            Fault::LocationAmbiguous {
                got: "Pop-up".into(),
                count: 2,
            },
            Fault::ValidityForm {
                got: "2 weeks".into(),
            },
            Fault::ValidityRange { got: "73h".into() },
            Fault::Metadata(Broken::ValueControl),
            Fault::Metadata(Broken::TooManyKeys { count: 21 }),
            Fault::Duplicate { first: 2 },
        ];
        let places = [
            (None, None),
            (Some(1), None),
            (Some(1234), Some(Column::Location)),
            (Some(7), Some(Column::Validity)),
            (Some(3), Some(Column::Key("till".into()))),
        ];
        for fault in every {
            for (row, column) in places.clone() {
                let f = Flaw {
                    row,
                    column,
                    fault: fault.clone(),
                };
                assert_eq!(flaw(&f).text(), f.to_string());
            }
        }
    }
}
