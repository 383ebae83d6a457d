//! Reading a merchant's whole fleet from the upstream, which lists one page at a time:
//! the first page says how many there are, the rest are read a few at a time, and the
//! locations and each location's pending codes with them.

use futures::stream::{self, StreamExt, TryStreamExt};
use ipp::query::MAX_PAGE_SIZE;
use ipp::{Device, Enrollment, ListKind, ListQuery, Location, Page, Uuid};

use super::Builder;
use crate::error::AppError;
use crate::upstream::{paths, Caller, Upstream};

/// Most pages read of a list that is not the device list (locations, a location's
/// pending codes): far more than any merchant has.
const MAX_SMALL_LIST_PAGES: u32 = 100;

/// What one read found.
pub(super) enum Read {
    Fleet {
        devices: Box<Builder>,
        locations: Vec<Location>,
        codes: Vec<Enrollment>,
    },
    /// More devices than the index keeps (how many the upstream said).
    TooLarge(u64),
}

pub(super) struct Reader<'a> {
    pub(super) upstream: &'a Upstream,
    pub(super) caller: Caller<'a>,
    pub(super) merchant: &'a str,
    pub(super) max_devices: usize,
    pub(super) concurrency: usize,
}

impl Reader<'_> {
    async fn page<T: serde::de::DeserializeOwned>(
        &self,
        kind: ListKind,
        q: &ListQuery,
    ) -> Result<Page<T>, AppError> {
        self.upstream.get(&self.caller, &paths::list(kind, q)).await
    }

    pub(super) async fn read(&self) -> Result<Read, AppError> {
        let (devices, locations) = tokio::join!(
            self.devices(),
            self.small_list(ListKind::Locations, ListQuery::default())
        );
        let devices = match devices? {
            Some(d) => d,
            None => return Ok(Read::TooLarge(self.too_large_count().await)),
        };
        let locations: Vec<Location> = locations?;
        let ids: Vec<Uuid> = locations.iter().map(|l| l.id).collect();
        let per_location: Vec<Vec<Enrollment>> = stream::iter(ids)
            .map(|location| self.pending_codes(location))
            .buffer_unordered(self.concurrency)
            .try_collect()
            .await?;
        let codes = per_location.into_iter().flatten().collect();
        Ok(Read::Fleet {
            devices,
            locations,
            codes,
        })
    }

    /// A location's pending codes. A code listed under a location belongs to it (the
    /// documented enrollment does not say).
    async fn pending_codes(&self, location: Uuid) -> Result<Vec<Enrollment>, AppError> {
        let q = ListQuery {
            location_id: Some(location),
            include_consumed: Some(false),
            ..ListQuery::default()
        };
        let codes: Vec<Enrollment> = self.small_list(ListKind::Enrollments, q).await?;
        Ok(codes
            .into_iter()
            .map(|e| Enrollment {
                location_id: e.location_id.or(Some(location)),
                ..e
            })
            .collect())
    }

    /// Every device, or `None` when there are more than the index keeps. Each page is
    /// taken into the index as it arrives (the devices as read are not kept).
    async fn devices(&self) -> Result<Option<Box<Builder>>, AppError> {
        let q = |page_number, page_size| ListQuery {
            page_number,
            page_size,
            ..ListQuery::default()
        };
        let first: Page<Device> = self.page(ListKind::Devices, &q(0, MAX_PAGE_SIZE)).await?;
        if first.total_elements > self.max_devices as u64 {
            return Ok(None);
        }
        // The upstream may use a smaller page than asked for; page by what it used.
        let size = first.page_size.clamp(1, MAX_PAGE_SIZE);
        let max_pages = (self.max_devices as u32).div_ceil(size) + 1;
        let pages = first.total_pages.min(max_pages);
        let mut last = first.last || first.total_pages <= 1;
        let mut builder = Box::new(Builder::new(self.merchant));
        builder.add(first.content);
        let mut rest = stream::iter(1..pages)
            .map(|n| async move { self.page::<Device>(ListKind::Devices, &q(n, size)).await })
            .buffered(self.concurrency);
        while let Some(p) = rest.next().await {
            let p = p?;
            last = p.last;
            builder.add(p.content);
            if builder.devices() > self.max_devices {
                return Ok(None);
            }
        }
        // The list grew while it was read: read on until its end.
        let mut n = pages.max(1);
        while !last && n < max_pages {
            let p: Page<Device> = self.page(ListKind::Devices, &q(n, size)).await?;
            last = p.last || p.content.is_empty();
            builder.add(p.content);
            n += 1;
        }
        if builder.devices() > self.max_devices || !last {
            return Ok(None);
        }
        Ok(Some(builder))
    }

    async fn too_large_count(&self) -> u64 {
        let q = ListQuery {
            page_size: 1,
            ..ListQuery::default()
        };
        self.page::<Device>(ListKind::Devices, &q)
            .await
            .map_or(self.max_devices as u64 + 1, |p| p.total_elements)
    }

    /// Every item of a short list, page by page.
    async fn small_list<T: serde::de::DeserializeOwned>(
        &self,
        kind: ListKind,
        base: ListQuery,
    ) -> Result<Vec<T>, AppError> {
        let mut all = Vec::new();
        for page_number in 0..MAX_SMALL_LIST_PAGES {
            let q = ListQuery {
                page_number,
                page_size: MAX_PAGE_SIZE,
                ..base.clone()
            };
            let page: Page<T> = self.page(kind, &q).await?;
            let last = page.last || page.content.is_empty();
            all.extend(page.content);
            if last {
                break;
            }
        }
        Ok(all)
    }
}
