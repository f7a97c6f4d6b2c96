//! Calendar files in the browser: the seminar page's "Add to calendar",
//! the saved list's, and the home page's results. The file is written by
//! [`seminars_core::ics`]; here the browser gives the clock, the
//! time zones (`Intl`), the page addresses and the download. This code is
//! in the seminar page's part, not in the first download.

use crate::i18n::texts::{fill, Lang, SeminarTexts};
use crate::nav::paths::Paths;
use crate::stores::catalogue::Listings;
use crate::web::intl::{now_utc, zone_to_utc};
use seminars_core::catalogue::seminar::Seminar;
use seminars_core::ics::{
    calendar, event_count, file_name, CalendarContext, CalendarLabels, MAX_EVENTS,
};

/// The home page's calendar file holds at most this many results.
pub const MAX_RESULTS: usize = 1_000;

/// Writes a calendar of `seminars` and offers it as `name`: what to tell
/// the visitor when that fails.
fn offer(seminars: &[&Seminar], name: &str, lang: Lang, paths: &Paths) -> Option<String> {
    let s = SeminarTexts::of(lang);
    // Refused before anything is written: a file this large would hold
    // the page still while it is made.
    let events = event_count(seminars);
    if events > MAX_EVENTS {
        let (n, max) = (events.to_string(), MAX_EVENTS.to_string());
        return Some(fill(s.calendar_too_large, &[("n", &n), ("max", &max)]));
    }
    let page_url = |id: &str| crate::nav::paths::absolute(&paths.seminar(id));
    let stamp = now_utc().unwrap_or(time::PrimitiveDateTime::MIN);
    let cx = CalendarContext {
        stamp,
        lang,
        page_url: &page_url,
        to_utc: &zone_to_utc,
        labels: CalendarLabels {
            website: s.website,
            registration: s.registration,
            registration_closes: s.registration_until,
            online: s.online,
            contact: s.contact,
            page: s.calendar_listing,
            colon: s.label_colon,
            separator: crate::i18n::texts::Texts::of(lang).names_separator,
            roles: [
                s.hosted_by,
                s.organised_by,
                s.co_organised_by,
                s.supported_by,
            ],
        },
    };
    let text = calendar(seminars, &cx);
    crate::web::files::download(name, "text/calendar;charset=utf-8", &text)
        .err()
        .map(|e| fill(s.calendar_failed, &[("reason", &e.say(lang))]))
}

/// "Add to calendar" on a seminar's page: `{id}.ics`.
pub fn download_one(seminar: &Seminar, lang: Lang, paths: &Paths) -> Option<String> {
    offer(&[seminar], &file_name(&seminar.id), lang, paths)
}

/// Every saved seminar that is in the catalogue, as `saved-seminars.ics`.
pub fn download_saved(seminars: &[&Seminar], lang: Lang, paths: &Paths) -> Option<String> {
    offer(seminars, "saved-seminars.ics", lang, paths)
}

/// The home page's results for its query string (`search`, as the
/// address has it), the first [`MAX_RESULTS`] of them, as `seminars.ics`;
/// says in the page what there is to say.
pub fn download_results(listings: &Listings, search: &str) {
    use seminars_core::browse::query::SearchQuery;
    let lang = crate::i18n::language::shown();
    let s = SeminarTexts::of(lang);
    let params = crate::nav::router::Query::parse(search);
    let query = SearchQuery::from_params(|k| params.all(k), &listings.catalogue);
    let today = crate::web::intl::visitor_today();
    let results = seminars_core::browse::filter::run_query(
        &listings.catalogue,
        &listings.index,
        &query,
        today,
    );
    let published: Vec<&Seminar> = results
        .matches
        .iter()
        .filter_map(|&i| listings.catalogue.seminars.get(i))
        .collect();
    let total = published.len();
    let said = if published.is_empty() {
        Some(s.calendar_no_results.to_owned())
    } else {
        let list = &published[..total.min(MAX_RESULTS)];
        offer(list, "seminars.ics", lang, &Paths::from_document()).or_else(|| {
            (total > MAX_RESULTS).then(|| {
                fill(
                    s.calendar_capped,
                    &[("max", &MAX_RESULTS.to_string()), ("n", &total.to_string())],
                )
            })
        })
    };
    if let Some(place) = crate::web::dom::element("calendar-status") {
        place.set_text_content(said.as_deref());
    }
}
