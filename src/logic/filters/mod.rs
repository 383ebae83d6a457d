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

use crate::i18n::{rule, Msg};
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

/// The address's `page` (counted from 1) as the API's (from 0).
pub fn read_page(value: &str) -> Result<u32, String> {
    match value.parse::<u32>() {
        Ok(n) if n >= 1 => Ok(n - 1),
        _ => Err(format!("page \"{value}\"")),
    }
}

/// The address's page `size`.
pub fn read_size(value: &str) -> Result<u32, String> {
    match value.parse::<u32>() {
        Ok(n) if (1..=MAX_PAGE_SIZE).contains(&n) => Ok(n),
        _ => Err(format!("page size \"{value}\"")),
    }
}

/// The address's `page` and `size` of a list (zero-based `page`), defaults left out.
pub fn page_pairs(page: u32, size: u32) -> impl Iterator<Item = (&'static str, String)> {
    let page = (page > 0).then(|| ("page", (page + 1).to_string()));
    let size = (size != DEFAULT_PAGE_SIZE).then(|| ("size", size.to_string()));
    page.into_iter().chain(size)
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

/// Filters read from an address's query pairs. What cannot be read is left out, and
/// worded when the reader says so (`SAY`).
pub trait FromQuery: Sized {
    /// The filters of `pairs` and, with `SAY`, what was left out; with `SAY` false
    /// nothing is worded, and the words are not in that copy's code (the first load's).
    fn read<const SAY: bool>(pairs: impl IntoIterator<Item = (String, String)>)
        -> (Self, Vec<Msg>);

    /// Reads the query pairs, reporting what was left out, so that a mangled link still
    /// opens a list (and says what was ignored).
    fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> (Self, Vec<Msg>) {
        Self::read::<true>(pairs)
    }

    /// The filters of the query pairs, without wording what was left out: the first
    /// reads, started before the screen that says it has arrived.
    fn quietly(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        Self::read::<false>(pairs).0
    }
}

impl FromQuery for Filters {
    fn read<const SAY: bool>(
        pairs: impl IntoIterator<Item = (String, String)>,
    ) -> (Filters, Vec<Msg>) {
        let mut f = Filters::default();
        let mut ignored = Vec::new();
        for (name, value) in pairs {
            match name.as_str() {
                "location" => match parse_uuid(&value) {
                    Ok(id) => f.location = Some(id),
                    Err(_) => say::<SAY>(&mut ignored, || {
                        Msg::new("link-ignored-location").with("value", value)
                    }),
                },
                "metadata" => match MetadataFilter::parse(&value) {
                    Ok(m)
                        if f.metadata.len() < MAX_FILTERS
                            && !f.metadata.iter().any(|x| x.key == m.key) =>
                    {
                        f.metadata.push(m)
                    }
                    Ok(m) => say::<SAY>(&mut ignored, || {
                        Msg::new("link-ignored-metadata-limit")
                            .with("filter", m.to_string())
                            .with("max", MAX_FILTERS)
                    }),
                    Err(e) => say::<SAY>(&mut ignored, || rule(&e)),
                },
                "used" => f.used = matches!(value.as_str(), "1" | "true" | "yes"),
                "page" => match read_page(&value) {
                    Ok(n) => f.page = n,
                    Err(_) => say::<SAY>(&mut ignored, || {
                        Msg::new("link-ignored-page").with("value", value)
                    }),
                },
                "size" => match read_size(&value) {
                    Ok(n) => f.size = n,
                    Err(_) => say::<SAY>(&mut ignored, || {
                        Msg::new("link-ignored-size").with("value", value)
                    }),
                },
                "sort" => match value.parse::<Sort>() {
                    Ok(sort) => f.sort = Some(sort).filter(|s| *s != Sort::NEWEST),
                    Err(_) => say::<SAY>(&mut ignored, || {
                        Msg::new("link-ignored-sort").with("value", value)
                    }),
                },
                "q" => f.q = Some(value).filter(|q| !q.trim().is_empty()),
                "metadata_match" => f.metadata_ci = value == "ci",
                "platform" => match Platform::parse(&value) {
                    Some(p) => f.platform = Some(p),
                    None => say::<SAY>(&mut ignored, || {
                        Msg::new("link-ignored-platform").with("value", value)
                    }),
                },
                "created_after" => match ipp::time::parse(&value) {
                    Some(t) => f.created_after = Some(t),
                    None => say::<SAY>(&mut ignored, || {
                        Msg::new("link-ignored-created-after").with("value", value)
                    }),
                },
                _ => say::<SAY>(&mut ignored, || {
                    Msg::new("link-ignored-unknown").with("name", name)
                }),
            }
        }
        (f, ignored)
    }
}

impl Filters {
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
        s.extend(page_pairs(self.page, self.size));
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
    pub fn for_codes(self) -> (Filters, Vec<Msg>) {
        let device_only = [
            ("search", self.q.is_some()),
            ("sort", self.sort.is_some()),
            ("metadata_match", self.metadata_ci),
            ("platform", self.platform.is_some()),
            ("created_after", self.created_after.is_some()),
        ];
        let ignored = device_only
            .into_iter()
            .filter(|(_, set)| *set)
            .map(|(name, _)| Msg::new("link-ignored-devices-only").with("name", name))
            .collect();
        (self.codes_only(), ignored)
    }

    /// [`Filters::for_codes`] without wording what was left out.
    pub fn codes_only(self) -> Filters {
        Filters {
            location: self.location,
            metadata: self.metadata,
            used: self.used,
            page: self.page,
            size: self.size,
            ..Filters::default()
        }
    }

    /// A copy with a filter added (and back to the first page); an error says why not.
    pub fn with_filter(&self, f: MetadataFilter) -> Result<Filters, ipp::rules::Broken> {
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

    /// The same list without its filters (location, metadata, platform, age); the
    /// search, the order, the page size and "show used codes" stay.
    pub fn cleared(&self) -> Filters {
        Filters {
            location: None,
            metadata: Vec::new(),
            platform: None,
            created_after: None,
            metadata_ci: false,
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

/// Notes what `m` says in `to` when the reader words what it leaves out (`SAY`); else
/// `m` is never called, and its words are not in that reader's code.
pub(crate) fn say<const SAY: bool>(to: &mut Vec<Msg>, m: impl FnOnce() -> Msg) {
    if SAY {
        to.push(m());
    }
}

#[cfg(test)]
mod tests;
