//! Time left on a pairing code: the visible countdown (every second) and the polite
//! announcement for screen readers (only when it says something new: each minute in the
//! last ten, each ten minutes before, each hour above two hours).

use crate::i18n::Msg;

/// The visible countdown for `secs` seconds left.
pub fn text(secs: i64) -> Msg {
    if secs <= 0 {
        return Msg::new("countdown-expired");
    }
    let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
    match (h, m) {
        (0, 0) => Msg::new("countdown-s").with("s", s),
        (0, m) if m < 10 => Msg::new("countdown-m-s")
            .with("m", m)
            .with("s", format!("{s:02}")),
        (0, m) => Msg::new("countdown-m").with("m", m),
        (h, 0) => Msg::new("countdown-h").with("h", h),
        (h, m) => Msg::new("countdown-h-m")
            .with("h", h)
            .with("m", format!("{m:02}")),
    }
}

/// What to announce for `secs` seconds left: the same text for a whole step, so a screen
/// reader hears it when the step changes, not every second.
pub fn announcement(secs: i64) -> Msg {
    if secs <= 0 {
        return Msg::new("announce-expired");
    }
    let minutes = (secs + 59) / 60; // rounded up: "1 minute left" until it is over
    match minutes {
        1 => Msg::new("announce-under-a-minute"),
        m if m <= 10 => Msg::new("announce-minutes").with("m", m),
        m if m <= 120 => Msg::new("announce-about-minutes").with("m", (m + 9) / 10 * 10),
        m => Msg::new("announce-about-hours").with("h", (m + 59) / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text() {
        let text = |secs| text(secs).text();
        assert_eq!(text(7200), "2 h left");
        assert_eq!(text(7199), "1 h 59 min left");
        assert_eq!(text(3661), "1 h 01 min left");
        assert_eq!(text(900), "15 min left");
        assert_eq!(text(599), "9 min 59 s left");
        assert_eq!(text(61), "1 min 01 s left");
        assert_eq!(text(59), "59 s left");
        assert_eq!(text(0), "Expired");
        assert_eq!(text(-5), "Expired");
    }

    #[test]
    fn announcements_change_in_steps() {
        let announcement = |secs| announcement(secs).text();
        assert_eq!(announcement(30), "The code expires in less than a minute.");
        assert_eq!(announcement(60), "The code expires in less than a minute.");
        assert_eq!(announcement(61), "The code expires in 2 minutes.");
        assert_eq!(announcement(599), "The code expires in 10 minutes.");
        assert_eq!(announcement(1500), "The code expires in about 30 minutes.");
        assert_eq!(announcement(7200), "The code expires in about 120 minutes.");
        assert_eq!(announcement(86_400), "The code expires in about 24 hours.");
        assert_eq!(announcement(0), "The code has expired.");
        // Within a step, every second gives the same text (nothing new to announce).
        let texts: std::collections::BTreeSet<String> = (1201..=1800).map(announcement).collect();
        assert_eq!(texts.len(), 1);
    }
}
