//! What saving a device will change, shown before it is saved.

use ipp::{Device, Metadata, Uuid};

/// One line of the change summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// "Name", "Location", or "Metadata <key>".
    pub what: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl Change {
    /// The line as a sentence: "Name: Till 1 → Till 3", "Metadata dept: added Sales".
    pub fn sentence(&self) -> String {
        match (&self.before, &self.after) {
            (Some(b), Some(a)) => format!("{}: {b} → {a}", self.what),
            (None, Some(a)) => format!("{}: added {a}", self.what),
            (Some(b), None) => format!("{}: removed (was {b})", self.what),
            (None, None) => self.what.clone(),
        }
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
        match c.field.as_str() {
            "name" => Change {
                what: "Name".into(),
                before: c.before.clone(),
                after: c.after.clone(),
            },
            "location_id" => Change {
                what: "Location".into(),
                before: place(&c.before),
                after: place(&c.after),
            },
            "hardware_id" => Change {
                what: "Hardware id".into(),
                before: c.before.clone(),
                after: c.after.clone(),
            },
            f => Change {
                what: format!("Metadata {}", f.strip_prefix("metadata.").unwrap_or(f)),
                before: c.before.clone(),
                after: c.after.clone(),
            },
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
            what: "Name".into(),
            before: Some(current.name.clone()),
            after: Some(draft.name.clone()),
        });
    }
    if current.location_id != draft.location_id {
        out.push(Change {
            what: "Location".into(),
            before: location_name(current.location_id),
            after: location_name(draft.location_id),
        });
    }
    for (key, b, a) in ipp::metadata::paired(&current.metadata, &draft.metadata) {
        if b != a {
            out.push(Change {
                what: format!("Metadata {key}"),
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
