//! `/saved`: the seminars this browser keeps, with a calendar file of them
//! and a link to share the list; and `/saved?ids=a,b,c`, a list someone
//! shared, which is added to this browser's list only when asked.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::texts::{self, count, fill, Lang, SeminarTexts, Texts};
use crate::nav::paths::Paths;
use crate::nav::router::use_query;
use crate::seminar_part::saved;
use crate::stores::catalogue::{set_document_title, Listings};
use crate::ui::load_status::with_catalogue;
use crate::ui::seminar_card::SeminarCard;
use crate::ui::share_actions::ShareActions;
use seminars_core::catalogue::seminar::Seminar;
use seminars_core::saved::{
    not_yet_saved, shared_ids, shared_value, Applied, SharedIds, MAX_SAVED, NAMED_AT_MOST,
};

/// The saved seminars' page, or a shared list when the address has `ids`.
#[component]
pub fn SavedPage() -> impl IntoView {
    let query = use_query();
    let lang = texts::use_lang();
    let (t, s) = (Texts::of(lang), SeminarTexts::of(lang));
    let shared = Memo::new(move |_| query.with(|q| q.get("ids").map(shared_ids)));
    move || {
        let title = if shared.get().is_some() {
            s.shared_title
        } else {
            s.saved_title
        };
        set_document_title(&texts::page_title(t, title));
        let list = match shared.get() {
            Some(shared) => view! { <SharedList shared /> }.into_any(),
            None => view! { <SavedList /> }.into_any(),
        };
        view! {
            <section class="saved-page" aria-labelledby="saved-heading">
                <h1 id="saved-heading">{title}</h1>
                {list}
            </section>
        }
    }
}

/// At most this many saved seminars the catalogue lacks are named, each
/// with "Remove"; the rest are counted.
const MISSING_NAMED: usize = 100;

/// Cards for the seminars among `ids` that the catalogue has, in the
/// order given.
fn cards(listings: &Listings, ids: &[String]) -> impl IntoView {
    let lang = texts::use_lang();
    ids.iter()
        .filter_map(|id| listings.catalogue.seminar(id).cloned())
        .map(|seminar| {
            let topic_labels = listings.catalogue.topic_labels(&seminar.topics, lang);
            view! {
                <li>
                    <SeminarCard seminar topic_labels />
                </li>
            }
        })
        .collect_view()
}

/// This browser's saved seminars: each as a card, those the catalogue no
/// longer has named with a way to remove them; a calendar file of them
/// all and a link to share the list.
#[component]
fn SavedList() -> impl IntoView {
    let paths = use_context::<Paths>().unwrap_or_default();
    let lang = texts::use_lang();
    let s = SeminarTexts::of(lang);
    with_catalogue(move |listings: Arc<Listings>| {
        let paths = paths.clone();
        let listings = listings.clone();
        (move || {
            saved::track_changes();
            let ids = saved::ids();
            if ids.is_empty() {
                return view! { <p class="empty">{s.saved_empty}</p> }.into_any();
            }
            let (known, missing): (Vec<String>, Vec<String>) = ids
                .iter()
                .cloned()
                .partition(|id| listings.catalogue.seminar(id).is_some());
            // Named one by one up to a limit: a list stored by hand or by
            // another version may hold thousands the catalogue lacks.
            let more_missing = missing.len().saturating_sub(MISSING_NAMED);
            let more_missing = (more_missing > 0).then(|| {
                let n = more_missing.to_string();
                view! { <li class="missing"><p>{fill(s.saved_missing_more.get(more_missing), &[("n", &n)])}</p></li> }
            });
            let missing = missing
                .into_iter()
                .take(MISSING_NAMED)
                .map(|id| {
                    let remove_name = fill(s.remove_saved, &[("id", &id)]);
                    let body = fill(s.saved_missing_body, &[("id", &id)]);
                    view! {
                        <li class="missing">
                            <p><strong>{s.saved_missing}</strong></p>
                            <p>{body}</p>
                            <button type="button" on:click=move |_| saved::set(&id, false)>
                                {remove_name}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            let said = RwSignal::new(None::<String>);
            let download = {
                let (listings, paths, known) = (listings.clone(), paths.clone(), known.clone());
                move |_| {
                    let list: Vec<&Seminar> = known
                        .iter()
                        .filter_map(|id| listings.catalogue.seminar(id))
                        .collect();
                    said.set(crate::seminar_part::calendar::download_saved(&list, lang, &paths));
                }
            };
            let share_url = crate::nav::paths::absolute(&paths.saved(Some(&shared_value(&ids))));
            view! {
                <div class="saved-actions">
                    {(!known.is_empty())
                        .then(|| view! { <button type="button" on:click=download>{s.saved_download}</button> })}
                    <ShareActions
                        url=share_url
                        title=s.saved_title.to_owned()
                        copy_label=s.share_list
                        address_label=s.share_list_address
                        field_id="saved-list-address"
                    />
                    <p role="status">{move || said.get()}</p>
                </div>
                <ol class="results saved-list">{cards(&listings, &known)} {missing} {more_missing}</ol>
            }
            .into_any()
        })
        .into_any()
    })
}

/// Some ids, as a message names them: the first [`NAMED_AT_MOST`], then
/// how many more.
fn named(lang: Lang, shown: &[String], all: usize) -> String {
    let s = SeminarTexts::of(lang);
    let list = shown
        .iter()
        .take(NAMED_AT_MOST)
        .map(|id| format!("“{id}”"))
        .collect::<Vec<_>>()
        .join(Texts::of(lang).list_separator);
    let more = all.saturating_sub(shown.len().min(NAMED_AT_MOST));
    match more {
        0 => list,
        n => fill(
            s.shared_and_more.get(n),
            &[("ids", &list), ("n", &n.to_string())],
        ),
    }
}

/// What adding did, in words: how many were added, and how many the full
/// list could not take.
fn added_words(s: &SeminarTexts, applied: &Applied) -> String {
    let max = MAX_SAVED.to_string();
    let mut words = Vec::new();
    if applied.added > 0 || applied.refused == 0 {
        words.push(count(s.shared_added, applied.added));
    }
    if applied.refused > 0 {
        let n = applied.refused.to_string();
        words.push(fill(
            s.shared_refused_full.get(applied.refused),
            &[("n", &n), ("max", &max)],
        ));
    }
    words.join(" ")
}

/// A list shared by link: its seminars, those this catalogue lacks, what
/// the link held that cannot be a seminar id, and a button that adds the
/// rest to this browser's list; a link with nothing to add says why.
#[component]
fn SharedList(
    /// The link's ids, read.
    shared: SharedIds,
) -> impl IntoView {
    let paths = use_context::<Paths>().unwrap_or_default();
    let lang = texts::use_lang();
    let s = SeminarTexts::of(lang);
    let added = RwSignal::new(None::<Applied>);
    with_catalogue(move |listings: Arc<Listings>| {
        let (known, unknown): (Vec<String>, Vec<String>) = shared
            .ids
            .iter()
            .cloned()
            .partition(|id| listings.catalogue.seminar(id).is_some());
        let intro = match (known.len(), shared.ids.len()) {
            (0, 0) => s.shared_nothing.to_owned(),
            (0, _) => s.shared_none_known.to_owned(),
            (n, _) => count(s.shared_intro, n),
        };
        let unknown = (!unknown.is_empty()).then(|| {
            let ids = named(lang, &unknown, unknown.len());
            view! { <p class="notice">{fill(s.shared_unknown, &[("ids", &ids)])}</p> }
        });
        let ignored = (shared.ignored_count > 0).then(|| {
            let ids = named(lang, &shared.ignored, shared.ignored_count);
            let n = shared.ignored_count.to_string();
            let words = fill(
                s.shared_ignored.get(shared.ignored_count),
                &[("n", &n), ("ids", &ids)],
            );
            view! { <p class="notice">{words}</p> }
        });
        let beyond = (shared.beyond_max > 0).then(|| {
            let (n, max) = (shared.beyond_max.to_string(), MAX_SAVED.to_string());
            let words = fill(
                s.shared_beyond_max.get(shared.beyond_max),
                &[("n", &n), ("max", &max)],
            );
            view! { <p class="notice">{words}</p> }
        });
        let has_known = !known.is_empty();
        let to_add = {
            let known = known.clone();
            Memo::new(move |_| {
                saved::track_changes();
                not_yet_saved(&saved::ids(), &known)
            })
        };
        let add = move |_| {
            let ids = to_add.get_untracked();
            added.set(Some(saved::add_all(&ids)));
        };
        let action = move || match (added.get(), to_add.get().len()) {
            (Some(applied), _) => {
                let class = if applied.refused > 0 {
                    "notice warning"
                } else {
                    "notice success"
                };
                view! { <p class=class role="status">{added_words(s, &applied)}</p> }.into_any()
            }
            (None, 0) if has_known => {
                view! { <p class="notice">{s.shared_all_saved}</p> }.into_any()
            }
            (None, 0) => ().into_any(),
            (None, n) => view! {
                <button type="button" class="primary" on:click=add>{count(s.shared_add, n)}</button>
            }
            .into_any(),
        };
        view! {
            <p>{intro}</p>
            {unknown}
            {ignored}
            {beyond}
            <div class="saved-actions">{action}</div>
            <p><a href=paths.saved(None)>{s.your_saved}</a></p>
            <ol class="results saved-list">{cards(&listings, &known)}</ol>
        }
        .into_any()
    })
}
