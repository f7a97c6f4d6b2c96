//! A seminar's own page, at `/seminars/{id}`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::load_status::with_catalogue;
use crate::domain::catalogue::Catalogue;
use crate::domain::dates::iso;
use crate::domain::query::SearchQuery;
use crate::domain::seminar::{AgendaItem, Seminar};
use crate::locale::{format_day, format_range, use_visitor, zone_name, DateStyle};
use crate::pages::not_found::NotFoundMessage;
use crate::paths::Paths;
use crate::state::set_document_title;
use crate::strings::{self, SeminarTexts, Texts};

/// Looks the seminar up by the id in the address and shows every field, or
/// a not-found message with a way back.
#[component]
pub fn SeminarPage(
    /// The seminar's id, from the address.
    id: String,
) -> impl IntoView {
    let lang = strings::use_lang();
    let (t, s) = (Texts::of(lang), SeminarTexts::of(lang));
    with_catalogue(
        move |listings| match listings.catalogue.seminar(&id).cloned() {
            Some(seminar) => {
                set_document_title(&strings::page_title(t, &seminar.title));
                view! { <SeminarDetails listings seminar /> }.into_any()
            }
            None => {
                set_document_title(&strings::page_title(t, s.not_found_title));
                view! { <NotFoundMessage title=s.not_found_title body=s.not_found_body /> }
                    .into_any()
            }
        },
    )
}

/// A labelled line of the facts list, left out when there is nothing to say.
fn fact(label: &'static str, value: Option<String>) -> Option<impl IntoView> {
    value.map(|value| {
        view! {
            <dt>{label}</dt>
            <dd>{value}</dd>
        }
    })
}

/// Starts a draft that edits this seminar and opens it.
#[component]
fn EditAsDraft(
    /// The seminar to edit.
    seminar: Seminar,
) -> impl IntoView {
    let store = crate::drafts::use_drafts();
    let paths = use_context::<Paths>().unwrap_or_default();
    let router = crate::router::use_router();
    let s = SeminarTexts::of(strings::use_lang());
    let failed = RwSignal::new(None::<String>);
    use crate::storage::StorageError;
    let start = move |_| {
        let origin = crate::domain::draft::DraftOrigin::Edit {
            seminar_id: seminar.id.clone(),
        };
        let form = crate::domain::draft::SeminarForm::from_seminar(&seminar);
        match store.create(origin.clone(), form.clone()) {
            Ok(draft) => router.go(&paths.draft(&draft.id), Default::default()),
            // Without storage, the editor keeps the draft in the page and
            // says so; a full storage is said here, where nothing is lost.
            Err(StorageError::QuotaExceeded) => failed.set(Some(s.storage_full_new.to_owned())),
            Err(_) => {
                store.put_in_page(origin, form);
                router.go(&paths.new_draft(), Default::default());
            }
        }
    };
    view! {
        <p class="edit-as-draft">
            <button type="button" on:click=start>{s.edit_as_draft}</button>
        </p>
        {move || failed.get().map(|m| view! { <p class="notice error" role="alert">{m}</p> })}
    }
}

/// The agenda grouped by day, in the order the catalogue gives.
fn agenda_by_day(agenda: &[AgendaItem]) -> Vec<(time::Date, Vec<&AgendaItem>)> {
    let mut days: Vec<(time::Date, Vec<&AgendaItem>)> = Vec::new();
    for item in agenda {
        match days.iter_mut().find(|(day, _)| *day == item.date) {
            Some((_, items)) => items.push(item),
            None => days.push((item.date, vec![item])),
        }
    }
    days.sort_by_key(|(day, _)| *day);
    days
}

/// Every field of a seminar.
#[component]
fn SeminarDetails(
    /// The catalogue and its index.
    listings: Arc<crate::state::Listings>,
    /// The seminar shown.
    seminar: Seminar,
) -> impl IntoView {
    let catalogue: &Catalogue = &listings.catalogue;
    let paths = use_context::<Paths>().unwrap_or_default();
    let visitor = use_visitor();
    let shown = strings::use_lang();
    let (t, s) = (Texts::of(shown), SeminarTexts::of(shown));
    let lang = seminar.language.clone();
    let venue = [
        Some(seminar.venue.name.clone()),
        seminar.venue.address.clone(),
        (seminar.venue.city != seminar.venue.name).then(|| seminar.venue.city.clone()),
        seminar.venue.country.clone(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(t.list_separator);
    let topics = seminar
        .topics
        .iter()
        .filter_map(|id| catalogue.topic(id))
        .map(|topic| {
            let query = SearchQuery {
                topics: vec![topic.id.clone()],
                ..SearchQuery::new()
            };
            view! {
                <li>
                    <a href=paths.home(&query.to_query_string())>{topic.label.clone()}</a>
                </li>
            }
        })
        .collect_view();
    let speakers = seminar
        .speakers
        .iter()
        .map(|speaker| {
            let about = [speaker.role.clone(), speaker.affiliation.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(t.list_separator);
            view! {
                <li>
                    <strong>{speaker.name.clone()}</strong>
                    {(!about.is_empty()).then(|| format!("{}{about}", t.list_separator))}
                    {speaker.talk.clone().map(|talk| view! { <p class="talk">{talk}</p> })}
                </li>
            }
        })
        .collect_view();
    let agenda = agenda_by_day(&seminar.agenda)
        .into_iter()
        .map(|(day, items)| {
            let items = items
                .into_iter()
                .map(|item| {
                    let time = match (&item.start_time, &item.end_time) {
                        (Some(a), Some(b)) => format!("{a}–{b}"),
                        (Some(a), None) => a.clone(),
                        _ => String::new(),
                    };
                    view! {
                        <li>
                            <span class="agenda-time">{time}</span>
                            " "
                            <span class="agenda-title">{item.title.clone()}</span>
                            {item.speaker.clone().map(|name| view! { <span class="agenda-speaker">{strings::fill(s.agenda_led_by, &[("name", &name)])}</span> })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li>
                    <h3>
                        <time datetime=iso(day)>{format_day(shown, day, DateStyle::Weekday)}</time>
                    </h3>
                    <ul>{items}</ul>
                </li>
            }
        })
        .collect_view();
    let dates = format_range(shown, seminar.start, seminar.end);
    let when = if visitor.needs_zone_note(&seminar.time_zone) {
        let zone = zone_name(shown, &seminar.time_zone);
        let note = strings::fill(t.time_zone_note, &[("zone", &zone)]);
        format!("{dates} {note}")
    } else {
        dates
    };
    view! {
        <article class="seminar-page">
            <p class="back">
                <a href=paths.home("")>{t.back_to_list}</a>
            </p>
            <EditAsDraft seminar=seminar.clone() />
            <h1 lang=lang.clone()>{seminar.title.clone()}</h1>
            {seminar
                .example
                .then(|| {
                    view! {
                        <p>
                            <span class="badge" title=t.example_explained>
                                {t.example_badge}
                            </span>
                        </p>
                    }
                })}
            <p class="summary" lang=lang.clone()>{seminar.summary.clone()}</p>
            <dl class="facts">
                {fact(s.when, Some(when))}
                {fact(s.time_zone, Some(seminar.time_zone.clone()))}
                {fact(s.place, Some(venue))}
                {fact(s.format, Some(strings::format_name(t, seminar.format).to_owned()))}
                {fact(
                    s.organised_by,
                    (!seminar.organisers.is_empty()).then(|| seminar.organisers.join(t.names_separator)),
                )}
                {fact(
                    s.hosted_by,
                    (!seminar.hosts.is_empty()).then(|| seminar.hosts.join(t.names_separator)),
                )}
                {fact(s.audience, seminar.audience.clone())}
                {fact(s.attendance, seminar.expected_attendance.map(|n| strings::fill(s.attendance_value, &[("n", &n.to_string())])))}
            </dl>
            {seminar
                .description
                .clone()
                .map(|d| view! { <p class="description" lang=lang.clone()>{d}</p> })}
            <section aria-labelledby="topics-heading">
                <h2 id="topics-heading">{t.topics}</h2>
                <ul class="topic-links">{topics}</ul>
            </section>
            {(!seminar.speakers.is_empty())
                .then(|| {
                    view! {
                        <section aria-labelledby="speakers-heading">
                            <h2 id="speakers-heading">{s.speakers}</h2>
                            <ul class="speakers">{speakers}</ul>
                        </section>
                    }
                })}
            {(!seminar.agenda.is_empty())
                .then(|| {
                    view! {
                        <section aria-labelledby="agenda-heading">
                            <h2 id="agenda-heading">{s.agenda}</h2>
                            <ol class="agenda">{agenda}</ol>
                        </section>
                    }
                })}
            <section aria-labelledby="source-heading">
                <h2 id="source-heading">{s.source}</h2>
                <p class="source">{seminar.source.clone()}</p>
            </section>
        </article>
    }
}
