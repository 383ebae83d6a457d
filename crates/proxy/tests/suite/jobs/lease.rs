//! Two replicas on one console database (PostgreSQL, and SQLite for one process's
//! restarts): each job is claimed by exactly one; a replica that stops renewing loses
//! its job to another once the lease has expired; a merchant runs at most the configured
//! number of jobs at once.

use std::time::Duration;

use ipp::activity::Actor;
use ipp::console::Role;
use ipp::jobs::{JobAction, JobStatus};
use proxy::db::jobs::{Created, NewItem, NewJob};
use proxy::db::Db;

use crate::common::*;

fn job(merchant: &str, key: &str) -> NewJob {
    NewJob {
        id: uuid::Uuid::new_v4(),
        merchant: merchant.into(),
        starter: Actor {
            sub: "user-operator".into(),
            name: None,
        },
        role: Role::Operator,
        scope: None,
        action: JobAction::RemoveMetadata,
        params: Default::default(),
        idempotency_key: key.into(),
        digest: key.into(),
        locations: Vec::new(),
        parent: None,
        request_id: "r".into(),
    }
}

fn item() -> NewItem {
    NewItem {
        device: Some(uuid::Uuid::new_v4()),
        name: "Till".into(),
        ..NewItem::default()
    }
}

#[tokio::test]
async fn each_job_is_claimed_by_one_replica_and_taken_over_after_its_lease() {
    for postgres in [true, false] {
        let url = database_url(postgres).await;
        let a = Db::open(&url, Duration::from_secs(5)).await.unwrap();
        let b = Db::open(&url, Duration::from_secs(5)).await.unwrap();
        let mut ids = Vec::new();
        for i in 0..6 {
            let merchant = format!("merchant-{}", i % 3);
            let j = job(&merchant, &format!("k{i}"));
            assert!(matches!(
                a.create_job(&j, &[item(), item()]).await.unwrap(),
                Created::New
            ));
            ids.push(j.id);
        }
        // The same key again: the same job, written once.
        let again = job("merchant-0", "k0");
        assert!(
            matches!(a.create_job(&again, &[item()]).await.unwrap(), Created::Again(id) if id == ids[0])
        );

        // Both replicas claim at once: every job once, at most two per merchant.
        let lease = Duration::from_secs(1);
        let (got_a, got_b) = tokio::join!(a.claim_jobs(10, lease, 2), b.claim_jobs(10, lease, 2));
        let (got_a, got_b) = (got_a.unwrap(), got_b.unwrap());
        let mut claimed: Vec<_> = got_a.iter().chain(&got_b).map(|j| j.id).collect();
        claimed.sort();
        let before = claimed.len();
        claimed.dedup();
        assert_eq!(
            before,
            claimed.len(),
            "postgres={postgres}: a job claimed twice"
        );
        assert_eq!(claimed.len(), 6, "postgres={postgres}");
        for m in 0..3 {
            let running = got_a
                .iter()
                .chain(&got_b)
                .filter(|j| j.merchant == format!("merchant-{m}"))
                .count();
            assert!(running <= 2);
        }
        // Nothing more to claim while the leases hold.
        assert!(b.claim_jobs(10, lease, 2).await.unwrap().is_empty());

        // Replica A stops renewing: B takes its jobs over once their leases expire, and A
        // learns it lost them.
        let of_a: Vec<_> = got_a.iter().map(|j| j.id).collect();
        tokio::time::sleep(Duration::from_millis(1_200)).await;
        let taken = b.claim_jobs(10, lease, 10).await.unwrap();
        for id in &of_a {
            assert!(taken.iter().any(|j| j.id == *id), "postgres={postgres}");
            let (held, _) = a.renew_lease(*id, lease).await.unwrap();
            assert!(!held);
        }
        // Ended by the replica that holds it, and not by another.
        let id = taken[0].id;
        a.finish_job(id, JobStatus::Done).await.unwrap();
        let row = a.job_row(id, &taken[0].merchant).await.unwrap().unwrap();
        assert_eq!(row.status, JobStatus::Running);
        b.finish_job(id, JobStatus::Done).await.unwrap();
        let row = a.job_row(id, &taken[0].merchant).await.unwrap().unwrap();
        assert_eq!(row.status, JobStatus::Done);
    }
}

#[tokio::test]
async fn expired_previews_are_not_run_and_are_deleted() {
    for postgres in [false, true] {
        let db = Db::open(&database_url(postgres).await, Duration::from_secs(5))
            .await
            .unwrap();
        let past = chrono::Utc::now() - chrono::Duration::seconds(1);
        let future = chrono::Utc::now() + chrono::Duration::minutes(30);
        let (old, live) = (uuid::Uuid::new_v4(), uuid::Uuid::new_v4());
        let request = serde_json::json!({"action": "deregister"});
        for (id, expires) in [(old, past), (live, future)] {
            db.save_preview(id, "m", "user-operator", &request, &[], expires)
                .await
                .unwrap();
        }
        assert!(db
            .preview(old, "m", "user-operator")
            .await
            .unwrap()
            .is_none());
        // Another starter's preview is not theirs to run.
        assert!(db
            .preview(live, "m", "someone-else")
            .await
            .unwrap()
            .is_none());
        assert!(db
            .preview(live, "m", "user-operator")
            .await
            .unwrap()
            .is_some());
        assert_eq!(db.prune_previews().await.unwrap(), 1, "postgres={postgres}");
        assert!(db
            .preview(live, "m", "user-operator")
            .await
            .unwrap()
            .is_some());
    }
}
