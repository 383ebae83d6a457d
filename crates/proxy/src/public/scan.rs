//! A strict JSON reader that finds where values are and checks they are well-formed,
//! without building anything: what [`super::device_page`] copies from.

use super::{Result, Unreadable};

/// Deepest nesting read (as serde_json).
const MAX_DEPTH: usize = 128;

/// How many bytes at the start of `s` need no attention in a string (no quote, backslash
/// or control character), if one that does follows. Eight bytes are looked at a time.
pub(super) fn plain_run(s: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let mut i = 0;
    while let Some(chunk) = s.get(i..i + 8) {
        let v = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Bytes below 0x20 have a zero in their top three bits.
        let special = has_zero(v ^ (ONES * u64::from(b'"')))
            | has_zero(v ^ (ONES * u64::from(b'\\')))
            | has_zero(v & (ONES * 0xe0));
        if special != 0 {
            return Some(i + (special.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    s[i..]
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
        .map(|n| i + n)
}

/// A member's key, as written.
#[derive(Clone, Copy)]
pub(super) struct Key<'a> {
    /// Where it starts (its opening quote).
    pub(super) at: usize,
    /// Quotes included.
    pub(super) raw: &'a [u8],
    /// Whether it has escapes (and its text is not `raw` without the quotes).
    pub(super) escaped: bool,
}

/// A strict JSON reader over text already known to be UTF-8; it only finds where values
/// are and checks they are well-formed.
pub(super) struct Scanner<'a> {
    pub(super) s: &'a [u8],
    pub(super) i: usize,
}

impl<'a> Scanner<'a> {
    pub(super) fn slice(&self, start: usize) -> &'a [u8] {
        &self.s[start..self.i]
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    pub(super) fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> Result<()> {
        self.ws();
        if self.peek() == Some(b) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.unexpected(&format!("`{}`", b as char)))
        }
    }

    fn unexpected(&self, wanted: &str) -> Unreadable {
        match self.peek() {
            Some(b) => format!("expected {wanted} at {}, found `{}`", self.i, b as char),
            None => format!("expected {wanted}, found the end"),
        }
    }

    /// An object, calling `member` with each key, positioned at its value.
    pub(super) fn object(
        &mut self,
        mut member: impl FnMut(&mut Self, Key<'a>) -> Result<()>,
    ) -> Result<()> {
        self.eat(b'{')?;
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(());
        }
        loop {
            self.ws();
            let at = self.i;
            let escaped = self.string()?;
            let key = Key {
                at,
                raw: self.slice(at),
                escaped,
            };
            self.eat(b':')?;
            self.ws();
            member(self, key)?;
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(());
                }
                _ => return Err(self.unexpected("`,` or `}`")),
            }
        }
    }

    /// An array, calling `item` positioned at each item.
    pub(super) fn array(&mut self, mut item: impl FnMut(&mut Self) -> Result<()>) -> Result<()> {
        self.eat(b'[')?;
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(());
        }
        loop {
            self.ws();
            item(self)?;
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(());
                }
                _ => return Err(self.unexpected("`,` or `]`")),
            }
        }
    }

    /// Any value; the scanner ends right after it.
    pub(super) fn value(&mut self, depth: usize) -> Result<()> {
        if depth > MAX_DEPTH {
            return Err("nested too deeply".into());
        }
        self.ws();
        match self.peek() {
            Some(b'"') => self.string().map(drop),
            Some(b'{') => self.object(|sc, _| sc.value(depth + 1)),
            Some(b'[') => self.array(|sc| sc.value(depth + 1)),
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.unexpected("a value")),
        }
    }

    fn literal(&mut self, word: &str) -> Result<()> {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(())
        } else {
            Err(self.unexpected(word))
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<()> {
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.unexpected("a digit")),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.unexpected("a digit"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.unexpected("a digit"));
            }
        }
        Ok(())
    }

    /// A string; whether it has escapes.
    fn string(&mut self) -> Result<bool> {
        if self.peek() != Some(b'"') {
            return Err(self.unexpected("a string"));
        }
        self.i += 1;
        let mut escaped = false;
        loop {
            self.i += plain_run(&self.s[self.i..]).ok_or("a string runs to the end")?;
            match self.s[self.i] {
                b'"' => {
                    self.i += 1;
                    return Ok(escaped);
                }
                b'\\' => {
                    escaped = true;
                    self.i += 1;
                    match self.peek() {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => self.i += 1,
                        Some(b'u') => {
                            let hex = self
                                .s
                                .get(self.i + 1..self.i + 5)
                                .ok_or("a cut-off \\u escape")?;
                            if !hex.iter().all(u8::is_ascii_hexdigit) {
                                return Err(format!("a bad \\u escape at {}", self.i));
                            }
                            self.i += 5;
                        }
                        _ => return Err(self.unexpected("an escape")),
                    }
                }
                _ => return Err(format!("a control character in a string at {}", self.i)),
            }
        }
    }
}
