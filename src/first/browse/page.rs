//! The list of seminars with search, facets, dates, order and pages, all
//! held in the URL.

use std::sync::Arc;

use leptos::prelude::*;

use crate::first::browse::active_filters::{describe, ActiveFilters, EmptyState};
use crate::first::browse::date_filter::DateFilter;
use crate::first::browse::facet_filter::{FacetFilter, FacetValue};
use crate::first::browse::offline_note::OfflineNote;
use crate::first::browse::pagination::Pagination;
use crate::first::browse::rejected_notice::RejectedNotice;
use crate::first::browse::search_box::SearchBox;
use crate::i18n::language::list_address;
use crate::i18n::texts::{self, fill, Lang, Texts};
use crate::nav::paths::Paths;
use crate::nav::router::{use_query, use_router, Go};
use crate::stores::catalogue::{set_document_title, Listings};
use crate::ui::load_status::with_catalogue;
use crate::ui::seminar_card::SeminarCard;
use crate::web::intl::use_visitor;
use seminars_core::browse::filter::{effective_page, page_of, run_query, value_labels, PAGE_SIZE};
use seminars_core::browse::query::{Facet, SearchQuery, When};
use seminars_core::catalogue::seminar::Format;
use seminars_core::text::search_terms;

/// Shows the listings with the drafts among them (`?drafts=show`): given
/// by the app, since the drafts' code is in a part of its own. It is given
/// the listings and what draws them once the drafts are among them.
pub type DraftsAmong = fn(Arc<Listings>, Callback<Arc<Listings>, AnyView>) -> AnyView;

/// The home page: a heading, then the list once the catalogue is here.
#[component]
pub fn HomePage(
    /// Called once the list has painted (the app fetches the other parts
    /// then).
    on_listed: Callback<()>,
    /// Shows the listings with the drafts among them.
    drafts_among: DraftsAmong,
) -> impl IntoView {
    let t = texts::use_texts();
    set_document_title(t.site_name);
    let params = use_query();
    let show_drafts = Memo::new(move |_| params.with(|p| p.get("drafts") == Some("show")));
    view! {
        <h1 class="page-title">{t.home_heading}</h1>
        {with_catalogue(move |listings| {
            let note = listings.copy_of.clone().map(|time| {
                let unreadable = listings.unreadable.clone();
                view! { <OfflineNote time unreadable /> }
            });
            let list = if show_drafts.get() {
                let browser = Callback::new(move |listings: Arc<Listings>| {
                    view! { <SeminarBrowser listings on_listed /> }.into_any()
                });
                drafts_among(listings, browser)
            } else {
                view! { <SeminarBrowser listings on_listed /> }.into_any()
            };
            view! { {note} {list} }.into_any()
        })}
    }
}

/// Whether the screen is wide enough to show the filters beside the list;
/// on phones they start folded away so the results come first.
fn wide_screen() -> bool {
    crate::web::dom::window()
        .and_then(|w| w.match_media("(min-width: 48rem)").ok().flatten())
        .is_none_or(|m| m.matches())
}

/// The facet values of a catalogue as (URL value, label, the label's
/// language when it is not the page's), in the order shown, and for each
/// the position of its count among the index's. Topics and audience groups
/// show their translation into the language shown, in the catalogue's
/// order; cities and organising bodies, the name a listing gives in that
/// language (else as written, which is also the URL value), sorted as the
/// language sorts (Chinese by pinyin).
fn facet_values(lang: Lang, listings: &Listings, facet: Facet) -> (Vec<FacetValue>, Vec<usize>) {
    let t = Texts::of(lang);
    let labelled = |list: &[seminars_core::catalogue::seminar::Topic]| {
        list.iter()
            .map(|topic| {
                let (label, label_lang) = topic.label_for(lang);
                (topic.id.clone(), label, label_lang)
            })
            .collect::<Vec<_>>()
    };
    let named = |values: &[String]| {
        let labels = value_labels(&listings.catalogue, values, facet, lang);
        let order = crate::web::intl::sorted_order(lang, &labels);
        let values = order
            .iter()
            .map(|&i| {
                let (label, tag) = labels[i].clone();
                let other = (!tag.is_empty() && !lang.matches(&tag)).then_some(tag);
                (values[i].clone(), label, other)
            })
            .collect();
        (values, order)
    };
    let in_order = |values: Vec<FacetValue>| {
        let order = (0..values.len()).collect();
        (values, order)
    };
    match facet {
        Facet::Topic => in_order(labelled(&listings.catalogue.topics)),
        Facet::Audience => in_order(labelled(&listings.catalogue.audiences)),
        Facet::Format => in_order(
            Format::ALL
                .iter()
                .map(|f| {
                    (
                        f.as_str().to_owned(),
                        texts::format_name(t, *f).to_owned(),
                        None,
                    )
                })
                .collect(),
        ),
        Facet::City => named(&listings.index.cities),
        Facet::Organiser => named(&listings.index.organisers),
    }
}

/// The filters beside the matching seminars, driven by the URL's query.
#[component]
pub fn SeminarBrowser(
    /// The loaded catalogue and its index.
    listings: Arc<Listings>,
    /// Called once the list is built (the app then fetches the other pages'
    /// code ahead of time).
    #[prop(optional)]
    on_listed: Option<Callback<()>>,
) -> impl IntoView {
    let paths = use_context::<Paths>().unwrap_or_default();
    let lang = texts::use_lang();
    let t = Texts::of(lang);
    let today = use_visitor().today;
    let params = use_query();
    let query = {
        let listings = listings.clone();
        Memo::new(move |_| {
            params.with(|p| SearchQuery::from_params(|k| p.all(k), &listings.catalogue))
        })
    };
    listings.prepare_search_in_background();
    if let Some(listed) = on_listed {
        listed.run(());
    }
    let results = {
        let listings = listings.clone();
        Memo::new(move |_| {
            query.with(|q| {
                crate::web::timing::measure("filter", || {
                    run_query(&listings.catalogue, &listings.index, q, today)
                })
            })
        })
    };
    let total = Memo::new(move |_| results.with(|r| r.matches.len()));
    let page = Memo::new(move |_| effective_page(query.with(|q| q.page), total.get()));
    let shown = Memo::new(move |_| results.with(|r| page_of(&r.matches, page.get()).to_vec()));
    let terms = Memo::new(move |_| query.with(|q| search_terms(&q.text)));
    let filters = {
        let listings = listings.clone();
        Memo::new(move |_| {
            query.with(|q| {
                q.active_filters(&listings.catalogue)
                    .into_iter()
                    .map(|f| {
                        let description = describe(lang, &f, &listings.catalogue);
                        (f, description)
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let router = use_router();
    let go = Callback::new(move |(next, replace): (SearchQuery, bool)| {
        router.go(
            &list_address(&paths, &router, &next.to_query_string()),
            Go {
                replace,
                keep_scroll: true,
            },
        );
    });
    let facets = Facet::ALL
        .into_iter()
        .map(|facet| {
            let (values, order) = facet_values(lang, &listings, facet);
            let counts = Signal::derive(move || {
                results.with(|r| {
                    let counts = r.counts.of(facet);
                    order
                        .iter()
                        .map(|&i| counts.get(i).copied().unwrap_or(0))
                        .collect()
                })
            });
            view! { <FacetFilter facet values counts query go listings=listings.clone() /> }
        })
        .collect_view();
    let count_text = move || {
        let total = total.get();
        let first = (page.get() - 1) * PAGE_SIZE + 1;
        let last = (first + PAGE_SIZE - 1).min(total);
        let count = texts::seminar_count(t, total);
        if total > PAGE_SIZE {
            texts::fill(
                t.count_and_range,
                &[
                    ("count", &count),
                    ("first", &first.to_string()),
                    ("last", &last.to_string()),
                    ("total", &total.to_string()),
                ],
            )
        } else {
            count
        }
    };
    // A search among upcoming seminars says how many past ones match too.
    let paths = use_context::<Paths>().unwrap_or_default();
    let past_matches = move || {
        let n = results.with(|r| r.past_matches);
        (n > 0).then(|| {
            let text = fill(t.past_matches.get(n), &[("n", &n.to_string())]);
            let past = query.with(|q| SearchQuery {
                when: When::Past,
                page: 1,
                ..q.clone()
            });
            let href = list_address(&paths, &router, &past.to_query_string());
            view! {
                <p class="past-matches">
                    {text} " " <a href=href>{t.show_past_matches}</a>
                </p>
            }
        })
    };
    let list_listings = listings.clone();
    let catalogue_empty = listings.catalogue.seminars.is_empty();
    let all_rejected = listings
        .catalogue
        .rejected
        .iter()
        .any(|r| r.kind == "seminar");
    let drafts_switch = move |ev: leptos::ev::Event| {
        let drafts = event_target_checked(&ev);
        go.run((
            SearchQuery {
                drafts,
                ..query.get_untracked()
            },
            false,
        ));
    };
    // A file cut off in its seminar list: what was read before the cut shows.
    let ends_early = listings.catalogue.ends_early.map(|place| {
        let words = texts::fill(
            t.catalogue_ends_early,
            &[
                ("line", &place.line.to_string()),
                ("column", &place.column.to_string()),
                ("n", &listings.catalogue.seminars.len().to_string()),
            ],
        );
        view! { <p class="notice warning" role="alert">{words}</p> }
    });
    view! {
        {ends_early}
        <RejectedNotice rejected=listings.catalogue.rejected.clone() />
        <SearchBox query go />
        // An organiser's tool, turned on from the drafts page: shown only
        // while on, to turn it off (see the styles).
        <p class="drafts-switch">
            <input
                type="checkbox"
                id="show-drafts"
                prop:checked=move || query.with(|q| q.drafts)
                on:change=drafts_switch
            />
            <label for="show-drafts">{t.show_drafts}</label>
        </p>
        <div class="browser">
            // On a phone, open, a sheet over the list (see the styles) that
            // its last button or Escape closes.
            <details
                class="filters-panel"
                id="filters-panel"
                prop:open=wide_screen()
                on:keydown=move |ev| {
                    if ev.key() == "Escape" && !wide_screen() {
                        crate::web::dom::close_details("filters-panel");
                    }
                }
            >
                <summary>{t.filters}</summary>
                <aside class="filters" aria-label=t.filters>
                    <DateFilter query go />
                    {facets}
                </aside>
                // Said after each tick while the list is covered.
                <p class="show-results" aria-live="polite">
                    <button type="button" on:click=move |_| crate::web::dom::close_details("filters-panel")>
                        {move || {
                            let n = total.get();
                            texts::fill(t.show_results.get(n), &[("n", &n.to_string())])
                        }}
                    </button>
                </p>
            </details>
            <section class="results" aria-labelledby="result-count">
                <ActiveFilters filters query go />
                // "0 seminars" is said but not shown above the empty state (see the styles).
                <p id="result-count" class="result-count" role="status" aria-live="polite">
                    {count_text}
                </p>
                {past_matches}
                {match (catalogue_empty, all_rejected) {
                    (false, _) => view! {
                        <Show when=move || total.get() == 0>
                            <EmptyState filters query go />
                        </Show>
                    }
                    .into_any(),
                    (true, false) => view! { <p class="notice empty">{t.catalogue_empty}</p> }.into_any(),
                    (true, true) => view! { <p class="notice empty">{t.catalogue_all_rejected}</p> }.into_any(),
                }}
                <ol class="seminar-list">
                    <For
                        each=move || shown.get()
                        key=|index| *index
                        children=move |index| {
                            let catalogue = &list_listings.catalogue;
                            let seminar = catalogue.seminars.get(index).cloned();
                            let draft_id = list_listings.from_draft.get(index).cloned().flatten();
                            seminar.map(|seminar| {
                                let topic_labels = catalogue.topic_labels(&seminar.topics, lang);
                                view! {
                                    <li>
                                        <SeminarCard seminar topic_labels terms draft_id />
                                    </li>
                                }
                            })
                        }
                    />
                </ol>
                <Pagination query page total />
                // Its click is followed by the app (`crate::split::handle_part_buttons`).
                <p class="calendar-results">
                    <button type="button" data-calendar="">{t.calendar_results}</button>
                </p>
                <p id="calendar-status" role="status"></p>
            </section>
        </div>
    }
}
