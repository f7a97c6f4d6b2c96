//! The list of seminars with its filters.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::load_status::{LoadFailed, Loading};
use crate::components::rejected_notice::RejectedNotice;
use crate::components::seminar_card::SeminarCard;
use crate::components::topic_filter::TopicFilter;
use crate::domain::catalogue::Catalogue;
use crate::domain::filter::matching_seminars;
use crate::domain::query::SearchQuery;
use crate::state::{set_document_title, use_catalogue, LoadState};
use crate::strings;

/// The home page: a heading, then the list once the catalogue is here.
#[component]
pub fn HomePage() -> impl IntoView {
    set_document_title(strings::SITE_NAME);
    let store = use_catalogue();
    view! {
        <h1 class="page-title">{strings::HOME_HEADING}</h1>
        {move || match store.state() {
            LoadState::Loading => view! { <Loading /> }.into_any(),
            LoadState::Failed(error) => view! { <LoadFailed error /> }.into_any(),
            LoadState::Ready(catalogue) => view! { <SeminarBrowser catalogue /> }.into_any(),
        }}
    }
}

/// The filters beside the matching seminars, driven by the URL's query.
#[component]
pub fn SeminarBrowser(
    /// The loaded catalogue.
    catalogue: Arc<Catalogue>,
) -> impl IntoView {
    let params = use_query_map();
    let query = {
        let catalogue = catalogue.clone();
        Memo::new(move |_| {
            params.with(|p| {
                SearchQuery::from_params(|k| p.get_all(k).unwrap_or_default(), &catalogue)
            })
        })
    };
    let results = {
        let catalogue = catalogue.clone();
        Memo::new(move |_| query.with(|q| matching_seminars(&catalogue, q)))
    };
    let list_catalogue = catalogue.clone();
    view! {
        <RejectedNotice rejected=catalogue.rejected.clone() />
        <div class="browser">
            <aside class="filters" aria-label="Filters">
                <TopicFilter catalogue=catalogue.clone() query />
            </aside>
            <section class="results" aria-labelledby="result-count">
                <p id="result-count" class="result-count" role="status" aria-live="polite">
                    {move || strings::seminar_count(results.with(Vec::len))}
                </p>
                <Show when=move || results.with(Vec::is_empty)>
                    <p class="empty">{strings::NO_MATCHES}</p>
                </Show>
                <ol class="seminar-list">
                    <For
                        each=move || results.get()
                        key=|index| *index
                        children=move |index| {
                            view! {
                                <li>
                                    <SeminarCard catalogue=list_catalogue.clone() index />
                                </li>
                            }
                        }
                    />
                </ol>
            </section>
        </div>
    }
}
