//! The shell's components, mounted in headless Chromium.
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

use common::{container, text};

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
    let _h = leptos::mount::mount_to(root.clone(), move || view! { <SignedIn session=s.into()/> });
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
    let _h = leptos::mount::mount_to(root.clone(), move || {
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
