//! One merchant's fleet as the index holds it: every device once (shared text for
//! metadata keys and values), kept in every sort order, so a query is one pass over the
//! order it asks for. Pure data: no I/O, no clock except what it is given.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use ipp::fleet::{FleetQuery, Order, SortColumn};
use ipp::{Device, Enrollment, Location, Metadata, Platform, Uuid};

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
    /// What a search looks in, lower-cased: `name \0 hardware id \0 id`.
    lower: Box<str>,
    name_end: u32,
    hardware_end: u32,
    /// The metadata as it sorts: `key=value` lower-cased, by key.
    metadata_key: Box<str>,
}

impl Entry {
    fn lower_name(&self) -> &str {
        &self.lower[..self.name_end as usize]
    }

    fn lower_hardware_id(&self) -> &str {
        &self.lower[self.name_end as usize + 1..self.hardware_end as usize]
    }

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
struct Interner {
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
    fn get(&self, s: &str) -> Option<&Arc<str>> {
        self.text.get(s)
    }

    /// Every spelling of `s` that differs only in case.
    fn spellings(&self, s: &str) -> &[Arc<str>] {
        self.by_lower
            .get(s.to_lowercase().as_str())
            .map_or(&[], Vec::as_slice)
    }
}

/// Identity of shared text: two entries hold the same value exactly when they point at
/// the same text.
fn addr(s: &Arc<str>) -> usize {
    Arc::as_ptr(s).cast::<u8>() as usize
}

/// One merchant's fleet, read at `as_of`.
#[derive(Debug)]
pub struct Data {
    pub as_of: DateTime<Utc>,
    /// The last refresh failed: this is the copy from before it.
    pub stale: bool,
    merchant: Arc<str>,
    slots: Vec<Option<Arc<Entry>>>,
    free: Vec<u32>,
    by_id: HashMap<Uuid, u32>,
    /// Per sort column, the slots in ascending order (ties by id).
    orders: [Vec<u32>; 6],
    interner: Interner,
    /// The merchant's locations as read (id → name), in the upstream's order.
    pub locations: Vec<(Uuid, Arc<str>)>,
    location_names: HashMap<Uuid, Arc<str>>,
    /// Location names as they sort (lower case).
    location_keys: HashMap<Uuid, Box<str>>,
    pub codes: HashMap<Uuid, PendingCode>,
}

fn column_index(c: SortColumn) -> usize {
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
    /// The index of what the upstream said at `as_of`. Devices of another merchant are
    /// left out; a device listed twice (the list moved while it was paged) is kept once.
    pub fn new(
        merchant: &str,
        as_of: DateTime<Utc>,
        devices: Vec<Device>,
        locations: Vec<Location>,
        codes: Vec<Enrollment>,
    ) -> Data {
        let locations: Vec<Location> = locations
            .into_iter()
            .filter(|l| l.merchant_id.is_empty() || l.merchant_id == merchant)
            .collect();
        let mut data = Data {
            as_of,
            stale: false,
            merchant: Arc::from(merchant),
            slots: Vec::with_capacity(devices.len()),
            free: Vec::new(),
            by_id: HashMap::with_capacity(devices.len()),
            orders: Default::default(),
            interner: Interner::default(),
            location_names: locations
                .iter()
                .map(|l| (l.id, Arc::from(l.name.as_str())))
                .collect(),
            location_keys: locations
                .iter()
                .map(|l| (l.id, l.name.to_lowercase().into_boxed_str()))
                .collect(),
            locations: locations
                .iter()
                .map(|l| (l.id, Arc::from(l.name.as_str())))
                .collect(),
            codes: HashMap::new(),
        };
        for d in devices {
            if !data.belongs(&d) {
                continue;
            }
            let entry = Arc::new(data.entry(d));
            match data.by_id.get(&entry.id) {
                Some(&slot) => data.slots[slot as usize] = Some(entry),
                None => {
                    data.by_id.insert(entry.id, data.slots.len() as u32);
                    data.slots.push(Some(entry));
                }
            }
        }
        for c in SortColumn::ALL {
            let mut order: Vec<u32> = (0..data.slots.len() as u32).collect();
            order.sort_unstable_by(|&a, &b| data.compare(c, data.at(a), data.at(b)));
            data.orders[column_index(c)] = order;
        }
        for e in codes {
            data.apply_code(e);
        }
        data
    }

    fn belongs(&self, d: &Device) -> bool {
        d.merchant_id.is_empty() || *d.merchant_id == *self.merchant
    }

    fn entry(&mut self, d: Device) -> Entry {
        let metadata: Box<[(Arc<str>, Arc<str>)]> = d
            .metadata
            .iter()
            .map(|(k, v)| (self.interner.intern(k), self.interner.intern(v)))
            .collect();
        let name = d.name.to_lowercase();
        let hardware = d.hardware_id.to_lowercase();
        let lower = format!("{name}\0{hardware}\0{}", d.id);
        let metadata_key = sort_text(&d.metadata);
        Entry {
            id: d.id,
            location_id: d.location_id,
            platform: d.platform,
            created_at: d.created_at,
            name_end: name.len() as u32,
            hardware_end: (name.len() + 1 + hardware.len()) as u32,
            name: d.name.into_boxed_str(),
            hardware_id: d.hardware_id.into_boxed_str(),
            metadata,
            open_cash_register_id: d.open_cash_register_id,
            unique_id: d.unique_id.map(String::into_boxed_str),
            lower: lower.into_boxed_str(),
            metadata_key,
        }
    }

    fn at(&self, slot: u32) -> &Entry {
        // Orders hold only occupied slots.
        self.slots[slot as usize]
            .as_deref()
            .expect("an order names an occupied slot")
    }

    fn location_key(&self, id: Option<Uuid>) -> &str {
        id.and_then(|l| self.location_keys.get(&l))
            .map_or("", |n| &**n)
    }

    /// The order of two devices under a column, ties broken by id. A device without a
    /// name sorts after every named one.
    fn compare(&self, column: SortColumn, a: &Entry, b: &Entry) -> Ordering {
        let by = match column {
            SortColumn::Name => {
                (a.name.is_empty(), a.lower_name()).cmp(&(b.name.is_empty(), b.lower_name()))
            }
            SortColumn::Platform => a.platform.as_str().cmp(b.platform.as_str()),
            SortColumn::Location => {
                let (na, nb) = (
                    self.location_key(a.location_id),
                    self.location_key(b.location_id),
                );
                (na.is_empty(), na).cmp(&(nb.is_empty(), nb))
            }
            SortColumn::Metadata => a.metadata_key.cmp(&b.metadata_key),
            SortColumn::CreatedAt => a.created_at.cmp(&b.created_at),
            SortColumn::HardwareId => a.lower_hardware_id().cmp(b.lower_hardware_id()),
        };
        by.then(a.id.cmp(&b.id))
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

    pub fn get(&self, id: Uuid) -> Option<&Arc<Entry>> {
        self.by_id
            .get(&id)
            .and_then(|&s| self.slots[s as usize].as_ref())
    }

    pub fn location_names(&self) -> &HashMap<Uuid, Arc<str>> {
        &self.location_names
    }

    /// Applies a change the upstream accepted.
    pub fn apply(&mut self, change: Change) {
        match change {
            Change::Device(d) if self.belongs(&d) => {
                self.remove(d.id);
                let entry = Arc::new(self.entry(d));
                let slot = match self.free.pop() {
                    Some(s) => s,
                    None => {
                        self.slots.push(None);
                        (self.slots.len() - 1) as u32
                    }
                };
                self.by_id.insert(entry.id, slot);
                for c in SortColumn::ALL {
                    let order = &self.orders[column_index(c)];
                    let at = order.partition_point(|&s| {
                        self.compare(c, self.at(s), &entry) == Ordering::Less
                    });
                    self.orders[column_index(c)].insert(at, slot);
                }
                self.slots[slot as usize] = Some(entry);
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
            self.codes.insert(
                e.enrollment_id,
                PendingCode {
                    location_id: e.location_id,
                    expires_at: e.expires_at,
                },
            );
        } else {
            self.codes.remove(&e.enrollment_id);
        }
    }

    fn remove(&mut self, id: Uuid) {
        let Some(slot) = self.by_id.remove(&id) else {
            return;
        };
        let entry = self.slots[slot as usize]
            .clone()
            .expect("by_id names an occupied slot");
        for c in SortColumn::ALL {
            let order = &self.orders[column_index(c)];
            // Orders are sorted with ties broken by id: the entry is exactly there.
            let at =
                order.partition_point(|&s| self.compare(c, self.at(s), &entry) == Ordering::Less);
            debug_assert_eq!(order.get(at), Some(&slot));
            self.orders[column_index(c)].remove(at);
        }
        self.slots[slot as usize] = None;
        self.free.push(slot);
    }

    /// The devices a query selects, in its order, within `scope` (the operator's
    /// locations; `None`: all of them).
    pub fn select<'a>(&'a self, q: &FleetQuery, scope: Option<&'a [Uuid]>) -> Selection<'a> {
        Selection {
            data: self,
            filter: Filter::new(self, q, scope),
            column: q.sort,
            order: q.order,
        }
    }

    /// Metadata values that would match the filters if their case were ignored, with how
    /// many devices have them (under the other filters).
    pub fn near_misses(&self, q: &FleetQuery, scope: Option<&[Uuid]>) -> Vec<ipp::fleet::NearMiss> {
        let mut out = Vec::new();
        if q.metadata_ci {
            return out;
        }
        for (i, f) in q.list.metadata.iter().enumerate() {
            let others = FleetQuery {
                list: ipp::ListQuery {
                    metadata: q
                        .list
                        .metadata
                        .iter()
                        .enumerate()
                        .filter(|&(j, _)| j != i)
                        .map(|(_, m)| m.clone())
                        .collect(),
                    ..q.list.clone()
                },
                ..q.clone()
            };
            let filter = Filter::new(self, &others, scope);
            for spelling in self.interner.spellings(&f.value) {
                if **spelling == *f.value {
                    continue;
                }
                let count = self
                    .entries()
                    .filter(|e| filter.admits(e) && e.value_of(&f.key) == Some(&**spelling))
                    .count() as u64;
                if count > 0 {
                    out.push(ipp::fleet::NearMiss {
                        key: f.key.clone(),
                        value: spelling.to_string(),
                        count,
                    });
                }
            }
        }
        out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
        out
    }

    fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.slots.iter().filter_map(|s| s.as_deref())
    }
}

/// What a query lets through.
struct Filter<'a> {
    scope: Option<&'a [Uuid]>,
    location: Option<Uuid>,
    platform: Option<Platform>,
    created_after: Option<DateTime<Utc>>,
    /// Per metadata filter: the key, and the values (by address) it accepts; `None`
    /// when nothing can match.
    metadata: Option<Vec<(&'a str, Vec<usize>)>>,
    search: Option<String>,
}

impl<'a> Filter<'a> {
    fn new(data: &'a Data, q: &FleetQuery, scope: Option<&'a [Uuid]>) -> Filter<'a> {
        let mut metadata = Some(Vec::new());
        for f in &q.list.metadata {
            let Some(key) = data.interner.get(&f.key) else {
                metadata = None;
                break;
            };
            let values: Vec<usize> = if q.metadata_ci {
                data.interner.spellings(&f.value).iter().map(addr).collect()
            } else {
                data.interner.get(&f.value).map(addr).into_iter().collect()
            };
            if values.is_empty() {
                metadata = None;
                break;
            }
            if let Some(m) = metadata.as_mut() {
                m.push((&**key, values));
            }
        }
        Filter {
            scope,
            location: q.list.location_id,
            platform: q.platform,
            created_after: q.created_after,
            metadata,
            search: q.q.as_ref().map(|s| s.to_lowercase()),
        }
    }

    fn admits(&self, e: &Entry) -> bool {
        let Some(metadata) = &self.metadata else {
            return false;
        };
        if let Some(scope) = self.scope {
            if !e.location_id.is_some_and(|l| scope.contains(&l)) {
                return false;
            }
        }
        if self.location.is_some() && e.location_id != self.location {
            return false;
        }
        if self.platform.is_some_and(|p| p != e.platform) {
            return false;
        }
        if self.created_after.is_some_and(|t| e.created_at < t) {
            return false;
        }
        for (key, values) in metadata {
            let Ok(i) = e.metadata.binary_search_by(|(k, _)| (**k).cmp(key)) else {
                return false;
            };
            if !values.contains(&addr(&e.metadata[i].1)) {
                return false;
            }
        }
        self.search.as_deref().is_none_or(|s| e.lower.contains(s))
    }
}

/// The devices a query selects, walked in its order.
pub struct Selection<'a> {
    data: &'a Data,
    filter: Filter<'a>,
    column: SortColumn,
    order: Order,
}

impl<'a> Selection<'a> {
    /// Every selected device, in order.
    pub fn iter(&self) -> Box<dyn Iterator<Item = &'a Arc<Entry>> + '_> {
        let order = &self.data.orders[column_index(self.column)];
        let slots = &self.data.slots;
        let entries = move |s: &u32| slots[*s as usize].as_ref();
        let it = order.iter().filter_map(entries);
        match self.order {
            Order::Asc => Box::new(it.filter(|e| self.filter.admits(e))),
            Order::Desc => Box::new(
                order
                    .iter()
                    .rev()
                    .filter_map(entries)
                    .filter(|e| self.filter.admits(e)),
            ),
        }
    }

    /// How many are selected, and the `size` of them after the first `skip`.
    pub fn window(&self, skip: usize, size: usize) -> (u64, Vec<&'a Arc<Entry>>) {
        let mut total = 0u64;
        let mut page = Vec::with_capacity(size);
        for e in self.iter() {
            if total as usize >= skip && page.len() < size {
                page.push(e);
            }
            total += 1;
        }
        (total, page)
    }
}

/// The metadata as it sorts.
fn sort_text(m: &Metadata) -> Box<str> {
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
