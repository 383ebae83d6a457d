//! Showing a pairing code: grouped for the eye, spelled out for the ear.

/// `ABCD2345` → `ABCD 2345`: groups of four, so a clerk can keep their place.
pub fn group(code: &str) -> String {
    let chars: Vec<char> = code.chars().filter(|c| !c.is_whitespace()).collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `ABCD2345` → `A B C D, 2 3 4 5`: what a screen reader reads one character at a time,
/// with a pause between the groups.
pub fn spelled(code: &str) -> String {
    group(code)
        .split(' ')
        .map(|g| g.chars().map(String::from).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What the QR code holds: the code itself, so any scanner shows it and the POS app
/// can take it as if typed.
pub fn qr_payload(code: &str) -> String {
    code.chars().filter(|c| !c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_of_four() {
        assert_eq!(group("ABCD2345"), "ABCD 2345");
        assert_eq!(group("ABC123XYZ"), "ABC1 23XY Z");
        assert_eq!(group("ABCD 2345"), "ABCD 2345");
        assert_eq!(group(""), "");
    }

    #[test]
    fn spelled_one_character_at_a_time() {
        assert_eq!(spelled("ABCD2345"), "A B C D, 2 3 4 5");
        assert_eq!(qr_payload("ABCD 2345"), "ABCD2345");
    }
}
