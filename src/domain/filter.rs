//! Which seminars a query shows, and how many each filter value would show.

use super::catalogue::Catalogue;
use super::query::SearchQuery;
use super::seminar::Seminar;

/// Whether a seminar passes the topic filter: no topic checked, or any
/// checked topic is among the seminar's.
pub fn matches_topics(seminar: &Seminar, query: &SearchQuery) -> bool {
    query.topics.is_empty() || query.topics.iter().any(|t| seminar.has_topic(t))
}

/// Positions in `catalogue.seminars` of the seminars the query shows,
/// soonest first (ties by title).
pub fn matching_seminars(catalogue: &Catalogue, query: &SearchQuery) -> Vec<usize> {
    let seminars = &catalogue.seminars;
    let mut found: Vec<usize> = (0..seminars.len())
        .filter(|&i| matches_topics(&seminars[i], query))
        .collect();
    found.sort_by(|&a, &b| {
        let (a, b) = (&seminars[a], &seminars[b]);
        a.start.cmp(&b.start).then_with(|| a.title.cmp(&b.title))
    });
    found
}

/// For each catalogue topic, in catalogue order, how many seminars have it.
pub fn topic_counts(catalogue: &Catalogue) -> Vec<(&str, usize)> {
    catalogue
        .topics
        .iter()
        .map(|topic| {
            let count = catalogue
                .seminars
                .iter()
                .filter(|s| s.has_topic(&topic.id))
                .count();
            (topic.id.as_str(), count)
        })
        .collect()
}
