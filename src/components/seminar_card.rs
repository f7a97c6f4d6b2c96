//! One seminar in the list.

use leptos::prelude::*;

use crate::components::highlighted::Highlighted;
use crate::domain::dates::{format_date_range, iso};
use crate::domain::seminar::Seminar;
use crate::domain::text::clip;
use crate::domain::validation::limits;
use crate::locale::use_visitor;
use crate::paths::Paths;
use crate::strings;

/// A seminar as an `<article>`: its title linking to its page, dates (naming
/// the event's time zone when it is not the visitor's), venue, organisers,
/// topics and summary, with search matches marked; long texts (a draft's
/// preview is not limited) are clipped. Published listings, drafts
/// shown among them, and a draft's preview all use it. Catalogue and draft
/// text is rendered as text only.
#[component]
pub fn SeminarCard(
    /// The seminar shown.
    seminar: Seminar,
    /// Labels of its topics.
    topic_labels: Vec<String>,
    /// Folded search terms to mark.
    #[prop(into, optional)]
    terms: Signal<Vec<String>>,
    /// Set when the card shows a draft: it is marked "Draft" and links to the draft.
    #[prop(default = None)]
    draft_id: Option<String>,
) -> impl IntoView {
    let paths = use_context::<Paths>().unwrap_or_default();
    let visitor = use_visitor();
    let heading_id = match &draft_id {
        Some(draft) => format!("draft-{draft}"),
        None => format!("seminar-{}", seminar.id),
    };
    let href = match &draft_id {
        Some(draft) => paths.draft(draft),
        None => paths.seminar(&seminar.id),
    };
    let zone_note = visitor.needs_zone_note(&seminar.time_zone).then(
        || view! { " " <span class="zone">{strings::time_zone_note(&seminar.time_zone)}</span> },
    );
    view! {
        <article class="seminar-card" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone() lang=seminar.language.clone()>
                <a href=href>
                    <Highlighted text=clip(&seminar.title, limits::NAME).into_owned() terms />
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
            {draft_id.is_some().then(|| view! { <span class="badge draft">{strings::DRAFT_BADGE}</span> })}
            <p class="when">
                <time datetime=iso(seminar.start)>
                    {format_date_range(seminar.start, seminar.end)}
                </time>
                {zone_note}
            </p>
            <p class="where">
                <Highlighted text=clip(&seminar.venue.place(), limits::NAME).into_owned() terms />
                " · "
                {strings::format_name(seminar.format)}
            </p>
            {(!seminar.organisers.is_empty())
                .then(|| {
                    view! {
                        <p class="organisers">
                            {strings::ORGANISERS} ": "
                            <Highlighted text=clip(&seminar.organisers.join("; "), limits::SUMMARY).into_owned() terms />
                        </p>
                    }
                })}
            <p class="summary" lang=seminar.language.clone()>
                <Highlighted text=clip(&seminar.summary, limits::SUMMARY).into_owned() terms />
            </p>
            <ul class="topic-tags" aria-label=strings::TOPICS>
                {topic_labels.into_iter().map(|label| view! { <li>{label}</li> }).collect_view()}
            </ul>
        </article>
    }
}
