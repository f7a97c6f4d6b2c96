//! Native timing of the filter computation on a generated catalogue, the
//! same two steps the browser benchmark measures: "carbo" → "carbon" typed
//! in search, and a first topic checked.
//!
//!   node bench/generate.mjs --count 10000 --seed 42 --out bench/out/catalogue-10000.json
//!   cargo run --release --example filter_timing -- bench/out/catalogue-10000.json

use std::time::Instant;

use seminars_core::browse::filter::{run_query, SearchIndex};
use seminars_core::browse::query::{SearchQuery, When};
use seminars_core::catalogue::Catalogue;
use seminars_core::dates::parse_iso_date;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: filter_timing CATALOGUE.json");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            std::process::exit(2);
        }
    };
    let started = Instant::now();
    let catalogue = match Catalogue::from_json(&text) {
        Ok(catalogue) => catalogue,
        Err(error) => {
            eprintln!("{path} is not a catalogue: {error:?}");
            std::process::exit(2);
        }
    };
    let parsed = started.elapsed();
    let started = Instant::now();
    let index = SearchIndex::new(&catalogue);
    let indexed = started.elapsed();
    let started = Instant::now();
    index.prepare_words(&catalogue, usize::MAX);
    let worded = started.elapsed();
    let Some(today) = parse_iso_date("2026-11-28") else {
        return;
    };
    let query = |text: &str, topics: &[&str]| {
        let mut q = SearchQuery::new();
        q.when = When::All;
        q.text = text.to_owned();
        q.topics = topics.iter().map(|t| t.to_string()).collect();
        q
    };
    let Some(topic) = catalogue.topics.first().map(|t| t.id.clone()) else {
        return;
    };
    let (mut search, mut first_key, mut topic_ms) = (vec![], vec![], vec![]);
    let mut shown = (0, 0, 0);
    for _ in 0..15 {
        let t = Instant::now();
        let _ = run_query(&catalogue, &index, &query("c", &[]), today);
        first_key.push(t.elapsed().as_secs_f64() * 1e3);
        let carbo = run_query(&catalogue, &index, &query("carbo", &[]), today);
        let t = Instant::now();
        let carbon = run_query(&catalogue, &index, &query("carbon", &[]), today);
        search.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        let by_topic = run_query(&catalogue, &index, &query("", &[&topic]), today);
        topic_ms.push(t.elapsed().as_secs_f64() * 1e3);
        shown = (
            carbo.matches.len(),
            carbon.matches.len(),
            by_topic.matches.len(),
        );
    }
    println!(
        "{} seminars: parse {:.1} ms, index {:.1} ms + words {:.1} ms; \"c\" {:.2} ms; \"carbo\"→\"carbon\" {:.2} ms ({} → {} shown); topic {:.2} ms ({} shown)",
        catalogue.seminars.len(),
        parsed.as_secs_f64() * 1e3,
        indexed.as_secs_f64() * 1e3,
        worded.as_secs_f64() * 1e3,
        median(first_key),
        median(search),
        shown.0,
        shown.1,
        median(topic_ms),
        shown.2,
    );
}
