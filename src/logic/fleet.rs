//! What the fleet screens say in numbers: counts with thousands separated, the rows a
//! page shows, how old the data is, the near miss of a metadata filter, and how far an
//! export has come.

use crate::i18n::t_with;
use chrono::{DateTime, Utc};
use ipp::fleet::NearMiss;

/// After this long the list says when its data was read, and offers to read it again.
pub const OLD_AFTER_SECS: i64 = 5;

/// `10012` → `"10,012"`, grouped as the language shown groups digits (reactive).
pub fn thousands(n: u64) -> String {
    grouped(n, crate::i18n::use_i18n().lang())
}

/// `n` with its thousands separated as `lang` writes them (CLDR): `10,012` in English,
/// `10.012` in Danish, `10 012` (a no-break space) in Swedish, Norwegian and Finnish.
pub fn grouped(n: u64, lang: crate::i18n::Lang) -> String {
    use crate::i18n::Lang;
    let separator = match lang {
        Lang::En => ',',
        Lang::Da => '.',
        Lang::Sv | Lang::Nb | Lang::Fi => '\u{a0}',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// The rows of page `page` (zero-based) of `size` among `total`: `"1–50 of 10,012"`.
pub fn range_text(page: u32, size: u32, total: u64) -> String {
    let first = u64::from(page) * u64::from(size) + 1;
    let last = (first + u64::from(size) - 1).min(total);
    if first > total {
        t_with("list-range-none", &[("total", thousands(total).into())])
    } else {
        t_with(
            "list-range",
            &[
                ("first", thousands(first).into()),
                ("last", thousands(last).into()),
                ("total", thousands(total).into()),
            ],
        )
    }
}

/// Whether data read at `as_of` is old enough to say so.
pub fn is_old(as_of: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    (now - as_of).num_seconds() > OLD_AFTER_SECS
}

/// The sentence offering a near miss, around the suggested value (the link):
/// `("No department:checkout — did you mean ", "Checkout", " (7)?")`.
/// In the language shown (reactive).
pub fn near_miss_text(asked: &str, miss: &NearMiss) -> (String, String, String) {
    let filter = ("filter", format!("{}:{asked}", miss.key).into());
    let count = ("n", thousands(miss.count).into());
    (
        format!("{} ", t_with("device-near-miss", &[filter])),
        miss.value.clone(),
        format!(" {}", t_with("device-near-miss-count", &[count])),
    )
}

/// The file name of a `Content-Disposition: attachment; filename="…"` header, kept to
/// what is safe in a file name.
pub fn attachment_filename(header: &str) -> Option<String> {
    let name = header.split(';').map(str::trim).find_map(|part| {
        let (key, value) = part.split_once('=')?;
        (key.trim().eq_ignore_ascii_case("filename")).then(|| value.trim().trim_matches('"'))
    })?;
    let safe: String = name
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '"') && !c.is_control())
        .collect();
    (!safe.trim().is_empty()).then_some(safe)
}

/// How far an export has come: data rows received so far (lines after the header) and
/// the rows the server said to expect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExportProgress {
    lines: u64,
    pub total: Option<u64>,
}

impl ExportProgress {
    pub fn new(total: Option<u64>) -> ExportProgress {
        ExportProgress { lines: 0, total }
    }

    /// Counts the line ends of a chunk of the CSV.
    pub fn add(&mut self, chunk: &[u8]) {
        self.lines += chunk.iter().filter(|&&b| b == b'\n').count() as u64;
    }

    /// Data rows so far; a quoted cell with a line break counts twice, so never more
    /// than expected.
    pub fn rows(&self) -> u64 {
        let rows = self.lines.saturating_sub(1);
        self.total.map_or(rows, |t| rows.min(t))
    }

    /// "Exporting… 4,000 of 10,012 rows".
    pub fn text(&self) -> String {
        let rows = thousands(self.rows());
        match self.total {
            Some(t) => t_with(
                "export-progress",
                &[("rows", rows.into()), ("total", thousands(t).into())],
            ),
            None => t_with("export-progress-open", &[("rows", rows.into())]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_people_write_them() {
        for (n, s) in [
            (0, "0"),
            (999, "999"),
            (1_000, "1,000"),
            (10_012, "10,012"),
            (1_234_567, "1,234,567"),
        ] {
            assert_eq!(thousands(n), s);
        }
        use crate::i18n::Lang;
        assert_eq!(grouped(1_234_567, Lang::Da), "1.234.567");
        for lang in [Lang::Sv, Lang::Nb, Lang::Fi] {
            assert_eq!(grouped(10_012, lang), "10\u{a0}012");
        }
        assert_eq!(grouped(999, Lang::Fi), "999");
        assert_eq!(range_text(0, 50, 10_012), "1–50 of 10,012");
        assert_eq!(range_text(200, 50, 10_012), "10,001–10,012 of 10,012");
        assert_eq!(range_text(0, 20, 7), "1–7 of 7");
        assert_eq!(range_text(3, 20, 7), "0 of 7");
    }

    #[test]
    fn data_is_old_after_a_few_seconds() {
        let t: DateTime<Utc> = "2026-11-22T12:00:00Z".parse().unwrap();
        assert!(!is_old(t, t + chrono::Duration::seconds(5)));
        assert!(is_old(t, t + chrono::Duration::seconds(6)));
    }

    #[test]
    fn a_near_miss_names_the_filter_and_the_value_to_use() {
        let miss = NearMiss {
            key: "department".into(),
            value: "Checkout".into(),
            count: 7,
        };
        let (before, link, after) = near_miss_text("checkout", &miss);
        assert_eq!(
            format!("{before}{link}{after}"),
            "No department:checkout — did you mean Checkout (7)?"
        );
        assert_eq!(link, "Checkout");
    }

    #[test]
    fn the_export_file_is_named_by_the_server_and_kept_safe() {
        assert_eq!(
            attachment_filename("attachment; filename=\"devices-2026-11-22.csv\"").as_deref(),
            Some("devices-2026-11-22.csv")
        );
        assert_eq!(
            attachment_filename("attachment; FILENAME=codes.csv").as_deref(),
            Some("codes.csv")
        );
        assert_eq!(
            attachment_filename("attachment; filename=\"../../x.csv\"").as_deref(),
            Some("....x.csv")
        );
        assert_eq!(attachment_filename("attachment"), None);
        assert_eq!(attachment_filename("attachment; filename=\"\""), None);
    }

    #[test]
    fn export_progress_counts_rows_after_the_header() {
        let mut p = ExportProgress::new(Some(3));
        assert_eq!(p.text(), "Exporting… 0 of 3 rows");
        p.add(b"name,platform\nTill 1,IOS\nTill");
        assert_eq!(p.rows(), 1);
        p.add(b" 2,IOS\n\"a\nb\",IOS\n\"c\nd\",IOS\n");
        assert_eq!(p.rows(), 3, "never more than expected");
        let mut open = ExportProgress::new(None);
        open.add(&b"h\n".repeat(4_001));
        assert_eq!(open.text(), "Exporting… 4,000 rows");
    }
}
