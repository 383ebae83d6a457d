//! The shell's components, mounted in headless Chromium; and the JSON the console reads
//! and writes there (the browser's JSON.parse and JSON.stringify, `app::json`).
#![cfg(target_arch = "wasm32")]

use app::api::ApiError;
use app::components::layout::SignedIn;
use app::shell::SessionProblem;
use ipp::console::{Mode, Role, Session};
use ipp::Problem;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod common;

use common::{container, mount, text};

wasm_bindgen_test_configure!(run_in_browser);

fn session(role: Role, locations: Option<Vec<ipp::Uuid>>) -> Session {
    Session {
        subject: "u-17".into(),
        name: Some("Alva Lind".into()),
        merchant_id: "DM10000001".into(),
        role,
        locations,
        locale: None,
        expires_at: chrono::Utc::now(),
        mode: Mode::Playground,
    }
}

#[wasm_bindgen_test]
async fn signed_in_names_the_operator_role_scope_and_merchant() {
    let root = container();
    let s = RwSignal::new(Some(session(
        Role::Operator,
        Some(vec![ipp::Uuid::from_u128(1), ipp::Uuid::from_u128(2)]),
    )));
    let _h = mount(root.clone(), move || view! { <SignedIn session=s.into()/> });
    leptos::task::tick().await;
    let shown = text(&root, "[data-testid=signed-in]");
    assert!(shown.contains("Alva Lind"), "{shown}");
    assert!(shown.contains("Operator · 2 locations"), "{shown}");
    assert!(shown.contains("DM10000001"), "{shown}");
    assert!(shown.contains("Playground"), "{shown}");

    // It follows the session: a refreshed token with another role shows at once.
    s.set(Some(session(Role::Admin, None)));
    leptos::task::tick().await;
    let shown = text(&root, "[data-testid=signed-in]");
    assert!(
        shown.contains("Admin") && !shown.contains("locations"),
        "{shown}"
    );
}

#[wasm_bindgen_test]
async fn session_problem_says_what_to_do_and_retries() {
    let root = container();
    let tries = RwSignal::new(0);
    let error =
        ApiError::Unauthorized(Problem::new(401, "Not signed in").with_request_id("req-42"));
    let _h = mount(root.clone(), move || {
        view! { <SessionProblem error=error.clone() retry=move || tries.update(|n| *n += 1)/> }
    });
    leptos::task::tick().await;
    assert_eq!(text(&root, "h1"), "You are not signed in");
    assert!(text(&root, "[role=alert]").contains("Open Device Console from your company's portal"));
    assert!(text(&root, ".reference").contains("req-42"));
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    button.click();
    leptos::task::tick().await;
    assert_eq!(tries.get_untracked(), 2);
}

#[wasm_bindgen_test]
fn json_reads_what_the_proxy_sends_as_serde_json_would() {
    let text = r#"{"id":"6f1c1a52-5a43-4a2e-9f6b-3b1d2c4e5f60","hardware_id":null,"merchant_id":"DM10000001",
        "location_id":null,"name":"Till 2","platform":"ANDROID","metadata":{"lane":3,"zone":"north"},
        "created_at":"2026-12-06T10:00:00Z","open_cash_register_id":9007199254740991,"unknown":[1,2]}"#;
    let device: ipp::Device = app::json::from_str(text).unwrap();
    let expected: ipp::Device = serde_json::from_str(text).unwrap();
    assert_eq!(format!("{device:?}"), format!("{expected:?}"));
    assert_eq!(device.hardware_id, "");
    assert_eq!(device.location_id, None);
    assert_eq!(device.metadata.get("lane").map(String::as_str), Some("3"));
    assert_eq!(device.open_cash_register_id, Some(9_007_199_254_740_991));
    // What cannot be read says why.
    let broken = app::json::from_str::<ipp::Device>("{\"id\":").unwrap_err();
    assert!(!broken.is_empty());
    let wrong = app::json::from_str::<ipp::Device>(r#"{"id":"not-a-uuid"}"#).unwrap_err();
    assert!(!wrong.is_empty());
}

#[wasm_bindgen_test]
fn json_writes_what_serde_json_writes_none_as_null() {
    let update = ipp::request::UpdateDevice {
        name: "Till \"2\" ÅÄÖ".into(),
        metadata: [("lane".to_owned(), "3".to_owned())].into(),
        location_id: None,
    };
    let written = app::json::to_string(&update).unwrap();
    assert_eq!(written, serde_json::to_string(&update).unwrap());
    assert!(written.contains(r#""location_id":null"#), "{written}");
    let body = serde_json::json!({"ids": [1, 2], "set": {"k": null}});
    assert_eq!(app::json::to_string(&body).unwrap(), body.to_string());
}

#[wasm_bindgen_test]
fn a_tokens_claims_are_read_one_by_one_from_the_browsers_json() {
    use app::auth::Claims;
    use base64::Engine;
    let token = |claims: &str| {
        format!(
            "e30.{}.c2ln",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(claims)
        )
    };
    let id = "7f0c4d6e-2b1a-4c3d-9e8f-0a1b2c3d4e5f";
    let c = Claims::of(&token(&format!(
        r#"{{"exp": "soon", "iat": 1700000000, "locations": ["{id}"]}}"#
    )));
    assert_eq!((c.exp, c.iat), (None, Some(1_700_000_000)));
    assert_eq!(c.locations, Some(vec![id.parse().unwrap()]));
    let c = Claims::of(&token(
        r#"{"exp": [1], "iat": {"a": 1}, "locations": ["not-an-id"], "sub": "u"}"#,
    ));
    assert_eq!((c.exp, c.iat, c.locations), (None, None, None));
    // Decoded by the browser's atob: padded or not, never another alphabet or garbage.
    let t = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1IiwiZXhwIjoxNzAwMDAwMDAwfQ.c2ln";
    assert_eq!(Claims::of(t).exp, Some(1_700_000_000));
    // {"exp":17000000}, padded to a multiple of four.
    assert_eq!(
        Claims::of("e30.eyJleHAiOjE3MDAwMDAwfQ==.c2ln").exp,
        Some(17_000_000)
    );
    assert_eq!(Claims::of("a.!!!.c").exp, None);
    assert_eq!(Claims::of("a.eyJleHAiOjF9+/.c").exp, None);
    assert_eq!(Claims::of("not-a-jwt").exp, None);
}

#[wasm_bindgen_test]
fn a_problem_is_read_field_by_field_from_the_browsers_json() {
    let e = ApiError::from_status(
        422,
        r#"{"title": 5, "detail": "Fix the name.", "errors": {"name": ["too long", 40], "ttl": "must not be null"}, "request_id": "r9"}"#,
    );
    let p = e.problem().unwrap();
    assert_eq!(
        (p.title.as_str(), p.detail.as_deref()),
        ("", Some("Fix the name."))
    );
    assert_eq!((p.kind.as_str(), p.status), ("about:blank", 422));
    assert_eq!(p.errors["name"], "too long; 40");
    assert_eq!(p.errors["ttl"], "must not be null");
    assert_eq!(e.request_id(), Some("r9"));
    // Not JSON, or JSON that is not an object: the status alone.
    for body in ["<html>", "\"text\"", "null", "[1]"] {
        let e = ApiError::from_status(404, body);
        assert!(matches!(e, ApiError::NotFound(_)), "{body}");
        assert_eq!(e.problem().unwrap().title, "", "{body}");
    }
}

#[wasm_bindgen_test]
fn the_page_configuration_is_read_from_the_browsers_json() {
    use app::config::RuntimeConfig;
    let read = |json: &str| RuntimeConfig::read(&js_sys::JSON::parse(json).unwrap());
    let c = read(
        r#"{"mode": "playground", "host_origins": ["https://portal.example"],
            "sign_in": {"provider": "Okta", "help": "IT"},
            "locales": {"sv": "/locale-sv-1.ftl", "da": 2}, "screens": {"en": "/screens-en-2.ftl"}}"#,
    );
    assert_eq!(c.mode, Mode::Playground);
    assert_eq!(c.host_origins, ["https://portal.example"]);
    assert_eq!(c.sign_in.unwrap().help, "IT");
    assert_eq!(c.locales.len(), 1);
    assert_eq!(c.locales["sv"], "/locale-sv-1.ftl");
    assert_eq!(c.screens["en"], "/screens-en-2.ftl");
    let c = read(r#"{"mode": 1, "sign_in": [1], "locales": ["x"], "host_origins": [1]}"#);
    assert_eq!(c, RuntimeConfig::default());
}
