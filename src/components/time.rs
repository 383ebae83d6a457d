//! Times as people read them: absolute in their own time zone and language, and
//! relative ("3 days ago") with the absolute time on hover and focus.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// The absolute local time ("22 Nov 2026, 14:30"), in the language the host portal
/// asked for (its `locale` message, else the token's `locale` claim), else the browser's.
pub fn local(t: DateTime<Utc>) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t.timestamp_millis() as f64));
        FORMAT
            .with(|f| {
                let mut f = f.borrow_mut();
                f.get_or_insert_with(|| LOCALE.with(|l| date_format(l.borrow().as_deref())))
                    .call1(&wasm_bindgen::JsValue::NULL, &date)
            })
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| ipp::time::format(&t))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        t.with_timezone(&chrono::Local)
            .format("%-d %b %Y, %H:%M")
            .to_string()
    }
}

// One formatter for the page: `Date.toLocaleString` with options builds a new one per
// call, about 2 ms each in Chromium, which a table of 20 rows feels.
#[cfg(target_arch = "wasm32")]
thread_local! {
    static FORMAT: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
    static LOCALE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Dates from now on in `tag`'s language (a BCP 47 tag), or the browser's for `None`;
/// a tag the browser refuses leaves the browser's own language.
pub fn set_date_locale(tag: Option<&str>) {
    #[cfg(target_arch = "wasm32")]
    {
        LOCALE.with(|l| *l.borrow_mut() = tag.map(str::to_owned));
        FORMAT.with(|f| *f.borrow_mut() = None);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = tag;
}

/// The token's `locale`: used unless the portal has already said which language.
pub fn prefer_date_locale(tag: &str) {
    #[cfg(target_arch = "wasm32")]
    if LOCALE.with(|l| l.borrow().is_none()) {
        set_date_locale(Some(tag));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = tag;
}

/// `Intl.DateTimeFormat(tag, {dateStyle: medium, timeStyle: short}).format`, built so
/// that a bad tag (a RangeError) falls back to the default language instead of throwing.
#[cfg(target_arch = "wasm32")]
fn date_format(tag: Option<&str>) -> js_sys::Function {
    use js_sys::{Array, Intl::DateTimeFormat, Object, Reflect};
    use wasm_bindgen::JsCast;
    let options = Object::new();
    let _ = Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = Reflect::set(&options, &"timeStyle".into(), &"short".into());
    let constructor = Reflect::get(&js_sys::global(), &"Intl".into())
        .and_then(|intl| Reflect::get(&intl, &"DateTimeFormat".into()))
        .ok()
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok());
    tag.zip(constructor)
        .and_then(|(tag, constructor)| {
            let args = Array::of2(&Array::of1(&tag.into()), &options);
            Reflect::construct(&constructor, &args).ok()
        })
        .map(|f| f.unchecked_into::<DateTimeFormat>())
        .unwrap_or_else(|| DateTimeFormat::new(&Array::new(), &options))
        .format()
}

/// "just now", "5 min ago", "3 h ago", "2 days ago", "in 40 min".
pub fn relative(t: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let secs = (now - t).num_seconds();
    let (future, secs) = (secs < 0, secs.abs());
    let amount = match secs {
        0..=44 => return "just now".into(),
        45..=3_599 => format!("{} min", (secs + 30) / 60),
        3_600..=86_399 => format!("{} h", (secs + 1_800) / 3_600),
        86_400..=2_591_999 => match (secs + 43_200) / 86_400 {
            1 => "1 day".into(),
            d => format!("{d} days"),
        },
        _ => match (secs + 1_296_000) / 2_592_000 {
            1 => "1 month".into(),
            m if m < 12 => format!("{m} months"),
            _ => return local(t),
        },
    };
    if future {
        format!("in {amount}")
    } else {
        format!("{amount} ago")
    }
}

/// A relative time whose absolute value shows on hover and keyboard focus.
///
/// The absolute value is filled in once the page has been painted: the browser's first
/// date formatter costs 30 to 40 ms to build, which should not hold up a table's first
/// appearance (a timeout alone can run before the paint).
#[component]
pub fn RelativeTime(at: DateTime<Utc>) -> impl IntoView {
    let absolute = RwSignal::new(String::new());
    request_animation_frame(move || {
        // Just before the next paint; the timeout runs after it.
        set_timeout(
            move || {
                absolute.try_set(local(at));
            },
            std::time::Duration::ZERO,
        );
    });
    let text = relative(at, Utc::now());
    view! {
        <time class="relative-time" datetime=ipp::time::format(&at) title=absolute data-absolute=absolute tabindex="0">
            {text}
            <span class="visually-hidden">{move || absolute.with(|a| if a.is_empty() { String::new() } else { format!(" ({a})") })}</span>
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
        assert_eq!(relative(at("2026-11-22T11:59:40Z"), now), "just now");
        assert_eq!(relative(at("2026-11-22T11:55:00Z"), now), "5 min ago");
        assert_eq!(relative(at("2026-11-22T09:00:00Z"), now), "3 h ago");
        assert_eq!(relative(at("2026-11-21T12:00:00Z"), now), "1 day ago");
        assert_eq!(relative(at("2026-11-12T12:00:00Z"), now), "10 days ago");
        assert_eq!(relative(at("2026-09-22T12:00:00Z"), now), "2 months ago");
        assert_eq!(relative(at("2026-11-22T12:40:00Z"), now), "in 40 min");
    }
}
