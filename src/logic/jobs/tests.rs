use super::*;
use crate::i18n::{bundle, format, Lang};

fn ids(n: u128) -> Vec<Uuid> {
    (1..=n).map(Uuid::from_u128).collect()
}

#[test]
fn a_selection_survives_paging_and_a_shift_click_takes_the_range() {
    let page1 = ids(5);
    let mut p = Picked::default();
    p.set(page1[0], true, &page1);
    p.set_range(&page1, 0, 3, true);
    assert_eq!(p.count(), 4);
    let page2: Vec<Uuid> = (6..=10).map(Uuid::from_u128).collect();
    p.set(page2[1], true, &page2);
    assert_eq!(p.count(), 5);
    assert!(p.has(page1[2]) && !p.has(page1[4]));
    p.set_range(&page1, 3, 1, false);
    assert_eq!(p.count(), 2);
    assert!(!p.whole_page(&page1));
}

#[test]
fn all_matching_is_sent_as_the_filter_and_ends_at_the_first_choice_by_hand() {
    let page = ids(3);
    let mut p = Picked {
        all: Some(("q=till&page_number=0&page_size=20".into(), 1_240)),
        ..Picked::default()
    };
    assert_eq!(p.count(), 1_240);
    assert!(p.whole_page(&page));
    let (name, value) = p.selection();
    assert_eq!(
        (name, value.as_str().unwrap()),
        ("filter", "q=till&page_number=0&page_size=20")
    );
    p.set(page[0], false, &page);
    assert_eq!(p.all, None);
    assert_eq!(p.count(), 2);
}

#[test]
fn the_form_sends_what_the_action_uses() {
    let picked = Picked {
        ids: ids(2).into_iter().collect(),
        all: None,
    };
    let form = Form {
        action: Some(JobAction::SetMetadata),
        key: " dept ".into(),
        value: "Sales".into(),
        new_key: "ignored".into(),
        location: Some(Uuid::from_u128(9)),
    };
    let body = form.request(&picked).unwrap();
    assert_eq!(body["action"], "set_metadata");
    assert_eq!(body["key"], "dept");
    assert_eq!(body["targets"].as_array().unwrap().len(), 2);
    assert!(body.get("location_id").is_none() && body.get("new_key").is_none());
    let run = run_request(&body, Uuid::from_u128(7), "k", None);
    assert!(run.get("targets").is_none());
    assert_eq!(run["preview_id"], Uuid::from_u128(7).to_string());
    assert!(Form::default().request(&picked).is_none());
}

#[test]
fn events_are_read_across_pieces() {
    let mut b = EventBuffer::default();
    assert!(b
        .push(b": keep-alive\n\nevent: progress\ndata: {\"a\"")
        .is_empty());
    assert_eq!(
        b.push(b":1}\n\nevent: progress\r\ndata: 2\r\n\r\n"),
        vec!["{\"a\":1}", "2"]
    );
    assert!(b.push(b"data: 3\n").is_empty());
    assert_eq!(b.push(b"\n"), vec!["3"]);
}

/// A message as a language's catalog writes it (the files of `locales/<code>/`).
fn said(lang: Lang, m: &Msg) -> String {
    let dir = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), lang.code());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|f| f.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let text: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    format(&bundle(lang, &text.join("\n")), m.key, &m.args)
        .unwrap_or_else(|| panic!("{}: no {}", lang.code(), m.key))
}

fn en(m: &Msg) -> String {
    said(Lang::En, m)
}

fn running(total: u64, finished: u64, seconds_left: u64) -> Job {
    serde_json::from_value(serde_json::json!({
        "id": Uuid::from_u128(1), "action": "relocate", "status": "running",
        "starter": {"sub": "u"}, "created_at": "2026-12-06T10:00:00Z", "total": total,
        "counts": {"done": finished, "unchanged": 0, "skipped": 0, "conflict": 0, "failed": 0, "pending": total - finished},
        "seconds_left": seconds_left, "reversible": false
    }))
    .unwrap()
}

#[test]
fn progress_reads_as_people_say_it() {
    let job: Job = serde_json::from_value(serde_json::json!({
        "id": Uuid::from_u128(1), "action": "relocate", "status": "running",
        "starter": {"sub": "u"}, "created_at": "2026-12-06T10:00:00Z", "total": 1240,
        "counts": {"done": 400, "unchanged": 10, "skipped": 2, "conflict": 0, "failed": 0, "pending": 828},
        "seconds_left": 170, "reversible": false
    }))
    .unwrap();
    let p = progress(&job);
    assert_eq!(en(&p.done), "412 of 1,240 devices");
    assert_eq!(p.left.as_ref().map(en).as_deref(), Some("about 3 min left"));
    assert_eq!(percent(&job), 33);
    assert_eq!(en(&device_count(1)), "1 device");
    assert_eq!(en(&device_count(10_000)), "10,000 devices");
    // Time left: under a minute, minutes, then hours; none once the job has ended.
    let left = |secs| progress(&running(10, 2, secs)).left.map(|m| en(&m));
    assert_eq!(left(59).as_deref(), Some("less than a minute left"));
    assert_eq!(left(5_399).as_deref(), Some("about 90 min left"));
    assert_eq!(left(5_400).as_deref(), Some("about 2 h left"));
    let mut done = running(10, 10, 30);
    done.status = JobStatus::Done;
    assert_eq!(progress(&done).left, None);
    // One device, in the languages whose words change with the number.
    let one = progress(&running(1, 0, 0)).done;
    assert_eq!(en(&one), "0 of 1 device");
    assert_eq!(said(Lang::Sv, &one), "0 av 1 enhet");
    assert_eq!(said(Lang::Fi, &one), "0/1 laite");
    assert_eq!(said(Lang::Fi, &device_count(3)), "3 laitetta");
}

#[test]
fn every_action_status_and_outcome_has_its_own_words() {
    use std::collections::BTreeSet;
    let actions = [
        JobAction::Relocate,
        JobAction::SetMetadata,
        JobAction::RenameMetadataKey,
        JobAction::RemoveMetadata,
        JobAction::Deregister,
        JobAction::Undo,
        JobAction::CreateEnrollments,
    ];
    let statuses = [
        JobStatus::Queued,
        JobStatus::Running,
        JobStatus::Done,
        JobStatus::Failed,
        JobStatus::Cancelled,
    ];
    let outcomes = [
        Some(ItemOutcome::Done),
        Some(ItemOutcome::Unchanged),
        Some(ItemOutcome::Skipped),
        Some(ItemOutcome::Conflict),
        Some(ItemOutcome::Failed),
        None,
    ];
    let words = |msgs: Vec<Msg>| -> BTreeSet<String> {
        let n = msgs.len();
        let set: BTreeSet<String> = msgs.iter().map(en).collect();
        assert_eq!(set.len(), n, "two of {msgs:?} read alike");
        set
    };
    words(actions.into_iter().map(action_name).collect());
    words(statuses.into_iter().map(status_name).collect());
    words(outcomes.into_iter().map(outcome_name).collect());
    assert_eq!(en(&action_name(JobAction::Undo)), "Undo of a bulk change");
    assert_eq!(en(&status_name(JobStatus::Done)), "Finished");
    assert_eq!(en(&outcome_name(Some(ItemOutcome::Done))), "Changed");
}
