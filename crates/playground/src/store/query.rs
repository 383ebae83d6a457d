//! How a list query reads: from the rows of one merchant, narrowed by location and by
//! the metadata filters, the most selective filter first (it drives the index).

use ipp::MetadataFilter;
use rusqlite::Connection;

/// Where a list query reads from: the FROM and WHERE clauses (rows aliased `d`) and the
/// ORDER BY that gives creation order.
pub(crate) struct Source {
    pub from: String,
    pub order: String,
}

impl Source {
    /// Narrows to one location, when asked.
    pub(crate) fn at_location(&mut self, location: Option<ipp::Uuid>, params: &mut Vec<String>) {
        if let Some(loc) = location {
            params.push(loc.to_string());
            self.from
                .push_str(&format!(" AND d.location_id = ?{}", params.len()));
        }
    }

    /// How many rows the source has.
    pub(crate) fn count(&self, c: &Connection, params: &[String]) -> rusqlite::Result<i64> {
        c.prepare_cached(&format!("SELECT count(*) FROM {}", self.from))?
            .query_row(rusqlite::params_from_iter(params.iter()), |r| r.get(0))
    }

    /// Page `q` of the source, `columns` (of the rows `d`) read by `row`, in list order.
    pub(crate) fn page<T>(
        &self,
        c: &Connection,
        columns: &str,
        params: &[String],
        q: &ipp::ListQuery,
        total: i64,
        row: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> rusqlite::Result<ipp::Page<T>> {
        let columns = columns
            .split(", ")
            .map(|c| format!("d.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {columns} FROM {} ORDER BY {} LIMIT {} OFFSET {}",
            self.from,
            self.order,
            q.page_size,
            q.offset()
        );
        let mut stmt = c.prepare_cached(&sql)?;
        let content = stmt
            .query_map(rusqlite::params_from_iter(params.iter()), row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ipp::Page::new(
            content,
            total as u64,
            q.page_number,
            q.page_size,
        ))
    }
}

/// The metadata filters (on `meta`, the metadata rows of a list) with the one matching
/// the fewest of the merchant's rows first. Each is counted through the
/// `(merchant_id, key, value, created_at, id)` index, and only up to the smallest count
/// so far (at most 2,000): what matters is which is smallest, not by how much.
pub(crate) fn most_selective_first<'f>(
    c: &Connection,
    meta: &str,
    merchant: &str,
    filters: &'f [MetadataFilter],
) -> rusqlite::Result<Vec<&'f MetadataFilter>> {
    const CAP: i64 = 2_000;
    let mut sized = Vec::with_capacity(filters.len());
    let mut smallest = CAP;
    for f in filters {
        let n: i64 = c
            .prepare_cached(&format!(
                "SELECT count(*) FROM (SELECT 1 FROM {meta} WHERE merchant_id = ?1 AND key = ?2 AND value = ?3 LIMIT ?4)"
            ))?
            .query_row(rusqlite::params![merchant, f.key, f.value, smallest], |r| {
                r.get(0)
            })?;
        smallest = smallest.min(n);
        sized.push((n, f));
    }
    // Stable: of filters counted up to the same cap, the earlier (counted in full) leads.
    sized.sort_by_key(|(n, _)| *n);
    Ok(sized.into_iter().map(|(_, f)| f).collect())
}

/// The source of a list of the merchant's `rows` (whose metadata rows are in `meta`,
/// keyed by `id_col`) that carry every metadata filter, `filters` ordered by
/// [`most_selective_first`].
///
/// With filters, the first drives the query in list order through the
/// `(merchant_id, key, value, created_at, id)` index, and each other filter is one
/// primary-key probe per candidate; so the cost follows the most selective filter, not
/// the size of the fleet, and a page stops once it is full. With `join` false the rows
/// themselves are not read (enough for counting by metadata alone). `params` gets the
/// parameters after the merchant id (`?1`).
pub(crate) fn list_source(
    rows: &str,
    meta: &str,
    id_col: &str,
    filters: &[&MetadataFilter],
    join: bool,
    params: &mut Vec<String>,
) -> Source {
    if filters.is_empty() {
        return Source {
            from: format!("{rows} d WHERE d.merchant_id = ?1"),
            order: "d.created_at, d.id".into(),
        };
    }
    let mut param = |v: &str| {
        params.push(v.to_owned());
        params.len()
    };
    let driver = filters[0];
    let (k, v) = (param(&driver.key), param(&driver.value));
    let mut from = if join {
        format!("{meta} m CROSS JOIN {rows} d ON d.id = m.{id_col} WHERE d.merchant_id = ?1 AND")
    } else {
        format!("{meta} m WHERE")
    };
    from.push_str(&format!(
        " m.merchant_id = ?1 AND m.key = ?{k} AND m.value = ?{v}"
    ));
    for f in &filters[1..] {
        let (k, v) = (param(&f.key), param(&f.value));
        from.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM {meta} x WHERE x.{id_col} = m.{id_col} AND x.key = ?{k} AND x.value = ?{v})"
        ));
    }
    Source {
        from,
        order: format!("m.created_at, m.{id_col}"),
    }
}
