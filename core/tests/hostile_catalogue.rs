//! One listing cannot take the whole catalogue down: a listing holding a
//! lone surrogate escape, or nested 10,000 deep, is skipped with its
//! reason and the others are shown; a file cut off in its seminar list
//! shows the listings before the cut and says where it ends. Read whole
//! and fed in pieces of many sizes, with the same outcome.
#![cfg(not(target_arch = "wasm32"))]

use seminars_core::catalogue::feed::CatalogueFeed;
use seminars_core::catalogue::Catalogue;

/// A good listing, as catalogue JSON.
fn listing(n: usize) -> String {
    format!(
        r#"{{"id": "good-{n}", "title": "Good {n}", "summary": "S", "start": "2026-01-01",
            "end": "2026-01-02", "time_zone": "Asia/Shanghai",
            "venue": {{"name": "Hall", "city": "Nanning"}}, "format": "in_person",
            "topics": ["energy"], "source": "test"}}"#
    )
}

/// A catalogue of these listings.
fn file(listings: &[String]) -> String {
    format!(
        r#"{{"version": 1, "topics": [{{"id": "energy", "label": "Energy"}}],
  "seminars": [
{}
]}}"#,
        listings.join(",\n")
    )
}

/// The file read in pieces of `size` bytes.
fn fed(text: &str, size: usize) -> Result<Catalogue, String> {
    let mut feed = CatalogueFeed::new();
    for piece in text.as_bytes().chunks(size) {
        feed.push(piece);
    }
    feed.finish().map_err(|e| format!("{e:?}"))
}

/// The fourteen good listings, with the two hostile ones among them.
fn hostile_file() -> String {
    let mut listings: Vec<String> = (1..=14).map(listing).collect();
    let surrogate = listing(0)
        .replace("good-0", "lone-surrogate")
        .replace("\"Good 0\"", r#""Bad \ud800 title""#);
    let deep = listing(0).replace("good-0", "nested-deep").replace(
        "\"Good 0\"",
        &format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
    );
    listings.insert(3, surrogate);
    listings.insert(9, deep);
    file(&listings)
}

#[test]
fn a_lone_surrogate_and_deep_nesting_skip_their_listing_alone() {
    let text = hostile_file();
    let whole = Catalogue::from_json(&text).expect("the catalogue loads");
    let ids: Vec<&str> = whole.seminars.iter().map(|s| s.id.as_str()).collect();
    let expected: Vec<String> = (1..=14).map(|n| format!("good-{n}")).collect();
    assert_eq!(ids, expected);
    let rejected: Vec<(usize, Option<&str>, String)> = whole
        .rejected
        .iter()
        .map(|r| (r.position, r.id.as_deref(), r.reason.english()))
        .collect();
    assert_eq!(rejected.len(), 2, "{rejected:?}");
    assert_eq!((rejected[0].0, rejected[0].1), (4, Some("lone-surrogate")));
    assert!(
        rejected[0].2.contains("lone leading surrogate"),
        "{}",
        rejected[0].2
    );
    let line = text[..text.find(r"\ud800").expect("the escape")]
        .matches('\n')
        .count()
        + 1;
    assert!(
        rejected[0].2.contains(&format!("(line {line}, column")),
        "{}",
        rejected[0].2
    );
    assert_eq!((rejected[1].0, rejected[1].1), (10, Some("nested-deep")));
    assert!(
        rejected[1].2.contains("nest too deeply"),
        "{}",
        rejected[1].2
    );
    assert_eq!(whole.ends_early, None);
    for size in [1, 2, 3, 7, 64, 1000, 4096, 100_000] {
        assert_eq!(fed(&text, size).as_ref(), Ok(&whole), "pieces of {size}");
    }
}

#[test]
fn a_file_cut_off_in_its_list_shows_the_listings_before_the_cut() {
    let listings: Vec<String> = (1..=10).map(listing).collect();
    let text = file(&listings);
    // Cut in the middle of the eighth listing, after a comma, and at the
    // end of the seventh.
    let eighth = text.find("\"good-8\"").expect("the eighth");
    let seventh_end = text[..eighth].rfind('}').expect("the seventh's end") + 1;
    for (cut, read) in [(eighth + 20, 7), (seventh_end + 2, 7), (seventh_end, 7)] {
        let part = &text[..cut];
        for size in [1, 5, 512, 100_000] {
            let catalogue = fed(part, size).expect("the listings before the cut");
            assert_eq!(
                catalogue.seminars.len(),
                read,
                "cut at {cut}, pieces of {size}"
            );
            let place = catalogue.ends_early.expect("said to end early");
            assert_eq!(place.line, part.matches('\n').count() + 1, "cut at {cut}");
        }
    }
    assert_eq!(fed(&text, 100).map(|c| c.ends_early), Ok(None));
}

/// The same two listings in a file whose seminars come before its topics
/// (read whole, not as it streams): the same fourteen shown, the same two
/// skipped.
#[test]
fn the_same_holds_when_the_seminars_come_first() {
    let streamed = Catalogue::from_json(&hostile_file()).expect("the catalogue loads");
    let text = hostile_file();
    let (head, rest) = text.split_once("\n  \"seminars\": [").expect("the list");
    let topics = head
        .trim_start_matches("{\"version\": 1, ")
        .trim_end_matches(',');
    let seminars = rest.trim_end().trim_end_matches('}').trim_end();
    let reordered = format!("{{\"seminars\": [{seminars}, {topics}, \"version\": 1}}");
    let whole = Catalogue::from_json(&reordered).expect("the catalogue loads");
    assert_eq!(whole.seminars, streamed.seminars);
    let ids = |c: &Catalogue| {
        c.rejected
            .iter()
            .map(|r| (r.position, r.id.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&whole), ids(&streamed));
}

/// A file cut off in its list says what it is first, or it is refused as
/// the whole file would be: a newer version's, or one with no version.
#[test]
fn a_cut_file_is_still_checked_for_its_version() {
    let listings: Vec<String> = (1..=3).map(listing).collect();
    let text = file(&listings);
    let cut = &text[..text.len() - 40];
    assert!(fed(cut, 64).is_ok_and(|c| c.ends_early.is_some()));
    for changed in [
        cut.replace("\"version\": 1, ", "\"version\": 2, "),
        cut.replace("\"version\": 1, ", ""),
    ] {
        let read = fed(&changed, 64);
        assert!(
            read.as_ref()
                .is_err_and(|e| e.contains("UnsupportedVersion")),
            "{read:?}"
        );
    }
}
