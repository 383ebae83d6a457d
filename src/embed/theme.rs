//! The host's theme and locale, applied to the console's document with values checked
//! so that none can escape its CSS property.

use wasm_bindgen::JsCast;

use super::protocol::Theme;

/// A theme value that cannot escape its CSS property: colours as `#rgb`/`#rrggbb` or
/// `rgb(…)`/`hsl(…)` with plain numbers; fonts as names, commas, spaces and quotes.
pub(crate) fn safe_css(key: &str, value: &str) -> bool {
    if value.len() > 120 {
        return false;
    }
    if key == "font" {
        return value
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '"' | '\''));
    }
    let hex = value
        .strip_prefix('#')
        .is_some_and(|h| matches!(h.len(), 3 | 6 | 8) && h.chars().all(|c| c.is_ascii_hexdigit()));
    let func = ["rgb(", "rgba(", "hsl(", "hsla("]
        .iter()
        .any(|f| value.starts_with(f))
        && value.ends_with(')')
        && value.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '(' | ')' | ',' | '.' | '%' | ' ' | '/')
        });
    hex || func
}

pub(crate) fn apply_theme(t: &Theme) {
    let Some(html) = leptos::prelude::document().document_element() else {
        return;
    };
    let html: web_sys::HtmlElement = html.unchecked_into();
    match t.scheme.as_deref() {
        Some("dark") => {
            let _ = html.set_attribute("data-theme", "dark");
        }
        Some("light") => {
            let _ = html.set_attribute("data-theme", "light");
        }
        _ => {}
    }
    let style = html.style();
    for (key, prop, value) in [
        ("accent", "--color-accent", &t.accent),
        ("background", "--color-bg", &t.background),
        ("surface", "--color-surface", &t.surface),
        ("text", "--color-text", &t.text),
        ("font", "--font-body", &t.font),
    ] {
        if let Some(v) = value.as_deref().filter(|v| safe_css(key, v)) {
            let _ = style.set_property(prop, v);
        }
    }
}

/// The host's `locale {tag}`, when it is a well-formed tag: dates in it (the console's
/// language follows through [`crate::i18n::I18n::offer`]). Whether it was.
pub(crate) fn apply_locale(tag: &str, dates: &crate::components::time::Dates) -> bool {
    let ok =
        (2..=35).contains(&tag.len()) && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if ok {
        dates.set_locale(Some(tag));
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn theme_values_cannot_escape_their_property() {
        assert!(safe_css("accent", "#0a7d5a"));
        assert!(safe_css("accent", "rgb(10, 125, 90)"));
        assert!(safe_css("font", "\"Inter\", system-ui, sans-serif"));
        for bad in [
            "red; background: url(x)",
            "#12345",
            "url(https://evil)",
            "rgb(1,2,3);x",
            "expression(alert(1))",
        ] {
            assert!(!safe_css("accent", bad), "{bad}");
        }
        assert!(!safe_css("font", "x; color: red"));
    }
}
