//! Which seminars a query shows, and how many each facet value would show.
//!
//! A [`SearchIndex`] is built once per catalogue: the folded search text of
//! each seminar, its facet values as small integers, and the seminars
//! pre-sorted in every order. A query is then one pass over the seminars,
//! which yields the results and every facet count together.

use std::collections::BTreeMap;

use time::Date;

use super::catalogue::Catalogue;
use super::query::{Facet, SearchQuery, Sort, When};
use super::seminar::{Format, Seminar};
use super::text::{contains_all, fold_into, search_terms};

/// The catalogue prepared for queries.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    folded: Vec<String>,
    city_of: Vec<usize>,
    organisers_of: Vec<Vec<usize>>,
    topics_of: Vec<Vec<usize>>,
    format_of: Vec<usize>,
    /// Every city, sorted.
    pub cities: Vec<String>,
    /// Every organiser, sorted.
    pub organisers: Vec<String>,
    by_date: Vec<usize>,
    by_title: Vec<usize>,
}

/// The text search looks in, folded, one field per line so that no term
/// matches across two fields.
fn search_text(seminar: &Seminar) -> String {
    let mut fields: Vec<&str> = vec![&seminar.title, &seminar.summary];
    fields.extend(seminar.description.as_deref());
    fields.extend(seminar.organisers.iter().map(String::as_str));
    fields.extend(seminar.hosts.iter().map(String::as_str));
    for speaker in &seminar.speakers {
        fields.push(&speaker.name);
        fields.extend(speaker.role.as_deref());
        fields.extend(speaker.affiliation.as_deref());
        fields.extend(speaker.talk.as_deref());
    }
    fields.push(&seminar.venue.name);
    fields.push(&seminar.venue.city);
    fields.extend(seminar.venue.address.as_deref());
    let mut out = String::with_capacity(fields.iter().map(|f| f.len() + 1).sum());
    for field in fields {
        for c in field.chars() {
            fold_into(c, &mut out);
        }
        out.push('\n');
    }
    out
}

fn format_index(format: Format) -> usize {
    Format::ALL.iter().position(|f| *f == format).unwrap_or(0)
}

/// Sorted distinct values, and for each seminar the positions of its values.
fn intern<'a>(
    per_seminar: impl Iterator<Item = Vec<&'a str>> + Clone,
) -> (Vec<String>, Vec<Vec<usize>>) {
    let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
    for values in per_seminar.clone() {
        for value in values {
            ids.insert(value, 0);
        }
    }
    let names: Vec<String> = ids.keys().map(|k| (*k).to_owned()).collect();
    for (i, id) in ids.values_mut().enumerate() {
        *id = i;
    }
    let of = per_seminar
        .map(|values| values.iter().filter_map(|v| ids.get(v).copied()).collect())
        .collect();
    (names, of)
}

impl SearchIndex {
    /// Prepares a catalogue for queries.
    pub fn new(catalogue: &Catalogue) -> Self {
        let seminars = &catalogue.seminars;
        let (cities, city_of) = intern(seminars.iter().map(|s| vec![s.venue.city.as_str()]));
        let (organisers, organisers_of) = intern(
            seminars
                .iter()
                .map(|s| s.organisers.iter().map(String::as_str).collect()),
        );
        let topics_of = seminars
            .iter()
            .map(|s| {
                s.topics
                    .iter()
                    .filter_map(|id| catalogue.topics.iter().position(|t| t.id == *id))
                    .collect()
            })
            .collect();
        let folded_titles: Vec<String> = seminars
            .iter()
            .map(|s| super::text::normalize(&s.title))
            .collect();
        let mut by_date: Vec<usize> = (0..seminars.len()).collect();
        by_date.sort_by(|&a, &b| {
            (seminars[a].start, seminars[a].end, &folded_titles[a]).cmp(&(
                seminars[b].start,
                seminars[b].end,
                &folded_titles[b],
            ))
        });
        let mut by_title: Vec<usize> = (0..seminars.len()).collect();
        by_title.sort_by(|&a, &b| {
            (&folded_titles[a], seminars[a].start).cmp(&(&folded_titles[b], seminars[b].start))
        });
        SearchIndex {
            folded: seminars.iter().map(search_text).collect(),
            city_of: city_of
                .into_iter()
                .map(|c| c.first().copied().unwrap_or(0))
                .collect(),
            organisers_of,
            topics_of,
            format_of: seminars.iter().map(|s| format_index(s.format)).collect(),
            cities,
            organisers,
            by_date,
            by_title,
        }
    }
}

/// How many seminars each value of each facet would show, given every other
/// active filter. Each list follows the order of its values: catalogue topics,
/// [`Format::ALL`], [`SearchIndex::cities`], [`SearchIndex::organisers`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Per catalogue topic.
    pub topics: Vec<usize>,
    /// Per format.
    pub formats: Vec<usize>,
    /// Per city.
    pub cities: Vec<usize>,
    /// Per organiser.
    pub organisers: Vec<usize>,
}

impl FacetCounts {
    /// The counts of one facet.
    pub fn of(&self, facet: Facet) -> &[usize] {
        match facet {
            Facet::Topic => &self.topics,
            Facet::Format => &self.formats,
            Facet::City => &self.cities,
            Facet::Organiser => &self.organisers,
        }
    }
}

/// What a query shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    /// Positions in `catalogue.seminars`, in the query's order.
    pub matches: Vec<usize>,
    /// Counts for the facet checkboxes.
    pub counts: FacetCounts,
    /// Seminars that passed the search text and the dates, in catalogue
    /// order: a narrower search needs to look only at these.
    text_passed: Vec<usize>,
    /// The terms and dates `text_passed` was computed for.
    basis: (Vec<String>, When, Option<Date>, Option<Date>, Option<Date>),
}

/// Whether a seminar falls in the query's dates, judged by the visitor's `today`.
pub fn in_dates(seminar: &Seminar, query: &SearchQuery, today: Date) -> bool {
    let when = match query.when {
        When::Upcoming => seminar.end >= today,
        When::Past => seminar.end < today,
        When::All => true,
    };
    when && query.from.is_none_or(|from| seminar.end >= from)
        && query.to.is_none_or(|to| seminar.start <= to)
}

/// Marks which of a facet's values are checked; `None` when none is, which
/// lets every seminar through.
fn checked(values: &[String], all: impl Iterator<Item = String>) -> Option<Vec<bool>> {
    (!values.is_empty()).then(|| all.map(|v| values.contains(&v)).collect())
}

/// Runs a query: the matching seminars in order, and the facet counts.
pub fn run_query(
    catalogue: &Catalogue,
    index: &SearchIndex,
    query: &SearchQuery,
    today: Date,
) -> Results {
    run_query_after(catalogue, index, query, today, None)
}

/// Like [`run_query`], reusing the previous results when the search only
/// got narrower (every earlier term is inside some new term, same dates):
/// then only the seminars that passed the earlier search are looked at,
/// which is what typing a word one letter at a time does.
pub fn run_query_after(
    catalogue: &Catalogue,
    index: &SearchIndex,
    query: &SearchQuery,
    today: Date,
    previous: Option<&Results>,
) -> Results {
    let terms = search_terms(&query.text);
    let basis = (terms.clone(), query.when, query.from, query.to, Some(today));
    let narrower = previous.filter(|p| {
        let (old_terms, when, from, to, day) = &p.basis;
        (*when, *from, *to, *day) == (query.when, query.from, query.to, Some(today))
            && old_terms
                .iter()
                .all(|old| terms.iter().any(|new| new.contains(old.as_str())))
    });
    let candidates: Box<dyn Iterator<Item = usize>> = match narrower {
        Some(p) => Box::new(p.text_passed.iter().copied()),
        None => Box::new(0..catalogue.seminars.len()),
    };
    let topic_checked = checked(&query.topics, catalogue.topics.iter().map(|t| t.id.clone()));
    let format_checked = checked(
        &query.facet_values(Facet::Format),
        Format::ALL.iter().map(|f| f.as_str().to_owned()),
    );
    let city_checked = checked(&query.cities, index.cities.iter().cloned());
    let organiser_checked = checked(&query.organisers, index.organisers.iter().cloned());

    let mut counts = FacetCounts {
        topics: vec![0; catalogue.topics.len()],
        formats: vec![0; Format::ALL.len()],
        cities: vec![0; index.cities.len()],
        organisers: vec![0; index.organisers.len()],
    };
    let mut shown = vec![false; catalogue.seminars.len()];
    let any = |checked: &Option<Vec<bool>>, values: &[usize]| match checked {
        None => true,
        Some(marks) => values.iter().any(|&v| marks[v]),
    };
    let mut text_passed = Vec::new();
    for i in candidates {
        let seminar = &catalogue.seminars[i];
        if !in_dates(seminar, query, today) || !contains_all(&index.folded[i], &terms) {
            continue;
        }
        text_passed.push(i);
        let passes = [
            any(&topic_checked, &index.topics_of[i]),
            any(&format_checked, &[index.format_of[i]]),
            any(&city_checked, &[index.city_of[i]]),
            any(&organiser_checked, &index.organisers_of[i]),
        ];
        let failing = passes.iter().filter(|p| !**p).count();
        if failing > 1 {
            continue;
        }
        // A seminar that fails exactly one facet still counts for that facet's
        // values: checking one of them would bring it in.
        let counts_for = |facet: usize| failing == 0 || !passes[facet];
        if counts_for(0) {
            index.topics_of[i]
                .iter()
                .for_each(|&t| counts.topics[t] += 1);
        }
        if counts_for(1) {
            counts.formats[index.format_of[i]] += 1;
        }
        if counts_for(2) {
            counts.cities[index.city_of[i]] += 1;
        }
        if counts_for(3) {
            index.organisers_of[i]
                .iter()
                .for_each(|&o| counts.organisers[o] += 1);
        }
        shown[i] = failing == 0;
    }
    let order: Box<dyn Iterator<Item = &usize>> = match query.effective_sort() {
        Sort::Date => Box::new(index.by_date.iter()),
        Sort::DateDescending => Box::new(index.by_date.iter().rev()),
        Sort::Title => Box::new(index.by_title.iter()),
    };
    Results {
        matches: order.filter(|&&i| shown[i]).copied().collect(),
        counts,
        text_passed,
        basis,
    }
}

/// Listings shown on one page.
pub const PAGE_SIZE: usize = 20;

/// How many pages `total` results fill (at least 1).
pub fn page_count(total: usize) -> usize {
    total.div_ceil(PAGE_SIZE).max(1)
}

/// The page actually shown: the one asked for, or the first when it is past the end.
pub fn effective_page(asked: usize, total: usize) -> usize {
    if (1..=page_count(total)).contains(&asked) {
        asked
    } else {
        1
    }
}

/// The slice of results on a page.
pub fn page_of(matches: &[usize], page: usize) -> &[usize] {
    let page = effective_page(page, matches.len());
    let start = (page - 1) * PAGE_SIZE;
    &matches[start.min(matches.len())..(start + PAGE_SIZE).min(matches.len())]
}
