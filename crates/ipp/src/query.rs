//! The query strings of the list endpoints, parsed once and written back the same way.

use uuid::Uuid;

use crate::metadata::{check_filters, MetadataFilter};
use crate::problem::{FieldErrors, Problem};
use crate::request::parse_uuid;

/// Largest page the upstream serves.
pub const MAX_PAGE_SIZE: u32 = 100;
/// The upstream's default page size.
pub const DEFAULT_PAGE_SIZE: u32 = 20;

/// Which list a query is for; each takes different parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    Enrollments,
    Devices,
    Locations,
}

impl ListKind {
    fn allowed(self) -> &'static [&'static str] {
        match self {
            ListKind::Enrollments => &[
                "location_id",
                "metadata",
                "include_consumed",
                "page_number",
                "page_size",
            ],
            ListKind::Devices => &["location_id", "metadata", "page_number", "page_size"],
            ListKind::Locations => &["page_number", "page_size"],
        }
    }
}

/// A list query: filters and the page wanted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListQuery {
    pub location_id: Option<Uuid>,
    pub metadata: Vec<MetadataFilter>,
    /// Enrollments only; the upstream's default is `true`.
    pub include_consumed: Option<bool>,
    pub page_number: u32,
    pub page_size: u32,
}

impl Default for ListQuery {
    fn default() -> Self {
        ListQuery {
            location_id: None,
            metadata: Vec::new(),
            include_consumed: None,
            page_number: 0,
            page_size: DEFAULT_PAGE_SIZE,
        }
    }
}

impl ListQuery {
    /// Parses a raw (still percent-encoded) query string such as
    /// `location_id=…&metadata=store_id%3A123&page_size=20`.
    pub fn parse(kind: ListKind, raw: &str) -> Result<ListQuery, Problem> {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.as_bytes())
            .into_owned()
            .collect();
        ListQuery::from_pairs(kind, pairs)
    }

    /// Parses decoded `name=value` pairs; repeated `metadata` adds filters, any other
    /// repetition is an error.
    pub fn from_pairs(
        kind: ListKind,
        pairs: impl IntoIterator<Item = (String, String)>,
    ) -> Result<ListQuery, Problem> {
        let mut q = ListQuery::default();
        let mut errors = FieldErrors::new();
        let mut params = Params::new(kind.allowed(), "metadata");
        for (name, value) in pairs {
            if !params.admit(&name, &mut errors) {
                continue;
            }
            match name.as_str() {
                "location_id" => match parse_uuid(&value) {
                    Ok(id) => q.location_id = Some(id),
                    Err(msg) => {
                        errors.insert(name, msg.into());
                    }
                },
                "metadata" => match MetadataFilter::parse(&value) {
                    Ok(f) => q.metadata.push(f),
                    Err(msg) => {
                        errors.entry(name).or_insert(msg.into());
                    }
                },
                "include_consumed" => match value.as_str() {
                    "true" => q.include_consumed = Some(true),
                    "false" => q.include_consumed = Some(false),
                    _ => {
                        errors.insert(name, "Use true or false.".into());
                    }
                },
                "page_number" => match value.parse::<u32>() {
                    Ok(n) => q.page_number = n,
                    Err(_) => {
                        errors.insert(
                            name,
                            "Use a whole number from 0 (0 is the first page).".into(),
                        );
                    }
                },
                "page_size" => match value.parse::<u32>() {
                    Ok(n) if (1..=MAX_PAGE_SIZE).contains(&n) => q.page_size = n,
                    _ => {
                        errors.insert(
                            name,
                            format!("Use a whole number from 1 to {MAX_PAGE_SIZE}."),
                        );
                    }
                },
                _ => unreachable!("checked against the allowed names above"),
            }
        }
        if !errors.contains_key("metadata") {
            if let Err(msg) = check_filters(&q.metadata) {
                errors.insert("metadata".into(), msg.into());
            }
        }
        if errors.is_empty() {
            Ok(q)
        } else {
            Err(Problem::validation(errors))
        }
    }

    /// Whether consumed enrollments are wanted (upstream default: yes).
    pub fn include_consumed(&self) -> bool {
        self.include_consumed.unwrap_or(true)
    }

    /// The query string (without `?`), parameters in a fixed order; defaults are written
    /// out so the upstream never has to guess.
    pub fn to_query_string(&self, kind: ListKind) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        if kind != ListKind::Locations {
            if let Some(id) = self.location_id {
                s.append_pair("location_id", &id.to_string());
            }
            for f in &self.metadata {
                s.append_pair("metadata", &f.to_string());
            }
        }
        if kind == ListKind::Enrollments {
            if let Some(b) = self.include_consumed {
                s.append_pair("include_consumed", if b { "true" } else { "false" });
            }
        }
        s.append_pair("page_number", &self.page_number.to_string());
        s.append_pair("page_size", &self.page_size.to_string());
        s.finish()
    }

    /// Row offset of the first item of the page.
    pub fn offset(&self) -> u64 {
        u64::from(self.page_number) * u64::from(self.page_size)
    }
}

/// A page number or size of the console's own queries: a whole number within `range`,
/// or what to send instead.
pub(crate) fn whole_number(
    value: &str,
    range: std::ops::RangeInclusive<u32>,
) -> Result<u32, String> {
    value
        .parse::<u32>()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or_else(|| {
            format!(
                "Use a whole number from {} to {}.",
                range.start(),
                range.end()
            )
        })
}

/// Sorts a query's parameters by name: an unknown one and one given twice (but the one
/// that may repeat) are errors that name it; the rest are to be read.
pub(crate) struct Params {
    known: &'static [&'static str],
    repeatable: &'static str,
    seen: Vec<String>,
}

impl Params {
    pub(crate) fn new(known: &'static [&'static str], repeatable: &'static str) -> Params {
        Params {
            known,
            repeatable,
            seen: Vec::new(),
        }
    }

    /// Whether `name` is to be read; when it is not, `errors` says why.
    pub(crate) fn admit(&mut self, name: &str, errors: &mut FieldErrors) -> bool {
        if !self.known.contains(&name) {
            let shown: String = name
                .chars()
                .take(40)
                .collect::<String>()
                .escape_default()
                .to_string();
            errors.insert(
                shown,
                format!("Unknown query parameter. Known: {}.", self.known.join(", ")),
            );
            return false;
        }
        if name != self.repeatable {
            if self.seen.iter().any(|s| s == name) {
                errors.insert(name.to_owned(), "Give this parameter once.".into());
                return false;
            }
            self.seen.push(name.to_owned());
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC_SAMPLE: &str = "location_id=497f6eca-6276-4993-bfeb-53cbbbba6f08&metadata=store_id%3A123&include_consumed=true&page_number=0&page_size=20";

    #[test]
    fn reads_the_documented_sample_and_writes_it_back() {
        let q = ListQuery::parse(ListKind::Enrollments, DOC_SAMPLE).unwrap();
        assert_eq!(
            q.location_id.unwrap().to_string(),
            "497f6eca-6276-4993-bfeb-53cbbbba6f08"
        );
        assert_eq!(
            q.metadata,
            vec![MetadataFilter::parse("store_id:123").unwrap()]
        );
        assert!(q.include_consumed());
        assert_eq!(q.to_query_string(ListKind::Enrollments), DOC_SAMPLE);
    }

    #[test]
    fn defaults_apply_when_nothing_is_given() {
        let q = ListQuery::parse(ListKind::Devices, "").unwrap();
        assert_eq!(q, ListQuery::default());
        assert_eq!(
            q.to_query_string(ListKind::Devices),
            "page_number=0&page_size=20"
        );
        assert!(q.include_consumed());
    }

    #[test]
    fn repeated_metadata_adds_filters_and_round_trips() {
        let raw = "metadata=a%3A1&metadata=b%3Ax%3Ay&page_number=3&page_size=100";
        let q = ListQuery::parse(ListKind::Devices, raw).unwrap();
        assert_eq!(q.metadata.len(), 2);
        assert_eq!(q.metadata[1].value, "x:y");
        assert_eq!(q.offset(), 300);
        assert_eq!(
            ListQuery::parse(ListKind::Devices, &q.to_query_string(ListKind::Devices)).unwrap(),
            q
        );
    }

    #[test]
    fn page_size_is_one_to_one_hundred() {
        for ok in ["1", "100"] {
            assert!(ListQuery::parse(ListKind::Devices, &format!("page_size={ok}")).is_ok());
        }
        for bad in ["0", "101", "-1", "ten", ""] {
            let p = ListQuery::parse(ListKind::Devices, &format!("page_size={bad}")).unwrap_err();
            assert!(p.errors["page_size"].contains("1 to 100"), "{bad}");
        }
    }

    #[test]
    fn page_number_is_zero_or_more() {
        assert_eq!(
            ListQuery::parse(ListKind::Locations, "page_number=0")
                .unwrap()
                .page_number,
            0
        );
        let p = ListQuery::parse(ListKind::Locations, "page_number=-1").unwrap_err();
        assert!(p.errors.contains_key("page_number"));
    }

    #[test]
    fn metadata_filters_are_limited_to_five_unique_keys() {
        let six: String = (0..6).map(|i| format!("metadata=k{i}%3Av&")).collect();
        let p = ListQuery::parse(ListKind::Devices, &six).unwrap_err();
        assert!(p.errors["metadata"].contains("at most 5"));
        let p = ListQuery::parse(ListKind::Devices, "metadata=a%3A1&metadata=a%3A2").unwrap_err();
        assert!(p.errors["metadata"].contains("appears twice"));
        let p = ListQuery::parse(ListKind::Devices, "metadata=nocolon").unwrap_err();
        assert!(p.errors["metadata"].contains("key:value"));
    }

    #[test]
    fn unknown_repeated_and_misplaced_parameters_are_refused() {
        let p = ListQuery::parse(ListKind::Devices, "include_consumed=true").unwrap_err();
        assert!(p.errors.contains_key("include_consumed"));
        let p = ListQuery::parse(
            ListKind::Locations,
            "location_id=497f6eca-6276-4993-bfeb-53cbbbba6f08",
        )
        .unwrap_err();
        assert!(p.errors.contains_key("location_id"));
        let p = ListQuery::parse(ListKind::Devices, "page_size=5&page_size=6").unwrap_err();
        assert!(p.errors["page_size"].contains("once"));
        let p = ListQuery::parse(ListKind::Enrollments, "include_consumed=yes&location_id=1")
            .unwrap_err();
        assert!(p.errors.contains_key("include_consumed") && p.errors.contains_key("location_id"));
    }
}
