//! The state of a list screen, kept in its URL so reload, back and a pasted link show the
//! same view: `?location=<id>&metadata=key:value&…&used=1&page=2&size=50&sort=-name`, and
//! for devices also `q=<search>&metadata_match=ci&platform=IOS&created_after=<time>`.
//! Pages are counted from 1 in the URL (as people count) and from 0 at the API.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
pub use ipp::fleet::SortColumn;
use ipp::fleet::{FleetQuery, Order};
use ipp::metadata::{check_filters, MAX_FILTERS};
use ipp::query::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};
use ipp::request::parse_uuid;
use ipp::{ListQuery, MetadataFilter, Platform, Uuid};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Page sizes offered.
pub const PAGE_SIZES: [u32; 4] = [10, 20, 50, 100];

/// A sort of the whole fleet: a column (the API's names), ascending or descending
/// (`-name` in the address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub column: SortColumn,
    pub descending: bool,
}

impl Sort {
    /// The order when the address names none: newest first.
    pub const NEWEST: Sort = Sort {
        column: SortColumn::CreatedAt,
        descending: true,
    };
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
        // `created` and `hardware`: the names of addresses made before the API sorted.
        let column = match name {
            "created" => Some(SortColumn::CreatedAt),
            "hardware" => Some(SortColumn::HardwareId),
            other => SortColumn::parse(other),
        };
        column
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
    /// Devices: the order of the whole fleet; `None` is [`Sort::NEWEST`].
    pub sort: Option<Sort>,
    /// Devices: a part of the name, hardware id or id, as typed.
    pub q: Option<String>,
    /// Devices: metadata values match whatever their case (`metadata_match=ci`).
    pub metadata_ci: bool,
    pub platform: Option<Platform>,
    /// Devices: only those created at or after this time.
    pub created_after: Option<DateTime<Utc>>,
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
            q: None,
            metadata_ci: false,
            platform: None,
            created_after: None,
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
                    Ok(sort) => f.sort = Some(sort).filter(|s| *s != Sort::NEWEST),
                    Err(e) => ignored.push(e),
                },
                "q" => f.q = Some(value).filter(|q| !q.trim().is_empty()),
                "metadata_match" => f.metadata_ci = value == "ci",
                "platform" => match Platform::parse(&value) {
                    Some(p) => f.platform = Some(p),
                    None => ignored.push(format!("platform \"{value}\"")),
                },
                "created_after" => match ipp::time::parse(&value) {
                    Some(t) => f.created_after = Some(t),
                    None => ignored.push(format!("created_after \"{value}\" is not a time")),
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
        if self.metadata_ci {
            s.push(("metadata_match", "ci".into()));
        }
        if let Some(p) = self.platform {
            s.push(("platform", p.as_str().into()));
        }
        if let Some(t) = &self.created_after {
            s.push(("created_after", ipp::time::format(t)));
        }
        if let Some(q) = &self.q {
            s.push(("q", q.clone()));
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
        if let Some(sort) = self.sort.filter(|s| *s != Sort::NEWEST) {
            s.push(("sort", sort.to_string()));
        }
        query_string(s)
    }

    /// The API query of the code list for these filters.
    pub fn to_list_query(&self) -> ListQuery {
        ListQuery {
            location_id: self.location,
            metadata: self.metadata.clone(),
            include_consumed: Some(self.used),
            page_number: self.page,
            page_size: self.size,
        }
    }

    /// The API query of the device list (the whole fleet's) for these filters.
    pub fn to_fleet_query(&self) -> FleetQuery {
        let sort = self.sort();
        FleetQuery {
            list: ListQuery {
                include_consumed: None,
                ..self.to_list_query()
            },
            q: self
                .q
                .as_deref()
                .map(str::trim)
                .filter(|q| !q.is_empty())
                .map(str::to_owned),
            sort: sort.column,
            order: if sort.descending {
                Order::Desc
            } else {
                Order::Asc
            },
            metadata_ci: self.metadata_ci,
            platform: self.platform,
            created_after: self.created_after,
        }
    }

    /// The order of the device list.
    pub fn sort(&self) -> Sort {
        self.sort.unwrap_or(Sort::NEWEST)
    }

    /// A copy sorted by `sort`, from the first page.
    pub fn sorted(&self, sort: Sort) -> Filters {
        Filters {
            sort: Some(sort).filter(|s| *s != Sort::NEWEST),
            page: 0,
            ..self.clone()
        }
    }

    /// A copy searching for `q` (as typed; blank is no search), from the first page.
    pub fn searching(&self, q: &str) -> Filters {
        Filters {
            q: Some(q.to_owned()).filter(|q| !q.trim().is_empty()),
            page: 0,
            ..self.clone()
        }
    }

    /// The code list shows codes by location and metadata only: the device list's own
    /// filters are dropped, and said so.
    pub fn for_codes(self) -> (Filters, Vec<String>) {
        let mut ignored = Vec::new();
        let device_only = [
            ("search", self.q.is_some()),
            ("sort", self.sort.is_some()),
            ("metadata_match", self.metadata_ci),
            ("platform", self.platform.is_some()),
            ("created_after", self.created_after.is_some()),
        ];
        for (name, set) in device_only {
            if set {
                ignored.push(format!("{name} (devices only)"));
            }
        }
        let codes = Filters {
            location: self.location,
            metadata: self.metadata,
            used: self.used,
            page: self.page,
            size: self.size,
            ..Filters::default()
        };
        (codes, ignored)
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
        self.location.is_some()
            || !self.metadata.is_empty()
            || self.q.is_some()
            || self.platform.is_some()
            || self.created_after.is_some()
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
                column: SortColumn::Name,
                descending: true,
            }),
            q: Some("till 1 ".into()),
            metadata_ci: true,
            platform: Some(Platform::Ios),
            created_after: ipp::time::parse("2026-12-01T00:00:00Z"),
        };
        let q = filters.to_query();
        assert_eq!(
            q,
            "location=550e8400-e29b-41d4-a716-446655440000&metadata=store:104&metadata=department:Caf%C3%A9%20%26%20bar&metadata_match=ci&platform=IOS&created_after=2026-12-01T00:00:00Z&q=till%201%20&used=1&page=3&size=50&sort=-name"
        );
        let (back, ignored) = Filters::from_pairs(parse_query(&q));
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(back, filters);
    }

    #[test]
    fn the_device_list_asks_the_api_for_the_whole_fleet_in_its_order() {
        let (f, _) = Filters::from_pairs(parse_query(
            "metadata=dept%3ACheckout&metadata_match=ci&q=+till+&sort=hardware&page=2&size=50&platform=ANDROID",
        ));
        let api = f.to_fleet_query();
        assert_eq!(api.q.as_deref(), Some("till"), "trimmed for the API");
        assert_eq!((api.sort, api.order), (SortColumn::HardwareId, Order::Asc));
        assert_eq!((api.list.page_number, api.list.page_size), (1, 50));
        assert_eq!(api.list.include_consumed, None);
        assert_eq!(
            api.to_query_string(),
            "metadata=dept%3ACheckout&page_number=1&page_size=50&q=till&sort=hardware_id&order=asc&metadata_match=ci&platform=ANDROID"
        );
        // What the API reads back is what was meant.
        assert_eq!(FleetQuery::parse(&api.to_query_string()).unwrap(), api);
        // Newest first unless told, and then nothing about it in either address.
        let newest = Filters::default().to_fleet_query();
        assert_eq!(
            (newest.sort, newest.order),
            (SortColumn::CreatedAt, Order::Desc)
        );
        assert_eq!(newest.to_query_string(), "page_number=0&page_size=20");
        for sort in ["-created", "-created_at"] {
            let (f, ignored) = Filters::from_pairs(parse_query(&format!("sort={sort}")));
            assert!(ignored.is_empty());
            assert_eq!((f.sort(), f.to_query()), (Sort::NEWEST, String::new()));
        }
        let oldest = Filters::default().sorted(Sort {
            column: SortColumn::CreatedAt,
            descending: false,
        });
        assert_eq!(oldest.to_query(), "sort=created_at");
        assert_eq!(oldest.sorted(Sort::NEWEST), Filters::default());
    }

    #[test]
    fn searching_starts_from_the_first_page_and_blank_is_no_search() {
        let f = Filters {
            page: 3,
            ..Filters::default()
        }
        .searching("Till");
        assert_eq!((f.q.as_deref(), f.page), (Some("Till"), 0));
        assert!(f.is_filtered());
        assert_eq!(f.searching("  ").q, None);
        assert_eq!(Filters::from_pairs(parse_query("q=")).0, Filters::default());
    }

    #[test]
    fn the_code_list_drops_the_device_lists_own_filters_and_says_so() {
        let (f, _) = Filters::from_pairs(parse_query("q=a&platform=IOS&used=1&metadata=k%3Av"));
        let (codes, ignored) = f.for_codes();
        assert_eq!((codes.q, codes.platform, codes.used), (None, None, true));
        assert_eq!(codes.metadata, vec![MetadataFilter::parse("k:v").unwrap()]);
        assert_eq!(
            ignored,
            ["search (devices only)", "platform (devices only)"]
        );
    }

    #[test]
    fn defaults_stay_out_of_the_url() {
        assert_eq!(Filters::default().to_query(), "");
        assert_eq!(Filters::from_pairs(parse_query("")).0, Filters::default());
    }

    #[test]
    fn mangled_links_still_open_and_say_what_was_ignored() {
        let (f, ignored) = Filters::from_pairs(parse_query(
            "location=nope&metadata=bad&page=0&size=1000&x=1&metadata=a%3A1&platform=WATCH&created_after=soon&sort=colour",
        ));
        assert_eq!(f.location, None);
        assert_eq!(f.metadata.len(), 1);
        assert_eq!((f.page, f.size, f.platform), (0, DEFAULT_PAGE_SIZE, None));
        assert_eq!(ignored.len(), 8, "{ignored:?}");
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
