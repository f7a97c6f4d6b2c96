//! Links between pages of results.

use leptos::prelude::*;

use crate::i18n::language::list_address;
use crate::i18n::texts;
use crate::nav::paths::Paths;
use crate::nav::router::use_router;
use seminars_core::browse::filter::page_count;
use seminars_core::browse::query::SearchQuery;

/// "Previous", "Page 2 of 5" and "Next", as real links so each page has a
/// URL. Renders nothing when the results fit on one page.
#[component]
pub fn Pagination(
    /// The current query.
    query: Memo<SearchQuery>,
    /// The page shown.
    #[prop(into)]
    page: Signal<usize>,
    /// How many results there are.
    #[prop(into)]
    total: Signal<usize>,
) -> impl IntoView {
    let paths = use_context::<Paths>().unwrap_or_default();
    let router = use_router();
    let t = texts::use_texts();
    move || {
        let pages = page_count(total.get());
        let page = page.get();
        let link = |to: usize| {
            let q = SearchQuery {
                page: to,
                ..query.get()
            };
            list_address(&paths, &router, &q.to_query_string())
        };
        (pages > 1).then(|| {
            view! {
                <nav class="pagination" aria-label=t.pagination>
                    {(page > 1)
                        .then(|| view! { <a href=link(page - 1) rel="prev">{t.previous_page}</a> })}
                    <span aria-current="page">{texts::fill(t.page_of, &[("page", &page.to_string()), ("pages", &pages.to_string())])}</span>
                    {(page < pages)
                        .then(|| view! { <a href=link(page + 1) rel="next">{t.next_page}</a> })}
                </nav>
            }
        })
    }
}
