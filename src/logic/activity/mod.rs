//! The activity view's state, kept in its address like the other lists:
//! `?device=<id>&code=<id>&operator=<sub>&action=device.update&location=<id>`
//! `&since=2026-12-01&until=2026-12-07&page=2&size=50`. The dates are days of the
//! browser's calendar: `since` from the start of its day, `until` to the end of its day,
//! both in the browser's time zone and sent to the API in UTC. What a record says in
//! plain words is in [`wording`].

pub mod wording;

use chrono::{DateTime, Datelike, Days, Local, NaiveDate, Utc};
use ipp::activity::{ActivityQuery, ACTIONS, MAX_ACTOR_LEN};
use ipp::query::DEFAULT_PAGE_SIZE;
use ipp::request::parse_uuid;
use ipp::Uuid;

use super::filters::{page_pairs, query_string, read_page, read_size, say, FromQuery};
use crate::i18n::Msg;

/// How long the short history of a device or a code is.
pub const HISTORY_SIZE: u32 = 10;

/// What the activity view shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityFilters {
    pub device: Option<Uuid>,
    /// A pairing code's (an enrollment's) id.
    pub code: Option<Uuid>,
    /// An operator's `sub`.
    pub operator: Option<String>,
    /// One of [`ACTIONS`].
    pub action: Option<String>,
    pub location: Option<Uuid>,
    /// From the start of this day (local).
    pub since: Option<NaiveDate>,
    /// To the end of this day (local).
    pub until: Option<NaiveDate>,
    /// Zero-based.
    pub page: u32,
    pub size: u32,
}

impl Default for ActivityFilters {
    fn default() -> Self {
        ActivityFilters {
            device: None,
            code: None,
            operator: None,
            action: None,
            location: None,
            since: None,
            until: None,
            page: 0,
            size: DEFAULT_PAGE_SIZE,
        }
    }
}

/// A day as the address and a date input write it: `2026-12-01`. (Written and read by
/// hand: chrono's general formats would add some 30 KB to the console's first load.)
pub fn day_text(day: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
}

/// What is said of a query pair that was left out, naming it.
fn said(m: Msg, name: &str, value: &str) -> Msg {
    m.with("name", name).with("value", value)
}

/// A day typed in a date input or read from the address (`2026-12-01`).
pub fn read_day(value: &str) -> Option<NaiveDate> {
    let mut parts = value.trim().splitn(3, '-');
    let mut next = |len: usize| {
        parts
            .next()
            .filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let (y, m, d) = (next(4)?, next(2)?, next(2)?);
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// An operator's id as typed: trimmed; blank is none; too long is refused.
pub fn read_operator(value: &str) -> Result<Option<String>, Msg> {
    match super::optional_text(value) {
        Some(v) if v.chars().count() > MAX_ACTOR_LEN => {
            Err(Msg::new("activity-operator-too-long").with("max", MAX_ACTOR_LEN))
        }
        v => Ok(v),
    }
}

/// The start of `day` in the browser's time zone.
pub fn local_midnight(day: NaiveDate) -> DateTime<Utc> {
    let naive = day.and_time(chrono::NaiveTime::MIN);
    naive
        .and_local_timezone(Local)
        .earliest()
        .map_or_else(|| naive.and_utc(), |t| t.with_timezone(&Utc))
}

impl ActivityFilters {
    /// The history of one device.
    pub fn of_device(id: Uuid) -> ActivityFilters {
        ActivityFilters {
            device: Some(id),
            ..ActivityFilters::default()
        }
    }

    /// The history of one pairing code.
    pub fn of_code(id: Uuid) -> ActivityFilters {
        ActivityFilters {
            code: Some(id),
            ..ActivityFilters::default()
        }
    }
}

impl FromQuery for ActivityFilters {
    fn read<const SAY: bool>(
        pairs: impl IntoIterator<Item = (String, String)>,
    ) -> (ActivityFilters, Vec<Msg>) {
        let mut f = ActivityFilters::default();
        let mut ignored = Vec::new();
        for (name, value) in pairs {
            // The key of what is said of a value that cannot be read.
            let wrong: Result<(), &'static str> = match name.as_str() {
                "device" => parse_uuid(&value)
                    .map(|v| f.device = Some(v))
                    .map_err(|_| "activity-ignored-device"),
                "code" => parse_uuid(&value)
                    .map(|v| f.code = Some(v))
                    .map_err(|_| "activity-ignored-code"),
                "location" => parse_uuid(&value)
                    .map(|v| f.location = Some(v))
                    .map_err(|_| "activity-ignored-location"),
                "operator" => match read_operator(&value) {
                    Ok(v) => {
                        f.operator = v;
                        Ok(())
                    }
                    Err(e) => {
                        say::<SAY>(&mut ignored, || e);
                        Ok(())
                    }
                },
                "action" if ACTIONS.contains(&value.as_str()) => {
                    f.action = Some(value.clone());
                    Ok(())
                }
                "action" => Err("activity-ignored-action"),
                "since" | "until" => match read_day(&value) {
                    Some(d) if name == "since" => {
                        f.since = Some(d);
                        Ok(())
                    }
                    Some(d) => {
                        f.until = Some(d);
                        Ok(())
                    }
                    None => Err("activity-ignored-date"),
                },
                "page" => read_page(&value)
                    .map(|n| f.page = n)
                    .map_err(|_| "activity-ignored-page"),
                "size" => read_size(&value)
                    .map(|n| f.size = n)
                    .map_err(|_| "activity-ignored-size"),
                _ => Err("activity-ignored-unknown"),
            };
            if let Err(key) = wrong {
                say::<SAY>(&mut ignored, || said(Msg::new(key), &name, &value));
            }
        }
        if let (Some(s), Some(u)) = (f.since, f.until) {
            if u < s {
                f.until = None;
                say::<SAY>(&mut ignored, || {
                    Msg::new("activity-ignored-until")
                        .with("until", day_text(u))
                        .with("since", day_text(s))
                });
            }
        }
        (f, ignored)
    }
}

impl ActivityFilters {
    /// The query string for the address (without `?`), leaving defaults out.
    pub fn to_query(&self) -> String {
        let mut s: Vec<(&str, String)> = Vec::new();
        let ids = [("device", self.device), ("code", self.code)];
        s.extend(
            ids.into_iter()
                .filter_map(|(n, id)| Some((n, id?.to_string()))),
        );
        s.extend(self.operator.clone().map(|o| ("operator", o)));
        s.extend(self.action.clone().map(|a| ("action", a)));
        s.extend(self.location.map(|l| ("location", l.to_string())));
        s.extend(self.since.map(|d| ("since", day_text(d))));
        s.extend(self.until.map(|d| ("until", day_text(d))));
        s.extend(page_pairs(self.page, self.size));
        query_string(s)
    }

    /// The API query, with the days turned into times by `midnight` (the start of a day
    /// in some time zone): `until` is the start of the day after.
    pub fn to_api_query(&self, midnight: impl Fn(NaiveDate) -> DateTime<Utc>) -> ActivityQuery {
        ActivityQuery {
            device_id: self.device,
            enrollment_id: self.code,
            actor: self.operator.clone(),
            action: self.action.clone(),
            location_id: self.location,
            since: self.since.map(&midnight),
            until: self
                .until
                .and_then(|d| d.checked_add_days(Days::new(1)))
                .map(&midnight),
            page_number: self.page,
            page_size: self.size,
        }
    }

    /// The API query in the browser's time zone.
    pub fn to_local_query(&self) -> ActivityQuery {
        self.to_api_query(local_midnight)
    }

    /// A copy changed by `edit`, from the first page.
    pub fn changed(&self, edit: impl FnOnce(&mut ActivityFilters)) -> ActivityFilters {
        let mut next = self.clone();
        edit(&mut next);
        next.page = 0;
        next
    }

    pub fn is_filtered(&self) -> bool {
        self.device.is_some()
            || self.code.is_some()
            || self.operator.is_some()
            || self.action.is_some()
            || self.location.is_some()
            || self.since.is_some()
            || self.until.is_some()
    }
}

#[cfg(test)]
mod tests;
