//! Finding a row's location by what the sheet says: an id, or a name compared without
//! regard to case and accents; and, when none fits, the closest names to offer.

use uuid::Uuid;

use crate::model::Location;
use crate::rules::parse_uuid;

use super::Fault;

/// Most names offered for an unknown location.
pub const CLOSEST: usize = 3;
/// Longer cells are offered no names: no location is called anything that long, and the
/// distance costs its length times each name's.
const COMPARED_LEN: usize = 200;

/// The locations a batch may name, each folded once for all its rows.
pub(crate) struct Names<'a> {
    known: Vec<Known<'a>>,
}

struct Known<'a> {
    location: &'a Location,
    /// "Name, City", as the console shows it.
    display: String,
    /// The name and `display`, folded.
    folded: [String; 2],
    /// The folded name as words, for the closest names.
    words: String,
}

impl<'a> Names<'a> {
    pub(crate) fn new(locations: &'a [Location]) -> Names<'a> {
        let known = locations
            .iter()
            .map(|location| {
                let display = location.display_name();
                let name = fold(&location.name);
                Known {
                    location,
                    words: words(&name),
                    folded: [name, fold(&display)],
                    display,
                }
            })
            .collect();
        Names { known }
    }

    /// The location a cell names: its id, or its name (or "Name, City") in any case and
    /// with or without accents; an exact spelling decides between names that fold alike.
    pub(crate) fn resolve(&self, cell: &str) -> Result<Uuid, Fault> {
        if cell.is_empty() {
            return Err(Fault::LocationMissing);
        }
        if let Ok(id) = parse_uuid(cell) {
            return match self.known.iter().find(|k| k.location.id == id) {
                Some(k) => Ok(k.location.id),
                None => Err(Fault::UnknownLocationId { id: id.to_string() }),
            };
        }
        let folded = fold(cell);
        let alike: Vec<&Known> = self
            .known
            .iter()
            .filter(|k| k.folded.contains(&folded))
            .collect();
        let exact: Vec<&Known> = alike
            .iter()
            .copied()
            .filter(|k| k.location.name == cell || k.display == cell)
            .collect();
        match (alike.as_slice(), exact.as_slice()) {
            ([only], _) | (_, [only]) => Ok(only.location.id),
            ([], _) => Err(Fault::UnknownLocation {
                got: shown(cell),
                closest: self.closest(&folded),
            }),
            (many, _) => Err(Fault::LocationAmbiguous {
                got: shown(cell),
                count: many.len(),
            }),
        }
    }

    /// Up to [`CLOSEST`] location names near `folded`, compared as words of letters and
    /// digits (`Pop-up` as `pop up`): those that contain it or are contained in it
    /// first, then by edit distance, as long as at most a third of the longer changes.
    fn closest(&self, folded: &str) -> Vec<String> {
        let typed = words(folded);
        let len = typed.chars().count();
        if len == 0 || len > COMPARED_LEN {
            return Vec::new();
        }
        let mut near: Vec<(bool, usize, &str)> = self
            .known
            .iter()
            .filter(|k| !k.words.is_empty())
            .filter_map(|k| {
                let contained = k.words.contains(&typed) || typed.contains(&k.words);
                let d = distance(&typed, &k.words);
                let longer = len.max(k.words.chars().count());
                let near = contained || d <= (longer / 3).max(1);
                near.then_some((!contained, d, k.location.name.as_str()))
            })
            .collect();
        near.sort_unstable();
        near.dedup_by(|a, b| a.2 == b.2);
        near.into_iter()
            .take(CLOSEST)
            .map(|(_, _, name)| name.to_owned())
            .collect()
    }
}

/// The words of letters and digits of a text, one space between them.
fn words(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text quoted back in a message: at most 60 characters, control characters escaped
/// (`\n`), the rest as written.
pub(crate) fn shown(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(60)
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect();
    if text.chars().nth(60).is_some() {
        out.push('…');
    }
    out
}

/// Levenshtein distance (insertions, deletions and substitutions of characters), with
/// two rows of the usual table; written out rather than a crate for these ten lines.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = prev[j] + usize::from(ca != *cb);
            cur[j + 1] = substitute.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// A name as compared: lower case, accents off (`Malmö` → `malmo`, `Ærø` → `aero`),
/// runs of white space as one space. Covers the Latin letters of Europe's languages
/// (Latin-1 and Latin Extended-A); a table rather than Unicode normalization, whose
/// data would be most of this crate's size in the browser.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars().flat_map(char::to_lowercase) {
            match base(c) {
                Some(plain) => out.push_str(plain),
                None => out.push(c),
            }
        }
    }
    out
}

/// The letters a lower-case accented letter is compared as.
fn base(c: char) -> Option<&'static str> {
    const TABLE: [(&str, &str); 24] = [
        ("àáâãäåāăą", "a"),
        ("æ", "ae"),
        ("çćĉċč", "c"),
        ("ďđð", "d"),
        ("èéêëēĕėęě", "e"),
        ("ĝğġģ", "g"),
        ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"),
        ("ĳ", "ij"),
        ("ĵ", "j"),
        ("ķ", "k"),
        ("ĺļľŀł", "l"),
        ("ñńņňŉ", "n"),
        ("òóôõöøōŏő", "o"),
        ("œ", "oe"),
        ("ŕŗř", "r"),
        ("śŝşš", "s"),
        ("ß", "ss"),
        ("ţťŧ", "t"),
        ("þ", "th"),
        ("ùúûüũūŭůűų", "u"),
        ("ŵ", "w"),
        ("ýÿŷ", "y"),
        ("źżž", "z"),
    ];
    TABLE
        .iter()
        .find(|(accented, _)| accented.contains(c))
        .map(|(_, plain)| *plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_case_accents_and_spaces() {
        assert_eq!(fold("  Malmö   Centrum "), "malmo centrum");
        assert_eq!(fold("ÆRØ Købmand"), "aero kobmand");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Åbo Ständer"), "abo stander");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("東京"), "東京");
    }

    #[test]
    fn text_is_quoted_back_short_and_printable() {
        assert_eq!(shown("Göteborg \"3\""), "Göteborg \"3\"");
        assert_eq!(shown("a\nb\tc\u{7}"), "a\\nb\\tc\\u{7}");
        let long = "é".repeat(61);
        assert_eq!(shown(&long), format!("{}…", "é".repeat(60)));
        assert_eq!(shown(&"é".repeat(60)), "é".repeat(60));
    }

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("", ""), 0);
        assert_eq!(distance("abc", ""), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("malmo", "malmo"), 0);
        assert_eq!(distance("göteborg", "goteborg"), 1);
    }
}
