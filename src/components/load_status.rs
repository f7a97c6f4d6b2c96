//! The views shown instead of a page while the catalogue loads or after it failed.

use leptos::prelude::*;

use crate::domain::catalogue::CatalogueError;
use crate::state::use_catalogue;
use crate::strings;

/// A visible, announced loading indicator. When the catalogue takes longer
/// than [`crate::state::SLOW_AFTER`], it says so and offers to keep waiting
/// or to try again.
#[component]
pub fn Loading() -> impl IntoView {
    let store = use_catalogue();
    view! {
        <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            {strings::LOADING}
        </p>
        <Show when=move || store.is_slow()>
            <section class="notice warning" role="alert">
                <p>{strings::CATALOGUE_SLOW}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| store.keep_waiting()>
                        {strings::KEEP_WAITING}
                    </button>
                    <button type="button" on:click=move |_| store.reload()>
                        {strings::RETRY}
                    </button>
                </div>
            </section>
        </Show>
    }
}

/// Names what went wrong with the catalogue and offers to load it again.
#[component]
pub fn LoadFailed(
    /// Why the catalogue could not be used.
    error: CatalogueError,
) -> impl IntoView {
    let store = use_catalogue();
    view! {
        <section class="notice error" role="alert">
            <p>{strings::catalogue_error(&error)}</p>
            <button type="button" on:click=move |_| store.reload()>
                {strings::RETRY}
            </button>
        </section>
    }
}
