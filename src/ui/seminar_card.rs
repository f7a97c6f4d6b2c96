//! One seminar in the list.

use leptos::prelude::*;

use crate::i18n::dates::format_range;
use crate::i18n::language::list_address;
use crate::i18n::texts::{self, Lang, Texts};
use crate::nav::paths::Paths;
use crate::nav::router::use_router;
use crate::ui::highlighted::Highlighted;
use crate::web::intl::{use_visitor, zone_name};
use seminars_core::browse::query::SearchQuery;
use seminars_core::catalogue::seminar::{Role, Seminar, Status};
use seminars_core::catalogue::validation::limits;
use seminars_core::dates::iso;
use seminars_core::text::clip;

/// A seminar as an `<article>`: its title linking to its page, dates (naming
/// the event's time zone when it is not the visitor's), venue, organisers,
/// topics and summary, with search matches marked; long texts (a draft's
/// preview is not limited) are clipped. Each text is the listing's
/// translation into the language shown where it has one, else the
/// original, marked with the `lang` it is written in. Published listings,
/// drafts shown among them, and a draft's preview all use it. Catalogue and
/// draft text is rendered as text only.
#[component]
pub fn SeminarCard(
    /// The seminar shown.
    seminar: Seminar,
    /// Its topics' ids and labels (each links to the list of its topic), and
    /// the labels' language when it is not the page's
    /// (see [`seminars_core::catalogue::Catalogue::topic_labels`]).
    topic_labels: (Vec<(String, String)>, Option<String>),
    /// Folded search terms to mark.
    #[prop(into, optional)]
    terms: Signal<Vec<String>>,
    /// Set when the card shows a draft: it is marked "Draft" and links to the draft.
    #[prop(default = None)]
    draft_id: Option<String>,
) -> impl IntoView {
    let paths = use_context::<Paths>().unwrap_or_default();
    let router = use_router();
    let visitor = use_visitor();
    let lang = texts::use_lang();
    let t = Texts::of(lang);
    let heading_id = match &draft_id {
        Some(draft) => format!("draft-{draft}"),
        None => format!("seminar-{}", seminar.id),
    };
    let href = match &draft_id {
        Some(draft) => paths.draft(draft),
        None => paths.seminar(&seminar.id),
    };
    let shown = seminar.shown_in(lang);
    let (title, summary) = (shown.title(), shown.summary());
    let (venue, city, place_lang) = shown.place();
    let place = match city {
        // The separator of the place's own language.
        Some(city) => {
            let in_place = Lang::from_tag(place_lang).unwrap_or_default();
            format!("{venue}{}{city}", Texts::of(in_place).list_separator)
        }
        None => venue.to_owned(),
    };
    // "Online · Online" says one thing twice: the format is left out when
    // the place is its name.
    let format = texts::format_name(t, seminar.format);
    let in_place = Texts::of(Lang::from_tag(place_lang).unwrap_or(lang));
    let format = (venue != format && venue != texts::format_name(in_place, seminar.format))
        .then(|| view! { " · " {format} });
    let place_lang = place_lang.to_owned();
    let bodies = bodies_line(&seminar, lang, terms);
    let badge = status_badge(t, &seminar, visitor.today);
    // Published listings can be saved; a draft cannot.
    let save = draft_id
        .is_none()
        .then(|| crate::ui::save_button::save_button(seminar.id.clone(), title.text.to_owned()));
    let zone_note = visitor.needs_zone_note(&seminar.time_zone).then(
        || view! { {lang.gap_before_note()} <span class="zone">{texts::fill(t.time_zone_note, &[("zone", &zone_name(lang, &seminar.time_zone))])}</span> },
    );
    view! {
        <article class="seminar-card" aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone() lang=title.lang.to_owned()>
                <a href=href>
                    <Highlighted text=clip(title.text, limits::NAME).into_owned() terms />
                </a>
            </h2>
            {seminar.example.then(|| example_badge(t))}
            {draft_id.is_some().then(|| view! { <span class="badge draft">{t.draft_badge}</span> })}
            {badge}
            <p class="when">
                <time datetime=iso(seminar.start)>
                    {format_range(lang, seminar.start, seminar.end)}
                </time>
                {zone_note}
            </p>
            <p class="where">
                <span lang=place_lang>
                    <Highlighted text=clip(&place, limits::NAME).into_owned() terms />
                </span>
                {format}
            </p>
            {bodies}
            <p class="summary" lang=summary.lang.to_owned()>
                <Highlighted text=clip(summary.text, limits::SUMMARY).into_owned() terms />
            </p>
            <ul class="topic-tags" aria-label=t.topics lang=topic_labels.1>
                {topic_labels.0.into_iter().map(|(id, label)| {
                    let query = SearchQuery { topics: vec![id], ..SearchQuery::new() };
                    let href = list_address(&paths, &router, &query.to_query_string());
                    view! { <li><a href=href>{label}</a></li> }
                }).collect_view()}
            </ul>
            {save}
        </article>
    }
}

/// The first organising role a listing names, as a card says it: "Hosted
/// by: …" where it has hosts (主办), else "Organised by: …" (承办), each name
/// in the language shown where the listing gives it.
fn bodies_line(seminar: &Seminar, lang: Lang, terms: Signal<Vec<String>>) -> Option<impl IntoView> {
    let t = Texts::of(lang);
    let shown = seminar.shown_in(lang);
    let (template, names) = [
        (Role::Host, t.hosts_line),
        (Role::Organiser, t.organisers_line),
    ]
    .into_iter()
    .map(|(role, template)| (template, shown.bodies(role)))
    .find(|(_, names)| !names.is_empty())?;
    let names_lang = names[0].lang.to_owned();
    let joined = names
        .iter()
        .map(|n| n.text)
        .collect::<Vec<_>>()
        .join(t.names_separator);
    let (before, after) = texts::around(template, "names");
    Some(view! {
        <p class="organisers">
            {before}
            <span lang=names_lang>
                <Highlighted text=clip(&joined, limits::SUMMARY).into_owned() terms />
            </span>
            {after}
        </p>
    })
}

/// A listing that does not go ahead as listed says so ("Cancelled"), and
/// one that has ended says that ("Ended").
pub fn status_badge(
    t: &'static Texts,
    seminar: &Seminar,
    today: time::Date,
) -> Option<impl IntoView> {
    let (word, class) = match seminar.status {
        Status::Scheduled if seminar.end < today => (t.status_ended, "badge ended"),
        Status::Scheduled => return None,
        Status::Cancelled => (t.status_cancelled, "badge status cancelled"),
        Status::Postponed => (t.status_postponed, "badge status"),
        Status::Rescheduled => (t.status_rescheduled, "badge status"),
        Status::MovedOnline => (t.status_moved_online, "badge status"),
    };
    Some(view! { <span class=class>{word}</span> })
}

/// "Example": the badge of a listing that is an example, not a real event.
pub fn example_badge(t: &'static Texts) -> impl IntoView {
    view! {
        <span class="badge" title=t.example_explained>
            {t.example_badge}
        </span>
    }
}
