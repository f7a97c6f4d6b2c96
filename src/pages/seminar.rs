//! A seminar's own page, at `/seminars/{id}`.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::load_status::{LoadFailed, Loading};
use crate::domain::catalogue::Catalogue;
use crate::domain::dates::{format_date_range, format_day, iso};
use crate::domain::query::SearchQuery;
use crate::domain::seminar::Seminar;
use crate::pages::not_found::NotFoundMessage;
use crate::paths::Paths;
use crate::state::{set_document_title, use_catalogue, LoadState};
use crate::strings;

/// Looks the seminar up by the id in the address and shows every field, or
/// a not-found message with a way back.
#[component]
pub fn SeminarPage() -> impl IntoView {
    let store = use_catalogue();
    let params = use_params_map();
    move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        match store.state() {
            LoadState::Loading => view! { <Loading /> }.into_any(),
            LoadState::Failed(error) => view! { <LoadFailed error /> }.into_any(),
            LoadState::Ready(catalogue) => match catalogue.seminar(&id).cloned() {
                Some(seminar) => {
                    set_document_title(&format!("{} · {}", seminar.title, strings::SITE_NAME));
                    view! { <SeminarDetails catalogue seminar /> }.into_any()
                }
                None => {
                    set_document_title(&format!(
                        "{} · {}",
                        strings::SEMINAR_NOT_FOUND_TITLE,
                        strings::SITE_NAME
                    ));
                    view! {
                        <NotFoundMessage
                            title=strings::SEMINAR_NOT_FOUND_TITLE
                            body=strings::SEMINAR_NOT_FOUND_BODY
                        />
                    }
                    .into_any()
                }
            },
        }
    }
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

/// Every field of a seminar.
#[component]
fn SeminarDetails(
    /// The catalogue, for topic labels.
    catalogue: Arc<Catalogue>,
    /// The seminar shown.
    seminar: Seminar,
) -> impl IntoView {
    let paths = use_context::<Paths>().unwrap_or_default();
    let lang = seminar.language.clone();
    let venue = [
        Some(seminar.venue.name.clone()),
        seminar.venue.address.clone(),
        Some(seminar.venue.city.clone()),
        seminar.venue.country.clone(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    let topics = seminar
        .topics
        .iter()
        .filter_map(|id| catalogue.topic(id))
        .map(|topic| {
            let query = SearchQuery {
                topics: vec![topic.id.clone()],
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
        .map(|s| {
            let about = [s.role.clone(), s.affiliation.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <li>
                    <strong>{s.name.clone()}</strong>
                    {(!about.is_empty()).then(|| format!(", {about}"))}
                    {s.talk.clone().map(|talk| view! { <p class="talk">{talk}</p> })}
                </li>
            }
        })
        .collect_view();
    let agenda = seminar
        .agenda
        .iter()
        .map(|item| {
            let time = match (&item.start_time, &item.end_time) {
                (Some(a), Some(b)) => format!("{a}–{b} "),
                (Some(a), None) => format!("{a} "),
                _ => String::new(),
            };
            view! {
                <li>
                    <time datetime=iso(item.date)>{format_day(item.date)}</time>
                    " " {time} {item.title.clone()}
                    {item.speaker.clone().map(|s| format!(" ({s})"))}
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="seminar-page">
            <p class="back">
                <a href=paths.home("")>{strings::BACK_TO_LIST}</a>
            </p>
            <h1 lang=lang.clone()>{seminar.title.clone()}</h1>
            {seminar
                .example
                .then(|| {
                    view! {
                        <p>
                            <span class="badge" title=strings::EXAMPLE_EXPLAINED>
                                {strings::EXAMPLE_BADGE}
                            </span>
                        </p>
                    }
                })}
            <p class="summary" lang=lang.clone()>{seminar.summary.clone()}</p>
            <dl class="facts">
                {fact(strings::WHEN, Some(format_date_range(seminar.start, seminar.end)))}
                {fact(strings::TIME_ZONE, Some(seminar.time_zone.clone()))}
                {fact(strings::WHERE, Some(venue))}
                {fact(strings::FORMAT, Some(strings::format_name(seminar.format).to_owned()))}
                {fact(
                    strings::ORGANISERS,
                    (!seminar.organisers.is_empty()).then(|| seminar.organisers.join("; ")),
                )}
                {fact(
                    strings::HOSTS,
                    (!seminar.hosts.is_empty()).then(|| seminar.hosts.join("; ")),
                )}
                {fact(strings::AUDIENCE, seminar.audience.clone())}
                {fact(strings::ATTENDANCE, seminar.expected_attendance.map(strings::attendance))}
            </dl>
            {seminar
                .description
                .clone()
                .map(|d| view! { <p class="description" lang=lang.clone()>{d}</p> })}
            <section aria-labelledby="topics-heading">
                <h2 id="topics-heading">{strings::TOPICS}</h2>
                <ul class="topic-links">{topics}</ul>
            </section>
            {(!seminar.speakers.is_empty())
                .then(|| {
                    view! {
                        <section aria-labelledby="speakers-heading">
                            <h2 id="speakers-heading">{strings::SPEAKERS}</h2>
                            <ul class="speakers">{speakers}</ul>
                        </section>
                    }
                })}
            {(!seminar.agenda.is_empty())
                .then(|| {
                    view! {
                        <section aria-labelledby="agenda-heading">
                            <h2 id="agenda-heading">{strings::AGENDA}</h2>
                            <ol class="agenda">{agenda}</ol>
                        </section>
                    }
                })}
            <section aria-labelledby="source-heading">
                <h2 id="source-heading">{strings::SOURCE}</h2>
                <p class="source">{seminar.source.clone()}</p>
            </section>
        </article>
    }
}
