//! One seminar in the list.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::catalogue::Catalogue;
use crate::domain::dates::{format_date_range, iso};
use crate::paths::Paths;
use crate::strings;

/// A seminar as an `<article>`: its title linking to its page, dates, venue,
/// organisers, topics and summary. Catalogue text is rendered as text only.
#[component]
pub fn SeminarCard(
    /// The catalogue holding the seminar.
    catalogue: Arc<Catalogue>,
    /// The seminar's position in `catalogue.seminars`.
    index: usize,
) -> impl IntoView {
    let paths = use_context::<Paths>().unwrap_or_default();
    let seminar = catalogue.seminars.get(index)?;
    let topic_labels: Vec<String> = seminar
        .topics
        .iter()
        .filter_map(|id| catalogue.topic(id).map(|t| t.label.clone()))
        .collect();
    let heading_id = format!("seminar-{}", seminar.id);
    Some(view! {
        <article class="seminar-card" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone() lang=seminar.language.clone()>
                <a href=paths.seminar(&seminar.id)>{seminar.title.clone()}</a>
            </h2>
            {seminar
                .example
                .then(|| {
                    view! {
                        <span class="badge" title=strings::EXAMPLE_EXPLAINED>
                            {strings::EXAMPLE_BADGE}
                        </span>
                    }
                })}
            <p class="when">
                <time datetime=iso(seminar.start)>
                    {format_date_range(seminar.start, seminar.end)}
                </time>
            </p>
            <p class="where">
                {format!("{}, {}", seminar.venue.name, seminar.venue.city)} " · "
                {strings::format_name(seminar.format)}
            </p>
            {(!seminar.organisers.is_empty())
                .then(|| {
                    view! {
                        <p class="organisers">
                            {strings::ORGANISERS} ": " {seminar.organisers.join("; ")}
                        </p>
                    }
                })}
            <p class="summary" lang=seminar.language.clone()>
                {seminar.summary.clone()}
            </p>
            <ul class="topic-tags" aria-label=strings::TOPICS>
                {topic_labels.into_iter().map(|label| view! { <li>{label}</li> }).collect_view()}
            </ul>
        </article>
    })
}
