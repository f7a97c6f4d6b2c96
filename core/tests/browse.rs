//! Properties of searching, filtering and the URL state, over the shipped
//! catalogue and generated queries.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use seminars_core::browse::filter::{
    effective_page, page_count, page_of, run_query, search_text, SearchIndex, PAGE_SIZE,
};
use seminars_core::browse::query::{Facet, SearchQuery, Sort, When};
use seminars_core::catalogue::seminar::Format;
use seminars_core::catalogue::Catalogue;
use seminars_core::dates::parse_iso_date;
use seminars_core::text::{contains_all, search_terms};
use seminars_core::url::decode_pairs;
use time::Date;

fn catalogue() -> Catalogue {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/seminars.json"
    ))
    .unwrap();
    Catalogue::from_json(&text).unwrap()
}

fn today() -> Date {
    parse_iso_date("2026-11-28").unwrap()
}

/// Reads a query string the way the app reads its URL.
fn parse(query_string: &str, catalogue: &Catalogue) -> SearchQuery {
    let pairs = decode_pairs(query_string);
    SearchQuery::from_params(
        |key| {
            pairs
                .iter()
                .filter(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .collect()
        },
        catalogue,
    )
}

fn titles(catalogue: &Catalogue, query: &SearchQuery) -> Vec<String> {
    let index = SearchIndex::new(catalogue);
    run_query(catalogue, &index, query, today())
        .matches
        .iter()
        .map(|&i| catalogue.seminars[i].title.clone())
        .collect()
}

#[test]
fn the_default_view_is_upcoming_soonest_first() {
    let c = catalogue();
    let index = SearchIndex::new(&c);
    let r = run_query(&c, &index, &SearchQuery::new(), today());
    assert!(!r.matches.is_empty());
    assert!(r.matches.iter().all(|&i| c.seminars[i].end >= today()));
    assert!(r
        .matches
        .windows(2)
        .all(|w| c.seminars[w[0]].start <= c.seminars[w[1]].start));
    // In progress on 2026-11-28 (24–30 November): still upcoming.
    assert_eq!(
        c.seminars[r.matches[0]].id,
        "low-carbon-industrial-parks-2026"
    );
}

#[test]
fn past_is_most_recent_first_and_sort_can_be_chosen() {
    let c = catalogue();
    let past = parse("?when=past", &c);
    let index = SearchIndex::new(&c);
    let r = run_query(&c, &index, &past, today());
    assert!(r.matches.iter().all(|&i| c.seminars[i].end < today()));
    assert!(r
        .matches
        .windows(2)
        .all(|w| c.seminars[w[0]].start >= c.seminars[w[1]].start));
    let by_title = titles(&c, &parse("?when=all&sort=title", &c));
    let mut sorted = by_title.clone();
    sorted.sort_by_key(|t| t.to_lowercase());
    assert_eq!(by_title, sorted);
}

#[test]
fn search_is_blind_to_case_accents_and_width_and_needs_every_word() {
    let c = catalogue();
    for q in ["jiao tong", "JIÀO TONG", "ｊｉａｏ　ｔｏｎｇ"] {
        let mut query = parse("?when=all", &c);
        query.text = q.to_owned();
        assert_eq!(
            titles(&c, &query),
            vec!["Guangxi Zhuang Autonomous Region Climate Change Response Workshop"],
            "{q}"
        );
    }
    let mut query = parse("?when=all", &c);
    query.text = "jiao volcano".to_owned();
    assert!(titles(&c, &query).is_empty());
}

#[test]
fn search_finds_speakers_talks_organisers_and_chinese_substrings() {
    let c = catalogue();
    let mut query = parse("?when=all", &c);
    for (q, expected) in [
        (
            "Ou Bo",
            "Guangxi Zhuang Autonomous Region Climate Change Response Workshop",
        ),
        (
            "work on climate change",
            "Guangxi Zhuang Autonomous Region Climate Change Response Workshop",
        ),
        (
            "China-UK Low Carbon College",
            "Guangxi Zhuang Autonomous Region Climate Change Response Workshop",
        ),
        ("碳市场", "全国碳市场建设专题报告会"),
        ("shaft furnace", "Green Steel and Cement Roundtable"),
    ] {
        query.text = q.to_owned();
        assert!(titles(&c, &query).contains(&expected.to_owned()), "{q}");
    }
}

#[test]
fn facet_counts_are_what_checking_the_value_would_show() {
    let c = catalogue();
    let index = SearchIndex::new(&c);
    let base = parse("?when=all&topic=carbon-markets&format=online", &c);
    let results = run_query(&c, &index, &base, today());
    let values: Vec<(Facet, Vec<String>)> = vec![
        (
            Facet::Topic,
            c.topics.iter().map(|t| t.id.clone()).collect(),
        ),
        (
            Facet::Format,
            Format::ALL.iter().map(|f| f.as_str().to_owned()).collect(),
        ),
        (Facet::City, index.cities.clone()),
        (Facet::Organiser, index.organisers.clone()),
    ];
    for (facet, all) in values {
        for (value, &count) in all.iter().zip(results.counts.of(facet)) {
            // The count of a value is the size of the list with only that value
            // checked in its facet, all other filters kept.
            let mut only = base.clone();
            for checked in base.facet_values(facet) {
                only = only.with_facet_value(facet, &checked, false, &c);
            }
            let only = only.with_facet_value(facet, value, true, &c);
            assert_eq!(
                run_query(&c, &index, &only, today()).matches.len(),
                count,
                "{facet:?} {value}"
            );
        }
    }
}

#[test]
fn invalid_values_fall_back_to_defaults() {
    let c = catalogue();
    let q = parse("?when=someday&from=2021-02-30&to=tomorrow&sort=best&page=99999999999999999999&city=Atlantis&format=carrier&organiser=Nobody&topic=x&utm_source=mail", &c);
    assert_eq!(q, SearchQuery::new());
    assert_eq!(parse("?page=0", &c).page, 1);
    assert_eq!(parse("?page=-3", &c).page, 1);
    assert_eq!(effective_page(7, 5), 1);
}

#[test]
fn paging_shows_at_most_a_page_and_every_result_once() {
    let matches: Vec<usize> = (0..(PAGE_SIZE * 2 + 3)).collect();
    assert_eq!(page_count(matches.len()), 3);
    let all: Vec<usize> = (1..=3)
        .flat_map(|p| page_of(&matches, p).to_vec())
        .collect();
    assert_eq!(all, matches);
    assert_eq!(page_of(&matches, 3).len(), 3);
    assert_eq!(page_of(&matches, 99), page_of(&matches, 1));
    assert_eq!(page_count(0), 1);
}

/// Any query the catalogue can express.
fn arb_query() -> impl Strategy<Value = SearchQuery> {
    let c = catalogue();
    let index = SearchIndex::new(&c);
    let topics: Vec<String> = c.topics.iter().map(|t| t.id.clone()).collect();
    let cities = index.cities.clone();
    let organisers = index.organisers.clone();
    // Checked audience groups are held sorted, as cities are.
    let mut audiences: Vec<String> = c.audiences.iter().map(|a| a.id.clone()).collect();
    audiences.sort();
    let words = prop::sample::select(vec![
        "",
        "carbon",
        "Shanghai",
        "碳",
        "jiào",
        "market energy",
        "ＣＯ２",
        "a&b=c %2F +",
    ]);
    let date = (2020i32..2029, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| {
        Date::from_calendar_date(y, time::Month::try_from(m).unwrap(), d).unwrap()
    });
    (
        words,
        prop::sample::subsequence(topics.clone(), 0..=topics.len()),
        prop::sample::subsequence(Format::ALL.to_vec(), 0..=3),
        prop::sample::subsequence(cities.clone(), 0..=cities.len().min(4)),
        (
            prop::sample::subsequence(organisers.clone(), 0..=organisers.len().min(3)),
            prop::sample::subsequence(audiences.clone(), 0..=audiences.len().min(2)),
        ),
        prop::sample::select(When::ALL.to_vec()),
        prop::option::of(date.clone()),
        prop::option::of(date),
        prop::option::of(prop::sample::select(Sort::ALL.to_vec())),
        1usize..5,
        any::<bool>(),
    )
        .prop_map(
            |(
                text,
                topics,
                formats,
                cities,
                (organisers, audiences),
                when,
                from,
                to,
                sort,
                page,
                drafts,
            )| {
                SearchQuery {
                    text: text.to_owned(),
                    topics,
                    formats,
                    cities,
                    organisers,
                    audiences,
                    when,
                    from,
                    to,
                    sort,
                    page,
                    drafts,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_word_index_finds_what_a_scan_of_every_text_finds(query in arb_query(), cut in (0usize..2000, 1usize..8)) {
        let c = catalogue();
        let index = SearchIndex::new(&c);
        let texts: Vec<String> = c.seminars.iter().map(|s| search_text(&c, s)).collect();
        // A term cut out of some seminar's text (so that it is found), and
        // the generated query's own words.
        let all = texts.join(" ");
        let chars: Vec<char> = all.chars().collect();
        let start = cut.0 % chars.len();
        let cut_term: String = chars[start..(start + cut.1).min(chars.len())].iter().collect();
        for text in [cut_term.clone(), query.text.clone(), format!("{} {cut_term}", query.text)] {
            let q = SearchQuery { text, when: When::All, from: None, to: None, topics: vec![], formats: vec![], cities: vec![], organisers: vec![], audiences: vec![], ..query.clone() };
            let terms = search_terms(&q.text);
            let mut expected: Vec<usize> = (0..c.seminars.len()).filter(|&i| contains_all(&texts[i], &terms)).collect();
            let mut found = run_query(&c, &index, &q, today()).matches;
            expected.sort();
            found.sort();
            prop_assert_eq!(found, expected, "terms {:?}", terms);
        }
    }

    #[test]
    fn parsing_the_url_of_a_state_gives_back_that_state(query in arb_query()) {
        let c = catalogue();
        prop_assert_eq!(parse(&query.to_query_string(), &c), query);
    }

    #[test]
    fn results_are_a_subset_of_the_catalogue_without_repeats(query in arb_query()) {
        let c = catalogue();
        let index = SearchIndex::new(&c);
        let mut matches = run_query(&c, &index, &query, today()).matches;
        prop_assert!(matches.iter().all(|&i| i < c.seminars.len()));
        let n = matches.len();
        matches.sort();
        matches.dedup();
        prop_assert_eq!(matches.len(), n);
    }

    #[test]
    fn adding_a_filter_never_adds_results(query in arb_query(), facet in prop::sample::select(Facet::ALL.to_vec()), pick in 0usize..100, word in prop::sample::select(vec!["carbon", "shanghai", "碳"])) {
        let c = catalogue();
        let index = SearchIndex::new(&c);
        let before = run_query(&c, &index, &query, today()).matches;
        // A facet with nothing checked lets everything through, so checking a
        // first value narrows; checking another value in a facet that already
        // has one widens by design. Narrow only in the first case.
        let values: Vec<String> = match facet {
            Facet::Topic => c.topics.iter().map(|t| t.id.clone()).collect(),
            Facet::Format => Format::ALL.iter().map(|f| f.as_str().to_owned()).collect(),
            Facet::City => index.cities.clone(),
            Facet::Organiser => index.organisers.clone(),
            Facet::Audience => c.audiences.iter().map(|a| a.id.clone()).collect(),
        };
        let mut narrower = query.clone();
        if query.facet_values(facet).is_empty() {
            narrower = narrower.with_facet_value(facet, &values[pick % values.len()], true, &c);
        }
        narrower.text = format!("{} {word}", narrower.text);
        let after = run_query(&c, &index, &narrower, today()).matches;
        prop_assert!(after.iter().all(|i| before.contains(i)));
    }
}
