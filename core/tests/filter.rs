//! Native tests of the topic filter and the URL state that drives it.

use seminars_core::browse::filter::{run_query, Results, SearchIndex};
use seminars_core::browse::query::{SearchQuery, When};
use seminars_core::catalogue::Catalogue;
use seminars_core::dates::parse_iso_date;

fn catalogue() -> Catalogue {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/seminars.json"
    ))
    .expect("public/seminars.json is readable");
    Catalogue::from_json(&text).expect("the shipped catalogue loads")
}

/// Every date, with these topics checked.
fn query(topics: &[&str], catalogue: &Catalogue) -> SearchQuery {
    let mut q = SearchQuery::from_params(
        |key| {
            if key == "topic" {
                topics.iter().map(|t| t.to_string()).collect()
            } else {
                vec![]
            }
        },
        catalogue,
    );
    q.when = When::All;
    q
}

fn run(c: &Catalogue, q: &SearchQuery) -> Results {
    run_query(
        c,
        &SearchIndex::new(c),
        q,
        parse_iso_date("2026-11-28").unwrap(),
    )
}

#[test]
fn no_topic_checked_shows_everything_soonest_first() {
    let c = catalogue();
    let all = run(&c, &query(&[], &c)).matches;
    assert_eq!(all.len(), c.seminars.len());
    assert!(all
        .windows(2)
        .all(|w| c.seminars[w[0]].start <= c.seminars[w[1]].start));
}

#[test]
fn a_checked_topic_narrows_to_the_seminars_filed_under_it() {
    let c = catalogue();
    let found = run(&c, &query(&["climate-adaptation"], &c)).matches;
    assert!(!found.is_empty() && found.len() < c.seminars.len());
    assert!(found
        .iter()
        .all(|&i| c.seminars[i].has_topic("climate-adaptation")));
}

#[test]
fn several_checked_topics_show_seminars_with_any_of_them() {
    let c = catalogue();
    let a = run(&c, &query(&["climate-adaptation"], &c)).matches;
    let b = run(&c, &query(&["carbon-markets"], &c)).matches;
    let both = run(&c, &query(&["climate-adaptation", "carbon-markets"], &c)).matches;
    let mut union: Vec<usize> = a.iter().chain(&b).copied().collect();
    union.sort();
    union.dedup();
    let mut both_sorted = both.clone();
    both_sorted.sort();
    assert_eq!(both_sorted, union);
}

#[test]
fn topic_counts_match_what_checking_the_topic_shows() {
    let c = catalogue();
    let counts = run(&c, &query(&[], &c)).counts.topics;
    for (topic, count) in c.topics.iter().zip(counts) {
        assert_eq!(
            run(&c, &query(&[&topic.id], &c)).matches.len(),
            count,
            "{}",
            topic.id
        );
    }
}

#[test]
fn an_unknown_topic_in_the_url_is_ignored() {
    let c = catalogue();
    let q = query(&["no-such-topic"], &c);
    assert!(q.topics.is_empty());
    assert_eq!(run(&c, &q).matches.len(), c.seminars.len());
}

#[test]
fn a_search_during_background_indexing_finds_what_a_finished_index_finds() {
    let c = catalogue();
    let mut q = query(&[], &c);
    q.text = "carbon".to_owned();
    let finished = SearchIndex::new(&c);
    assert!(finished.prepare_words(&c, usize::MAX));
    let expected = run(&c, &q).matches;
    assert!(!expected.is_empty());

    let partial = SearchIndex::new(&c);
    assert!(
        !partial.prepare_words(&c, 3),
        "3 of {} seminars indexed",
        c.seminars.len()
    );
    let today = parse_iso_date("2026-11-28").unwrap();
    assert_eq!(run_query(&c, &partial, &q, today).matches, expected);
    assert_eq!(run_query(&c, &finished, &q, today).matches, expected);
    // The search finished the index.
    assert!(partial.prepare_words(&c, 0));
}
