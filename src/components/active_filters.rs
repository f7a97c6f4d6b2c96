//! The filters in force, as removable chips, and the empty state that names them.

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::dates::{format_day, parse_iso_date};
use crate::domain::query::{ActiveFilter, FilterKind, SearchQuery, When};
use crate::domain::seminar::Format;
use crate::strings;

/// How a filter reads to people: "Topic: Climate adaptation".
pub fn describe(filter: &ActiveFilter, catalogue: &Catalogue) -> String {
    let value = match filter.kind {
        FilterKind::Topic => catalogue
            .topic(&filter.value)
            .map(|t| t.label.clone())
            .unwrap_or_else(|| filter.value.clone()),
        FilterKind::Format => Format::parse(&filter.value)
            .map(|f| strings::format_name(f).to_owned())
            .unwrap_or_else(|| filter.value.clone()),
        FilterKind::When => When::ALL
            .into_iter()
            .find(|w| w.as_str() == filter.value)
            .map(|w| strings::when_name(w).to_owned())
            .unwrap_or_else(|| filter.value.clone()),
        FilterKind::From | FilterKind::To => parse_iso_date(&filter.value)
            .map(format_day)
            .unwrap_or_else(|| filter.value.clone()),
        FilterKind::Text | FilterKind::City | FilterKind::Organiser => filter.value.clone(),
    };
    strings::filter_description(filter.kind, &value)
}

/// One chip per active filter, each removing its filter, and "Clear all".
/// Renders nothing when no filter is active.
#[component]
pub fn ActiveFilters(
    /// The filters in force, with their descriptions.
    filters: Memo<Vec<(ActiveFilter, String)>>,
    /// The current query.
    query: Memo<SearchQuery>,
    /// Navigates to a query; `true` replaces the history entry.
    go: Callback<(SearchQuery, bool)>,
) -> impl IntoView {
    move || {
        let filters = filters.get();
        (!filters.is_empty()).then(|| {
            let chips = filters
                .into_iter()
                .map(|(filter, description)| {
                    let without = filter.without.clone();
                    let label = strings::remove_filter(&description);
                    view! {
                        <li>
                            <button
                                type="button"
                                class="chip"
                                aria-label=label
                                on:click=move |_| go.run((without.clone(), false))
                            >
                                {description}
                                <span aria-hidden="true">" ×"</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="active-filters">
                    <ul aria-label=strings::ACTIVE_FILTERS>{chips}</ul>
                    <button
                        type="button"
                        class="link-button"
                        on:click=move |_| go.run((query.get_untracked().cleared(), false))
                    >
                        {strings::CLEAR_ALL}
                    </button>
                </div>
            }
        })
    }
}

/// Shown when nothing matches: which filters are in force, and one button
/// that removes them all and shows every date.
#[component]
pub fn EmptyState(
    /// The filters in force, with their descriptions.
    filters: Memo<Vec<(ActiveFilter, String)>>,
    /// The current query.
    query: Memo<SearchQuery>,
    /// Navigates to a query; `true` replaces the history entry.
    go: Callback<(SearchQuery, bool)>,
) -> impl IntoView {
    let reasons = move || {
        let mut lines: Vec<String> = filters.with(|f| f.iter().map(|(_, d)| d.clone()).collect());
        if query.with(|q| q.when == When::Upcoming) {
            lines.push(strings::filter_description(
                FilterKind::When,
                strings::WHEN_UPCOMING,
            ));
        }
        lines
            .into_iter()
            .map(|line| view! { <li>{line}</li> })
            .collect_view()
    };
    view! {
        <section class="empty notice" aria-labelledby="empty-heading">
            <h2 id="empty-heading">{strings::NO_MATCHES}</h2>
            <p>{strings::EMPTY_EXPLAINED}</p>
            <ul>{reasons}</ul>
            <button
                type="button"
                on:click=move |_| {
                    go.run((SearchQuery { when: When::All, ..query.get_untracked().cleared() }, false))
                }
            >
                {strings::CLEAR_ALL_FILTERS}
            </button>
        </section>
    }
}
