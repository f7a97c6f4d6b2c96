//! The page for an address the app does not know.

use leptos::prelude::*;

use crate::i18n::texts;
use crate::nav::paths::Paths;
use crate::stores::catalogue::set_document_title;

/// A heading, an explanation and a way back to the list.
#[component]
pub fn NotFound() -> impl IntoView {
    let t = texts::use_texts();
    set_document_title(&texts::page_title(t, t.not_found_title));
    view! { <NotFoundMessage title=t.not_found_title body=t.not_found_body /> }
}

/// The not-found text with a link back to the list, shared by unknown pages
/// and unknown seminars.
#[component]
pub fn NotFoundMessage(
    /// The heading.
    title: &'static str,
    /// The explanation.
    body: &'static str,
) -> impl IntoView {
    let paths = use_context::<Paths>().unwrap_or_default();
    let back = crate::i18n::language::list_address(&paths, &crate::nav::router::use_router(), "");
    let t = texts::use_texts();
    view! {
        <section class="not-found">
            <h1>{title}</h1>
            <p>{body}</p>
            <p>
                <a href=back>{t.back_to_list}</a>
            </p>
        </section>
    }
}
