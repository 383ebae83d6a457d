//! Whether a create whose answer was lost made its code: a create is not idempotent at
//! Kustom, so before one is sent again the code list is asked for a pending code of the
//! item's location with exactly its metadata and lifetime, made since the item's first
//! create was sent (within [`SKEW`] of the console's clock), that the console does not
//! know as made already (another item's code, or a recorded create's). The oldest such
//! code is taken as this item's, at most once (the database holds each enrollment to one
//! item).
//!
//! When the upstream does not say when a code was made (the documented enrollment has no
//! `created_at`), it is its expiry less the lifetime asked for.

use chrono::{DateTime, Duration, Utc};
use ipp::metadata::MAX_FILTERS;
use ipp::query::MAX_PAGE_SIZE;
use ipp::{CreateEnrollment, Enrollment, EnrollmentStatus, ListKind, ListQuery, MetadataFilter};

use super::super::item::Ctx;
use crate::db::jobs::ItemRow;
use crate::error::AppError;

/// How far Kustom's clock (and its rounding of times) may be from the console's.
pub(super) const SKEW: Duration = Duration::seconds(10);

/// When Kustom made `e`, as it says or as its expiry tells.
fn made_at(e: &Enrollment, spec: &CreateEnrollment) -> DateTime<Utc> {
    e.created_at.unwrap_or_else(|| {
        e.expires_at - Duration::milliseconds(spec.expires_in_ms().min(i64::MAX as u64) as i64)
    })
}

/// Whether `e` may be the code that a create of `spec` sent at `since` made.
pub(super) fn may_be(
    e: &Enrollment,
    spec: &CreateEnrollment,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> bool {
    let made = made_at(e, spec);
    let lifetime_matches = e.created_at.is_none_or(|c| {
        let lived = (e.expires_at - c).num_milliseconds();
        (lived - spec.expires_in_ms() as i64).abs() <= SKEW.num_milliseconds()
    });
    e.status_at(now) == EnrollmentStatus::Pending
        && e.metadata == spec.metadata
        && (e.location_id.is_none() || e.location_id == spec.location_id)
        && lifetime_matches
        && made >= since - SKEW
        && made <= now + SKEW
}

/// What looking found.
pub(super) enum Found {
    /// This code, now the item's.
    Made(Enrollment),
    /// No code of the item's was made since `since`.
    Nothing,
    /// The code list cannot be read now: whether the code was made cannot be told.
    CannotTell(AppError),
}

impl Ctx<'_> {
    /// Looks for the code a create of this item sent since `since` made, and takes it
    /// as the item's; an error is the database's.
    pub(super) async fn look(
        &self,
        it: &ItemRow,
        spec: &CreateEnrollment,
        since: DateTime<Utc>,
        record: ipp::Uuid,
    ) -> Result<Found, sqlx::Error> {
        let db = &self.fleet.state.db;
        let base = ListQuery {
            location_id: spec.location_id,
            metadata: (spec.metadata.iter())
                .take(MAX_FILTERS)
                .map(|(k, v)| MetadataFilter {
                    key: k.clone(),
                    value: v.clone(),
                })
                .collect(),
            include_consumed: Some(false),
            page_number: 0,
            page_size: MAX_PAGE_SIZE,
        };
        let now = Utc::now();
        let mut candidates = Vec::new();
        for page_number in 0..self.fleet.state.lookup_max_pages {
            let q = ListQuery {
                page_number,
                ..base.clone()
            };
            let listed = self
                .retrying(|| self.fleet.list::<Enrollment>(ListKind::Enrollments, &q))
                .await;
            let page = match listed {
                Ok(page) => page,
                Err(e) => return Ok(Found::CannotTell(e)),
            };
            let last = page.last || page.content.is_empty();
            candidates.extend((page.content.into_iter()).filter(|e| may_be(e, spec, since, now)));
            if last {
                break;
            }
        }
        candidates.sort_by_key(|e| (made_at(e, spec), e.enrollment_id));
        let ids: Vec<ipp::Uuid> = candidates.iter().map(|e| e.enrollment_id).collect();
        let taken = db.codes_taken(&self.job.merchant, &ids, record).await?;
        for e in candidates {
            if !taken.contains(&e.enrollment_id)
                && db.code_made(self.job.id, it.seq, e.enrollment_id).await?
            {
                return Ok(Found::Made(e));
            }
        }
        Ok(Found::Nothing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(metadata: &[(&str, &str)], created: DateTime<Utc>, lifetime_ms: i64) -> Enrollment {
        Enrollment {
            enrollment_id: ipp::Uuid::new_v4(),
            enrollment_code: "ABCD2345".into(),
            expires_at: created + Duration::milliseconds(lifetime_ms),
            status: EnrollmentStatus::Pending,
            metadata: (metadata.iter())
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            location_id: None,
            created_at: None,
            device_id: None,
            used_by: None,
        }
    }

    #[test]
    fn only_a_code_like_the_one_asked_for_made_since_the_create_is_taken() {
        let now = Utc::now();
        let since = now - Duration::seconds(30);
        let spec = CreateEnrollment {
            metadata: [("store".to_owned(), "104".to_owned())]
                .into_iter()
                .collect(),
            expires_in: Some(3_600_000),
            location_id: Some(ipp::Uuid::new_v4()),
        };
        let made = code(&[("store", "104")], since + Duration::seconds(1), 3_600_000);
        assert!(may_be(&made, &spec, since, now));
        // Other metadata, made long before, another location, another lifetime (as
        // Kustom says when it made it), used already.
        assert!(!may_be(
            &code(&[("store", "105")], since, 3_600_000),
            &spec,
            since,
            now
        ));
        assert!(!may_be(&code(&[], since, 3_600_000), &spec, since, now));
        let old = code(&[("store", "104")], since - Duration::minutes(5), 3_600_000);
        assert!(!may_be(&old, &spec, since, now));
        let elsewhere = Enrollment {
            location_id: Some(ipp::Uuid::new_v4()),
            ..made.clone()
        };
        assert!(!may_be(&elsewhere, &spec, since, now));
        let shorter = Enrollment {
            created_at: Some(since + Duration::seconds(1)),
            expires_at: since + Duration::minutes(10),
            ..made.clone()
        };
        assert!(!may_be(&shorter, &spec, since, now));
        let used = Enrollment {
            status: EnrollmentStatus::Consumed,
            ..made.clone()
        };
        assert!(!may_be(&used, &spec, since, now));
        // Kustom's clock a few seconds behind the console's.
        let behind = code(&[("store", "104")], since - Duration::seconds(3), 3_600_000);
        assert!(may_be(&behind, &spec, since, now));
    }
}
