//! Native tests of catalogue parsing and validation, and of the shipped catalogue.
#![cfg(not(target_arch = "wasm32"))]

use seminars::i18n::texts as seminars_strings;
use seminars_core::catalogue::seminar::Format;
use seminars_core::catalogue::{body_text, Catalogue, CatalogueError};
use seminars_core::dates::parse_iso_date;
use seminars_core::i18n::message::{Message, Msg};
use seminars_core::json::{JsonKind, Loose, Place};

fn shipped() -> Catalogue {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/seminars.json"))
            .expect("public/seminars.json is readable");
    Catalogue::from_json(&text).expect("the shipped catalogue loads")
}

/// A catalogue document with the given seminar records and two topics.
fn doc(seminars: &str) -> String {
    format!(
        r#"{{"version": 1,
            "topics": [{{"id": "energy", "label": "Energy"}}, {{"id": "adaptation", "label": "Adaptation"}}],
            "seminars": [{seminars}]}}"#
    )
}

fn seminar(id: &str, title: &str, start: &str, end: &str, topics: &str) -> String {
    format!(
        r#"{{"id": "{id}", "title": "{title}", "summary": "S", "start": "{start}", "end": "{end}",
            "time_zone": "Asia/Shanghai", "venue": {{"name": "Hall", "city": "Nanning"}},
            "format": "in_person", "topics": [{topics}], "source": "test"}}"#
    )
}

#[test]
fn the_shipped_catalogue_has_no_invalid_records() {
    let catalogue = shipped();
    assert_eq!(catalogue.rejected, vec![]);
    assert!(catalogue.topics.len() >= 6);
}

#[test]
fn the_shipped_catalogue_holds_the_guangxi_workshop_as_the_report_describes_it() {
    let catalogue = shipped();
    let s = catalogue
        .seminar("guangxi-climate-change-response-workshop-2021")
        .expect("the workshop is listed");
    assert!(!s.example);
    assert_eq!(s.start, parse_iso_date("2021-05-24").unwrap());
    assert_eq!(s.end, parse_iso_date("2021-05-28").unwrap());
    assert_eq!(s.time_zone, "Asia/Shanghai");
    assert_eq!(s.venue.name, "Shanghai Jiao Tong University");
    assert_eq!(s.venue.city, "Shanghai");
    assert_eq!(s.format, Format::InPerson);
    assert_eq!(
        s.organisers,
        vec![
            "Department of Ecology and Environment of Guangxi Zhuang Autonomous Region",
            "China-UK Low Carbon College, Shanghai Jiao Tong University"
        ]
    );
    assert_eq!(
        s.hosts,
        vec!["Organization Department of the CPC Guangxi Zhuang Autonomous Region Committee"]
    );
    assert_eq!(s.expected_attendance, Some(50));
    assert!(s.speakers.iter().any(
        |p| p.name == "Ou Bo" && p.talk.as_deref() == Some("Guangxi's work on climate change")
    ));
    for lecturer in [
        "National Center for Climate Change Strategy and International Cooperation",
        "Beijing Normal University",
        "Shanghai Environment and Energy Exchange",
    ] {
        assert!(s.description.as_deref().unwrap_or("").contains(lecturer));
    }
    assert!(s.source.contains("2021 is inferred"));
    assert_eq!(s.topics.len(), 6, "the course covered every topic");
}

#[test]
fn the_shipped_examples_cover_every_topic_past_and_upcoming_and_chinese() {
    let catalogue = shipped();
    let examples: Vec<_> = catalogue.seminars.iter().filter(|s| s.example).collect();
    assert!(examples.len() >= 12, "{} examples", examples.len());
    for topic in &catalogue.topics {
        assert!(
            examples.iter().any(|s| s.has_topic(&topic.id)),
            "no example for {}",
            topic.id
        );
    }
    // Written on 2026-11-28: some listings lie before that day, some after.
    let written = parse_iso_date("2026-11-28").unwrap();
    assert!(examples.iter().any(|s| s.end < written));
    assert!(examples.iter().any(|s| s.start > written));
    assert!(examples.iter().filter(|s| s.language == "zh").count() >= 3);
    for format in Format::ALL {
        assert!(catalogue.seminars.iter().any(|s| s.format == format));
    }
}

#[test]
fn invalid_records_are_skipped_and_reported_while_valid_ones_load() {
    let text = doc(&[
        seminar("good", "Good", "2026-01-01", "2026-01-02", r#""energy""#),
        seminar("no-title", " ", "2026-01-01", "2026-01-02", r#""energy""#),
        seminar(
            "backwards",
            "Backwards",
            "2026-01-05",
            "2026-01-02",
            r#""energy""#,
        ),
        seminar(
            "unknown-topic",
            "Unknown",
            "2026-01-01",
            "2026-01-02",
            r#""volcanoes""#,
        ),
        seminar("no-topic", "None", "2026-01-01", "2026-01-02", ""),
        seminar(
            "Bad Id",
            "Bad id",
            "2026-01-01",
            "2026-01-02",
            r#""energy""#,
        ),
        seminar(
            "bad-date",
            "Bad date",
            "2026-02-30",
            "2026-03-01",
            r#""energy""#,
        ),
        seminar(
            "good",
            "Duplicate",
            "2026-01-01",
            "2026-01-02",
            r#""energy""#,
        ),
        r#"{"id": "half", "title": "Half a record"}"#.to_owned(),
        "42".to_owned(),
    ]
    .join(","));
    let catalogue = Catalogue::from_json(&text).unwrap();
    assert_eq!(catalogue.seminars.len(), 1);
    assert_eq!(catalogue.seminars[0].title, "Good");
    let reasons: Vec<_> = catalogue
        .rejected
        .iter()
        .map(|r| (r.position, r.id.clone(), r.reason.english()))
        .collect();
    assert_eq!(reasons.len(), 9, "{reasons:#?}");
    assert!(reasons[0].2.starts_with("title:"));
    assert!(reasons[1].2.starts_with("end:"));
    assert!(reasons[2].2.contains("\"volcanoes\" is not a topic"));
    assert!(reasons[3].2.starts_with("topics:"));
    assert!(reasons[4].2.starts_with("id:"));
    assert_eq!(reasons[5].1.as_deref(), Some("bad-date"));
    assert!(reasons[6].2.contains("same id"));
    assert_eq!(reasons[7].1.as_deref(), Some("half"));
    assert!(
        reasons[7]
            .2
            .starts_with("the field “summary” is missing (line "),
        "{}",
        reasons[7].2
    );
    assert_eq!((reasons[8].0, reasons[8].1.clone()), (10, None));
}

/// What the app says of a file, as an operator reads it.
fn message(text: &str) -> String {
    match Catalogue::from_json(text) {
        Ok(_) => "loaded".to_owned(),
        Err(e) => seminars_strings::catalogue_error(seminars_strings::Lang::En, &e),
    }
}

#[test]
fn a_document_that_is_not_a_catalogue_is_an_error_naming_the_problem() {
    assert_eq!(
        Catalogue::from_json("<html>oops</html>"),
        Err(CatalogueError::NotJson {
            detail: Message::new(Msg::JsonExpectedValue),
            place: Place { line: 1, column: 1 }
        })
    );
    assert_eq!(
        Catalogue::from_json("{\n  \"version\": 1,\n  \"topics\": [,]\n}"),
        Err(CatalogueError::NotJson {
            detail: Message::new(Msg::JsonExpectedValue),
            place: Place {
                line: 3,
                column: 14
            }
        })
    );
    assert_eq!(
        Catalogue::from_json(r#"{"version": 1, "topics": []}"#),
        Err(CatalogueError::BadList {
            field: "seminars",
            found: None
        })
    );
    assert_eq!(
        Catalogue::from_json(r#"{"version": 1, "topics": [], "seminars": {}}"#),
        Err(CatalogueError::BadList {
            field: "seminars",
            found: Some(JsonKind::Object)
        })
    );
    assert_eq!(
        Catalogue::from_json("[1, 2]"),
        Err(CatalogueError::NotAnObject(JsonKind::List))
    );
    assert_eq!(
        Catalogue::from_json(r#"{"version": 2, "topics": [], "seminars": []}"#),
        Err(CatalogueError::UnsupportedVersion(Some(Loose::Whole(2))))
    );
    assert_eq!(
        Catalogue::from_json(r#"{"topics": [], "seminars": []}"#),
        Err(CatalogueError::UnsupportedVersion(None))
    );
    // A wrong version outranks a wrong shape.
    assert_eq!(
        Catalogue::from_json(r#"{"version": "1", "seminars": 3}"#),
        Err(CatalogueError::UnsupportedVersion(Some(Loose::Text(
            "1".into()
        ))))
    );
}

#[test]
fn catalogue_errors_say_what_an_operator_can_fix() {
    let cases = [
        (
            r#"{"version": "1", "topics": [], "seminars": []}"#,
            "the file gives its version as the text \"1\"; write it as the number 1, without quotes",
        ),
        (
            r#"{"version": 1.0, "topics": [], "seminars": []}"#,
            "the file gives its version as 1.0; this app reads version 1, written as the whole number 1",
        ),
        (
            r#"{"version": -1, "topics": [], "seminars": []}"#,
            "the file gives its version as -1; this app reads version 1, written as the whole number 1",
        ),
        (
            r#"{"version": true, "topics": [], "seminars": []}"#,
            "the file gives its version as true or false; write \"version\": 1",
        ),
        (
            r#"{"topics": [], "seminars": []}"#,
            "the file does not say which catalogue version it is: add \"version\": 1",
        ),
        (
            r#"[{"id": "a"}]"#,
            "the file holds a list, but a catalogue is an object",
        ),
        (r#"{"version": 1, "seminars": []}"#, "the file has no \"topics\" list"),
        (
            r#"{"version": 1, "topics": [], "seminars": "none"}"#,
            "\"seminars\" must be a list ([…]), but the file gives a text",
        ),
        ("{\"version\": 1,,}", "the file is not valid JSON: key must be a string, at line 1, column 15"),
        ("", "the file is not valid JSON: EOF while parsing a value, at line 1, column 0"),
    ];
    for (text, expected) in cases {
        let said = message(text);
        assert!(
            said.contains(expected),
            "{text}\n  said: {said}\n  want: {expected}"
        );
        for jargon in [
            "struct",
            "VersionOnly",
            "Envelope",
            "invalid length",
            "sequence",
            "`",
        ] {
            assert!(!said.contains(jargon), "{text}: {said}");
        }
    }
}

#[test]
fn an_empty_catalogue_loads_with_no_seminars() {
    let catalogue =
        Catalogue::from_json(r#"{"version": 1, "topics": [], "seminars": []}"#).unwrap();
    assert!(catalogue.seminars.is_empty() && catalogue.rejected.is_empty());
}

#[test]
fn a_listing_too_large_to_show_is_skipped_with_its_reason() {
    let huge = format!("\"{}\"", "碳 market ".repeat(100_000));
    let text = doc(&[
        seminar("good", "Good", "2026-01-01", "2026-01-02", r#""energy""#),
        seminar("huge", "Huge", "2026-01-01", "2026-01-02", r#""energy""#)
            .replace(r#""summary": "S""#, &format!(r#""summary": {huge}"#)),
    ]
    .join(","));
    let catalogue = Catalogue::from_json(&text).unwrap();
    assert_eq!(catalogue.seminars.len(), 1);
    assert_eq!(
        catalogue.rejected[0].reason.english(),
        "summary: The summary has 900000 characters; at most 1000 are allowed."
    );
}

#[test]
fn invalid_topics_are_skipped_and_their_seminars_with_them() {
    let text = r#"{"version": 1,
        "topics": [{"id": "energy", "label": "Energy"}, {"id": "Bad Id", "label": "x"},
                   {"id": "energy", "label": "Again"}, {"id": "empty", "label": ""}],
        "seminars": []}"#;
    let catalogue = Catalogue::from_json(text).unwrap();
    assert_eq!(catalogue.topics.len(), 1);
    assert_eq!(catalogue.rejected.len(), 3);
    assert!(catalogue.rejected.iter().all(|r| r.kind == "topic"));
}

#[test]
fn a_downloaded_body_reads_as_a_browser_reads_text() {
    let shipped_bytes =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/public/seminars.json")).unwrap();
    let with_bom = [&[0xEF, 0xBB, 0xBF][..], &shipped_bytes].concat();
    let from_bom = Catalogue::from_json(&body_text(with_bom)).unwrap();
    assert_eq!(from_bom.seminars.len(), shipped().seminars.len());
    assert_eq!(body_text("碳市场".as_bytes().to_vec()), "碳市场");
    // A stray byte that is not UTF-8 costs one character, not the file.
    assert_eq!(
        body_text(b"{\"a\": \"x\xFFy\"}".to_vec()),
        "{\"a\": \"x\u{FFFD}y\"}"
    );
}

/// Catalogues of every layout and fault, for feeding in pieces.
fn layouts() -> Vec<String> {
    let good = |id: &str| seminar(id, "Good", "2026-01-01", "2026-01-02", r#""energy""#);
    let shipped =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/seminars.json"))
            .unwrap();
    vec![
        shipped,
        doc(&[
            good("a"),
            good("b"),
            good("a"),
            "42".into(),
            r#"{"id": "half"}"#.into(),
        ]
        .join(",\n")),
        doc(""),
        // The seminars before the topics, the version after the list.
        format!(
            r#"{{"seminars": [{}], "topics": [{{"id": "energy", "label": "E"}}], "version": 1}}"#,
            good("x")
        ),
        format!(
            r#"{{"topics": [{{"id": "energy", "label": "E"}}], "seminars": [{}], "version": 1, "extra": [1, {{"a": "]"}}]}}"#,
            good("x")
        ),
        format!(
            r#"{{"version": 1, "topics": [], "seminars": [{}], "seminars": []}}"#,
            good("x")
        ),
        format!(
            r#"{{"version": 2, "topics": [], "seminars": [{}]}}"#,
            good("x")
        ),
        // Faults inside and after the list, and strings holding brackets.
        doc(&format!(
            "{}, {{\"id\": \"x\", \"title\": \"a ] b }} c \\\" [\"}}",
            good("a")
        )),
        doc(&format!("{} {}", good("a"), good("b"))),
        doc(&format!("{},", good("a"))),
        doc(&good("a")).replace("\"title\": \"Good\"", "\"title\": \"Go\nod\""),
        format!("{} trailing", doc(&good("a"))),
        doc(&good("a"))[..200].to_owned(),
        format!("\u{feff}{}", doc(&good("a"))),
        "[1, 2]".into(),
        String::new(),
    ]
}

#[test]
fn a_catalogue_read_in_pieces_reads_as_the_whole() {
    use seminars_core::catalogue::feed::CatalogueFeed;
    for text in layouts() {
        // Read in one piece (a file cut off in its seminar list shows the
        // listings before the cut only when read as it arrives).
        let whole = Catalogue::from_json(&text);
        for size in [1, 2, 3, 7, 64, 1000, usize::MAX] {
            let mut feed = CatalogueFeed::new();
            for piece in text.as_bytes().chunks(size.min(text.len().max(1))) {
                feed.push(piece);
            }
            assert_eq!(feed.finish(), whole, "pieces of {size} of:\n{text}");
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    #[test]
    fn a_catalogue_cut_anywhere_reads_as_the_whole(
        which in 0usize..16,
        cuts in proptest::collection::vec(0usize..100_000, 0..12),
    ) {
        use seminars_core::catalogue::feed::CatalogueFeed;
        let text = layouts().swap_remove(which);
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c % (text.len() + 1)).collect();
        cuts.sort_unstable();
        let mut feed = CatalogueFeed::new();
        let mut from = 0;
        for cut in cuts.into_iter().chain([text.len()]) {
            feed.push(&text.as_bytes()[from..cut]);
            from = cut;
        }
        let whole = Catalogue::from_json(&text);
        proptest::prop_assert_eq!(feed.finish(), whole);
    }
}

#[test]
fn a_hostile_nesting_is_refused_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
    // In the seminar list, as it streams, and in a file whose seminars come
    // before its topics (read whole): that element alone is skipped.
    for text in [
        format!(r#"{{"version": 1, "topics": [], "seminars": [{deep}]}}"#),
        format!(r#"{{"seminars": [{deep}], "version": 1, "topics": []}}"#),
    ] {
        let read = Catalogue::from_json(&text).expect("the other listings load");
        assert_eq!(read.rejected.len(), 1);
        assert!(read.rejected[0]
            .reason
            .english()
            .starts_with("lists and objects nest too deeply (line 1, column "));
    }
    // A file that is nothing but the nesting is refused, with the reason.
    match Catalogue::from_json(&deep) {
        Err(CatalogueError::NotJson { detail, .. }) => {
            assert_eq!(detail.english(), "lists and objects nest too deeply")
        }
        other => panic!("{other:?}"),
    }
}
