//! The device list's selection for a bulk change: a checkbox per row, a shift-click for a
//! range, the page's checkbox, and the selection kept when the page changes.

use app::pages::devices::bulk::{SelectCell, SelectPage, Selection};
use ipp::Uuid;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::common::{all, container, mount, one, settle};

fn click(el: &web_sys::Element, shift: bool) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_shift_key(shift);
    let ev = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
}

fn checked(root: &web_sys::HtmlElement) -> Vec<bool> {
    all(root, "[data-testid=select-row]")
        .into_iter()
        .map(|e| e.unchecked_into::<web_sys::HtmlInputElement>().checked())
        .collect()
}

#[wasm_bindgen_test]
async fn rows_are_selected_one_by_one_by_range_and_by_page_and_kept_across_pages() {
    let root = container();
    let first: Vec<Uuid> = (1..=5).map(Uuid::from_u128).collect();
    let second: Vec<Uuid> = (6..=10).map(Uuid::from_u128).collect();
    let shown = RwSignal::new(first.clone());
    let selection = RwSignal::new(None::<Selection>);
    let _h = mount(root.clone(), move || {
        let s = Selection::provide();
        selection.set(Some(s));
        move || {
            let ids = StoredValue::new(shown.get());
            let n = shown.with(Vec::len);
            view! {
                <table><thead><tr><SelectPage selection=s page=ids/></tr></thead>
                <tbody>{(0..n).map(|i| view! { <tr><SelectCell selection=s page=ids index=i name=format!("Till {i}")/></tr> }).collect_view()}</tbody></table>
            }
        }
    });
    settle().await;
    let picked = move || selection.get_untracked().unwrap().picked.get_untracked();
    let rows = all(&root, "[data-testid=select-row]");
    assert_eq!(
        rows[1].get_attribute("aria-label").unwrap(),
        "Select Till 1"
    );
    click(&rows[0], false);
    click(&rows[3], true);
    settle().await;
    assert_eq!(checked(&root), [true, true, true, true, false]);
    // Shift-click again, from the last one clicked, to unselect.
    click(&rows[2], true);
    settle().await;
    assert_eq!(checked(&root), [true, true, false, false, false]);
    assert_eq!(picked().count(), 2);
    // The page's box takes every row of the page.
    click(&one(&root, "[data-testid=select-page]"), false);
    settle().await;
    assert_eq!(checked(&root), [true; 5]);
    // Another page: nothing of it selected, the first page's five kept.
    shown.set(second.clone());
    settle().await;
    assert_eq!(checked(&root), [false; 5]);
    let rows = all(&root, "[data-testid=select-row]");
    click(&rows[4], false);
    settle().await;
    assert_eq!(picked().count(), 6);
    assert!(first.iter().all(|id| picked().has(*id)) && picked().has(second[4]));
}
