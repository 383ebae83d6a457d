//! The state of a list screen, kept in its URL so reload, back and a pasted link show the
//! same view: `?location=<id>&metadata=key:value&…&used=1&page=2&size=50&sort=name`.
//! Pages are counted from 1 in the URL (as people count) and from 0 at the API.

use std::fmt;
use std::str::FromStr;

use ipp::metadata::{check_filters, MAX_FILTERS};
use ipp::query::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};
use ipp::request::parse_uuid;
use ipp::{ListQuery, MetadataFilter, Uuid};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Page sizes offered.
pub const PAGE_SIZES: [u32; 4] = [10, 20, 50, 100];

/// A column the device list sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortColumn {
    Name,
    Platform,
    Location,
    Metadata,
    Created,
    Hardware,
}

impl SortColumn {
    pub const ALL: [SortColumn; 6] = [
        SortColumn::Name,
        SortColumn::Platform,
        SortColumn::Location,
        SortColumn::Metadata,
        SortColumn::Created,
        SortColumn::Hardware,
    ];

    /// Its name in the address.
    pub fn as_str(self) -> &'static str {
        match self {
            SortColumn::Name => "name",
            SortColumn::Platform => "platform",
            SortColumn::Location => "location",
            SortColumn::Metadata => "metadata",
            SortColumn::Created => "created",
            SortColumn::Hardware => "hardware",
        }
    }

    /// Its heading.
    pub fn label(self) -> &'static str {
        match self {
            SortColumn::Name => "Name",
            SortColumn::Platform => "Platform",
            SortColumn::Location => "Location",
            SortColumn::Metadata => "Metadata",
            SortColumn::Created => "Created",
            SortColumn::Hardware => "Hardware id",
        }
    }
}

/// A sort: a column, ascending or descending (`-name` in the address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub column: SortColumn,
    pub descending: bool,
}

impl fmt::Display for Sort {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.descending { "-" } else { "" };
        write!(f, "{sign}{}", self.column.as_str())
    }
}

impl FromStr for Sort {
    type Err = String;

    fn from_str(s: &str) -> Result<Sort, String> {
        let (descending, name) = match s.strip_prefix('-') {
            Some(name) => (true, name),
            None => (false, s),
        };
        SortColumn::ALL
            .into_iter()
            .find(|c| c.as_str() == name)
            .map(|column| Sort { column, descending })
            .ok_or_else(|| format!("sort \"{s}\" is not a column"))
    }
}

/// What a query value keeps readable: letters, digits, `-_.~` and the `:` of
/// `key:value` filters; everything else is percent-encoded.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b':');

/// A query string (without `?`) of `pairs`, the console's one encoder for addresses.
pub fn query_string<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> String {
    pairs
        .into_iter()
        .map(|(k, v)| format!("{k}={}", utf8_percent_encode(&v, QUERY_VALUE)))
        .collect::<Vec<_>>()
        .join("&")
}

/// What a list screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filters {
    pub location: Option<Uuid>,
    pub metadata: Vec<MetadataFilter>,
    /// Enrollments: include used codes (the console shows pending ones by default).
    pub used: bool,
    /// Zero-based.
    pub page: u32,
    pub size: u32,
    /// Sorting within the page.
    pub sort: Option<Sort>,
}

impl Default for Filters {
    fn default() -> Self {
        Filters {
            location: None,
            metadata: Vec::new(),
            used: false,
            page: 0,
            size: DEFAULT_PAGE_SIZE,
            sort: None,
        }
    }
}

impl Filters {
    /// Reads the URL's query pairs. What cannot be read is left out and reported, so a
    /// mangled link still opens a list (and says what was ignored).
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> (Filters, Vec<String>) {
        let mut f = Filters::default();
        let mut ignored = Vec::new();
        for (name, value) in pairs {
            match name.as_str() {
                "location" => match parse_uuid(&value) {
                    Ok(id) => f.location = Some(id),
                    Err(_) => ignored.push(format!("location \"{value}\" is not a location id")),
                },
                "metadata" => match MetadataFilter::parse(&value) {
                    Ok(m)
                        if f.metadata.len() < MAX_FILTERS
                            && !f.metadata.iter().any(|x| x.key == m.key) =>
                    {
                        f.metadata.push(m)
                    }
                    Ok(m) => ignored.push(format!(
                        "metadata filter {m}: at most {MAX_FILTERS}, each key once"
                    )),
                    Err(e) => ignored.push(e),
                },
                "used" => f.used = matches!(value.as_str(), "1" | "true" | "yes"),
                "page" => match value.parse::<u32>() {
                    Ok(n) if n >= 1 => f.page = n - 1,
                    _ => ignored.push(format!("page \"{value}\"")),
                },
                "size" => match value.parse::<u32>() {
                    Ok(n) if (1..=MAX_PAGE_SIZE).contains(&n) => f.size = n,
                    _ => ignored.push(format!("page size \"{value}\"")),
                },
                "sort" => match value.parse() {
                    Ok(sort) => f.sort = Some(sort),
                    Err(e) => ignored.push(e),
                },
                _ => ignored.push(format!("unknown parameter \"{name}\"")),
            }
        }
        (f, ignored)
    }

    /// The query string for the URL (without `?`), leaving defaults out.
    pub fn to_query(&self) -> String {
        let mut s: Vec<(&str, String)> = Vec::new();
        if let Some(l) = self.location {
            s.push(("location", l.to_string()));
        }
        for m in &self.metadata {
            s.push(("metadata", m.to_string()));
        }
        if self.used {
            s.push(("used", "1".into()));
        }
        if self.page > 0 {
            s.push(("page", (self.page + 1).to_string()));
        }
        if self.size != DEFAULT_PAGE_SIZE {
            s.push(("size", self.size.to_string()));
        }
        if let Some(sort) = &self.sort {
            s.push(("sort", sort.to_string()));
        }
        query_string(s)
    }

    /// The API query for these filters.
    pub fn to_list_query(&self) -> ListQuery {
        ListQuery {
            location_id: self.location,
            metadata: self.metadata.clone(),
            include_consumed: Some(self.used),
            page_number: self.page,
            page_size: self.size,
        }
    }

    /// A copy with a filter added (and back to the first page); an error says why not.
    pub fn with_filter(&self, f: MetadataFilter) -> Result<Filters, String> {
        let mut metadata: Vec<MetadataFilter> = self
            .metadata
            .iter()
            .filter(|m| m.key != f.key)
            .cloned()
            .collect();
        metadata.push(f);
        check_filters(&metadata)?;
        Ok(Filters {
            metadata,
            page: 0,
            ..self.clone()
        })
    }

    pub fn without_filter(&self, key: &str) -> Filters {
        Filters {
            metadata: self
                .metadata
                .iter()
                .filter(|m| m.key != key)
                .cloned()
                .collect(),
            page: 0,
            ..self.clone()
        }
    }

    pub fn at_location(&self, location: Option<Uuid>) -> Filters {
        Filters {
            location,
            page: 0,
            ..self.clone()
        }
    }

    pub fn is_filtered(&self) -> bool {
        self.location.is_some() || !self.metadata.is_empty()
    }
}

/// Decodes a query string into pairs.
pub fn parse_query(raw: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(raw.trim_start_matches('?').as_bytes())
        .into_owned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> MetadataFilter {
        MetadataFilter::parse(s).unwrap()
    }

    #[test]
    fn round_trips_through_the_url() {
        let filters = Filters {
            location: Some(Uuid::from_u128(0x550e8400_e29b_41d4_a716_446655440000)),
            metadata: vec![f("store:104"), f("department:Café & bar")],
            used: true,
            page: 2,
            size: 50,
            sort: Some(Sort {
                column: SortColumn::Created,
                descending: true,
            }),
        };
        let q = filters.to_query();
        assert_eq!(
            q,
            "location=550e8400-e29b-41d4-a716-446655440000&metadata=store:104&metadata=department:Caf%C3%A9%20%26%20bar&used=1&page=3&size=50&sort=-created"
        );
        let (back, ignored) = Filters::from_pairs(parse_query(&q));
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(back, filters);
    }

    #[test]
    fn defaults_stay_out_of_the_url() {
        assert_eq!(Filters::default().to_query(), "");
        assert_eq!(Filters::from_pairs(parse_query("")).0, Filters::default());
    }

    #[test]
    fn mangled_links_still_open_and_say_what_was_ignored() {
        let (f, ignored) = Filters::from_pairs(parse_query(
            "location=nope&metadata=bad&page=0&size=1000&x=1&metadata=a%3A1",
        ));
        assert_eq!(f.location, None);
        assert_eq!(f.metadata.len(), 1);
        assert_eq!((f.page, f.size), (0, DEFAULT_PAGE_SIZE));
        assert_eq!(ignored.len(), 5, "{ignored:?}");
    }

    #[test]
    fn the_api_query_counts_pages_from_zero() {
        let (f, _) = Filters::from_pairs(parse_query("page=3&size=10&metadata=till%3A2"));
        let q = f.to_list_query();
        assert_eq!(
            (q.page_number, q.page_size, q.include_consumed),
            (2, 10, Some(false))
        );
        assert_eq!(q.metadata, vec![MetadataFilter::parse("till:2").unwrap()]);
    }

    #[test]
    fn filters_are_added_replaced_and_removed() {
        let base = Filters {
            page: 4,
            ..Filters::default()
        };
        let one = base.with_filter(f("store:1")).unwrap();
        assert_eq!(one.page, 0);
        let replaced = one.with_filter(f("store:2")).unwrap();
        assert_eq!(replaced.metadata, vec![f("store:2")]);
        let mut five = Filters::default();
        for i in 0..5 {
            five = five.with_filter(f(&format!("k{i}:v"))).unwrap();
        }
        assert!(five
            .with_filter(f("k9:v"))
            .unwrap_err()
            .contains("at most 5"));
        assert_eq!(five.without_filter("k0").metadata.len(), 4);
    }

    #[test]
    fn decoding_handles_plus_and_broken_escapes() {
        assert_eq!(
            parse_query("a=b+c&d=%zz&e=%41"),
            vec![
                ("a".into(), "b c".into()),
                ("d".into(), "%zz".into()),
                ("e".into(), "A".into())
            ]
        );
    }
}
