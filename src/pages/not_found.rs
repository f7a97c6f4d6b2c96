//! The page for an address the app does not know.

use leptos::prelude::*;

use crate::paths::Paths;
use crate::state::set_document_title;
use crate::strings;

/// A heading, an explanation and a way back to the list.
#[component]
pub fn NotFound() -> impl IntoView {
    set_document_title(&format!(
        "{} · {}",
        strings::NOT_FOUND_TITLE,
        strings::SITE_NAME
    ));
    view! { <NotFoundMessage title=strings::NOT_FOUND_TITLE body=strings::NOT_FOUND_BODY /> }
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
    view! {
        <section class="not-found">
            <h1>{title}</h1>
            <p>{body}</p>
            <p>
                <a href=paths.home("")>{strings::BACK_TO_LIST}</a>
            </p>
        </section>
    }
}
