//! A batch the proxy refuses whole, whatever the browser checked: too many codes, rows
//! with bad fields (each named by its row), rows for another operator's store, viewers;
//! and nothing is created upstream for any of them.

use ipp::console::Role;
use reqwest::Method;
use serde_json::{json, Value};

use super::items;
use crate::common::*;

fn batch(key: &str, items: Vec<Value>) -> Value {
    json!({"action": "create_enrollments", "idempotency_key": key, "items": items})
}

#[tokio::test]
async fn a_batch_is_refused_whole_for_its_size_its_rows_its_stores_and_its_sender() {
    let p = stack(Opts::default()).await;
    let locs = p.locations();
    let op = token(Role::Operator);
    let post = |token: String, body: Value| {
        let p = &p;
        async move {
            p.call(Method::POST, "/api/jobs", Some(&token), Some(body))
                .await
        }
    };

    // 501 codes: one error saying how many.
    let problem = post(op.clone(), batch("too-many", items("too-many", 501, &locs)))
        .await
        .problem(400);
    let said = problem["errors"]["items"].as_str().unwrap();
    assert!(said.contains("500") && said.contains("501"), "{said}");
    assert_eq!(problem["errors"].as_object().unwrap().len(), 1);

    // Bad rows, each named by its place and field, saying what to fix.
    let mut rows = items("bad-rows", 5, &locs);
    rows[1]["metadata"] = json!({"store no": "104", "till": ""});
    rows[2].as_object_mut().unwrap().remove("location_id");
    rows[3]["expires_in"] = json!(1000);
    rows[4]["ttl"] = json!(60);
    let problem = post(op.clone(), batch("bad-rows", rows)).await.problem(400);
    let errors = problem["errors"].as_object().unwrap();
    for (field, hint) in [
        ("items[1].metadata.store no", ""),
        ("items[1].metadata.till", ""),
        ("items[2].location_id", "Required"),
        ("items[3].expires_in", ""),
        ("items[4].ttl", "expires_in"),
    ] {
        let why = errors
            .get(field)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("{field}: {problem}"));
        assert!(why.contains(hint) && why.len() > 10, "{field}: {why}");
    }
    assert!(
        !errors.keys().any(|k| k.starts_with("items[0]")),
        "{problem}"
    );

    // An operator of one store, with rows for another: 403 naming those rows.
    let scoped = scoped_token(Role::Operator, std::slice::from_ref(&locs[0]));
    let problem = post(
        scoped.clone(),
        batch("not-mine", items("not-mine", 4, &locs[..2])),
    )
    .await
    .problem(403);
    let errors = problem["errors"].as_object().unwrap();
    let named: Vec<&String> = errors.keys().collect();
    assert_eq!(
        named,
        ["items[1].location_id", "items[3].location_id"],
        "{problem}"
    );
    let detail = problem["detail"].as_str().unwrap();
    assert!(
        detail.contains("items[1]") && detail.contains("items[3]"),
        "{detail}"
    );
    // Their own store only: fine.
    let mine = post(scoped, batch("mine", items("mine", 2, &locs[..1]))).await;
    assert_eq!(mine.status, 202, "{}", mine.text);

    // A store the merchant does not have.
    let mut rows = items("nowhere", 2, &locs);
    rows[1]["location_id"] = json!(uuid::Uuid::new_v4());
    let problem = post(op.clone(), batch("nowhere", rows)).await.problem(400);
    assert!(
        problem["errors"]["items[1].location_id"].is_string(),
        "{problem}"
    );

    // Viewers create nothing; a batch has no preview and takes no devices.
    post(
        token(Role::Viewer),
        batch("viewer", items("viewer", 2, &locs)),
    )
    .await
    .problem(403);
    let problem = p
        .call(
            Method::POST,
            "/api/jobs/preview",
            Some(&op),
            Some(batch("preview", items("preview", 2, &locs))),
        )
        .await
        .problem(400);
    assert!(problem["errors"]["action"]
        .as_str()
        .unwrap()
        .contains("preview"));
    let mut mixed = batch("mixed", items("mixed", 2, &locs));
    mixed["targets"] = json!([uuid::Uuid::new_v4()]);
    post(op.clone(), mixed).await.problem(400);
    // No key: refused, nothing started.
    let problem = p
        .call(
            Method::POST,
            "/api/jobs",
            Some(&op),
            Some(json!({"action": "create_enrollments", "items": items("keyless", 1, &locs)})),
        )
        .await
        .problem(400);
    assert!(problem["errors"]["idempotency_key"].is_string());

    // Of all these, only the scoped operator's own batch reached Kustom.
    let mine = super::super::finished(&p, mine.body["id"].as_str().unwrap(), &op).await;
    assert_eq!(mine["job"]["counts"]["done"], 2);
    let creates: Vec<_> = p
        .upstream
        .take()
        .into_iter()
        .filter(|c| c.method == "POST")
        .collect();
    assert_eq!(creates.len(), 2, "{creates:?}");
    for tag in [
        "too-many", "bad-rows", "not-mine", "nowhere", "viewer", "preview", "mixed", "keyless",
    ] {
        assert!(
            super::made(p.store.as_ref().unwrap(), tag).is_empty(),
            "{tag}"
        );
    }
}
