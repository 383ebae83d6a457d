//! One merchant's fleet as the index holds it: every device once (shared text for
//! metadata keys and values), kept in every sort order, with what queries filter on laid
//! out by slot so that a query reads contiguous memory (see `select`). Pure data: no
//! I/O, no clock except what it is given.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use ipp::fleet::SortColumn;
use ipp::{Device, Enrollment, Location, Platform, Uuid};

use super::columns::Columns;

/// A device as the index keeps it.
#[derive(Debug)]
pub struct Entry {
    pub id: Uuid,
    pub location_id: Option<Uuid>,
    pub platform: Platform,
    pub created_at: DateTime<Utc>,
    pub name: Box<str>,
    pub hardware_id: Box<str>,
    /// Key → value, by key; the text is shared with every other device that has it.
    pub metadata: Box<[(Arc<str>, Arc<str>)]>,
    open_cash_register_id: Option<i64>,
    unique_id: Option<Box<str>>,
}

impl Entry {
    /// The device as the upstream said it (without credentials, which are never kept).
    pub fn device(&self, merchant: &str) -> Device {
        Device {
            id: self.id,
            hardware_id: self.hardware_id.to_string(),
            merchant_id: merchant.to_owned(),
            location_id: self.location_id,
            name: self.name.to_string(),
            platform: self.platform,
            metadata: self
                .metadata
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            created_at: self.created_at,
            open_cash_register_id: self.open_cash_register_id,
            credentials: None,
            unique_id: self.unique_id.as_deref().map(str::to_owned),
        }
    }

    pub fn value_of(&self, key: &str) -> Option<&str> {
        self.metadata
            .binary_search_by(|(k, _)| (**k).cmp(key))
            .ok()
            .map(|i| &*self.metadata[i].1)
    }
}

/// A pending pairing code, as the overview counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PendingCode {
    pub location_id: Option<Uuid>,
    pub expires_at: DateTime<Utc>,
}

/// A change made through this proxy, applied to the index when the upstream accepted it.
#[derive(Debug, Clone)]
pub enum Change {
    /// Created or replaced: the upstream's answer.
    Device(Device),
    DeviceGone(Uuid),
    Code(Enrollment),
    CodeGone(Uuid),
}

/// Text shared by every device that has it (metadata keys and values), and each value's
/// spellings by their lower case (for `metadata_match=ci`).
#[derive(Debug, Default)]
pub(super) struct Interner {
    text: HashSet<Arc<str>>,
    by_lower: HashMap<Box<str>, Vec<Arc<str>>>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> Arc<str> {
        if let Some(t) = self.text.get(s) {
            return t.clone();
        }
        let t: Arc<str> = Arc::from(s);
        self.text.insert(t.clone());
        self.by_lower
            .entry(s.to_lowercase().into_boxed_str())
            .or_default()
            .push(t.clone());
        t
    }

    /// The shared copy of `s`, if any device ever had it.
    pub(super) fn get(&self, s: &str) -> Option<&Arc<str>> {
        self.text.get(s)
    }

    /// Every spelling of `s` that differs only in case.
    pub(super) fn spellings(&self, s: &str) -> &[Arc<str>] {
        self.by_lower
            .get(s.to_lowercase().as_str())
            .map_or(&[], Vec::as_slice)
    }
}

/// Identity of shared text: two devices hold the same value exactly when they point at
/// the same text.
pub(super) fn addr(s: &Arc<str>) -> usize {
    Arc::as_ptr(s).cast::<u8>() as usize
}

/// Devices as pages of them arrive, before they are put in order.
pub struct Builder {
    merchant: Arc<str>,
    interner: Interner,
    entries: Vec<Entry>,
    by_id: HashMap<Uuid, usize>,
}

impl Builder {
    pub fn new(merchant: &str) -> Builder {
        Builder {
            merchant: Arc::from(merchant),
            interner: Interner::default(),
            entries: Vec::new(),
            by_id: HashMap::new(),
        }
    }

    /// Devices taken in so far.
    pub fn devices(&self) -> usize {
        self.entries.len()
    }

    /// Adds a page. Devices of another merchant are left out; a device listed twice (the
    /// list moved while it was paged) is kept once, as last seen.
    pub fn add(&mut self, devices: Vec<Device>) {
        for d in devices {
            if !belongs(&self.merchant, &d) {
                continue;
            }
            let e = entry(&mut self.interner, d);
            match self.by_id.get(&e.id) {
                Some(&i) => self.entries[i] = e,
                None => {
                    self.by_id.insert(e.id, self.entries.len());
                    self.entries.push(e);
                }
            }
        }
    }

    /// The index of what the upstream said at `as_of`.
    pub fn finish(
        self,
        as_of: DateTime<Utc>,
        locations: Vec<Location>,
        codes: Vec<Enrollment>,
    ) -> Data {
        let locations: Vec<(Uuid, Arc<str>)> = locations
            .into_iter()
            .filter(|l| l.merchant_id.is_empty() || *l.merchant_id == *self.merchant)
            .map(|l| (l.id, Arc::from(l.name.as_str())))
            .collect();
        let n = self.entries.len();
        let mut data = Data {
            as_of,
            stale: false,
            merchant: self.merchant,
            slots: Vec::with_capacity(n),
            free: Vec::new(),
            by_id: HashMap::with_capacity(n),
            orders: Default::default(),
            interner: self.interner,
            location_keys: locations
                .iter()
                .map(|(id, name)| (*id, name.to_lowercase().into_boxed_str()))
                .collect(),
            location_names: locations.iter().cloned().collect(),
            locations,
            codes: HashMap::new(),
            columns: Columns::default(),
        };
        for e in self.entries {
            let slot = data.slots.len() as u32;
            data.by_id.insert(e.id, slot);
            data.columns.push(slot, &e);
            data.slots.push(Some(Arc::new(e)));
        }
        for c in SortColumn::ALL {
            let mut order: Vec<u32> = (0..n as u32).collect();
            order.sort_unstable_by(|&a, &b| data.compare(c, a, b));
            data.orders[column_index(c)] = order;
        }
        for e in codes {
            data.apply_code(e);
        }
        data
    }
}

fn belongs(merchant: &str, d: &Device) -> bool {
    d.merchant_id.is_empty() || d.merchant_id == merchant
}

fn entry(interner: &mut Interner, d: Device) -> Entry {
    let metadata: Box<[(Arc<str>, Arc<str>)]> = d
        .metadata
        .iter()
        .map(|(k, v)| (interner.intern(k), interner.intern(v)))
        .collect();
    Entry {
        id: d.id,
        location_id: d.location_id,
        platform: d.platform,
        created_at: d.created_at,
        name: d.name.into_boxed_str(),
        hardware_id: d.hardware_id.into_boxed_str(),
        metadata,
        open_cash_register_id: d.open_cash_register_id,
        unique_id: d.unique_id.map(String::into_boxed_str),
    }
}

/// One merchant's fleet, read at `as_of`.
#[derive(Debug)]
pub struct Data {
    pub as_of: DateTime<Utc>,
    /// The last refresh failed: this is the copy from before it.
    pub stale: bool,
    merchant: Arc<str>,
    pub(super) slots: Vec<Option<Arc<Entry>>>,
    free: Vec<u32>,
    by_id: HashMap<Uuid, u32>,
    /// Per sort column, the occupied slots in ascending order (ties by id).
    pub(super) orders: [Vec<u32>; 6],
    pub(super) interner: Interner,
    pub(super) columns: Columns,
    /// The merchant's locations as read (id → name), in the upstream's order.
    pub locations: Vec<(Uuid, Arc<str>)>,
    location_names: HashMap<Uuid, Arc<str>>,
    /// Location names as they sort (lower case).
    location_keys: HashMap<Uuid, Box<str>>,
    pub codes: HashMap<Uuid, PendingCode>,
}

pub(super) fn column_index(c: SortColumn) -> usize {
    match c {
        SortColumn::Name => 0,
        SortColumn::Platform => 1,
        SortColumn::Location => 2,
        SortColumn::Metadata => 3,
        SortColumn::CreatedAt => 4,
        SortColumn::HardwareId => 5,
    }
}

impl Data {
    fn location_key(&self, id: Option<Uuid>) -> &str {
        id.and_then(|l| self.location_keys.get(&l))
            .map_or("", |n| &**n)
    }

    fn id(&self, slot: u32) -> Uuid {
        self.slots[slot as usize]
            .as_ref()
            .map_or(Uuid::nil(), |e| e.id)
    }

    /// The order of two slots under a column, ties broken by id. A device without a
    /// name (or location) sorts after every one with.
    fn compare(&self, column: SortColumn, a: u32, b: u32) -> Ordering {
        let c = &self.columns;
        let (ai, bi) = (a as usize, b as usize);
        let by = match column {
            SortColumn::Name => {
                let (na, nb) = (c.name(a), c.name(b));
                (na.is_empty(), na).cmp(&(nb.is_empty(), nb))
            }
            SortColumn::Platform => c.platform[ai].as_str().cmp(c.platform[bi].as_str()),
            SortColumn::Location => {
                let (na, nb) = (
                    self.location_key(c.location[ai]),
                    self.location_key(c.location[bi]),
                );
                (na.is_empty(), na).cmp(&(nb.is_empty(), nb))
            }
            SortColumn::Metadata => c.metadata_key[ai].cmp(&c.metadata_key[bi]),
            SortColumn::CreatedAt => c.created_at[ai].cmp(&c.created_at[bi]),
            SortColumn::HardwareId => c.hardware_id(a).cmp(c.hardware_id(b)),
        };
        by.then_with(|| self.id(a).cmp(&self.id(b)))
    }

    /// One device, by id.
    pub fn get(&self, id: Uuid) -> Option<&Arc<Entry>> {
        let slot = *self.by_id.get(&id)?;
        self.slots.get(slot as usize)?.as_ref()
    }

    /// Devices indexed.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    pub fn merchant(&self) -> &str {
        &self.merchant
    }

    pub fn location_names(&self) -> &HashMap<Uuid, Arc<str>> {
        &self.location_names
    }

    /// Applies a change the upstream accepted.
    pub fn apply(&mut self, change: Change) {
        match change {
            Change::Device(d) if belongs(&self.merchant, &d) => {
                self.remove(d.id);
                let e = entry(&mut self.interner, d);
                let slot = self.free.pop().unwrap_or(self.slots.len() as u32);
                if slot as usize == self.slots.len() {
                    self.slots.push(None);
                }
                self.by_id.insert(e.id, slot);
                self.columns.push(slot, &e);
                self.slots[slot as usize] = Some(Arc::new(e));
                for c in SortColumn::ALL {
                    let order = &self.orders[column_index(c)];
                    let at = order.partition_point(|&s| self.compare(c, s, slot) == Ordering::Less);
                    self.orders[column_index(c)].insert(at, slot);
                }
            }
            Change::Device(_) => {}
            Change::DeviceGone(id) => self.remove(id),
            Change::Code(e) => self.apply_code(e),
            Change::CodeGone(id) => {
                self.codes.remove(&id);
            }
        }
    }

    fn apply_code(&mut self, e: Enrollment) {
        if e.status == ipp::EnrollmentStatus::Pending {
            // The documented enrollment does not say its location; the index knows it
            // from the list it was read under.
            let known = self.codes.get(&e.enrollment_id).and_then(|c| c.location_id);
            let code = PendingCode {
                location_id: e.location_id.or(known),
                expires_at: e.expires_at,
            };
            self.codes.insert(e.enrollment_id, code);
        } else {
            self.codes.remove(&e.enrollment_id);
        }
    }

    fn remove(&mut self, id: Uuid) {
        let Some(&slot) = self.by_id.get(&id) else {
            return;
        };
        for c in SortColumn::ALL {
            let order = &self.orders[column_index(c)];
            // Orders are sorted with ties broken by id: the slot is exactly there.
            let at = order.partition_point(|&s| self.compare(c, s, slot) == Ordering::Less);
            debug_assert_eq!(order.get(at), Some(&slot));
            self.orders[column_index(c)].remove(at);
        }
        self.by_id.remove(&id);
        if let Some(e) = self.slots[slot as usize].take() {
            self.columns.remove(slot, &e);
        }
        self.free.push(slot);
    }
}
