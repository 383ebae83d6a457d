//! Relative times ("3 days ago"), with the absolute time on hover and focus: the
//! screens beyond the first load show them, and their words say them (`common.ftl`).

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use super::time::use_dates;

/// How long ago `t` was, or how long until it comes, as a message of the catalogs and
/// its number: "just now", "5 min ago", "3 h ago", "2 days ago", "in 40 min"; `None`
/// past a year (the absolute time says more).
pub fn relative_key(t: DateTime<Utc>, now: DateTime<Utc>) -> Option<(&'static str, i64)> {
    let secs = (now - t).num_seconds();
    let (future, secs) = (secs < 0, secs.abs());
    let pick = |ago, ahead| if future { ahead } else { ago };
    Some(match secs {
        0..=44 => ("time-just-now", 0),
        45..=3_599 => (pick("time-min-ago", "time-min-in"), (secs + 30) / 60),
        3_600..=86_399 => (pick("time-h-ago", "time-h-in"), (secs + 1_800) / 3_600),
        86_400..=2_591_999 => (
            pick("time-days-ago", "time-days-in"),
            (secs + 43_200) / 86_400,
        ),
        _ => match (secs + 1_296_000) / 2_592_000 {
            m if m < 12 => (pick("time-months-ago", "time-months-in"), m),
            _ => return None,
        },
    })
}

/// [`relative_key`] in the language shown.
pub fn relative(t: DateTime<Utc>, now: DateTime<Utc>) -> Option<String> {
    let (key, n) = relative_key(t, now)?;
    Some(crate::i18n::t_with(key, &[("n", n.into())]))
}

/// A relative time whose absolute value shows on hover and is read out by screen readers.
/// Not a tab stop of its own: a table of them would otherwise take a Tab per row and
/// column (the device page shows the absolute time beside it).
///
/// The absolute value is filled in once the page has been painted: the browser's first
/// date formatter costs 30 to 40 ms to build, which should not hold up a table's first
/// appearance (a timeout alone can run before the paint).
#[component]
pub fn RelativeTime(
    at: DateTime<Utc>,
    /// The store: the date is its local time there, with the zone named when it
    /// differs from the viewer's (once the locations have loaded).
    #[prop(default = None)]
    location: Option<ipp::Uuid>,
) -> impl IntoView {
    let dates = use_dates();
    let locations = crate::locations::use_locations();
    let painted = RwSignal::new(false);
    request_animation_frame(move || {
        // Just before the next paint; the timeout runs after it.
        set_timeout(
            move || {
                painted.try_set(true);
            },
            std::time::Duration::ZERO,
        );
    });
    let absolute = Memo::new(move |_| {
        if painted.get() {
            dates.at_store(at, locations.zone(location).as_deref())
        } else {
            String::new()
        }
    });
    // Worded when shown, so that a change of language words it again.
    let text = move || dates.relative(at, Utc::now());
    view! {
        <time class="relative-time" datetime=ipp::time::format(&at) data-absolute=absolute>
            {text}
            // A date as the browser writes it in the language shown: not a catalog's text.
            <span class="visually-hidden" translate="no">{move || absolute.with(|a| if a.is_empty() { String::new() } else { format!(" ({a})") })}</span>
        </time>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_times_read_naturally() {
        let now: DateTime<Utc> = "2026-11-22T12:00:00Z".parse().unwrap();
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let relative = |t, now| relative(t, now).unwrap_or_default();
        assert_eq!(relative(at("2026-11-22T11:59:40Z"), now), "just now");
        assert_eq!(relative(at("2026-11-22T11:55:00Z"), now), "5 min ago");
        assert_eq!(relative(at("2026-11-22T09:00:00Z"), now), "3 h ago");
        assert_eq!(relative(at("2026-11-21T12:00:00Z"), now), "1 day ago");
        assert_eq!(relative(at("2026-11-12T12:00:00Z"), now), "10 days ago");
        assert_eq!(relative(at("2026-09-22T12:00:00Z"), now), "2 months ago");
        assert_eq!(relative(at("2026-11-22T12:40:00Z"), now), "in 40 min");
    }
}
