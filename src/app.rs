//! The app's composition: the header, the page the address names, and
//! what every page shares (the address, the catalogue, the drafts' store,
//! the visitor's language). The only module besides [`crate::split`] that
//! names features of different parts; features never name each other.

use leptos::prelude::*;

use crate::first::browse::page::HomePage;
use crate::first::offline;
use crate::i18n::language::{LangChoice, LanguageSwitch};
use crate::i18n::texts as strings;
use crate::nav::paths::{Paths, Route};
use crate::nav::router::Router;
use crate::split::{drafts_page, saved_page, seminar_page, DraftsPage, ModulePart, OnDemand};
use crate::stores::catalogue::CatalogueStore;
use crate::ui::not_found::NotFound;
use crate::ui::save_button;
use crate::web::intl as locale;

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
    crate::stores::drafts::provide_draft_store_slot();
    crate::split::handle_part_buttons();
    let update = offline::listen_to_loader();
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
    let home = crate::i18n::language::list_address(&paths, &router, "");
    let drafts_link = paths.drafts();
    let saved_link = paths.saved(None);
    view! {
        <header class="site-header">
            <a class="site-name" href=home.clone()>{t.site_name}</a>
            <p class="tagline">{t.tagline}</p>
            <nav aria-label=t.nav_label>
                <ul>
                    <li><a href=home>{t.nav_seminars}</a></li>
                    <li><a href=saved_link>{t.nav_saved} {save_button::count_badge()}</a></li>
                    <li><a href=drafts_link>{t.nav_drafts}</a></li>
                    <li><LanguageSwitch /></li>
                </ul>
            </nav>
        </header>
        <main id="main">
            <offline::UpdateNotice update />
            {save_button::notice_place()}
            {move || match route.get() {
                Route::Home => {
                    let on_listed = Callback::new(|()| crate::split::preload_parts());
                    view! { <HomePage on_listed drafts_among=crate::split::drafts_among /> }.into_any()
                }
                Route::Seminar(id) => {
                    view! { <OnDemand part=ModulePart::Seminar content=move || seminar_page(id.clone()) /> }
                        .into_any()
                }
                Route::Saved => {
                    view! { <OnDemand part=ModulePart::Seminar content=saved_page /> }.into_any()
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
    view! { <OnDemand part=ModulePart::Drafts content=move || drafts_page(page) /> }
}
