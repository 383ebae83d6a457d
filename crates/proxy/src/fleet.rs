//! The operator's view of the Device API: lists limited to their locations, and one item
//! by id, through the upstream's get-by-id where it has one and otherwise by paging
//! through the list within the operator's scope. A consumed enrollment is linked to its
//! device by the upstream's link when there is one, else by the newest device created
//! within the code's life with the same location and metadata. This is the only place
//! that knows the documented API lacks those calls.

use axum::http::Method;
use chrono::Duration;
use ipp::metadata::MAX_FILTERS;
use ipp::{Device, Enrollment, ListKind, ListQuery, MetadataFilter, Page, Problem, Uuid};
use serde::de::DeserializeOwned;

use crate::auth::Operator;
use crate::error::AppError;
use crate::keys::Secret;
use crate::upstream::{Answer, Caller};
use crate::AppState;

/// Pages of 100 searched at most when looking an item up through a list.
const SEARCH_PAGES: u32 = 50;

/// One request's access to the upstream, as one operator.
pub struct Fleet<'a> {
    pub state: &'a AppState,
    pub op: &'a Operator,
    pub request_id: &'a str,
    key: &'a Secret,
}

impl<'a> Fleet<'a> {
    pub fn new(
        state: &'a AppState,
        op: &'a Operator,
        request_id: &'a str,
    ) -> Result<Fleet<'a>, AppError> {
        let key = state.keys.get(&op.merchant_id).ok_or_else(|| {
            AppError::forbidden(format!(
                "Device Console is not set up for merchant {}. Ask your administrator to add its Kustom API key.",
                op.merchant_id
            ))
        })?;
        Ok(Fleet {
            state,
            op,
            request_id,
            key,
        })
    }

    fn caller(&self) -> Caller<'_> {
        Caller {
            merchant: &self.op.merchant_id,
            key: self.key,
            request_id: self.request_id,
        }
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
    ) -> Result<Answer, AppError> {
        self.state
            .upstream
            .call(&self.caller(), method, path, body)
            .await
    }

    /// Sends `body` as JSON and reads the answer as `T`.
    pub async fn send<B: serde::Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: &B,
    ) -> Result<T, AppError> {
        let bytes = serde_json::to_vec(body).expect("request bodies serialize");
        self.call(method, path, Some(bytes)).await?.json()
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, AppError> {
        self.state.upstream.get(&self.caller(), path).await
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

    /// A page of a list, within the operator's scope.
    pub async fn list<T: DeserializeOwned>(
        &self,
        kind: ListKind,
        q: &ListQuery,
    ) -> Result<Page<T>, AppError> {
        self.list_answer(kind, q).await?.json()
    }

    /// A page of a list, within the operator's scope, as the upstream wrote it.
    pub async fn list_answer(&self, kind: ListKind, q: &ListQuery) -> Result<Answer, AppError> {
        let q = self.scoped(q)?;
        let path = format!("{}?{}", list_path(kind), q.to_query_string(kind));
        self.call(Method::GET, &path, None).await
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
    /// or every one.
    async fn search<T: DeserializeOwned>(
        &self,
        kind: ListKind,
        base: &ListQuery,
        mut found: impl FnMut(&T) -> bool,
        first_only: bool,
    ) -> Result<Vec<T>, AppError> {
        let mut matches = Vec::new();
        for q in self.scope_queries(base) {
            if self.op.locations.is_some() && !self.op.allows_location(q.location_id) {
                continue;
            }
            for page_number in 0..SEARCH_PAGES {
                let q = ListQuery {
                    page_number,
                    page_size: ipp::query::MAX_PAGE_SIZE,
                    ..q.clone()
                };
                let page: Page<T> = self
                    .get(&format!("{}?{}", list_path(kind), q.to_query_string(kind)))
                    .await?;
                let last = page.last || page.content.is_empty();
                for item in page.content {
                    if found(&item) {
                        matches.push(item);
                        if first_only {
                            return Ok(matches);
                        }
                    }
                }
                if last {
                    break;
                }
            }
        }
        Ok(matches)
    }

    /// One device the operator may see, fresh from the upstream.
    pub async fn device(&self, id: Uuid) -> Result<Device, AppError> {
        let not_found = || {
            AppError::not_found(
                "There is no such device in your locations. It may have been deregistered.",
            )
        };
        let device = if self.state.upstream.get_by_id {
            match self.get::<Device>(&format!("/ipp/v1/devices/{id}")).await {
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
            Some(d)
                if self.op.allows_location(d.location_id)
                    && d.merchant_id_matches(&self.op.merchant_id) =>
            {
                Ok(d)
            }
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
            let e = match self
                .get::<Enrollment>(&format!("/ipp/v1/enrollments/{id}"))
                .await
            {
                Ok(e) => e,
                Err(e) if e.problem.status == 404 => return Err(not_found()),
                Err(e) => return Err(e),
            };
            // Where the upstream says which location, it must be one of the operator's;
            // where it does not, the code must show up in the operator's lists.
            if e.location_id.is_some() || self.op.locations.is_none() {
                return if self.op.allows_location(e.location_id) {
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
            AppError::not_found(format!(
                "There is no pending code {code} in your locations."
            ))
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

trait MerchantOf {
    fn merchant_id_matches(&self, merchant: &str) -> bool;
}

impl MerchantOf for Device {
    /// The upstream scopes by key already; an answer naming another merchant is refused.
    fn merchant_id_matches(&self, merchant: &str) -> bool {
        self.merchant_id.is_empty() || self.merchant_id == merchant
    }
}

fn list_path(kind: ListKind) -> &'static str {
    match kind {
        ListKind::Enrollments => "/ipp/v1/enrollments",
        ListKind::Devices => "/ipp/v1/devices",
        ListKind::Locations => "/ipp/v1/locations",
    }
}
