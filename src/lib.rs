//! Climate seminar listings: a client-side Leptos app.
//!
//! `domain` is plain Rust; `catalogue` fetches the catalogue file; `pages`
//! and `components` render; `strings` holds every sentence shown.

pub mod browser;
pub mod calendar;
pub mod catalogue;
pub mod components;
pub mod drafts;
pub mod files;
pub mod language;
pub mod locale;
pub mod offline;
pub mod pages;
pub mod parts;
pub mod paths;
pub mod router;
pub mod saved;
pub mod shell;
pub mod state;
pub mod storage;
pub mod strings;
pub mod timing;

use leptos::prelude::*;

use crate::language::{LangChoice, LanguageSwitch};
use crate::pages::{home::HomePage, not_found::NotFound};
use crate::parts::{drafts_page, saved_page, seminar_page, DraftsPage, OnDemand, Part};
use crate::paths::{Paths, Route};
use crate::router::Router;
use crate::state::CatalogueStore;

/// The whole app: header, the page the address names, and the catalogue
/// every page reads. What outlives a change of language (the address, the
/// catalogue, the drafts) is provided here; the page is built in the
/// language shown, and again when it changes.
#[component]
pub fn App() -> impl IntoView {
    let paths = Paths::from_document();
    provide_context(paths.clone());
    provide_context(locale::Visitor::from_browser());
    provide_context(CatalogueStore::load());
    drafts::provide_draft_store_slot();
    parts::follow_clicks();
    let update = offline::follow();
    let router = Router::provide(paths.base());
    let choice = LangChoice::provide(router);
    move || {
        let lang = choice.get();
        provide_context(lang);
        view! { <Page paths=paths.clone() router update /> }
    }
}

/// The header and the page the address names, in the language provided.
#[component]
fn Page(paths: Paths, router: Router, update: RwSignal<bool>) -> impl IntoView {
    let t = strings::use_texts();
    // Pages are rebuilt when the route changes, not when the query does.
    let route = Memo::new(move |_| Route::of(&router.path()));
    let home = paths.home("");
    let drafts_link = paths.drafts();
    let saved_link = paths.saved(None);
    view! {
        <header class="site-header">
            <a class="site-name" href=home.clone()>{t.site_name}</a>
            <p class="tagline">{t.tagline}</p>
            <nav aria-label=t.nav_label>
                <ul>
                    <li><a href=home>{t.nav_seminars}</a></li>
                    <li><a href=saved_link>{t.nav_saved} {saved::count_badge()}</a></li>
                    <li><a href=drafts_link>{t.nav_drafts}</a></li>
                    <li><LanguageSwitch /></li>
                </ul>
            </nav>
        </header>
        <main id="main">
            <offline::UpdateNotice update />
            {saved::notice_place()}
            {move || match route.get() {
                Route::Home => view! { <HomePage /> }.into_any(),
                Route::Seminar(id) => {
                    view! { <OnDemand part=Part::Seminar content=move || seminar_page(id.clone()) /> }
                        .into_any()
                }
                Route::Saved => {
                    view! { <OnDemand part=Part::Seminar content=saved_page /> }.into_any()
                }
                Route::Drafts => drafts(DraftsPage::List).into_any(),
                Route::DraftsWithin => drafts(DraftsPage::Within).into_any(),
                Route::NotFound => view! { <NotFound /> }.into_any(),
            }}
        </main>
    }
}

/// A page of the drafts area, whose code loads on demand.
fn drafts(page: DraftsPage) -> impl IntoView {
    view! { <OnDemand part=Part::Drafts content=move || drafts_page(page) /> }
}
