//! A facet's checkboxes: topics, formats, cities or organisers.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::texts;
use crate::stores::catalogue::Listings;
use seminars_core::browse::facet_values::{shown_values, COLLAPSED, OPENED_AT_MOST};
use seminars_core::browse::query::{Facet, SearchQuery};
use seminars_core::text::normalize;

/// A facet's value: its URL value, its label, and the label's language
/// when it is not the page's.
pub type FacetValue = (String, String, Option<String>);

/// One checkbox per value, labelled with the value and the number of seminars
/// it would show given the other filters. Values that would show none stay
/// visible but disabled. A long facet shows its first values (and any
/// checked one) until "Show all" is pressed, then a filter box and at most
/// [`OPENED_AT_MOST`] matching values, so the page stays small whatever the
/// catalogue holds.
#[component]
pub fn FacetFilter(
    /// Which facet.
    facet: Facet,
    /// The facet's values, in display order.
    values: Vec<FacetValue>,
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
    let t = texts::use_texts();
    let opened = RwSignal::new(false);
    let filter = RwSignal::new(String::new());
    let total = values.len();
    let param = facet.param();
    let values = Arc::new(values);
    // Folded labels, made the first time someone filters this facet.
    let folded = StoredValue::new(None::<Arc<Vec<String>>>);
    let shown = {
        let values = values.clone();
        Memo::new(move |_| {
            let filter = filter.get();
            let opened = opened.get();
            let labels = (opened && !filter.trim().is_empty()).then(|| {
                if let Some(labels) = folded.get_value() {
                    return labels;
                }
                let labels: Arc<Vec<String>> = Arc::new(
                    values
                        .iter()
                        .map(|(_, label, _)| normalize(label))
                        .collect(),
                );
                folded.set_value(Some(labels.clone()));
                labels
            });
            query.with(|q| {
                shown_values(
                    total,
                    opened,
                    &filter,
                    |i| {
                        labels
                            .as_ref()
                            .and_then(|l| l.get(i).cloned())
                            .unwrap_or_default()
                    },
                    |i| {
                        values
                            .get(i)
                            .is_some_and(|(v, _, _)| q.is_checked(facet, v))
                    },
                )
            })
        })
    };
    let checkbox = move |position: usize| {
        let (value, label, label_lang) = values.get(position).cloned().unwrap_or_default();
        let input_id = format!("{param}-{position}");
        let listings = listings.clone();
        let for_checked = value.clone();
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
        view! {
            <li>
                <input
                    type="checkbox"
                    id=input_id.clone()
                    prop:checked=checked
                    disabled=move || count() == 0 && !checked.get()
                    on:change=on_change
                />
                <label for=input_id>
                    <span lang=label_lang>{label}</span>
                    <span class="count">{move || format!(" ({})", count())}</span>
                </label>
            </li>
        }
    };
    let name = texts::facet_name(t, facet);
    let filter_id = format!("{param}-filter");
    let long = total > COLLAPSED;
    view! {
        <fieldset class="filter">
            <legend>{name}</legend>
            {move || (long && opened.get()).then(|| {
                let filter_id = filter_id.clone();
                view! {
                    <div class="facet-search">
                        <label for=filter_id.clone()>{texts::fill(t.find_value, &[("facet", name)])}</label>
                        <input
                            type="search"
                            id=filter_id
                            prop:value=move || filter.get()
                            on:input=move |ev| filter.set(event_target_value(&ev))
                        />
                    </div>
                }
            })}
            <ul>
                <For each=move || shown.get().positions key=|position| *position children=checkbox />
            </ul>
            {move || {
                let shown = shown.get();
                let hidden = shown.matching.saturating_sub(OPENED_AT_MOST);
                (long && opened.get() && hidden > 0).then(|| view! {
                    <p class="hint" role="status">{texts::fill(t.more_values.get(hidden), &[("n", &hidden.to_string()), ("facet", name)])}</p>
                })
            }}
            {long.then(|| view! {
                <button
                    type="button"
                    class="link-button"
                    aria-expanded=move || opened.get().to_string()
                    on:click=move |_| {
                        opened.update(|o| *o = !*o);
                        filter.set(String::new());
                    }
                >
                    {move || {
                        if opened.get() {
                            t.show_fewer.to_owned()
                        } else {
                            texts::fill(t.show_all, &[("n", &total.to_string()), ("facet", name)])
                        }
                    }}
                </button>
            })}
        </fieldset>
    }
}
