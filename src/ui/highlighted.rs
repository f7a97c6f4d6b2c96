//! Text with the search terms it contains marked.

use leptos::prelude::*;

use seminars_core::text::highlight;

/// Renders `text` with every match of `terms` inside `<mark>`; all of it as
/// text, never as HTML.
#[component]
pub fn Highlighted(
    /// The text to show.
    text: String,
    /// Folded search terms; the view follows them as they change.
    #[prop(into)]
    terms: Signal<Vec<String>>,
) -> impl IntoView {
    move || {
        terms.with(|terms| {
            highlight(&text, terms)
                .into_iter()
                .map(|segment| {
                    if segment.matched {
                        view! { <mark>{segment.text}</mark> }.into_any()
                    } else {
                        segment.text.into_any()
                    }
                })
                .collect_view()
        })
    }
}
