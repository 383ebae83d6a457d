//! What saving a device will change, shown before it is saved.

use ipp::{Device, Metadata, Uuid};

use crate::i18n::Msg;

/// What a line of the change summary is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    Name,
    Location,
    HardwareId,
    /// A metadata key (data: not translated).
    Metadata(String),
}

impl Field {
    /// The field as the catalog's selector names it (`$field`), and the metadata key.
    fn args(&self) -> (&'static str, &str) {
        match self {
            Field::Name => ("name", ""),
            Field::Location => ("location", ""),
            Field::HardwareId => ("hardware-id", ""),
            Field::Metadata(key) => ("metadata", key),
        }
    }
}

/// One line of the change summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub field: Field,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl Change {
    /// The line as a message: "Name: Till 1 → Till 3", "Metadata dept: added Sales".
    pub fn message(&self) -> Msg {
        let msg = match (&self.before, &self.after) {
            (Some(b), Some(a)) => Msg::new("device-change")
                .with("before", b.as_str())
                .with("after", a.as_str()),
            (None, Some(a)) => Msg::new("device-change-added").with("after", a.as_str()),
            (Some(b), None) => Msg::new("device-change-removed").with("before", b.as_str()),
            (None, None) => Msg::new("device-change-field"),
        };
        let (field, key) = self.field.args();
        msg.with("field", field).with("key", key)
    }

    /// The line in the language shown (reactive).
    pub fn sentence(&self) -> String {
        self.message().text()
    }
}

impl Change {
    /// A field change as the proxy reports it (`name`, `location_id`, `metadata.<key>`),
    /// as a line of the change summary; `location_name` turns ids into names.
    pub fn of_field(
        c: &ipp::activity::FieldChange,
        location_name: impl Fn(Option<Uuid>) -> Option<String>,
    ) -> Change {
        let place = |v: &Option<String>| {
            let id = v.as_deref().and_then(|s| s.parse().ok());
            id.and_then(|id| location_name(Some(id)))
                .or_else(|| v.clone())
        };
        let (field, before, after) = match c.field.as_str() {
            "name" => (Field::Name, c.before.clone(), c.after.clone()),
            "location_id" => (Field::Location, place(&c.before), place(&c.after)),
            "hardware_id" => (Field::HardwareId, c.before.clone(), c.after.clone()),
            f => (
                Field::Metadata(f.strip_prefix("metadata.").unwrap_or(f).to_owned()),
                c.before.clone(),
                c.after.clone(),
            ),
        };
        Change {
            field,
            before,
            after,
        }
    }
}

/// The edits on screen: the whole device as it will be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub name: String,
    pub location_id: Option<Uuid>,
    pub metadata: Metadata,
}

impl Draft {
    pub fn of(d: &Device) -> Draft {
        Draft {
            name: d.name.clone(),
            location_id: d.location_id,
            metadata: d.metadata.clone(),
        }
    }
}

/// The changes from `current` to `draft`, in reading order: name, location, then
/// metadata keys alphabetically. `location_name` turns ids into names.
pub fn changes(
    current: &Device,
    draft: &Draft,
    location_name: impl Fn(Option<Uuid>) -> Option<String>,
) -> Vec<Change> {
    let mut out = Vec::new();
    if current.name != draft.name {
        out.push(Change {
            field: Field::Name,
            before: Some(current.name.clone()),
            after: Some(draft.name.clone()),
        });
    }
    if current.location_id != draft.location_id {
        out.push(Change {
            field: Field::Location,
            before: location_name(current.location_id),
            after: location_name(draft.location_id),
        });
    }
    for (key, b, a) in ipp::metadata::paired(&current.metadata, &draft.metadata) {
        if b != a {
            out.push(Change {
                field: Field::Metadata(key.clone()),
                before: b.cloned(),
                after: a.cloned(),
            });
        }
    }
    out
}

/// The whole device to send: the person's edits (what differs between what they loaded
/// and what they have on screen) applied to the freshest copy from the server, so a
/// change made elsewhere meanwhile to another field, or another metadata key, is kept.
pub fn merge(loaded: &Draft, edited: &Draft, fresh: &Device) -> ipp::UpdateDevice {
    let name = if edited.name != loaded.name {
        edited.name.clone()
    } else {
        fresh.name.clone()
    };
    let location_id = if edited.location_id != loaded.location_id {
        edited.location_id
    } else {
        fresh.location_id
    };
    let mut metadata = fresh.metadata.clone();
    for (key, before, after) in ipp::metadata::paired(&loaded.metadata, &edited.metadata) {
        match (before, after) {
            (b, a) if b == a => {}
            (_, Some(v)) => {
                metadata.insert(key.clone(), v.clone());
            }
            (_, None) => {
                metadata.remove(key);
            }
        }
    }
    ipp::UpdateDevice {
        name,
        metadata,
        location_id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ipp::fixtures::device;

    fn names(id: Option<Uuid>) -> Option<String> {
        id.map(|id| {
            if id.to_string().starts_with("660e") {
                "Malmö Centrum".into()
            } else {
                "Göteborg Nordstan".into()
            }
        })
    }

    #[test]
    fn nothing_changed_means_no_lines() {
        let d = device();
        assert!(changes(&d, &Draft::of(&d), names).is_empty());
    }

    #[test]
    fn each_kind_of_change_reads_as_a_sentence() {
        let d = device();
        let mut draft = Draft::of(&d);
        draft.name = "Till 3".into();
        draft.location_id = Some(Uuid::from_u128(1));
        draft.metadata.insert("till".into(), "3".into());
        draft.metadata.insert("dept".into(), "Sales".into());
        draft.metadata.remove("store");
        let lines: Vec<String> = changes(&d, &draft, names)
            .iter()
            .map(Change::sentence)
            .collect();
        assert_eq!(
            lines,
            [
                "Name: Till 1 → Till 3",
                "Location: Malmö Centrum → Göteborg Nordstan",
                "Metadata dept: added Sales",
                "Metadata store: removed (was 104)",
                "Metadata till: 1 → 3",
            ]
        );
    }

    #[test]
    fn a_save_applies_the_edits_to_the_freshest_copy() {
        let loaded = device();
        let mut edited = Draft::of(&loaded);
        edited.name = "Till 3".into();
        edited.metadata.insert("till".into(), "3".into());
        // Meanwhile someone else moved it and tagged it.
        let mut fresh = loaded.clone();
        fresh.location_id = Some(Uuid::from_u128(9));
        fresh.metadata.insert("tag".into(), "new".into());
        let sent = merge(&Draft::of(&loaded), &edited, &fresh);
        assert_eq!(sent.name, "Till 3");
        assert_eq!(
            sent.location_id,
            Some(Uuid::from_u128(9)),
            "their move is kept"
        );
        assert_eq!(sent.metadata.get("till").map(String::as_str), Some("3"));
        assert_eq!(
            sent.metadata.get("tag").map(String::as_str),
            Some("new"),
            "their tag is kept"
        );
        assert_eq!(sent.metadata.get("store").map(String::as_str), Some("104"));
        // A key removed on screen is removed.
        let mut edited = Draft::of(&loaded);
        edited.metadata.remove("store");
        assert!(!merge(&Draft::of(&loaded), &edited, &fresh)
            .metadata
            .contains_key("store"));
    }

    #[test]
    fn a_line_is_a_catalog_message_with_the_data_as_values() {
        let d = device();
        let draft = Draft {
            name: "Till 3".into(),
            ..Draft::of(&d)
        };
        assert_eq!(
            changes(&d, &draft, names)[0].message(),
            Msg::new("device-change")
                .with("before", "Till 1")
                .with("after", "Till 3")
                .with("field", "name")
                .with("key", "")
        );
    }

    #[test]
    fn the_proxys_field_changes_read_as_the_summary_does() {
        let change = |field: &str, before: Option<&str>, after: Option<&str>| {
            let c = ipp::activity::FieldChange {
                field: field.into(),
                before: before.map(Into::into),
                after: after.map(Into::into),
            };
            Change::of_field(&c, names).sentence()
        };
        let malmo = "660e8400-e29b-41d4-a716-446655440000";
        assert_eq!(
            change("location_id", Some(malmo), None),
            "Location: removed (was Malmö Centrum)"
        );
        assert_eq!(
            change("metadata.dept", None, Some("Sales")),
            "Metadata dept: added Sales"
        );
        assert_eq!(
            change("hardware_id", Some("A1"), Some("B2")),
            "Hardware id: A1 → B2"
        );
        assert_eq!(change("name", None, None), "Name");
    }

    #[test]
    fn every_language_names_the_field_of_each_kind_of_line() {
        use crate::i18n::{bundle, format, Lang};
        let lines = [
            Change {
                field: Field::Metadata("dept".into()),
                before: Some("Kassa".into()),
                after: Some("Sales".into()),
            },
            Change {
                field: Field::Metadata("dept".into()),
                before: None,
                after: Some("Sales".into()),
            },
            Change {
                field: Field::Metadata("dept".into()),
                before: Some("Kassa".into()),
                after: None,
            },
        ];
        for lang in Lang::ALL {
            let path = format!(
                "{}/locales/{}/devices.ftl",
                env!("CARGO_MANIFEST_DIR"),
                lang.code()
            );
            let b = bundle(lang, &std::fs::read_to_string(path).unwrap());
            for line in &lines {
                let m = line.message();
                let text = format(&b, m.key, &m.args).unwrap();
                // The field's name comes through the message it refers to, with the key.
                assert!(
                    text.contains("dept:") && !text.contains('{'),
                    "{}: {text}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn leaving_a_location_is_shown_as_removed() {
        let d = device();
        let draft = Draft {
            location_id: None,
            ..Draft::of(&d)
        };
        assert_eq!(
            changes(&d, &draft, names)[0].sentence(),
            "Location: removed (was Malmö Centrum)"
        );
    }
}
