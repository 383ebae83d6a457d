//! A collection of the console's API: its list for a query, and one item's path.

use serde::de::DeserializeOwned;

use super::{Api, ApiError};

/// A collection of the console's API (`/api/devices`) of items `T`: its list for a query,
/// and one item's path.
pub struct Collection<T> {
    path: &'static str,
    kind: ipp::ListKind,
    item: std::marker::PhantomData<fn() -> T>,
}

// Copied like the `&'static str` it mostly is, whatever `T` is.
impl<T> Clone for Collection<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Collection<T> {}

impl<T: DeserializeOwned> Collection<T> {
    pub(crate) const fn new(path: &'static str, kind: ipp::ListKind) -> Collection<T> {
        Collection {
            path,
            kind,
            item: std::marker::PhantomData,
        }
    }

    /// The path that lists what matches `query`.
    pub fn list_path(&self, query: &ipp::ListQuery) -> String {
        format!("{}?{}", self.path, query.to_query_string(self.kind))
    }

    /// One page of what matches `query`.
    pub async fn list(&self, api: Api, query: &ipp::ListQuery) -> Result<ipp::Page<T>, ApiError> {
        api.get(&self.list_path(query)).await
    }

    pub(crate) fn item(&self, id: ipp::Uuid) -> String {
        format!("{}/{id}", self.path)
    }
}
