//! Native tests of drafts: the record codec and its migrations, validation,
//! merging into the catalogue, export and import.

use seminars::domain::catalogue::Catalogue;
use seminars::domain::draft::{Draft, DraftOrigin, SeminarForm, SpeakerForm};
use seminars::domain::export::{catalogue_json, entry_json, merge};
use seminars::domain::import::{read_import, IMPORT_LIMIT};
use seminars::domain::record::{decode, encode, Decoded, DRAFT_RECORD_VERSION};

fn catalogue() -> Catalogue {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/seminars.json"))
            .unwrap();
    Catalogue::from_json(&text).unwrap()
}

fn valid_form() -> SeminarForm {
    SeminarForm {
        id: "coastal-cities-forum-2027".into(),
        title: "Coastal Cities Forum".into(),
        summary: "Sea walls, wetlands and retreat.".into(),
        start: "2027-05-10".into(),
        end: "2027-05-11".into(),
        time_zone: "Asia/Shanghai".into(),
        venue_name: "Harbour Hall".into(),
        city: "Xiamen".into(),
        topics: vec!["climate-adaptation".into()],
        source: "Written for a test.".into(),
        speakers: vec![SpeakerForm {
            name: "Dr Example".into(),
            ..SpeakerForm::default()
        }],
        ..SeminarForm::default()
    }
}

fn draft(id: &str, origin: DraftOrigin, form: SeminarForm) -> Draft {
    Draft {
        id: id.into(),
        origin,
        form,
        saved_at: 1_700_000_000_000.0,
        revision: 3,
    }
}

fn fields(d: &Draft, c: &Catalogue) -> Vec<&'static str> {
    d.problems(c, &[]).iter().map(|p| p.field).collect()
}

#[test]
fn a_record_round_trips_through_the_codec() {
    let d = draft("a1", DraftOrigin::New, valid_form());
    let raw = encode(&d);
    assert!(raw.starts_with(&format!("{{\"version\":{DRAFT_RECORD_VERSION},")));
    assert_eq!(decode(&raw), Decoded::Current(d));
}

#[test]
fn the_stored_form_of_a_draft_stays_readable() {
    // Written the way earlier builds wrote it: an edit's origin as a tagged
    // object, speakers as objects; both must read back unchanged.
    let d = draft(
        "e1",
        DraftOrigin::Edit {
            seminar_id: "guangxi-climate-workshop-2021".into(),
        },
        valid_form(),
    );
    let raw = encode(&d);
    assert!(
        raw.contains(r#""origin":{"type":"edit","seminar_id":"guangxi-climate-workshop-2021"}"#),
        "{raw}"
    );
    assert!(
        raw.contains(r#""speakers":[{"name":"Dr Example","role":"","affiliation":"","talk":""}]"#)
    );
    assert_eq!(decode(&raw), Decoded::Current(d));
    assert!(
        encode(&draft("n1", DraftOrigin::New, valid_form())).contains(r#""origin":{"type":"new"}"#)
    );
    for damaged in [
        r#"{"type":"edit"}"#,
        r#"{"type":"moved"}"#,
        r#"{"seminar_id":"x"}"#,
    ] {
        let raw = format!(
            r#"{{"version":2,"draft":{{"id":"x","origin":{damaged},"form":{{}},"saved_at":0,"revision":0}}}}"#
        );
        assert!(matches!(decode(&raw), Decoded::Corrupt { .. }), "{raw}");
    }
}

#[test]
fn hostile_text_survives_the_codec_unchanged() {
    let mut form = valid_form();
    form.title = "<script>alert(1)</script>\u{0}\u{7}\u{202e}".to_owned() + &"長".repeat(100_000);
    let d = draft("h", DraftOrigin::New, form);
    assert_eq!(decode(&encode(&d)), Decoded::Current(d));
}

#[test]
fn version_1_records_are_migrated() {
    let raw = r#"{"version": 1, "draft": {"id": "old", "seminar_id": "urban-heat-adaptation-clinic-2026",
        "form": {"title": "Old title", "speakers": ["Ada", "Grace"], "topics": ["climate-adaptation"]},
        "updated_at": 1600000000000}}"#;
    match decode(raw) {
        Decoded::Migrated { draft, from } => {
            assert_eq!(from, 1);
            assert_eq!(draft.form.title, "Old title");
            assert_eq!(
                draft
                    .form
                    .speakers
                    .iter()
                    .map(|s| s.name.as_str())
                    .collect::<Vec<_>>(),
                vec!["Ada", "Grace"]
            );
            assert_eq!(
                draft.origin,
                DraftOrigin::Edit {
                    seminar_id: "urban-heat-adaptation-clinic-2026".into()
                }
            );
            assert_eq!(draft.saved_at, 1_600_000_000_000.0);
            // Written back, it reads as the current version.
            assert!(matches!(decode(&encode(&draft)), Decoded::Current(_)));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn newer_and_damaged_records_are_recognised_not_read() {
    assert_eq!(
        decode(r#"{"version": 9, "draft": {"anything": true}}"#),
        Decoded::Future { version: 9 }
    );
    for raw in [
        "{not json",
        "",
        "null",
        r#"{"version": 2, "draft": {"id": 5}}"#,
        r#"{"draft": {}}"#,
    ] {
        assert!(matches!(decode(raw), Decoded::Corrupt { .. }), "{raw:?}");
    }
}

#[test]
fn validation_names_each_field() {
    let c = catalogue();
    assert!(fields(&draft("d", DraftOrigin::New, valid_form()), &c).is_empty());

    let mut form = valid_form();
    form.title = "  ".into();
    assert_eq!(
        fields(&draft("d", DraftOrigin::New, form), &c),
        vec!["title"]
    );

    let mut form = valid_form();
    form.end = "2027-05-01".into();
    assert_eq!(fields(&draft("d", DraftOrigin::New, form), &c), vec!["end"]);

    let mut form = valid_form();
    form.topics.clear();
    assert_eq!(
        fields(&draft("d", DraftOrigin::New, form), &c),
        vec!["topics"]
    );

    let mut form = valid_form();
    form.topics = vec!["volcanoes".into()];
    assert_eq!(
        fields(&draft("d", DraftOrigin::New, form), &c),
        vec!["topics"]
    );

    let mut form = valid_form();
    form.id = "Not a slug".into();
    assert_eq!(fields(&draft("d", DraftOrigin::New, form), &c), vec!["id"]);

    let mut form = valid_form();
    form.start = "".into();
    form.expected_attendance = "many".into();
    assert_eq!(
        fields(&draft("d", DraftOrigin::New, form), &c),
        vec!["start", "expected_attendance"]
    );
}

#[test]
fn an_id_must_be_unique_unless_the_draft_edits_that_seminar() {
    let c = catalogue();
    let mut form = valid_form();
    form.id = "urban-heat-adaptation-clinic-2026".into();
    assert_eq!(
        fields(&draft("d", DraftOrigin::New, form.clone()), &c),
        vec!["id"]
    );
    let edit = DraftOrigin::Edit {
        seminar_id: "urban-heat-adaptation-clinic-2026".into(),
    };
    assert!(fields(&draft("d", edit, form), &c).is_empty());

    let first = draft("one", DraftOrigin::New, valid_form());
    let second = draft("two", DraftOrigin::New, valid_form());
    let problems = second.problems(&c, &[&first, &second]);
    assert_eq!(
        problems.iter().map(|p| p.field).collect::<Vec<_>>(),
        vec!["id"]
    );
}

#[test]
fn a_published_seminar_fills_a_form_that_gives_it_back() {
    let c = catalogue();
    for seminar in &c.seminars {
        let form = SeminarForm::from_seminar(seminar);
        assert_eq!(
            form.to_seminar(|t| c.topic(t).is_some()).as_ref(),
            Ok(seminar)
        );
    }
}

#[test]
fn merging_replaces_edits_adds_new_drafts_and_skips_invalid_ones() {
    let c = catalogue();
    let original = c.seminar("urban-heat-adaptation-clinic-2026").unwrap();
    let mut edited = SeminarForm::from_seminar(original);
    edited.title = "Urban Heat Clinic, revised".into();
    let mut broken = valid_form();
    broken.id = "broken-one".into();
    broken.title = String::new();
    let drafts = vec![
        draft(
            "e",
            DraftOrigin::Edit {
                seminar_id: original.id.clone(),
            },
            edited,
        ),
        draft("n", DraftOrigin::New, valid_form()),
        draft("b", DraftOrigin::New, broken),
    ];
    let merged = merge(&c, &drafts);
    assert_eq!(merged.seminars.len(), c.seminars.len() + 1);
    assert_eq!(merged.skipped, vec!["b".to_owned()]);
    let position = c.seminars.iter().position(|s| s.id == original.id).unwrap();
    assert_eq!(
        merged.seminars[position].title,
        "Urban Heat Clinic, revised"
    );
    assert_eq!(merged.from_draft[position].as_deref(), Some("e"));
    assert_eq!(
        merged.seminars.last().unwrap().id,
        "coastal-cities-forum-2027"
    );

    // The exported file loads as a catalogue with nothing rejected.
    let exported = Catalogue::from_json(&catalogue_json(&c, &drafts)).unwrap();
    assert_eq!(exported.rejected, vec![]);
    assert_eq!(exported.seminars, merged.seminars);
    assert_eq!(exported.topics, c.topics);
}

#[test]
fn imports_take_an_entry_a_list_or_a_catalogue() {
    let c = catalogue();
    let one = entry_json(&c.seminars[0]);
    assert_eq!(
        read_import(&one).unwrap().accepted,
        vec![c.seminars[0].clone()]
    );

    let list = format!("[{one}, {{\"id\": \"half\"}}, 7]");
    let report = read_import(&list).unwrap();
    assert_eq!(report.accepted.len(), 1);
    assert_eq!(report.rejected.len(), 2);
    assert_eq!(report.rejected[0].0, 2);
    assert_eq!(report.rejected[0].1.as_deref(), Some("half"));
    assert!(report.rejected[0].2.contains("missing field"));

    let whole =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/seminars.json"))
            .unwrap();
    assert_eq!(read_import(&whole).unwrap().accepted, c.seminars);

    assert!(read_import("not json").is_err());
    assert!(read_import("42").is_err());
}

#[test]
fn a_huge_import_is_capped_and_reported() {
    let c = catalogue();
    let entry = entry_json(&c.seminars[0]);
    let many = format!("[{}]", vec![entry; IMPORT_LIMIT + 50].join(","));
    assert!(many.len() > 500_000);
    let report = read_import(&many).unwrap();
    assert_eq!(report.accepted.len(), IMPORT_LIMIT);
    assert_eq!(report.rejected.len(), 50);
    assert!(report.rejected[0].2.contains("at most"));
}
