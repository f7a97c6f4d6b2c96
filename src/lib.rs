//! Climate seminar listings: a client-side Leptos app.
//!
//! `domain` is plain Rust; `catalogue` fetches the catalogue file; `pages`
//! and `components` render; `strings` holds every sentence shown.

pub mod browser;
pub mod catalogue;
pub mod components;
pub mod domain;
pub mod drafts;
pub mod files;
pub mod locale;
pub mod pages;
pub mod parts;
pub mod paths;
pub mod shell;
pub mod state;
pub mod storage;
pub mod strings;
pub mod timing;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::pages::{home::HomePage, not_found::NotFound};
use crate::parts::{Lazy, LazyPage};
use crate::paths::Paths;
use crate::state::CatalogueStore;

/// The whole app: header, routes, and the catalogue every page reads.
#[component]
pub fn App() -> impl IntoView {
    let paths = Paths::from_document();
    provide_context(paths.clone());
    provide_context(locale::Visitor::from_browser());
    provide_context(CatalogueStore::load());
    provide_context(drafts::DraftStore::open());
    let home = paths.home("");
    let drafts_link = paths.drafts();
    view! {
        <Router base=paths.base().to_owned()>
            <header class="site-header">
                <a class="site-name" href=home.clone()>{strings::SITE_NAME}</a>
                <p class="tagline">{strings::TAGLINE}</p>
                <nav aria-label=strings::NAV_LABEL>
                    <ul>
                        <li><a href=home>{strings::NAV_SEMINARS}</a></li>
                        <li><a href=drafts_link>{strings::NAV_DRAFTS}</a></li>
                    </ul>
                </nav>
            </header>
            <main id="main">
                <ErrorBoundary fallback=|errors| {
                    view! { <components::error_list::ErrorList errors /> }
                }>
                    <Routes fallback=|| view! { <NotFound /> }>
                        <Route path=path!("/") view=HomePage />
                        <Route path=path!("/seminars/:id") view=|| view! { <Lazy page=LazyPage::Seminar /> } />
                        <Route path=path!("/drafts") view=|| view! { <Lazy page=LazyPage::Drafts /> } />
                        <Route path=path!("/drafts/new") view=|| view! { <Lazy page=LazyPage::NewDraft /> } />
                        <Route path=path!("/drafts/open") view=|| view! { <Lazy page=LazyPage::OpenDraft /> } />
                        <Route path=path!("/drafts/:id") view=|| view! { <Lazy page=LazyPage::DraftEditor /> } />
                    </Routes>
                </ErrorBoundary>
            </main>
        </Router>
    }
}
