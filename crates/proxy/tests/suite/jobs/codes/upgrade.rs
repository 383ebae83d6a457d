//! Jobs written before items could be codes (migration 5 rebuilds `job_items`): after the
//! upgrade they read as they did, on SQLite and on PostgreSQL.

use std::time::Duration;

use ipp::jobs::{ItemOutcome, JobAction, JobItemsQuery};
use proxy::db::{migrator, Db};

use crate::common::*;

#[tokio::test]
async fn jobs_written_before_the_upgrade_keep_their_items() {
    for postgres in [false, true] {
        let url = database_url(postgres).await;
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&url).await.unwrap();
        migrator().run_to(4, &pool).await.unwrap();
        let (job, device) = (uuid::Uuid::new_v4(), uuid::Uuid::new_v4());
        let state = r#"{"name":"Till 1","location_id":null,"metadata":{"store":"104"}}"#;
        sqlx::query(
            "INSERT INTO jobs (id, merchant_id, starter_sub, starter_role, action, params, idempotency_key, request_digest, locations, status, total, request_id, created_ms) \
             VALUES ($1, 'm1', 'user-operator', '\"operator\"', 'set_metadata', '{}', 'k', 'd', '[]', 'done', 1, 'r', 0)",
        )
        .bind(job.to_string())
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO job_items (job_id, seq, device_id, name, outcome, reason, changes, state_before, state_after) \
             VALUES ($1, 0, $2, 'Till 1', 'done', NULL, '[]', $3, $4)",
        )
        .bind(job.to_string())
        .bind(device.to_string())
        .bind(state)
        .bind(state)
        .execute(&pool)
        .await
        .unwrap();
        pool.close().await;

        let db = Db::open(&url, Duration::from_secs(5)).await.unwrap();
        let row = db.job_row(job, "m1").await.unwrap().unwrap();
        assert_eq!(row.action, JobAction::SetMetadata);
        let items = db.job_items(job, &JobItemsQuery::default()).await.unwrap();
        assert_eq!(items.total_elements, 1, "postgres={postgres}");
        let item = &items.content[0];
        assert_eq!(item.device_id, Some(device));
        assert_eq!(item.name, "Till 1");
        assert_eq!(item.outcome, Some(ItemOutcome::Done));
        assert!(item.spec.is_none() && item.enrollment_id.is_none());
        // What an undo of it reads.
        let done = db.items_with(job, Some(ItemOutcome::Done)).await.unwrap();
        assert_eq!(done[0].device, device);
        assert_eq!(
            done[0].state_before.as_ref().unwrap().metadata["store"],
            "104"
        );
        assert_eq!(db.counts(job).await.unwrap().done, 1);
    }
}
