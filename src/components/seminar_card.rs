//! One seminar in the list.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::highlighted::Highlighted;
use crate::domain::dates::{format_date_range, iso};
use crate::locale::use_visitor;
use crate::paths::Paths;
use crate::state::Listings;
use crate::strings;

/// A seminar as an `<article>`: its title linking to its page, dates (naming
/// the event's time zone when it is not the visitor's), venue, organisers,
/// topics and summary, with search matches marked. Catalogue text is
/// rendered as text only.
#[component]
pub fn SeminarCard(
    /// The loaded catalogue.
    listings: Arc<Listings>,
    /// The seminar's position in the catalogue.
    index: usize,
    /// Folded search terms to mark.
    #[prop(into)]
    terms: Signal<Vec<String>>,
) -> impl IntoView {
    let paths = use_context::<Paths>().unwrap_or_default();
    let visitor = use_visitor();
    let catalogue = &listings.catalogue;
    let seminar = catalogue.seminars.get(index)?;
    let topic_labels: Vec<String> = seminar
        .topics
        .iter()
        .filter_map(|id| catalogue.topic(id).map(|t| t.label.clone()))
        .collect();
    let heading_id = format!("seminar-{}", seminar.id);
    let zone_note = visitor.needs_zone_note(&seminar.time_zone).then(
        || view! { " " <span class="zone">{strings::time_zone_note(&seminar.time_zone)}</span> },
    );
    Some(view! {
        <article class="seminar-card" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone() lang=seminar.language.clone()>
                <a href=paths.seminar(&seminar.id)>
                    <Highlighted text=seminar.title.clone() terms />
                </a>
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
                {zone_note}
            </p>
            <p class="where">
                <Highlighted text=seminar.venue.place() terms />
                " · "
                {strings::format_name(seminar.format)}
            </p>
            {(!seminar.organisers.is_empty())
                .then(|| {
                    view! {
                        <p class="organisers">
                            {strings::ORGANISERS} ": "
                            <Highlighted text=seminar.organisers.join("; ") terms />
                        </p>
                    }
                })}
            <p class="summary" lang=seminar.language.clone()>
                <Highlighted text=seminar.summary.clone() terms />
            </p>
            <ul class="topic-tags" aria-label=strings::TOPICS>
                {topic_labels.into_iter().map(|label| view! { <li>{label}</li> }).collect_view()}
            </ul>
        </article>
    })
}
