//! The console's whole-fleet calls (the proxy's fleet index; not part of the upstream
//! API): the device list's query with search, sort and the index-only filters, and the
//! answers of the list, its facets and the overview.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::problem::{FieldErrors, Problem};
use crate::query::{ListKind, ListQuery, Params};
use crate::{Device, Page, Platform};

/// Longest search text (`q`).
pub const MAX_SEARCH_LEN: usize = 200;

/// A column the whole fleet sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortColumn {
    Name,
    Platform,
    Location,
    Metadata,
    CreatedAt,
    HardwareId,
}

impl SortColumn {
    pub const ALL: [SortColumn; 6] = [
        SortColumn::Name,
        SortColumn::Platform,
        SortColumn::Location,
        SortColumn::Metadata,
        SortColumn::CreatedAt,
        SortColumn::HardwareId,
    ];

    /// Its name in a query.
    pub fn as_str(self) -> &'static str {
        match self {
            SortColumn::Name => "name",
            SortColumn::Platform => "platform",
            SortColumn::Location => "location",
            SortColumn::Metadata => "metadata",
            SortColumn::CreatedAt => "created_at",
            SortColumn::HardwareId => "hardware_id",
        }
    }

    pub fn parse(s: &str) -> Option<SortColumn> {
        SortColumn::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// The order it sorts in unless told: newest first for dates, A–Z otherwise.
    pub fn default_order(self) -> Order {
        match self {
            SortColumn::CreatedAt => Order::Desc,
            _ => Order::Asc,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Order {
    Asc,
    Desc,
}

impl Order {
    pub fn as_str(self) -> &'static str {
        match self {
            Order::Asc => "asc",
            Order::Desc => "desc",
        }
    }

    pub fn parse(s: &str) -> Option<Order> {
        [Order::Asc, Order::Desc]
            .into_iter()
            .find(|o| o.as_str() == s)
    }
}

/// `GET /api/devices` (and its facets and export): the upstream's list query plus what
/// only the fleet index answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FleetQuery {
    /// Location, exact metadata filters, the page.
    pub list: ListQuery,
    /// Case-insensitive part of the name, hardware id or id.
    pub q: Option<String>,
    pub sort: SortColumn,
    pub order: Order,
    /// Metadata values compared without regard to case (`metadata_match=ci`).
    pub metadata_ci: bool,
    pub platform: Option<Platform>,
    /// Only devices created at or after this time.
    pub created_after: Option<DateTime<Utc>>,
}

impl Default for FleetQuery {
    fn default() -> Self {
        FleetQuery {
            list: ListQuery::default(),
            q: None,
            sort: SortColumn::CreatedAt,
            order: Order::Desc,
            metadata_ci: false,
            platform: None,
            created_after: None,
        }
    }
}

impl FleetQuery {
    /// Parses a raw (percent-encoded) query string; every problem is reported, by name.
    pub fn parse(raw: &str) -> Result<FleetQuery, Problem> {
        let mut q = FleetQuery::default();
        let mut errors = FieldErrors::new();
        let mut rest = Vec::new();
        let mut order = None;
        const OWN: [&str; 6] = [
            "q",
            "sort",
            "order",
            "metadata_match",
            "platform",
            "created_after",
        ];
        let mut own = Params::new(&OWN, "");
        for (name, value) in form_urlencoded::parse(raw.as_bytes()).into_owned() {
            // The list's own parameters are the list query's to read.
            if !OWN.contains(&name.as_str()) {
                rest.push((name, value));
                continue;
            }
            if !own.admit(&name, &mut errors) {
                continue;
            }
            let read: Result<(), String> = match name.as_str() {
                "q" => match value.trim() {
                    t if t.chars().count() > MAX_SEARCH_LEN => Err(format!(
                        "Search for at most {MAX_SEARCH_LEN} characters (this is {}).",
                        t.chars().count()
                    )),
                    "" => Ok(()),
                    t => {
                        q.q = Some(t.to_owned());
                        Ok(())
                    }
                },
                "sort" => SortColumn::parse(&value)
                    .map(|c| q.sort = c)
                    .ok_or_else(|| {
                        format!(
                            "Sort by one of: {}.",
                            SortColumn::ALL.map(SortColumn::as_str).join(", ")
                        )
                    }),
                "order" => Order::parse(&value)
                    .map(|o| order = Some(o))
                    .ok_or_else(|| "Use asc or desc.".into()),
                "metadata_match" => match value.as_str() {
                    "ci" | "exact" => {
                        q.metadata_ci = value == "ci";
                        Ok(())
                    }
                    _ => Err("Use ci (any case) or exact.".into()),
                },
                "platform" => Platform::parse(&value)
                    .map(|p| q.platform = Some(p))
                    .ok_or_else(|| "Use IOS, ANDROID or TERMINAL.".into()),
                _ => crate::time::parse(&value)
                    .map(|t| q.created_after = Some(t))
                    .ok_or_else(|| "Use a date and time such as 2026-12-01T00:00:00Z.".into()),
            };
            if let Err(why) = read {
                errors.insert(name, why);
            }
        }
        q.order = order.unwrap_or(q.sort.default_order());
        match ListQuery::from_pairs(ListKind::Devices, rest) {
            Ok(list) => q.list = list,
            Err(p) => errors.extend(p.errors),
        }
        if errors.is_empty() {
            Ok(q)
        } else {
            Err(Problem::validation(errors))
        }
    }

    /// The query string (without `?`); what is at its default is left out.
    pub fn to_query_string(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(self.list.to_query_string(ListKind::Devices));
        if let Some(q) = &self.q {
            s.append_pair("q", q);
        }
        if self.sort != SortColumn::CreatedAt || self.order != self.sort.default_order() {
            s.append_pair("sort", self.sort.as_str());
            s.append_pair("order", self.order.as_str());
        }
        if self.metadata_ci {
            s.append_pair("metadata_match", "ci");
        }
        if let Some(p) = self.platform {
            s.append_pair("platform", p.as_str());
        }
        if let Some(t) = &self.created_after {
            s.append_pair("created_after", &crate::time::format(t));
        }
        s.finish()
    }

    /// Whether it asks for what only the index can answer (search, sort, the index-only
    /// filters), as opposed to a plain upstream page.
    pub fn needs_index(&self) -> bool {
        self.q.is_some()
            || self.sort != SortColumn::CreatedAt
            || self.order != Order::Desc
            || self.metadata_ci
            || self.platform.is_some()
            || self.created_after.is_some()
    }
}

/// `GET /api/devices`: the upstream's page envelope, plus when its data was read.
///
/// Read through [`DeviceListWire`] rather than with `flatten` on the way in: a flattened
/// field is read by buffering the whole answer and reading it again, which costs the
/// browser a second copy of every device's reader (some kilobytes of its download) and
/// time on each page. The JSON is the same either way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "DeviceListWire")]
pub struct DeviceList {
    #[serde(flatten)]
    pub page: Page<Device>,
    /// When the upstream said what this answer shows.
    #[serde(with = "crate::time")]
    pub as_of: DateTime<Utc>,
    /// The last refresh failed: this is the copy from before it.
    #[serde(default)]
    pub stale: bool,
    /// Whether the whole fleet is indexed (search, sort, facets and export work); when
    /// not, this is the upstream's page as it is.
    #[serde(default)]
    pub indexed: bool,
    /// On an empty answer: metadata values that would match if their case were ignored.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub did_you_mean: Vec<NearMiss>,
}

/// How [`DeviceList`] is read: its page's fields side by side with its own.
#[derive(Deserialize)]
struct DeviceListWire {
    content: Vec<Device>,
    total_elements: u64,
    total_pages: u32,
    page_number: u32,
    page_size: u32,
    first: bool,
    last: bool,
    #[serde(with = "crate::time")]
    as_of: DateTime<Utc>,
    #[serde(default)]
    stale: bool,
    #[serde(default)]
    indexed: bool,
    #[serde(default)]
    did_you_mean: Vec<NearMiss>,
}

impl From<DeviceListWire> for DeviceList {
    fn from(w: DeviceListWire) -> DeviceList {
        DeviceList {
            page: Page {
                content: w.content,
                total_elements: w.total_elements,
                total_pages: w.total_pages,
                page_number: w.page_number,
                page_size: w.page_size,
                first: w.first,
                last: w.last,
            },
            as_of: w.as_of,
            stale: w.stale,
            indexed: w.indexed,
            did_you_mean: w.did_you_mean,
        }
    }
}

/// A metadata value that differs from a filter only in case, and how many devices have it
/// (under the other filters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NearMiss {
    pub key: String,
    pub value: String,
    pub count: u64,
}

/// `GET /api/devices/facets`: what the filtered fleet holds, counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facets {
    #[serde(with = "crate::time")]
    pub as_of: DateTime<Utc>,
    pub total: u64,
    pub locations: Vec<LocationCount>,
    pub platforms: Vec<PlatformCount>,
    /// Keys A–Z; per key the most common values first.
    pub metadata: Vec<KeyFacet>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocationCount {
    pub location_id: Option<Uuid>,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformCount {
    pub platform: Platform,
    pub count: u64,
}

/// A metadata key's values with their counts; at most [`MAX_FACET_VALUES`], the rest
/// counted in `other_values`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyFacet {
    pub key: String,
    pub count: u64,
    pub values: Vec<ValueCount>,
    #[serde(default)]
    pub other_values: u64,
}

/// Most values listed per metadata key.
pub const MAX_FACET_VALUES: usize = 50;
/// Most metadata keys listed.
pub const MAX_FACET_KEYS: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueCount {
    pub value: String,
    pub count: u64,
}

/// `GET /api/overview`: each location in scope at a glance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    #[serde(with = "crate::time")]
    pub as_of: DateTime<Utc>,
    #[serde(default)]
    pub stale: bool,
    /// Codes expire "soon" within this many seconds of `as_of`'s answer.
    pub expiring_within_secs: u64,
    /// Devices count as added "this week" since this time.
    #[serde(with = "crate::time")]
    pub added_since: DateTime<Utc>,
    pub locations: Vec<StoreOverview>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreOverview {
    pub location_id: Uuid,
    pub name: String,
    pub devices: u64,
    pub platforms: Vec<PlatformCount>,
    pub pending_codes: u64,
    pub expiring_codes: u64,
    pub added_this_week: u64,
}

/// `POST /api/devices/refresh`: the index was read again from the upstream.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refreshed {
    #[serde(with = "crate::time")]
    pub as_of: DateTime<Utc>,
    pub total: u64,
}

/// The header of a CSV export that says how many rows it will have (for a progress bar:
/// the body is streamed, so it has no length).
pub const ROW_COUNT_HEADER: &str = "x-row-count";

#[cfg(test)]
mod tests;
