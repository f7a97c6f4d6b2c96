//! Which seminars a query shows, and how many each facet value would show.
//!
//! A [`SearchIndex`] is built once per catalogue and laid out in columns:
//! the distinct words of the folded search text with the seminars holding
//! each ([`WordIndex`]), the dates in two arrays, facet values as small
//! integers, and the seminars pre-sorted in every order. A query never
//! touches the seminars themselves: it finds its terms among the distinct
//! words, then walks the columns once, which yields the results and every
//! facet count together.

use rustc_hash::FxHashMap;
use std::sync::{Mutex, OnceLock, PoisonError};

use time::Date;

use crate::browse::query::{Facet, SearchQuery, Sort, When};
use crate::browse::words::{WordIndex, WordIndexBuilder};
use crate::catalogue::seminar::{Format, Role, Seminar};
use crate::catalogue::shown::Shown;
use crate::catalogue::Catalogue;
use crate::i18n::lang::Lang;
use crate::text::{fold_into, search_terms};

/// Several small integers per seminar, stored flat: seminar `i` has
/// `values[at[i]..at[i + 1]]`.
#[derive(Clone, Debug, Default)]
struct Multi {
    at: Vec<u32>,
    values: Vec<u32>,
}

impl Multi {
    fn of(&self, i: usize) -> &[u32] {
        &self.values[self.at[i] as usize..self.at[i + 1] as usize]
    }
}

impl FromIterator<Vec<u32>> for Multi {
    fn from_iter<I: IntoIterator<Item = Vec<u32>>>(lists: I) -> Self {
        let mut multi = Multi {
            at: vec![0],
            values: Vec::new(),
        };
        for list in lists {
            multi.values.extend(list);
            multi.at.push(multi.values.len() as u32);
        }
        multi
    }
}

/// The catalogue prepared for queries. The word index, which only text
/// searches need and which takes the longest to build, is built on the
/// first search, or ahead of it in steps ([`SearchIndex::prepare_words`]).
#[derive(Debug, Default)]
pub struct SearchIndex {
    words: OnceLock<WordIndex>,
    words_pending: Mutex<Option<WordIndexBuilder>>,
    start: Vec<Date>,
    end: Vec<Date>,
    cities_of: Multi,
    organisers_of: Multi,
    audiences_of: Multi,
    topics_of: Multi,
    format_of: Vec<u8>,
    /// Every city, sorted (a seminar held only online has none).
    pub cities: Vec<String>,
    /// Every organising body, of any role, sorted.
    pub organisers: Vec<String>,
    by_date: Vec<u32>,
    by_title: Vec<u32>,
}

/// The text search looks in, folded, each field ended by a line break so
/// that no term (terms never hold white space) matches across two fields:
/// the original texts and those of every translation, and the names of the
/// listing's topics in the catalogue.
pub fn search_text(catalogue: &Catalogue, seminar: &Seminar) -> String {
    let mut out = String::new();
    push_search_text(catalogue, seminar, &mut out);
    out
}

fn push_search_text(catalogue: &Catalogue, seminar: &Seminar, out: &mut String) {
    let mut fields: Vec<&str> = vec![&seminar.title, &seminar.summary];
    // A listing is found by its topics' names, in every language.
    for topic in seminar.topics.iter().filter_map(|id| catalogue.topic(id)) {
        fields.push(&topic.label);
        fields.extend(topic.translations.iter().filter_map(|t| t.label.as_deref()));
    }
    fields.extend(seminar.description.as_deref());
    fields.extend(seminar.all_bodies());
    fields.extend(seminar.institutions.iter().map(String::as_str));
    for speaker in &seminar.speakers {
        fields.push(&speaker.name);
        fields.extend(speaker.role.as_deref());
        fields.extend(speaker.affiliation.as_deref());
        fields.extend(speaker.talk.as_deref());
    }
    fields.push(&seminar.venue.name);
    fields.push(&seminar.venue.city);
    fields.extend(seminar.venue.address.as_deref());
    // A listing is found by the words of every language it is written in.
    for translation in &seminar.translations {
        translation.push_searched(&mut fields);
    }
    out.reserve(fields.iter().map(|f| f.len() + 1).sum());
    for field in fields {
        for c in field.chars() {
            fold_into(c, out);
        }
        out.push('\n');
    }
}

fn format_index(format: Format) -> u8 {
    Format::ALL.iter().position(|f| *f == format).unwrap_or(0) as u8
}

/// Sorted distinct values, and for each seminar the positions of its values.
fn intern<'a>(per_seminar: impl Iterator<Item = Vec<&'a str>> + Clone) -> (Vec<String>, Multi) {
    // A hash map and one sort rather than a BTreeMap: the download already
    // holds both, and not a B-tree.
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    for values in per_seminar.clone() {
        for value in values {
            ids.insert(value, 0);
        }
    }
    let mut names: Vec<String> = ids.keys().map(|k| (*k).to_owned()).collect();
    names.sort_unstable();
    for (i, name) in names.iter().enumerate() {
        if let Some(id) = ids.get_mut(name.as_str()) {
            *id = i as u32;
        }
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
        let (cities, cities_of) = intern(
            seminars
                .iter()
                .map(|s| s.filed_city().into_iter().collect()),
        );
        let (organisers, organisers_of) = intern(seminars.iter().map(Seminar::filed_bodies));
        let audiences_of = seminars
            .iter()
            .map(|s| {
                s.audiences
                    .iter()
                    .filter_map(|id| catalogue.audiences.iter().position(|a| a.id == *id))
                    .map(|a| a as u32)
                    .collect()
            })
            .collect();
        let topics_of = seminars
            .iter()
            .map(|s| {
                s.topics
                    .iter()
                    .filter_map(|id| catalogue.topics.iter().position(|t| t.id == *id))
                    .map(|t| t as u32)
                    .collect()
            })
            .collect();
        let folded_titles: Vec<String> = seminars
            .iter()
            .map(|s| crate::text::normalize(&s.title))
            .collect();
        // Ties end in catalogue order, so the orders are the same on every load.
        let key = |i: u32| (&seminars[i as usize], &folded_titles[i as usize], i);
        let mut by_date: Vec<u32> = (0..seminars.len() as u32).collect();
        sort_indices(&mut by_date, &|a, b| {
            let ((x, xt, xi), (y, yt, yi)) = (key(a), key(b));
            (x.start, x.end, xt, xi).cmp(&(y.start, y.end, yt, yi))
        });
        let mut by_title: Vec<u32> = (0..seminars.len() as u32).collect();
        sort_indices(&mut by_title, &|a, b| {
            let ((x, xt, xi), (y, yt, yi)) = (key(a), key(b));
            (xt, x.start, xi).cmp(&(yt, y.start, yi))
        });
        SearchIndex {
            words: OnceLock::new(),
            words_pending: Mutex::new(None),
            start: seminars.iter().map(|s| s.start).collect(),
            end: seminars.iter().map(|s| s.end).collect(),
            cities_of,
            organisers_of,
            audiences_of,
            topics_of,
            format_of: seminars.iter().map(|s| format_index(s.format)).collect(),
            cities,
            organisers,
            by_date,
            by_title,
        }
    }

    /// Adds up to `step` more seminars of `catalogue` (the one the index was
    /// built from) to the word index; true once the word index is complete.
    pub fn prepare_words(&self, catalogue: &Catalogue, step: usize) -> bool {
        if self.words.get().is_some() {
            return true;
        }
        let seminars = &catalogue.seminars[..self.len().min(catalogue.seminars.len())];
        let mut pending = self
            .words_pending
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let builder = pending.get_or_insert_with(WordIndexBuilder::new);
        // Two readings of every text (see WordIndexBuilder): `step` texts
        // at a time, across both.
        let mut budget = step;
        while budget > 0 && builder.counted() < seminars.len() {
            let seminar = &seminars[builder.counted()];
            builder.count(|out| push_search_text(catalogue, seminar, out));
            budget -= 1;
        }
        while budget > 0 && builder.placed() < seminars.len() {
            let seminar = &seminars[builder.placed()];
            builder.place(|out| push_search_text(catalogue, seminar, out));
            budget -= 1;
        }
        if builder.placed() < seminars.len() {
            return false;
        }
        if let Some(builder) = pending.take() {
            let _ = self.words.set(builder.finish());
        }
        true
    }

    /// The word index, finished now if it is not yet.
    fn words(&self, catalogue: &Catalogue) -> &WordIndex {
        self.prepare_words(catalogue, usize::MAX);
        // With no limit on the step, the line above always completes the
        // index and sets `words`.
        self.words.get_or_init(WordIndex::default)
    }

    /// How many seminars the index holds.
    pub fn len(&self) -> usize {
        self.start.len()
    }

    /// Whether the index holds no seminar.
    pub fn is_empty(&self) -> bool {
        self.start.is_empty()
    }
}

/// The label of each of a facet's values as `values` lists them (the
/// index's cities or organising bodies, filed by their English names, see
/// [`Seminar::filed_city`]) for a visitor reading `lang`, with its
/// language tag: the name in that language where a listing gives one,
/// else the value itself.
pub fn value_labels(
    catalogue: &Catalogue,
    values: &[String],
    facet: Facet,
    lang: Lang,
) -> Vec<(String, String)> {
    // `values` is sorted (the index's lists are): found by bisection.
    let mut found: Vec<Option<Shown>> = vec![None; values.len()];
    for seminar in &catalogue.seminars {
        let shown = seminar.shown_in(lang);
        let pairs: Vec<(&str, Shown)> = match facet {
            Facet::City => seminar
                .filed_city()
                .map(|city| (city, shown.city()))
                .into_iter()
                .collect(),
            _ => seminar
                .filed_bodies()
                .into_iter()
                .zip(Role::ALL.into_iter().flat_map(|role| shown.bodies(role)))
                .collect(),
        };
        for (name, label) in pairs {
            let Ok(i) = values.binary_search_by(|v| v.as_str().cmp(name)) else {
                continue;
            };
            // A listing that gives the name in the visitor's language wins
            // over one that does not.
            if found[i].is_none_or(|had| !lang.matches(had.lang) && lang.matches(label.lang)) {
                found[i] = Some(label);
            }
        }
    }
    values
        .iter()
        .zip(found)
        .map(|(value, label)| match label {
            Some(label) => (label.text.to_owned(), label.lang.to_owned()),
            None => (value.clone(), String::new()),
        })
        .collect()
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
    /// Per catalogue audience group.
    pub audiences: Vec<usize>,
}

impl FacetCounts {
    /// The counts of one facet.
    pub fn of(&self, facet: Facet) -> &[usize] {
        match facet {
            Facet::Topic => &self.topics,
            Facet::Format => &self.formats,
            Facet::City => &self.cities,
            Facet::Organiser => &self.organisers,
            Facet::Audience => &self.audiences,
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
    /// When a search shows upcoming seminars: how many that have ended
    /// match it too, with the same filters.
    pub past_matches: usize,
}

/// Whether a seminar from `start` to `end` falls in the query's dates,
/// judged by the visitor's `today`.
fn dates_match(start: Date, end: Date, query: &SearchQuery, today: Date) -> bool {
    let when = match query.when {
        When::Upcoming => end >= today,
        When::Past => end < today,
        When::All => true,
    };
    when && query.from.is_none_or(|from| end >= from) && query.to.is_none_or(|to| start <= to)
}

/// Marks which of a facet's values are checked; `None` when none is, which
/// lets every seminar through.
fn checked<'a>(values: &[String], all: impl Iterator<Item = &'a str>) -> Option<Vec<bool>> {
    (!values.is_empty()).then(|| all.map(|v| values.iter().any(|c| c == v)).collect())
}

/// Runs a query: the matching seminars in order, and the facet counts.
pub fn run_query(
    catalogue: &Catalogue,
    index: &SearchIndex,
    query: &SearchQuery,
    today: Date,
) -> Results {
    let terms = search_terms(&query.text);
    let in_dates = |&i: &usize| dates_match(index.start[i], index.end[i], query, today);
    let found = (!terms.is_empty())
        .then(|| index.words(catalogue).matching(&terms))
        .flatten();
    let text_passed: Vec<usize> = match &found {
        Some(found) => found.iter().filter(in_dates).collect(),
        None => (0..index.len()).filter(in_dates).collect(),
    };
    let topic_checked = checked(
        &query.topics,
        catalogue.topics.iter().map(|t| t.id.as_str()),
    );
    let format_checked = checked(
        &query.facet_values(Facet::Format),
        Format::ALL.iter().map(|f| f.as_str()),
    );
    let city_checked = checked(&query.cities, index.cities.iter().map(String::as_str));
    let organiser_checked = checked(
        &query.organisers,
        index.organisers.iter().map(String::as_str),
    );
    let audience_checked = checked(
        &query.audiences,
        catalogue.audiences.iter().map(|a| a.id.as_str()),
    );
    let mut counts = FacetCounts {
        topics: vec![0; catalogue.topics.len()],
        formats: vec![0; Format::ALL.len()],
        cities: vec![0; index.cities.len()],
        organisers: vec![0; index.organisers.len()],
        audiences: vec![0; catalogue.audiences.len()],
    };
    let any = |checked: &Option<Vec<bool>>, values: &[u32]| match checked {
        None => true,
        Some(marks) => values.iter().any(|&v| marks[v as usize]),
    };
    let passes = |i: usize| {
        [
            any(&topic_checked, index.topics_of.of(i)),
            any(&format_checked, &[u32::from(index.format_of[i])]),
            any(&city_checked, index.cities_of.of(i)),
            any(&organiser_checked, index.organisers_of.of(i)),
            any(&audience_checked, index.audiences_of.of(i)),
        ]
    };
    let past_matches = match (&found, query.when) {
        (Some(found), When::Upcoming) => found
            .iter()
            .filter(|&i| {
                let (start, end) = (index.start[i], index.end[i]);
                end < today
                    && query.from.is_none_or(|from| end >= from)
                    && query.to.is_none_or(|to| start <= to)
                    && passes(i).iter().all(|p| *p)
            })
            .count(),
        _ => 0,
    };
    let mut shown = vec![false; index.len()];
    let mut shown_count = 0;
    for &i in &text_passed {
        let topics = index.topics_of.of(i);
        let organisers = index.organisers_of.of(i);
        let audiences = index.audiences_of.of(i);
        let format = index.format_of[i];
        let city = index.cities_of.of(i);
        let passes = passes(i);
        let failing = passes.iter().filter(|p| !**p).count();
        if failing > 1 {
            continue;
        }
        // A seminar that fails exactly one facet still counts for that facet's
        // values: checking one of them would bring it in.
        let counts_for = |facet: usize| failing == 0 || !passes[facet];
        if counts_for(0) {
            topics.iter().for_each(|&t| counts.topics[t as usize] += 1);
        }
        if counts_for(1) {
            counts.formats[usize::from(format)] += 1;
        }
        let add = |counts: &mut Vec<usize>, values: &[u32]| {
            values.iter().for_each(|&v| counts[v as usize] += 1);
        };
        if counts_for(2) {
            add(&mut counts.cities, city);
        }
        if counts_for(3) {
            add(&mut counts.organisers, organisers);
        }
        if counts_for(4) {
            add(&mut counts.audiences, audiences);
        }
        if failing == 0 {
            shown[i] = true;
            shown_count += 1;
        }
    }
    let order: Box<dyn Iterator<Item = &u32>> = match query.effective_sort() {
        Sort::Date => Box::new(index.by_date.iter()),
        Sort::DateDescending => Box::new(index.by_date.iter().rev()),
        Sort::Title => Box::new(index.by_title.iter()),
    };
    let mut matches = Vec::with_capacity(shown_count);
    matches.extend(order.map(|&i| i as usize).filter(|&i| shown[i]));
    Results {
        matches,
        counts,
        past_matches,
    }
}

/// Sorts numbers by a comparison. Every sort of numbers in the app goes
/// through here, so that the download holds one copy of the sort code.
pub fn sort_indices(values: &mut [u32], compare: &dyn Fn(u32, u32) -> std::cmp::Ordering) {
    values.sort_unstable_by(|a, b| compare(*a, *b));
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
