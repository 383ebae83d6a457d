//! Times as people read them: absolute in their own time zone and language, and
//! relative ("3 days ago") with the absolute time on hover and focus.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{DateTime, Utc};
use leptos::prelude::*;

pub use super::relative_time::{relative, relative_key, RelativeTime};

/// How one console writes absolute times: in the language the host portal asked for
/// (its `locale` message), else the token's `locale` claim, else the browser's, in the
/// viewer's time zone. It keeps one formatter: `Date.toLocaleString` with options builds
/// a new one per call, about 2 ms each in Chromium, which a table of 20 rows feels.
#[derive(Default)]
pub struct Dates {
    locale: RefCell<Option<String>>,
    #[cfg(target_arch = "wasm32")]
    format: RefCell<Option<js_sys::Function>>,
    #[cfg(target_arch = "wasm32")]
    time_format: RefCell<Option<js_sys::Function>>,
    /// Per language tag and store time zone (`sv-SE|Europe/Oslo`; no zone: the
    /// viewer's), its formatter (`None`: the browser does not know the zone).
    #[cfg(target_arch = "wasm32")]
    zoned: RefCell<std::collections::HashMap<String, Option<js_sys::Function>>>,
    /// The viewer's time zone, asked of the browser once: each asking builds an
    /// `Intl.DateTimeFormat` (a device table asked once per row).
    #[cfg(target_arch = "wasm32")]
    viewer_zone: std::cell::OnceCell<Option<String>>,
}

impl Dates {
    /// The absolute local time ("22 Nov 2026, 14:30").
    pub fn local(&self, t: DateTime<Utc>) -> String {
        #[cfg(target_arch = "wasm32")]
        return self.formatted(t, &self.format, true);
        #[cfg(not(target_arch = "wasm32"))]
        return t
            .with_timezone(&chrono::Local)
            .format("%-d %b %Y, %H:%M")
            .to_string();
    }

    /// A store's time ("6 Dec 2026, 14:06 CET"): in the store's zone, with the zone's
    /// name, when it differs from the viewer's; the viewer's local time otherwise, and
    /// for a zone the browser does not know.
    pub fn at_store(&self, t: DateTime<Utc>, zone: Option<&str>) -> String {
        let tag = self.locale.borrow().clone();
        self.at_store_in(t, zone, tag.as_deref())
    }

    /// [`Dates::at_store`] in the language of `tag` (the store's, for its printout).
    pub fn at_store_in(&self, t: DateTime<Utc>, zone: Option<&str>, tag: Option<&str>) -> String {
        #[cfg(target_arch = "wasm32")]
        {
            // Another zone than the viewer's, or another language than the console's:
            // a formatter of its own, kept by both.
            let viewer = self.viewer_zone.get_or_init(viewer_zone);
            let zone = zone.filter(|z| Some(*z) != viewer.as_deref());
            let other_language = tag.is_some() && tag != self.locale.borrow().as_deref();
            if zone.is_some() || other_language {
                let format = self
                    .zoned
                    .borrow_mut()
                    .entry(format!(
                        "{}|{}",
                        tag.unwrap_or_default(),
                        zone.unwrap_or_default()
                    ))
                    .or_insert_with(|| match zone {
                        Some(zone) => zone_format(tag, zone),
                        None => Some(date_format(tag, true)),
                    })
                    .clone();
                if let Some(s) = format.and_then(|f| call(&f, t)) {
                    return s;
                }
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (zone, tag);
        self.local(t)
    }

    /// The local time of day to the second ("12:04:31"), for what happened today.
    pub fn time_of_day(&self, t: DateTime<Utc>) -> String {
        #[cfg(target_arch = "wasm32")]
        return self.formatted(t, &self.time_format, false);
        #[cfg(not(target_arch = "wasm32"))]
        return t
            .with_timezone(&chrono::Local)
            .format("%H:%M:%S")
            .to_string();
    }

    /// `t` through the browser's formatter kept in `slot` (made on first use, with the
    /// date or only the time of day).
    #[cfg(target_arch = "wasm32")]
    fn formatted(
        &self,
        t: DateTime<Utc>,
        slot: &RefCell<Option<js_sys::Function>>,
        with_date: bool,
    ) -> String {
        let f = slot
            .borrow_mut()
            .get_or_insert_with(|| date_format(self.locale.borrow().as_deref(), with_date))
            .clone();
        call(&f, t).unwrap_or_else(|| ipp::time::format(&t))
    }

    /// Dates in `tag`'s language from now on, unless they already are.
    pub fn follow(&self, tag: &str) {
        if self.locale.borrow().as_deref() != Some(tag) {
            self.set_locale(Some(tag));
        }
    }

    /// Dates from now on in `tag`'s language (a BCP 47 tag), or the browser's for
    /// `None`; a tag the browser refuses leaves the browser's own language.
    pub fn set_locale(&self, tag: Option<&str>) {
        *self.locale.borrow_mut() = tag.map(str::to_owned);
        #[cfg(target_arch = "wasm32")]
        {
            *self.format.borrow_mut() = None;
            *self.time_format.borrow_mut() = None;
            self.zoned.borrow_mut().clear();
        }
    }
}

/// A console's [`Dates`], as components keep it (a handle, cheap to copy).
#[derive(Clone, Copy)]
pub struct DateFormat(StoredValue<Rc<Dates>, LocalStorage>);

impl DateFormat {
    /// Makes `dates` the date format of the components below the current owner.
    pub fn provide(dates: Rc<Dates>) -> DateFormat {
        let f = DateFormat(StoredValue::new_local(dates));
        provide_context(f);
        f
    }

    /// The language shown, for the formatters (and tracked, so that text that formats a
    /// date in `move ||` follows a change of language).
    fn in_language(&self) {
        if let Some(i18n) = use_context::<crate::i18n::I18n>() {
            let tag = i18n.date_tag();
            self.0.try_with_value(|d| d.follow(&tag));
        }
    }

    pub fn local(&self, t: DateTime<Utc>) -> String {
        self.in_language();
        self.0
            .try_with_value(|d| d.local(t))
            .unwrap_or_else(|| ipp::time::format(&t))
    }

    pub fn at_store(&self, t: DateTime<Utc>, zone: Option<&str>) -> String {
        self.in_language();
        self.0
            .try_with_value(|d| d.at_store(t, zone))
            .unwrap_or_else(|| ipp::time::format(&t))
    }

    pub fn at_store_in(&self, t: DateTime<Utc>, zone: Option<&str>, tag: &str) -> String {
        self.0
            .try_with_value(|d| d.at_store_in(t, zone, Some(tag)))
            .unwrap_or_else(|| ipp::time::format(&t))
    }

    pub fn time_of_day(&self, t: DateTime<Utc>) -> String {
        self.in_language();
        self.0
            .try_with_value(|d| d.time_of_day(t))
            .unwrap_or_else(|| ipp::time::format(&t))
    }

    pub fn relative(&self, t: DateTime<Utc>, now: DateTime<Utc>) -> String {
        relative(t, now).unwrap_or_else(|| self.local(t))
    }

    pub fn dates(&self) -> Option<Rc<Dates>> {
        self.0.try_get_value()
    }
}

/// The console's date format; outside a console (a component test), a default one.
pub fn use_dates() -> DateFormat {
    use_context::<DateFormat>().unwrap_or_else(|| DateFormat::provide(Rc::new(Dates::default())))
}

/// `Intl.DateTimeFormat(tag, {dateStyle: medium, timeStyle: short}).format` (with `date`;
/// else `{timeStyle: medium}`, the time to the second), built so that a bad tag (a
/// RangeError) falls back to the default language instead of throwing.
#[cfg(target_arch = "wasm32")]
fn date_format(tag: Option<&str>, date: bool) -> js_sys::Function {
    use js_sys::{Array, Intl::DateTimeFormat, Object, Reflect};
    use wasm_bindgen::JsCast;
    let options = Object::new();
    if date {
        let _ = Reflect::set(&options, &"dateStyle".into(), &"medium".into());
        let _ = Reflect::set(&options, &"timeStyle".into(), &"short".into());
    } else {
        let _ = Reflect::set(&options, &"timeStyle".into(), &"medium".into());
    }
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

/// `t` through a browser formatter.
#[cfg(target_arch = "wasm32")]
fn call(format: &js_sys::Function, t: DateTime<Utc>) -> Option<String> {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t.timestamp_millis() as f64));
    format
        .call1(&wasm_bindgen::JsValue::NULL, &date)
        .ok()?
        .as_string()
}

/// The viewer's time zone, as the browser says.
#[cfg(target_arch = "wasm32")]
fn viewer_zone() -> Option<String> {
    use js_sys::{Array, Intl::DateTimeFormat, Object, Reflect};
    let options = DateTimeFormat::new(&Array::new(), &Object::new()).resolved_options();
    Reflect::get(&options, &"timeZone".into()).ok()?.as_string()
}

/// A formatter of dates and times in `zone`, naming it; `None` when the browser does
/// not know the zone (a RangeError).
#[cfg(target_arch = "wasm32")]
fn zone_format(tag: Option<&str>, zone: &str) -> Option<js_sys::Function> {
    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::JsCast;
    let options = Object::new();
    for (k, v) in [
        ("year", "numeric"),
        ("month", "short"),
        ("day", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("timeZoneName", "short"),
        ("timeZone", zone),
    ] {
        let _ = Reflect::set(&options, &k.into(), &v.into());
    }
    let constructor = Reflect::get(&js_sys::global(), &"Intl".into())
        .and_then(|intl| Reflect::get(&intl, &"DateTimeFormat".into()))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let locales = tag.map_or_else(Array::new, |t| Array::of1(&t.into()));
    let made = Reflect::construct(&constructor, &Array::of2(&locales, &options))
        .or_else(|_| Reflect::construct(&constructor, &Array::of2(&Array::new(), &options)))
        .ok()?;
    Some(
        made.unchecked_into::<js_sys::Intl::DateTimeFormat>()
            .format(),
    )
}
