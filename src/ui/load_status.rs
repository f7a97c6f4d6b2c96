//! The catalogue's loading and failed states, shown one way on every page:
//! in place of a page that needs the catalogue ([`with_catalogue`]), or as
//! a note on a page that works without it ([`CatalogueNote`]).

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::texts::{self, Lang};
use crate::stores::catalogue::{use_catalogue, Listings, LoadState};
use seminars_core::catalogue::CatalogueError;

/// A page that needs the catalogue: the loading line while it comes (and
/// the slow notice), the failure with "Try again", or what `ready` makes of
/// the loaded listings.
pub fn with_catalogue(
    ready: impl Fn(Arc<Listings>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let store = use_catalogue();
    move || match store.state() {
        LoadState::Loading => view! { <Loading /> }.into_any(),
        LoadState::Failed(error) => view! { <LoadFailed error /> }.into_any(),
        LoadState::Ready(listings) => ready(listings),
    }
}

/// On a page that works without the catalogue, says what waits for it
/// while it loads, and, when it failed, why, with "Try again".
#[component]
pub fn CatalogueNote(
    /// What waits, while the catalogue loads.
    waiting: &'static str,
    /// What the failure means here, given the language and the error.
    failed: fn(Lang, &CatalogueError) -> String,
) -> impl IntoView {
    let store = use_catalogue();
    let lang = texts::use_lang();
    let t = texts::use_texts();
    move || match store.state() {
        LoadState::Ready(_) => None,
        LoadState::Loading => {
            Some(view! { <p class="notice" role="status">{waiting}</p> }.into_any())
        }
        LoadState::Failed(error) => Some(
            view! {
                <div class="notice warning" role="status">
                    <p>{failed(lang, &error)}</p>
                    <button type="button" on:click=move |_| store.reload()>{t.retry}</button>
                </div>
            }
            .into_any(),
        ),
    }
}

/// A visible, announced loading indicator. When the catalogue takes longer
/// than [`crate::stores::catalogue::SLOW_AFTER`], it says so and offers to keep waiting
/// or to try again.
#[component]
pub fn Loading() -> impl IntoView {
    let store = use_catalogue();
    let t = texts::use_texts();
    view! {
        <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            {t.loading}
        </p>
        // A large catalogue says how much has arrived (not announced: it
        // changes many times a second).
        {move || {
            let received = store.received();
            (received >= texts::PROGRESS_FROM).then(|| view! {
                <p class="hint progress">{texts::received(t, received)}</p>
            })
        }}
        <Show when=move || store.is_slow()>
            <section class="notice warning" role="alert">
                <p>{t.catalogue_slow}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| store.keep_waiting()>
                        {t.keep_waiting}
                    </button>
                    <button type="button" on:click=move |_| store.reload()>
                        {t.retry}
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
    let lang = texts::use_lang();
    view! {
        <section class="notice error" role="alert">
            <p>{texts::catalogue_error(lang, &error)}</p>
            <button type="button" on:click=move |_| store.reload()>
                {texts::Texts::of(lang).retry}
            </button>
        </section>
    }
}
