//! A facet's checkboxes: topics, formats, cities or organisers.

use leptos::prelude::*;

use crate::domain::query::{Facet, SearchQuery};
use crate::state::Listings;
use crate::strings;
use std::sync::Arc;

/// How many values a long facet shows before "Show all".
const COLLAPSED_VALUES: usize = 8;

/// One checkbox per value, labelled with the value and the number of seminars
/// it would show given the other filters. Values that would show none stay
/// visible but disabled. Long facets show their first values (and any checked
/// one) until "Show all" is pressed.
#[component]
pub fn FacetFilter(
    /// Which facet.
    facet: Facet,
    /// The facet's values as URL values, and their labels, in display order.
    values: Vec<(String, String)>,
    /// The count for each value, in the same order.
    #[prop(into)]
    counts: Signal<Vec<usize>>,
    /// The current query.
    query: Memo<SearchQuery>,
    /// Navigates to a query; `true` replaces the history entry.
    go: Callback<(SearchQuery, bool)>,
    /// The catalogue, for keeping topic order.
    listings: Arc<Listings>,
) -> impl IntoView {
    let expanded = RwSignal::new(false);
    let total = values.len();
    let param = facet.param();
    let boxes = values
        .into_iter()
        .enumerate()
        .map(|(position, (value, label))| {
            let input_id = format!("{param}-{position}");
            let listings = listings.clone();
            let for_checked = value.clone();
            let for_hidden = value.clone();
            let count = move || counts.with(|c| c.get(position).copied().unwrap_or(0));
            let on_change = move |ev: leptos::ev::Event| {
                let next = query.get_untracked().with_facet_value(
                    facet,
                    &value,
                    event_target_checked(&ev),
                    &listings.catalogue,
                );
                go.run((next, false));
            };
            let checked = Signal::derive(move || query.with(|q| q.is_checked(facet, &for_checked)));
            let hidden = move || {
                position >= COLLAPSED_VALUES
                    && !expanded.get()
                    && !query.with(|q| q.is_checked(facet, &for_hidden))
            };
            view! {
                <li class:collapsed=hidden>
                    <input
                        type="checkbox"
                        id=input_id.clone()
                        prop:checked=checked
                        disabled=move || count() == 0 && !checked.get()
                        on:change=on_change
                    />
                    <label for=input_id>
                        {label} <span class="count">{move || format!(" ({})", count())}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let name = strings::facet_name(facet);
    view! {
        <fieldset class="filter">
            <legend>{name}</legend>
            <ul>{boxes}</ul>
            {(total > COLLAPSED_VALUES)
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="link-button"
                            aria-expanded=move || expanded.get().to_string()
                            on:click=move |_| expanded.update(|e| *e = !*e)
                        >
                            {move || {
                                if expanded.get() {
                                    strings::SHOW_FEWER.to_owned()
                                } else {
                                    strings::show_all(total, name)
                                }
                            }}
                        </button>
                    }
                })}
        </fieldset>
    }
}
