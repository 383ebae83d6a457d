//! Pages of a list, as links (so the page is in the URL): which rows are shown of how
//! many, a page to jump to, and the page size.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::i18n::{t, t_with};
use crate::logic::filters::PAGE_SIZES;
use crate::logic::fleet::range_text;

#[component]
pub fn Pager(
    /// Zero-based.
    page: u32,
    total_pages: u32,
    total: u64,
    size: u32,
    /// The href of a page (zero-based) at a page size.
    href: impl Fn(u32, u32) -> String + Send + Sync + 'static,
    /// The catalog's message that counts the rows (`count-codes`: "1–20 of 57 codes").
    noun: &'static str,
) -> impl IntoView {
    let href = std::sync::Arc::new(href);
    let h = href.clone();
    let prev = (page > 0).then(
        || view! { <A href=h(page - 1, size) attr:rel="prev">{move || t("list-previous")}</A> },
    );
    let h = href.clone();
    let next = (page + 1 < total_pages)
        .then(|| view! { <A href=h(page + 1, size) attr:rel="next">{move || t("list-next")}</A> });
    let last = total_pages.max(1);
    let sizes = {
        let href = href.clone();
        PAGE_SIZES
            .iter()
            .copied()
            .map(|s| {
                let current = s == size;
                view! {
                    <li>{if current {
                        view! { <span aria-current="true">{s}</span> }.into_any()
                    } else {
                        view! { <A href=href(0, s)>{s}</A> }.into_any()
                    }}</li>
                }
            })
            .collect_view()
    };
    // Jumping: the number typed, once confirmed (Enter or leaving the field).
    let navigate = use_navigate();
    let h = href.clone();
    let jump = move |ev: leptos::ev::Event| {
        if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
            let n = n.clamp(1, last) - 1;
            if n != page {
                navigate(&h(n, size), Default::default());
            }
        }
    };
    view! {
        <nav class="pager" aria-label=move || t("list-pages")>
            <span class="pager-where" data-testid="count">{move || t_with(noun, &[("range", range_text(page, size, total).into())])}</span>
            <span class="pager-links">
                {prev}
                <span class="pager-jump">
                    <label for="pager-page">{move || t("list-page")}</label>
                    <input id="pager-page" type="number" inputmode="numeric" min="1" max=last
                        prop:value=(page + 1).min(last) on:change=jump data-testid="page-jump"/>
                    {move || t_with("list-of-pages", &[("last", i64::from(last).into())])}
                </span>
                {next}
            </span>
            // Sizes to choose from only when there is more than the smallest page.
            {(total > u64::from(PAGE_SIZES[0])).then(|| view! { <span class="pager-sizes">{move || t("list-per-page")}" " <ul>{sizes}</ul></span> })}
        </nav>
    }
}
