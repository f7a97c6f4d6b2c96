//! What an `ErrorBoundary` shows when a page's view returns errors.

use leptos::prelude::*;

/// Lists the errors a page ran into, as text.
#[component]
pub fn ErrorList(
    /// The errors caught by the boundary.
    errors: ArcRwSignal<Errors>,
) -> impl IntoView {
    view! {
        <section class="notice error" role="alert">
            <h1>{crate::strings::CRASH_TITLE}</h1>
            <ul>
                {move || {
                    errors
                        .get()
                        .into_iter()
                        .map(|(_, e)| view! { <li>{e.to_string()}</li> })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
