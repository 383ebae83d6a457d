//! The operator's view of the whole fleet: the merchant's index, the operator's scope,
//! and every item of a list (for exports).

use std::ops::ControlFlow;
use std::sync::Arc;

use ipp::{ListKind, ListQuery, Problem, Uuid};
use serde::de::DeserializeOwned;

use super::{index, Fleet, Scoped};
use crate::error::AppError;

impl Fleet {
    /// The merchant's fleet index, built first if need be (see [`index`]).
    pub async fn index(&self) -> Result<Arc<index::Shelf>, AppError> {
        // Refused as every call is, when there is no key for the merchant.
        self.caller()?;
        index::FleetIndex::ready(&self.state, &self.op.merchant_id, &self.request_id).await
    }

    /// The operator's locations (`None`: all of the merchant's).
    pub fn scope(&self) -> Option<&[Uuid]> {
        self.op.locations.as_deref()
    }

    /// Refuses a location filter outside the operator's scope; no filter is the whole
    /// scope.
    pub fn check_location(&self, location: Option<Uuid>) -> Result<(), AppError> {
        match location {
            Some(l) if !self.op.allows_location(Some(l)) => Err(AppError::forbidden(
                "That location is not one of yours. Choose one of your locations.",
            )),
            _ => Ok(()),
        }
    }

    /// Remembers which code a device was paired with (for "Created by"); best effort.
    pub async fn paired(&self, device: Uuid, code: Uuid) {
        if let Err(e) = self
            .state
            .db
            .link_device(&self.op.merchant_id, device, code)
            .await
        {
            tracing::warn!(error = %e, "cannot remember which code a device came from");
        }
    }

    /// Applies a change the upstream accepted to this replica's index.
    pub fn changed(&self, change: index::Change) {
        self.state.index.apply(&self.op.merchant_id, change);
    }

    /// Every item of a list within the operator's scope (each of their locations when
    /// the query names none), with the location it was listed under, up to `max` items; past it, a problem that says to narrow
    /// the list.
    pub async fn all<T: DeserializeOwned + Scoped>(
        &self,
        kind: ListKind,
        base: &ListQuery,
        max: usize,
    ) -> Result<Vec<(Option<Uuid>, T)>, AppError> {
        let mut items = Vec::new();
        let too_many = || {
            AppError::new(Problem::new(422, "Too many to export").with_detail(format!(
                "This list has more than {max} items. Narrow it (a location, metadata) and export again."
            )))
        };
        self.walk(
            kind,
            base,
            u32::MAX,
            too_many,
            |listed_under, page: Vec<T>| {
                items.extend(page.into_iter().map(|item| (listed_under, item)));
                if items.len() > max {
                    return Err(too_many());
                }
                Ok(ControlFlow::Continue(()))
            },
        )
        .await?;
        Ok(items)
    }
}
