//! What queries filter and sort on, laid out by slot in contiguous memory: a query
//! reads these, not the devices themselves (see `select`).

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use ipp::{Platform, Uuid};

use super::data::{addr, Entry};

/// A device's searchable text in [`Data::text`]: `name \0 hardware id \0 id`, lower
/// case; where the name and the hardware id end.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct TextAt {
    pub start: u32,
    pub name_end: u32,
    pub hardware_end: u32,
    pub end: u32,
}

/// What queries filter and sort on, by slot, in contiguous memory.
#[derive(Debug, Default)]
pub(super) struct Columns {
    pub location: Vec<Option<Uuid>>,
    pub platform: Vec<Platform>,
    pub created_at: Vec<DateTime<Utc>>,
    /// Every device's search text, one after another (a replaced device's old text
    /// stays until the next read).
    pub text: String,
    pub text_at: Vec<TextAt>,
    /// The metadata as it sorts: `key=value` lower-cased, by key.
    pub metadata_key: Vec<Box<str>>,
    /// Per (key, value), by address: the slots that have it.
    pub postings: HashMap<(usize, usize), Vec<u32>>,
}

impl Columns {
    pub(super) fn push(&mut self, slot: u32, e: &Entry) {
        let s = slot as usize;
        if self.location.len() <= s {
            self.location.resize(s + 1, None);
            self.platform.resize(s + 1, Platform::Unknown);
            self.created_at.resize(s + 1, DateTime::<Utc>::MIN_UTC);
            self.text_at.resize(s + 1, TextAt::default());
            self.metadata_key.resize(s + 1, Box::from(""));
        }
        self.location[s] = e.location_id;
        self.platform[s] = e.platform;
        self.created_at[s] = e.created_at;
        let start = self.text.len() as u32;
        // Line breaks would let a search match across two devices' text.
        let clean = |t: &str| t.to_lowercase().replace(['\0', '\n'], " ");
        self.text.push_str(&clean(&e.name));
        let name_end = self.text.len() as u32;
        self.text.push('\0');
        self.text.push_str(&clean(&e.hardware_id));
        let hardware_end = self.text.len() as u32;
        self.text.push('\0');
        self.text.push_str(&e.id.to_string());
        self.text_at[s] = TextAt {
            start,
            name_end,
            hardware_end,
            end: self.text.len() as u32,
        };
        self.text.push('\n');
        self.metadata_key[s] = sort_text(&e.metadata);
        for (k, v) in e.metadata.iter() {
            self.postings
                .entry((addr(k), addr(v)))
                .or_default()
                .push(slot);
        }
    }

    pub(super) fn remove(&mut self, slot: u32, e: &Entry) {
        for (k, v) in e.metadata.iter() {
            if let Some(p) = self.postings.get_mut(&(addr(k), addr(v))) {
                p.retain(|&s| s != slot);
            }
        }
    }

    pub(super) fn search_text(&self, slot: u32) -> &str {
        let at = self.text_at[slot as usize];
        &self.text[at.start as usize..at.end as usize]
    }

    pub(super) fn name(&self, slot: u32) -> &str {
        let at = self.text_at[slot as usize];
        &self.text[at.start as usize..at.name_end as usize]
    }

    pub(super) fn hardware_id(&self, slot: u32) -> &str {
        let at = self.text_at[slot as usize];
        &self.text[at.name_end as usize + 1..at.hardware_end as usize]
    }
}

/// The metadata as it sorts.
fn sort_text(m: &[(Arc<str>, Arc<str>)]) -> Box<str> {
    let mut s = String::new();
    for (k, v) in m {
        if !s.is_empty() {
            s.push('\u{1}');
        }
        s.push_str(&k.to_lowercase());
        s.push('=');
        s.push_str(&v.to_lowercase());
    }
    s.into_boxed_str()
}
