//! Native tests of the topic filter and the URL state that drives it.

use seminars::domain::catalogue::Catalogue;
use seminars::domain::filter::{matching_seminars, topic_counts};
use seminars::domain::query::SearchQuery;

fn catalogue() -> Catalogue {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/seminars.json"))
            .expect("public/seminars.json is readable");
    Catalogue::from_json(&text).expect("the shipped catalogue loads")
}

fn query(topics: &[&str], catalogue: &Catalogue) -> SearchQuery {
    SearchQuery::from_params(
        |key| {
            if key == "topic" {
                topics.iter().map(|t| t.to_string()).collect()
            } else {
                vec![]
            }
        },
        catalogue,
    )
}

#[test]
fn no_topic_checked_shows_everything_soonest_first() {
    let c = catalogue();
    let all = matching_seminars(&c, &SearchQuery::default());
    assert_eq!(all.len(), c.seminars.len());
    assert!(all
        .windows(2)
        .all(|w| c.seminars[w[0]].start <= c.seminars[w[1]].start));
}

#[test]
fn a_checked_topic_narrows_to_the_seminars_filed_under_it() {
    let c = catalogue();
    let found = matching_seminars(&c, &query(&["climate-adaptation"], &c));
    assert!(!found.is_empty() && found.len() < c.seminars.len());
    assert!(found
        .iter()
        .all(|&i| c.seminars[i].has_topic("climate-adaptation")));
}

#[test]
fn several_checked_topics_show_seminars_with_any_of_them() {
    let c = catalogue();
    let a = matching_seminars(&c, &query(&["climate-adaptation"], &c));
    let b = matching_seminars(&c, &query(&["carbon-markets"], &c));
    let both = matching_seminars(&c, &query(&["climate-adaptation", "carbon-markets"], &c));
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
    for (id, count) in topic_counts(&c) {
        assert_eq!(
            matching_seminars(&c, &query(&[id], &c)).len(),
            count,
            "{id}"
        );
    }
}

#[test]
fn an_unknown_topic_in_the_url_is_ignored() {
    let c = catalogue();
    let q = query(&["no-such-topic"], &c);
    assert_eq!(q, SearchQuery::default());
    assert_eq!(matching_seminars(&c, &q).len(), c.seminars.len());
}
