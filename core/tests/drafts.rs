//! Native tests of drafts: the record codec and its migrations, validation,
//! merging into the catalogue, export and import.

use seminars_core::catalogue::Catalogue;
use seminars_core::drafts::draft::{Draft, DraftOrigin, SeminarForm, SpeakerForm, TranslationForm};
use seminars_core::drafts::export::{catalogue_json, entry_json, merge};
use seminars_core::drafts::import::{read_import, Imported, IMPORT_LIMIT};
use seminars_core::drafts::record::{decode, encode, Decoded, DRAFT_RECORD_VERSION};

fn catalogue() -> Catalogue {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/seminars.json"
    ))
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
        ..Draft::default()
    }
}

fn fields(d: &Draft, c: &Catalogue) -> Vec<&'static str> {
    d.problems(Some(c), &[]).iter().map(|p| p.field).collect()
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
    let problems = second.problems(Some(&c), &[&first, &second]);
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
        vec![Imported::Listing(c.seminars[0].clone())]
    );

    let list = format!("[{one}, {{\"id\": \"half\"}}, 7]");
    let report = read_import(&list).unwrap();
    assert_eq!(report.accepted.len(), 1);
    assert_eq!(report.rejected.len(), 2);
    assert_eq!(report.rejected[0].0, 2);
    assert_eq!(report.rejected[0].1.as_deref(), Some("half"));
    assert!(
        report.rejected[0]
            .2
            .english()
            .contains("the field “title” is missing"),
        "{}",
        report.rejected[0].2.english()
    );

    let whole = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/seminars.json"
    ))
    .unwrap();
    let listings: Vec<Imported> = c.seminars.iter().cloned().map(Imported::Listing).collect();
    assert_eq!(read_import(&whole).unwrap().accepted, listings);

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
    assert!(report.rejected[0].2.english().contains("at most"));
}

/// Drafts as people leave them: empty, half-filled, complete, hostile.
fn drafts_of_every_kind() -> Vec<Draft> {
    let half = SeminarForm {
        title: "Half a listing".into(),
        start: "2027-0".into(),
        expected_attendance: "fifty".into(),
        topics: vec!["no-such-topic".into()],
        ..SeminarForm::default()
    };
    let mut full = valid_form();
    full.description = "Long text.\nSecond line.".into();
    full.address = "1 Harbour Road".into();
    full.country = "China".into();
    full.organisers = vec!["Xiamen University".into(), String::new()];
    full.hosts = vec!["City of Xiamen".into()];
    full.audience = "Planners".into();
    full.expected_attendance = "80".into();
    full.agenda = vec![seminars_core::drafts::draft::AgendaForm {
        date: "2027-05-10".into(),
        start_time: "09:00".into(),
        end_time: "12:00".into(),
        title: "Opening".into(),
        speaker: "Dr Example".into(),
        translated_title: "开幕".into(),
    }];
    full.speakers[0].translated_talk = "海平面与城市".into();
    full.translation = TranslationForm {
        title: "沿海城市论坛".into(),
        city: "厦门".into(),
        ..TranslationForm::default()
    };
    full.example = true;
    let hostile = SeminarForm {
        title: "<img src=x onerror=alert(1)> \"quotes\" \\ back\u{0}slash".into(),
        summary: "</script><script>alert(2)</script>".into(),
        description: "草稿 🌏 ".repeat(1000),
        ..SeminarForm::default()
    };
    vec![
        draft("empty", DraftOrigin::New, SeminarForm::default()),
        draft("half", DraftOrigin::New, half),
        draft(
            "full",
            DraftOrigin::Edit {
                seminar_id: "urban-heat-adaptation-clinic-2026".into(),
            },
            full,
        ),
        draft("hostile", DraftOrigin::New, hostile),
    ]
}

#[test]
fn every_downloaded_draft_imports_back_to_the_same_draft() {
    for d in drafts_of_every_kind() {
        // "Download entry" on a draft that is not valid writes its record.
        let report = read_import(&encode(&d)).unwrap();
        assert_eq!(report.rejected, vec![], "{}", d.id);
        assert_eq!(
            report.accepted,
            vec![Imported::Draft {
                origin: d.origin.clone(),
                form: d.form.clone()
            }],
            "{}",
            d.id
        );
    }
    // Several records in one list, as a person may gather them.
    let all = drafts_of_every_kind();
    let list = format!("[{}]", all.iter().map(encode).collect::<Vec<_>>().join(","));
    let report = read_import(&list).unwrap();
    assert_eq!(report.accepted.len(), all.len());
    // A record from a newer version, or a damaged one, is refused with why.
    let report =
        read_import(r#"[{"version": 9, "draft": {}}, {"version": 2, "draft": {"id": 5}}]"#)
            .unwrap();
    assert_eq!(report.accepted, vec![]);
    assert!(report.rejected[0].2.english().contains("newer version"));
    assert!(
        report.rejected[1].2.english().contains("damaged"),
        "{}",
        report.rejected[1].2.english()
    );
}

#[test]
fn a_valid_draft_downloads_as_an_entry_that_imports_to_the_same_listing() {
    let c = catalogue();
    let d = draft("v", DraftOrigin::New, valid_form());
    let seminar = d.form.to_seminar(|t| c.topic(t).is_some()).unwrap();
    let report = read_import(&entry_json(&seminar)).unwrap();
    let [Imported::Listing(back)] = report.accepted.as_slice() else {
        panic!("{report:?}");
    };
    assert_eq!(back, &seminar);
    assert_eq!(
        SeminarForm::from_seminar(back).to_seminar(|t| c.topic(t).is_some()),
        Ok(seminar)
    );
}

#[test]
fn without_the_catalogue_only_its_own_checks_wait() {
    let c = catalogue();
    let mut form = valid_form();
    form.topics = vec!["not-a-topic".into()];
    form.id = "urban-heat-adaptation-clinic-2026".into();
    let d = draft("d", DraftOrigin::New, form);
    let with: Vec<_> = d.problems(Some(&c), &[]).iter().map(|p| p.field).collect();
    assert_eq!(with, vec!["topics", "id"]);
    assert_eq!(d.problems(None, &[]), vec![]);
    // The form's own checks run all the same.
    let mut untitled = d.clone();
    untitled.form.title.clear();
    let fields: Vec<_> = untitled
        .problems(None, &[])
        .iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(fields, vec!["title"]);
}

#[test]
fn fields_and_lists_have_limits_with_messages_beside_their_fields() {
    let c = catalogue();
    let mut form = valid_form();
    form.title = "长".repeat(301);
    form.description = "x".repeat(20_001);
    form.organisers = vec!["Body".into(); 51];
    form.speakers[0].talk = "t".repeat(501);
    let problems = draft("d", DraftOrigin::New, form).problems(Some(&c), &[]);
    let of = |field: &str| -> Vec<String> {
        problems
            .iter()
            .filter(|p| p.field == field)
            .map(|p| p.message.english())
            .collect()
    };
    assert_eq!(
        of("title"),
        vec!["The title has 301 characters; at most 300 are allowed."]
    );
    assert_eq!(
        of("description"),
        vec!["The description has 20001 characters; at most 20000 are allowed."]
    );
    assert_eq!(
        of("organisers"),
        vec!["There are 51 organisers; at most 50 are allowed."]
    );
    assert_eq!(
        of("speakers"),
        vec!["A talk's title has 501 characters; at most 500 are allowed."]
    );
    // Exactly at the limit is fine, in characters, not bytes.
    let mut form = valid_form();
    form.title = "长".repeat(300);
    assert_eq!(
        draft("d", DraftOrigin::New, form).problems(Some(&c), &[]),
        vec![]
    );
}

#[test]
fn download_entry_writes_the_entry_only_for_a_draft_known_to_be_valid() {
    use seminars_core::drafts::export::{draft_file, DraftFileKind};
    let c = catalogue();
    let valid = draft("v1", DraftOrigin::New, valid_form());
    let file = draft_file(&valid, Some(&c), &[]);
    assert_eq!(file.kind, DraftFileKind::Entry);
    assert_eq!(file.name, "coastal-cities-forum-2027.json");
    // Without the catalogue it cannot be checked: the record, which reads back.
    let file = draft_file(&valid, None, &[]);
    assert_eq!(file.kind, DraftFileKind::Unchecked);
    assert_eq!(file.name, "draft-v1.json");
    assert_eq!(decode(&file.text), Decoded::Current(valid.clone()));
    // Another draft holding the same id makes it invalid.
    let twin = draft("v2", DraftOrigin::New, valid_form());
    assert_eq!(
        draft_file(&valid, Some(&c), &[&twin]).kind,
        DraftFileKind::Record
    );
    // Any stored id gives a safe file name.
    let odd = draft("../a b/草", DraftOrigin::New, SeminarForm::default());
    assert_eq!(draft_file(&odd, Some(&c), &[]).name, "draft-___a_b__.json");
}

/// A valid form with a Chinese translation of its texts and rows.
fn translated_form() -> SeminarForm {
    let mut form = valid_form();
    form.description = "Three sessions.".into();
    form.speakers[0].role = "Planner".into();
    form.speakers[0].translated_role = "规划师".into();
    form.speakers.push(SpeakerForm {
        name: "Second Speaker".into(),
        talk: "Wetlands".into(),
        ..SpeakerForm::default()
    });
    form.agenda = ["Opening", "Site visit", "Closing"]
        .iter()
        .map(|title| seminars_core::drafts::draft::AgendaForm {
            date: "2027-05-10".into(),
            title: (*title).into(),
            ..Default::default()
        })
        .collect();
    form.agenda[1].translated_title = "实地考察".into();
    form.translation = TranslationForm {
        title: "沿海城市论坛".into(),
        summary: "海堤、湿地与后撤。".into(),
        venue: "海港大厅".into(),
        city: "厦门".into(),
        ..TranslationForm::default()
    };
    form
}

#[test]
fn a_translation_is_the_other_language_unless_one_is_typed() {
    let mut form = valid_form();
    assert_eq!(form.translation_language(), "zh-Hans");
    form.language = "zh".into();
    assert_eq!(form.translation_language(), "en");
    form.language = "fr".into();
    assert_eq!(form.translation_language(), "en");
    form.translation.language = " zh-Hans ".into();
    assert_eq!(form.translation_language(), "zh-Hans");
}

#[test]
fn a_typed_translation_language_must_be_a_tag_other_than_the_listings() {
    let c = catalogue();
    let language_problem = |form: &SeminarForm| {
        form.to_seminar(|t| c.topic(t).is_some())
            .err()
            .unwrap_or_default()
            .iter()
            .any(|p| p.field == "translation.language")
    };
    let mut form = translated_form();
    assert!(!language_problem(&form));
    for bad in ["中文", "zh_Hans", "en", "EN"] {
        form.translation.language = bad.into();
        assert!(language_problem(&form), "{bad}");
    }
    form.translation.language = "fr".into();
    assert!(!language_problem(&form));
}

#[test]
fn a_translated_draft_gives_a_listing_with_rows_aligned_to_the_originals() {
    let c = catalogue();
    let seminar = translated_form()
        .to_seminar(|t| c.topic(t).is_some())
        .unwrap();
    let [t] = seminar.translations.as_slice() else {
        panic!("{:?}", seminar.translations);
    };
    assert_eq!(t.lang, "zh-Hans");
    assert_eq!(t.title.as_deref(), Some("沿海城市论坛"));
    assert_eq!(t.description, None);
    // Rows by position; the untranslated ones after the last are left out.
    assert_eq!(t.speakers.len(), 1);
    assert_eq!(t.speakers[0].role.as_deref(), Some("规划师"));
    assert_eq!(t.agenda.len(), 2);
    assert_eq!(t.agenda[0], None);
    assert_eq!(t.agenda[1].as_deref(), Some("实地考察"));
}

#[test]
fn export_writes_translations_only_when_something_is_filled() {
    let c = catalogue();
    let plain = valid_form().to_seminar(|t| c.topic(t).is_some()).unwrap();
    assert!(!entry_json(&plain).contains("translations"));
    let mut tag_only = valid_form();
    tag_only.translation.language = "zh-Hans".into();
    let seminar = tag_only.to_seminar(|t| c.topic(t).is_some()).unwrap();
    assert!(!entry_json(&seminar).contains("translations"));
    let translated = translated_form()
        .to_seminar(|t| c.topic(t).is_some())
        .unwrap();
    let json = entry_json(&translated);
    assert!(json.contains(r#""translations": {"#), "{json}");
    assert!(json.contains(r#""zh-Hans": {"#), "{json}");
}

#[test]
fn a_translated_entry_exports_and_imports_back_to_the_same_listing_and_form() {
    let c = catalogue();
    let form = translated_form();
    let seminar = form.to_seminar(|t| c.topic(t).is_some()).unwrap();
    let report = read_import(&entry_json(&seminar)).unwrap();
    let [Imported::Listing(back)] = report.accepted.as_slice() else {
        panic!("{report:?}");
    };
    assert_eq!(back, &seminar);
    let refilled = SeminarForm::from_seminar(back);
    assert_eq!(refilled.translation.title, form.translation.title);
    assert_eq!(refilled.agenda[1].translated_title, "实地考察");
    assert_eq!(refilled.speakers[0].translated_role, "规划师");
    assert_eq!(refilled.to_seminar(|t| c.topic(t).is_some()), Ok(seminar));
    // The whole catalogue, exported with the draft merged in, reads back too.
    let d = draft("t", DraftOrigin::New, form);
    let exported = Catalogue::from_json(&catalogue_json(&c, &[d])).unwrap();
    assert_eq!(exported.rejected, vec![]);
    assert_eq!(exported.seminars.last(), Some(back));
    assert_eq!(exported.topics, c.topics);
}

#[test]
fn a_translated_draft_round_trips_through_its_record() {
    let d = draft("tr", DraftOrigin::New, translated_form());
    let raw = encode(&d);
    assert!(raw.contains(r#""translated_title":"实地考察""#), "{raw}");
    assert_eq!(decode(&raw), Decoded::Current(d));
}

#[test]
fn drafts_stored_before_translations_read_with_none() {
    let raw = r#"{"version":2,"draft":{"id":"old","origin":{"type":"new"},
        "form":{"title":"Old","speakers":[{"name":"Ada","role":"","affiliation":"","talk":""}],
        "agenda":[{"date":"2027-01-01","start_time":"","end_time":"","title":"Open","speaker":""}]},
        "saved_at":0,"revision":1}}"#;
    let Decoded::Current(d) = decode(raw) else {
        panic!("{:?}", decode(raw));
    };
    assert!(d.form.translation.is_blank());
    assert!(d.form.other_translations.is_empty());
    assert_eq!(d.form.speakers[0].translated_role, "");
    assert_eq!(d.form.agenda[0].translated_title, "");
    // Written back without translations, a record stays as small as before.
    assert!(!encode(&d).contains("translat"));
}

#[test]
fn further_translations_of_a_published_listing_are_kept_through_the_form() {
    let c = catalogue();
    let entry = r#"{"id": "two-languages", "title": "Two", "summary": "S", "language": "en",
        "start": "2027-01-01", "end": "2027-01-01", "time_zone": "Europe/Paris",
        "venue": {"name": "Hall", "city": "Paris"}, "format": "in_person",
        "topics": ["climate-adaptation"], "source": "test",
        "speakers": [{"name": "A", "role": "Chair"}],
        "translations": {"zh-Hans": {"title": "二"}, "fr": {"title": "Deux", "speakers": [{"role": "Présidente"}]}}}"#;
    let report = read_import(entry).unwrap();
    let [Imported::Listing(seminar)] = report.accepted.as_slice() else {
        panic!("{report:?}");
    };
    let form = SeminarForm::from_seminar(seminar);
    assert_eq!(form.translation.language, "zh-Hans");
    assert_eq!(form.other_translations.len(), 1);
    assert_eq!(
        form.to_seminar(|t| c.topic(t).is_some()).as_ref(),
        Ok(seminar)
    );
    // Kept in the draft record as well.
    let d = draft("two", DraftOrigin::New, form);
    assert_eq!(decode(&encode(&d)), Decoded::Current(d));
}

#[test]
fn a_form_knows_whether_it_holds_a_translation() {
    let mut form = valid_form();
    assert!(!form.has_translation());
    // A language alone translates nothing.
    form.translation.language = "zh-Hans".into();
    assert!(!form.has_translation());
    form.speakers[0].translated_talk = "题目".into();
    assert!(form.has_translation());
    assert!(translated_form().has_translation());
}

#[test]
fn a_listings_bodies_keep_their_translated_names_through_the_form_moved_with_their_rows() {
    use seminars_core::catalogue::seminar::Role;
    use seminars_core::i18n::lang::Lang;
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/seminars.json"
    ))
    .unwrap();
    let catalogue = Catalogue::from_json(&text).unwrap();
    let guangxi = catalogue
        .seminar("guangxi-climate-change-response-workshop-2021")
        .unwrap();
    let mut form = SeminarForm::from_seminar(guangxi);
    let known = |t: &str| catalogue.topic(t).is_some();
    assert_eq!(form.to_seminar(known).as_ref(), Ok(guangxi));
    // The two organisers swapped: each keeps its Chinese name.
    form.organisers.swap(0, 1);
    let moved = form.to_seminar(known).unwrap();
    let zh = moved.shown_in(Lang::ZhHans);
    let names: Vec<&str> = zh.bodies(Role::Organiser).iter().map(|n| n.text).collect();
    assert_eq!(
        names,
        ["上海交通大学中英国际低碳学院", "广西壮族自治区生态环境厅"]
    );
    // A body renamed loses its translation, which named the old one.
    form.hosts[0] = "Another office".into();
    let renamed = form.to_seminar(known).unwrap();
    assert_eq!(
        renamed.shown_in(Lang::ZhHans).bodies(Role::Host)[0].text,
        "Another office"
    );
}
