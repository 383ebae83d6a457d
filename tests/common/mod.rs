//! What the browser tests share: a container per test, queries, typing, and waiting for
//! the reactive system to settle.
#![allow(dead_code)]

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A fresh element of its own to mount into.
pub(crate) fn container() -> web_sys::HtmlElement {
    let doc = document();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

pub(crate) fn one(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

pub(crate) fn all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

pub(crate) fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    one(root, selector).text_content().unwrap()
}

/// Types into an input as a person would (value, then an `input` event).
pub(crate) fn type_into(input: &web_sys::HtmlElement, value: &str) {
    let input: &web_sys::HtmlInputElement = input.unchecked_ref();
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

pub(crate) fn blur(el: &web_sys::HtmlElement) {
    el.dispatch_event(&web_sys::Event::new("blur").unwrap())
        .unwrap();
}

/// The next animation frame: the DOM of the last change has been laid out.
pub(crate) async fn next_frame() {
    let (tx, rx) = futures_channel::oneshot::channel::<()>();
    request_animation_frame(move || {
        let _ = tx.send(());
    });
    let _ = rx.await;
}

/// Lets effects run and the DOM update: the reactive system's tick, then a frame.
pub(crate) async fn settle() {
    leptos::task::tick().await;
    next_frame().await;
}

/// Waits, frame by frame, until `check` holds; fails after 300 frames (a bound on
/// correctness, not a measure of speed).
pub(crate) async fn wait_for(what: &str, mut check: impl FnMut() -> bool) {
    for _ in 0..300 {
        if check() {
            return;
        }
        settle().await;
    }
    panic!("never happened: {what}");
}

/// What the screens beyond the first load say in English: the console fetches it with
/// their code (the catalog's files but the core ones, `main.ftl` and `problems.ftl`,
/// which are built in).
const ENGLISH_SCREENS: &str = concat!(
    include_str!("../../locales/en/activity.ftl"),
    "\n",
    include_str!("../../locales/en/batch.ftl"),
    "\n",
    include_str!("../../locales/en/codes.ftl"),
    "\n",
    include_str!("../../locales/en/common.ftl"),
    "\n",
    include_str!("../../locales/en/devices.ftl"),
    "\n",
    include_str!("../../locales/en/jobs.ftl"),
);

/// Mounts `f`'s view into `parent` as the console shows it, in English with every
/// screen's words.
pub(crate) fn mount<F, N>(
    parent: web_sys::HtmlElement,
    f: F,
) -> leptos::mount::UnmountHandle<N::State>
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    use app::i18n::{Catalogs, I18n, Lang, Source};
    leptos::mount::mount_to(parent, move || {
        let catalogs = Catalogs::new(Default::default(), Default::default(), false);
        catalogs.add_screens(Lang::En, ENGLISH_SCREENS);
        I18n::provide(Lang::En, Source::Browser, None, std::rc::Rc::new(catalogs));
        f()
    })
}
