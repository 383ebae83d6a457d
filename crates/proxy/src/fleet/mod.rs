//! The operator's view of the Device API: lists limited to their locations, and one item
//! by id, through the upstream's get-by-id where it has one and otherwise by paging
//! through the list within the operator's scope. A consumed enrollment is linked to its
//! device by the upstream's link when there is one, else by the newest device created
//! within the code's life with the same location and metadata. This is the only place
//! that knows the documented API lacks those calls.

pub mod index;
mod scope;
mod whole;

use std::ops::ControlFlow;
use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::Method;
use chrono::Duration;
use ipp::metadata::MAX_FILTERS;
use ipp::{Device, Enrollment, ListKind, ListQuery, MetadataFilter, Page, Problem, Uuid};
use serde::de::DeserializeOwned;
use tower_http::request_id::RequestId;

pub use scope::Scoped;

use crate::auth::Operator;
use crate::edge::request_id_text;
use crate::error::AppError;
use crate::upstream::keys::Secret;
use crate::upstream::{paths, Answer, Caller};
use crate::AppState;

/// One request's access to the upstream, as one operator: the verified operator, the
/// request id and the merchant's API key. A handler takes it as an extractor.
pub struct Fleet {
    pub state: Arc<AppState>,
    pub op: Operator,
    pub request_id: String,
    /// `None` when this deployment has no key for the operator's merchant: every call
    /// is then refused (inside a change, so that the refusal is recorded).
    key: Option<Secret>,
}

impl FromRequestParts<Arc<AppState>> for Fleet {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        let op = Operator::from_request_parts(parts, state).await?;
        let request_id = parts
            .extensions
            .get::<RequestId>()
            .map(|id| request_id_text(id).to_owned())
            .unwrap_or_default();
        Ok(Fleet::new(state.clone(), op, request_id))
    }
}

impl Fleet {
    pub fn new(state: Arc<AppState>, op: Operator, request_id: String) -> Fleet {
        let key = state.keys.get(&op.merchant_id).cloned();
        Fleet {
            state,
            op,
            request_id,
            key,
        }
    }

    /// Who calls the upstream, or 403 when this deployment has no key for the merchant.
    pub(crate) fn caller(&self) -> Result<Caller<'_>, AppError> {
        let key = self.key.as_ref().ok_or_else(|| {
            AppError::forbidden(format!(
                "Device Console is not set up for merchant {}. Ask your administrator to add its Kustom API key.",
                self.op.merchant_id
            ))
        })?;
        Ok(Caller {
            merchant: &self.op.merchant_id,
            key,
            request_id: &self.request_id,
        })
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
    ) -> Result<Answer, AppError> {
        self.state
            .upstream
            .call(&self.caller()?, method, path, body)
            .await
    }

    /// Sends `body` as JSON and reads the answer as `T`.
    pub async fn send<B: serde::Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: &B,
    ) -> Result<T, AppError> {
        // Request bodies are ipp types, which always serialize.
        let bytes = serde_json::to_vec(body).unwrap_or_default();
        self.call(method, path, Some(bytes)).await?.json()
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, AppError> {
        self.state.upstream.get(&self.caller()?, path).await
    }

    /// The query to send for a list, within the operator's scope: a location outside it is
    /// refused; a missing location is filled in when the scope has one location and must
    /// be chosen when it has several.
    pub fn scoped(&self, q: &ListQuery) -> Result<ListQuery, AppError> {
        let Some(allowed) = &self.op.locations else {
            return Ok(q.clone());
        };
        match (q.location_id, allowed.as_slice()) {
            (Some(l), _) if allowed.contains(&l) => Ok(q.clone()),
            (Some(_), _) => Err(AppError::forbidden("That location is not one of yours. Choose one of your locations.")),
            (None, []) => Err(AppError::forbidden("Your account has no locations assigned. Ask your portal administrator.")),
            (None, [only]) => Ok(ListQuery { location_id: Some(*only), ..q.clone() }),
            (None, several) => Err(AppError::new(Problem::invalid_field(
                "location_id",
                format!("Choose a location: you may see {} of the merchant's locations, so lists are shown per location.", several.len()),
            ))),
        }
    }

    /// Whether an item of an upstream answer may reach this operator. `asked` is the
    /// location the query named: an item that does not say its location (the
    /// documented enrollment has none) belongs to the location it was listed under; an
    /// item that names another location or another merchant is left out, whatever the
    /// query was (the upstream is trusted with the API key, not with our scope).
    pub fn admits<T: Scoped>(&self, item: &T, asked: Option<Uuid>) -> bool {
        let merchant = item.merchant();
        if !merchant.is_empty() && merchant != self.op.merchant_id {
            return false;
        }
        self.op.locations.is_none() || self.op.allows_location(item.location().or(asked))
    }

    /// Leaves out of a page what the operator may not see (see [`Fleet::admits`]).
    fn keep_admitted<T: Scoped>(&self, page: &mut Page<T>, asked: Option<Uuid>) {
        let before = page.content.len();
        page.content.retain(|item| self.admits(item, asked));
        let dropped = before - page.content.len();
        if dropped > 0 {
            tracing::warn!(
                request_id = %self.request_id,
                dropped,
                "the upstream answered with items outside the operator's merchant or locations; they were left out"
            );
        }
    }

    /// A page of a list, within the operator's scope: the query is narrowed to it and
    /// every item of the answer is checked against it.
    pub async fn list<T: DeserializeOwned + Scoped>(
        &self,
        kind: ListKind,
        q: &ListQuery,
    ) -> Result<Page<T>, AppError> {
        let q = self.scoped(q)?;
        let path = paths::list(kind, &q);
        let mut page: Page<T> = self.get(&path).await?;
        self.keep_admitted(&mut page, q.location_id);
        Ok(page)
    }

    /// The queries that together cover the operator's scope.
    fn scope_queries(&self, base: &ListQuery) -> Vec<ListQuery> {
        match (&self.op.locations, base.location_id) {
            (Some(allowed), None) => allowed
                .iter()
                .map(|l| ListQuery {
                    location_id: Some(*l),
                    ..base.clone()
                })
                .collect(),
            _ => vec![base.clone()],
        }
    }

    /// Pages through the operator's lists for items `found` accepts: the first one only,
    /// or every one. At most `lookup_max_pages` pages are read for one request; a search
    /// that stops there says so (404).
    async fn search<T: DeserializeOwned + Scoped>(
        &self,
        kind: ListKind,
        base: &ListQuery,
        mut found: impl FnMut(&T) -> bool,
        first_only: bool,
    ) -> Result<Vec<T>, AppError> {
        let mut matches = Vec::new();
        let bound = self.state.lookup_max_pages;
        let past_bound = || {
            AppError::not_found(format!(
                "Not found within the first {bound} pages of the list: the console stops looking there. Narrow the search (a location) or ask your administrator about --lookup-max-pages."
            ))
        };
        self.walk(kind, base, bound, past_bound, |_, items: Vec<T>| {
            for item in items {
                if found(&item) {
                    matches.push(item);
                    if first_only {
                        return Ok(ControlFlow::Break(()));
                    }
                }
            }
            Ok(ControlFlow::Continue(()))
        })
        .await?;
        Ok(matches)
    }

    /// Reads the operator's lists page by page (each of their locations when the query
    /// names none), handing `each` what every page admits with the location it was
    /// listed under, until `each` says stop or the lists end; reading more than
    /// `max_pages` pages is `past_max`.
    async fn walk<T: DeserializeOwned + Scoped>(
        &self,
        kind: ListKind,
        base: &ListQuery,
        max_pages: u32,
        past_max: impl Fn() -> AppError,
        mut each: impl FnMut(Option<Uuid>, Vec<T>) -> Result<ControlFlow<()>, AppError>,
    ) -> Result<(), AppError> {
        let mut pages_read = 0;
        for q in self.scope_queries(base) {
            if self.op.locations.is_some() && !self.op.allows_location(q.location_id) {
                continue;
            }
            for page_number in 0.. {
                if pages_read >= max_pages {
                    return Err(past_max());
                }
                pages_read += 1;
                let q = ListQuery {
                    page_number,
                    page_size: ipp::query::MAX_PAGE_SIZE,
                    ..q.clone()
                };
                let mut page: Page<T> = self.get(&paths::list(kind, &q)).await?;
                let last = page.last || page.content.is_empty();
                self.keep_admitted(&mut page, q.location_id);
                if each(q.location_id, page.content)?.is_break() {
                    return Ok(());
                }
                if last {
                    break;
                }
            }
        }
        Ok(())
    }

    /// One device the operator may see, fresh from the upstream.
    pub async fn device(&self, id: Uuid) -> Result<Device, AppError> {
        let not_found = || {
            AppError::not_found(
                "There is no such device in your locations. It may have been deregistered.",
            )
        };
        let device = if self.state.upstream.get_by_id {
            match self.get::<Device>(&paths::device(id)).await {
                Ok(d) => Some(d),
                Err(e) if e.problem.status == 404 => None,
                Err(e) => return Err(e),
            }
        } else {
            self.search::<Device>(
                ListKind::Devices,
                &ListQuery::default(),
                |d| d.id == id,
                true,
            )
            .await?
            .pop()
        };
        match device {
            Some(d) if d.id == id && self.admits(&d, None) => Ok(d),
            _ => Err(not_found()),
        }
    }

    /// One enrollment the operator may see. Through a list, only pending and consumed
    /// codes can be found (the upstream leaves cancelled and expired ones out).
    pub async fn enrollment(&self, id: Uuid) -> Result<Enrollment, AppError> {
        let not_found = || {
            AppError::not_found("There is no such pending or used code in your locations. It may have expired or been cancelled.")
        };
        if self.state.upstream.get_by_id {
            let e = match self.get::<Enrollment>(&paths::enrollment(id)).await {
                Ok(e) => e,
                Err(e) if e.problem.status == 404 => return Err(not_found()),
                Err(e) => return Err(e),
            };
            if e.enrollment_id != id {
                return Err(not_found());
            }
            // Where the upstream says which location, it must be one of the operator's;
            // where it does not, the code must show up in the operator's lists.
            if e.location_id.is_some() || self.op.locations.is_none() {
                return if self.admits(&e, None) {
                    Ok(e)
                } else {
                    Err(not_found())
                };
            }
        }
        let q = ListQuery {
            include_consumed: Some(true),
            ..ListQuery::default()
        };
        self.search::<Enrollment>(ListKind::Enrollments, &q, |e| e.enrollment_id == id, true)
            .await?
            .pop()
            .ok_or_else(not_found)
    }

    /// The pending enrollment with this (normalized) code, within the operator's scope.
    pub async fn pending_code(&self, code: &str) -> Result<Enrollment, AppError> {
        let q = ListQuery {
            include_consumed: Some(false),
            ..ListQuery::default()
        };
        self.search::<Enrollment>(
            ListKind::Enrollments,
            &q,
            |e| e.enrollment_code == code,
            true,
        )
        .await?
        .pop()
        .ok_or_else(|| {
            AppError::not_found("There is no pending code like this one in your locations.")
        })
    }

    /// The device a consumed enrollment became, if it can be told.
    pub async fn device_of(&self, e: &Enrollment) -> Result<Option<Device>, AppError> {
        if let Some(id) = e.device_id {
            return match self.device(id).await {
                Ok(d) => Ok(Some(d)),
                Err(err) if err.problem.status == 404 => Ok(None),
                Err(err) => Err(err),
            };
        }
        // No link: the newest device created while the code was valid, at the same
        // location, with the same metadata (as a device has right after pairing).
        let earliest = e.created_at.unwrap_or(
            e.expires_at - Duration::milliseconds(ipp::request::MAX_EXPIRES_IN_MS as i64),
        );
        let q = ListQuery {
            location_id: e.location_id,
            metadata: e
                .metadata
                .iter()
                .take(MAX_FILTERS)
                .map(|(k, v)| MetadataFilter {
                    key: k.clone(),
                    value: v.clone(),
                })
                .collect(),
            ..ListQuery::default()
        };
        let matches = self
            .search::<Device>(
                ListKind::Devices,
                &q,
                |d| {
                    d.metadata == e.metadata
                        && d.created_at >= earliest
                        && d.created_at <= e.expires_at
                        && (e.location_id.is_none() || d.location_id == e.location_id)
                },
                false,
            )
            .await?;
        Ok(matches.into_iter().max_by_key(|d| (d.created_at, d.id)))
    }
}
