//! The filters in force, as removable chips, and the empty state that names them.

use leptos::prelude::*;

use crate::i18n::texts::{self, Lang, Texts};
use crate::web::intl::{format_day, DateStyle};
use seminars_core::browse::filter::value_labels;
use seminars_core::browse::query::{ActiveFilter, Facet, FilterKind, SearchQuery, When};
use seminars_core::catalogue::seminar::Format;
use seminars_core::catalogue::Catalogue;
use seminars_core::dates::parse_iso_date;

/// How a filter reads to people: the kind of filter, whose template
/// ("Topic: {value}") says it, and the value in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Described {
    kind: FilterKind,
    value: String,
    /// The value's language, when it is not the page's (a topic without a
    /// translation into the language shown).
    value_lang: Option<String>,
}

impl Described {
    /// The whole sentence: "Topic: Climate adaptation".
    fn text(&self, t: &Texts) -> String {
        texts::filter_description(t, self.kind, &self.value)
    }

    /// The sentence, its value marked with its language where that differs
    /// from the page's.
    fn view(self, t: &'static Texts) -> impl IntoView {
        let (before, after) = texts::around(texts::filter_template(t, self.kind), "value");
        view! { {before} <span lang=self.value_lang>{self.value}</span> {after} }
    }
}

/// How a filter reads to people: "Topic: Climate adaptation", a topic in
/// its translation into `lang` where the catalogue has one.
pub fn describe(lang: Lang, filter: &ActiveFilter, catalogue: &Catalogue) -> Described {
    let t = Texts::of(lang);
    let kind = filter.kind;
    let listed = match kind {
        FilterKind::Topic => catalogue.topic(&filter.value),
        FilterKind::Audience => catalogue.audience(&filter.value),
        _ => None,
    };
    if let Some(topic) = listed {
        let (value, value_lang) = topic.label_for(lang);
        return Described {
            kind,
            value,
            value_lang,
        };
    }
    let value = match kind {
        FilterKind::Format => Format::parse(&filter.value)
            .map(|f| texts::format_name(t, f).to_owned())
            .unwrap_or_else(|| filter.value.clone()),
        FilterKind::When => When::parse(&filter.value)
            .map(|w| texts::when_name(t, w).to_owned())
            .unwrap_or_else(|| filter.value.clone()),
        FilterKind::From | FilterKind::To => parse_iso_date(&filter.value)
            .map(|d| format_day(lang, d, DateStyle::Day))
            .unwrap_or_else(|| filter.value.clone()),
        FilterKind::City | FilterKind::Organiser => {
            let facet = match kind {
                FilterKind::City => Facet::City,
                _ => Facet::Organiser,
            };
            let values = [filter.value.clone()];
            let (label, tag) = value_labels(catalogue, &values, facet, lang)
                .pop()
                .unwrap_or_default();
            let value_lang = (!tag.is_empty() && !lang.matches(&tag)).then_some(tag);
            return Described {
                kind,
                value: label,
                value_lang,
            };
        }
        _ => filter.value.clone(),
    };
    Described {
        kind,
        value,
        value_lang: None,
    }
}

/// One chip per active filter, each removing its filter, and "Clear all".
/// Renders nothing when no filter is active.
#[component]
pub fn ActiveFilters(
    /// The filters in force, with their descriptions.
    filters: Memo<Vec<(ActiveFilter, Described)>>,
    /// The current query.
    query: Memo<SearchQuery>,
    /// Navigates to a query; `true` replaces the history entry.
    go: Callback<(SearchQuery, bool)>,
) -> impl IntoView {
    let t = texts::use_texts();
    move || {
        let filters = filters.get();
        (!filters.is_empty()).then(|| {
            let chips = filters
                .into_iter()
                .map(|(filter, description)| {
                    let without = filter.without.clone();
                    let label = texts::fill(t.remove_filter, &[("filter", &description.text(t))]);
                    view! {
                        <li>
                            <button
                                type="button"
                                class="chip"
                                aria-label=label
                                on:click=move |_| go.run((without.clone(), false))
                            >
                                {description.view(t)}
                                <span aria-hidden="true">" ×"</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="active-filters">
                    <ul aria-label=t.active_filters>{chips}</ul>
                    <button
                        type="button"
                        class="link-button"
                        on:click=move |_| go.run((query.get_untracked().cleared(), false))
                    >
                        {t.clear_all}
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
    filters: Memo<Vec<(ActiveFilter, Described)>>,
    /// The current query.
    query: Memo<SearchQuery>,
    /// Navigates to a query; `true` replaces the history entry.
    go: Callback<(SearchQuery, bool)>,
) -> impl IntoView {
    let t = texts::use_texts();
    let reasons = move || {
        let mut lines: Vec<Described> =
            filters.with(|f| f.iter().map(|(_, d)| d.clone()).collect());
        if query.with(|q| q.when == When::Upcoming) {
            lines.push(Described {
                kind: FilterKind::When,
                value: t.when_upcoming.to_owned(),
                value_lang: None,
            });
        }
        lines
            .into_iter()
            .map(|line| view! { <li>{line.view(t)}</li> })
            .collect_view()
    };
    view! {
        <section class="empty notice" aria-labelledby="empty-heading">
            <h2 id="empty-heading">{t.no_matches}</h2>
            <p>{t.empty_explained}</p>
            <ul>{reasons}</ul>
            <button
                type="button"
                on:click=move |_| {
                    go.run((SearchQuery { when: When::All, ..query.get_untracked().cleared() }, false))
                }
            >
                {t.clear_all_filters}
            </button>
        </section>
    }
}
