//! The fleet index: search, whole-fleet sort, facets, overview and export, read from the
//! real playground (with and without its extensions), scope on every item, and how the
//! index stays true: built once, changes applied at once, refreshes, failures.

mod export;
mod refresh;
mod scope;

use std::collections::BTreeMap;

use ipp::console::Role;
use playground::DEMO_MERCHANT;
use reqwest::Method;
use serde_json::{json, Value};

use crate::common::*;

/// A stack whose playground holds the demo fleet plus `extra` seeded devices.
async fn fleet(extra: usize, opts: Opts) -> Proxy {
    let p = stack(opts).await;
    if extra > 0 {
        p.store
            .as_ref()
            .unwrap()
            .seed_devices(DEMO_MERCHANT, extra, chrono::Utc::now())
            .unwrap();
    }
    p
}

/// Every device of the demo merchant, straight from the playground.
fn all_devices(p: &Proxy) -> Vec<ipp::Device> {
    let store = p.store.as_ref().unwrap();
    let mut all = Vec::new();
    for page_number in 0.. {
        let q = ipp::ListQuery {
            page_number,
            page_size: 100,
            ..Default::default()
        };
        let page = store.list_devices(DEMO_MERCHANT, &q).unwrap();
        all.extend(page.content);
        if page.last {
            break;
        }
    }
    all
}

/// A stack's options: the playground with or without its extensions.
fn documented(documented_only: bool) -> Opts {
    Opts {
        documented_only,
        ..Opts::default()
    }
}

/// A pairing code made through the console.
async fn new_code(p: &Proxy, token: &str, body: Value) -> Value {
    p.call(Method::POST, "/api/enrollments", Some(token), Some(body))
        .await
        .ok(201)
}

/// One store's card of an overview.
fn store_of(overview: &Value, location: &str) -> Value {
    overview["locations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["location_id"] == location)
        .unwrap()
        .clone()
}

fn ids(page: &Value) -> Vec<String> {
    page["content"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn search_and_sort_span_the_whole_fleet() {
    let p = fleet(250, Opts::default()).await;
    let viewer = token(Role::Viewer);
    let mut all = all_devices(&p);
    assert_eq!(all.len(), 262);
    let first = p.get("/api/devices?page_size=100", &viewer).await.ok(200);
    assert_eq!(first["total_elements"], 262);
    assert_eq!(first["total_pages"], 3);
    assert_eq!(first["indexed"], true);
    assert!(first["as_of"].as_str().is_some());
    // Newest first by default, over every page.
    all.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
    let want: Vec<String> = all.iter().take(100).map(|d| d.id.to_string()).collect();
    assert_eq!(ids(&first), want);
    // By name A–Z, case-insensitively, the second page continuing the first.
    all.sort_by(|a, b| {
        (a.name.is_empty(), a.name.to_lowercase(), a.id).cmp(&(
            b.name.is_empty(),
            b.name.to_lowercase(),
            b.id,
        ))
    });
    let mut got = Vec::new();
    for n in 0..3 {
        let page = p
            .get(
                &format!("/api/devices?sort=name&page_size=100&page_number={n}"),
                &viewer,
            )
            .await
            .ok(200);
        got.extend(ids(&page));
    }
    let want: Vec<String> = all.iter().map(|d| d.id.to_string()).collect();
    assert_eq!(got, want);
    // Z–A is the same, reversed.
    let desc = p
        .get("/api/devices?sort=name&order=desc&page_size=5", &viewer)
        .await
        .ok(200);
    let want: Vec<String> = all.iter().rev().take(5).map(|d| d.id.to_string()).collect();
    assert_eq!(ids(&desc), want);
    // Search: any part of the name, hardware id or id, in any case.
    let target = &all[17];
    let part = target.hardware_id[2..].to_lowercase();
    let found = p
        .get(&format!("/api/devices?q={part}"), &viewer)
        .await
        .ok(200);
    assert!(ids(&found).contains(&target.id.to_string()), "{found}");
    let by_id = p
        .get(
            &format!("/api/devices?q={}", &target.id.to_string()[..13]),
            &viewer,
        )
        .await
        .ok(200);
    assert_eq!(ids(&by_id), [target.id.to_string()]);
    let none = p.get("/api/devices?q=no-such-till", &viewer).await.ok(200);
    assert_eq!(none["total_elements"], 0);
    assert_eq!(none["total_pages"], 0);
    // Search + sort + two metadata filters agree with the playground's own answer.
    let both = p
        .get("/api/devices?q=s&sort=hardware_id&metadata=department:Checkout&metadata=till:1&page_size=100", &viewer)
        .await
        .ok(200);
    let want = all
        .iter()
        .filter(|d| {
            d.metadata.get("department").map(String::as_str) == Some("Checkout")
                && d.metadata.get("till").map(String::as_str) == Some("1")
                && format!("{}\0{}\0{}", d.name, d.hardware_id, d.id)
                    .to_lowercase()
                    .contains('s')
        })
        .count();
    assert!(want > 0);
    assert_eq!(both["total_elements"], want);
    let hw: Vec<String> = both["content"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["hardware_id"].as_str().unwrap().to_lowercase())
        .collect();
    assert!(hw.windows(2).all(|w| w[0] <= w[1]), "{hw:?}");
}

#[tokio::test]
async fn metadata_matches_in_any_case_when_asked_and_offers_the_near_miss() {
    let p = fleet(0, Opts::default()).await;
    let viewer = token(Role::Viewer);
    let checkout = all_devices(&p)
        .iter()
        .filter(|d| d.metadata.get("department").map(String::as_str) == Some("Checkout"))
        .count();
    assert!(checkout > 1);
    let exact = p
        .get("/api/devices?metadata=department:checkout", &viewer)
        .await
        .ok(200);
    assert_eq!(exact["total_elements"], 0);
    assert_eq!(
        exact["did_you_mean"],
        json!([{"key": "department", "value": "Checkout", "count": checkout}])
    );
    let any_case = p
        .get(
            "/api/devices?metadata=department:CHECKOUT&metadata_match=ci",
            &viewer,
        )
        .await
        .ok(200);
    assert_eq!(any_case["total_elements"], checkout);
    assert!(any_case.get("did_you_mean").is_none());
}

#[tokio::test]
async fn bad_queries_are_problems_that_say_what_to_fix() {
    let p = fleet(0, Opts::default()).await;
    let viewer = token(Role::Viewer);
    let long = "x".repeat(201);
    for (query, field, says) in [
        (format!("q={long}"), "q", "at most 200"),
        ("sort=colour".into(), "sort", "name, platform"),
        ("order=up".into(), "order", "asc or desc"),
        ("page_number=5".into(), "page_number", "past the end"),
        ("metadata_match=fuzzy".into(), "metadata_match", "ci"),
        ("platform=WATCH".into(), "platform", "IOS"),
        ("created_after=yesterday".into(), "created_after", "2026"),
    ] {
        for path in [
            "/api/devices",
            "/api/devices/facets",
            "/api/devices/export.csv",
        ] {
            if field == "page_number" && path != "/api/devices" {
                continue;
            }
            let problem = p
                .get(&format!("{path}?{query}"), &viewer)
                .await
                .problem(400);
            let message = problem["errors"][field].as_str().unwrap_or_default();
            assert!(message.contains(says), "{path}?{query}: {problem}");
        }
    }
}

#[tokio::test]
async fn concurrent_first_requests_build_the_index_once() {
    let p = fleet(450, Opts::default()).await;
    let viewer = token(Role::Viewer);
    let answers = futures::future::join_all((0..12).map(|i| {
        let path = match i % 3 {
            0 => "/api/devices",
            1 => "/api/devices/facets",
            _ => "/api/overview",
        };
        p.get(path, &viewer)
    }))
    .await;
    for a in answers {
        a.ok(200);
    }
    let first_pages = p
        .upstream
        .take()
        .iter()
        .filter(|s| {
            s.path_and_query
                .starts_with("/ipp/v1/devices?page_number=0&")
        })
        .count();
    assert_eq!(first_pages, 1, "one read of the fleet for twelve requests");
}

#[tokio::test]
async fn facets_count_the_whole_filtered_fleet() {
    let p = fleet(100, Opts::default()).await;
    let all = all_devices(&p);
    let facets = p
        .get("/api/devices/facets?platform=ANDROID", &token(Role::Viewer))
        .await
        .ok(200);
    let android: Vec<&ipp::Device> = all
        .iter()
        .filter(|d| d.platform == ipp::Platform::Android)
        .collect();
    assert_eq!(facets["total"], android.len());
    assert_eq!(
        facets["platforms"],
        json!([{"platform": "ANDROID", "count": android.len()}])
    );
    let mut departments: BTreeMap<&str, u64> = BTreeMap::new();
    for d in &android {
        *departments
            .entry(d.metadata["department"].as_str())
            .or_default() += 1;
    }
    let key = facets["metadata"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["key"] == "department")
        .unwrap();
    for v in key["values"].as_array().unwrap() {
        assert_eq!(v["count"], departments[v["value"].as_str().unwrap()], "{v}");
    }
    let counts: Vec<u64> = key["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["count"].as_u64().unwrap())
        .collect();
    assert!(
        counts.windows(2).all(|w| w[0] >= w[1]),
        "most common first: {counts:?}"
    );
}

#[tokio::test]
async fn past_its_size_the_console_falls_back_to_upstream_pages() {
    let p = fleet(
        0,
        Opts {
            extra_args: vec!["--index-max-devices".into(), "5".into()],
            ..Opts::default()
        },
    )
    .await;
    let viewer = token(Role::Viewer);
    let list = p.get("/api/devices?page_size=3", &viewer).await.ok(200);
    assert_eq!(list["indexed"], false);
    assert_eq!(list["total_elements"], 12);
    assert_eq!(list["content"].as_array().unwrap().len(), 3);
    for path in [
        "/api/devices?q=till",
        "/api/devices?sort=name",
        "/api/devices/facets",
        "/api/devices/export.csv",
        "/api/overview",
    ] {
        let problem = p.get(path, &viewer).await.problem(409);
        assert!(
            problem["detail"]
                .as_str()
                .unwrap()
                .contains("at most 5 devices"),
            "{path}: {problem}"
        );
    }
}
