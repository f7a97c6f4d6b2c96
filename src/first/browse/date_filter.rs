//! Upcoming, past or all dates; a date range; and the order of results.

use leptos::prelude::*;

use crate::i18n::texts;
use seminars_core::browse::query::{SearchQuery, Sort, When};
use seminars_core::dates::{iso, parse_iso_date};

/// The date choices as radio buttons, `From`/`To` date inputs, and the sort
/// order as a select. Each change is a new URL.
#[component]
pub fn DateFilter(
    /// The current query.
    query: Memo<SearchQuery>,
    /// Navigates to a query; `true` replaces the history entry.
    go: Callback<(SearchQuery, bool)>,
) -> impl IntoView {
    let t = texts::use_texts();
    let radios = When::ALL
        .into_iter()
        .map(|when| {
            let id = format!("when-{}", when.as_str());
            view! {
                <li>
                    <input
                        type="radio"
                        name="when"
                        id=id.clone()
                        prop:checked=move || query.with(|q| q.when == when)
                        on:change=move |_| {
                            go.run((SearchQuery { when, page: 1, ..query.get_untracked() }, false))
                        }
                    />
                    <label for=id>{texts::when_name(t, when)}</label>
                </li>
            }
        })
        .collect_view();
    let set_date = move |event: leptos::ev::Event, end: bool| {
        let date = parse_iso_date(&event_target_value(&event));
        let mut next = SearchQuery {
            page: 1,
            ..query.get_untracked()
        };
        if end {
            next.to = date;
        } else {
            next.from = date;
        }
        go.run((next, false));
    };
    let options = Sort::ALL
        .into_iter()
        .map(|sort| {
            view! {
                <option
                    value=sort.as_str()
                    prop:selected=move || query.with(|q| q.effective_sort() == sort)
                >
                    {texts::sort_name(t, sort)}
                </option>
            }
        })
        .collect_view();
    view! {
        <fieldset class="filter">
            <legend>{t.dates}</legend>
            <ul>{radios}</ul>
            <div class="date-range">
                <label for="from">{t.from}</label>
                <input
                    type="date"
                    id="from"
                    prop:value=move || query.with(|q| q.from.map(iso).unwrap_or_default())
                    on:change=move |ev| set_date(ev, false)
                />
                <label for="to">{t.to}</label>
                <input
                    type="date"
                    id="to"
                    prop:value=move || query.with(|q| q.to.map(iso).unwrap_or_default())
                    on:change=move |ev| set_date(ev, true)
                />
            </div>
        </fieldset>
        <div class="sort">
            <label for="sort">{t.sort_by}</label>
            <select
                id="sort"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let sort = Sort::parse(&value);
                    go.run((SearchQuery { sort, page: 1, ..query.get_untracked() }, false));
                }
            >
                {options}
            </select>
        </div>
    }
}
