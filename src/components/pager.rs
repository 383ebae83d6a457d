//! Pages of a list, as links (so the page is in the URL), with the page size.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::logic::filters::PAGE_SIZES;

#[component]
pub fn Pager(
    /// Zero-based.
    page: u32,
    total_pages: u32,
    total: u64,
    size: u32,
    /// The href of a page (zero-based) at a page size.
    href: impl Fn(u32, u32) -> String + Send + Sync + 'static,
    #[prop(into)] noun: String,
) -> impl IntoView {
    let href = std::sync::Arc::new(href);
    let h = href.clone();
    let prev =
        (page > 0).then(|| view! { <A href=h(page - 1, size) attr:rel="prev">"‹ Previous"</A> });
    let h = href.clone();
    let next = (page + 1 < total_pages)
        .then(|| view! { <A href=h(page + 1, size) attr:rel="next">"Next ›"</A> });
    let shown = if total_pages == 0 { 0 } else { page + 1 };
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
    view! {
        <nav class="pager" aria-label="Pages">
            <span class="pager-where">{format!("Page {shown} of {} · {total} {noun}", total_pages.max(1))}</span>
            <span class="pager-links">{prev}{next}</span>
            <span class="pager-sizes">"Per page:" <ul>{sizes}</ul></span>
        </nav>
    }
}
