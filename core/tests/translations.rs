//! Native tests of listings and topics in other languages: how the
//! catalogue's `translations` are read and checked, which text a visitor
//! sees, and that search finds a listing by the words of any language.
#![cfg(not(target_arch = "wasm32"))]

use seminars_core::browse::filter::{run_query, search_text, SearchIndex};
use seminars_core::browse::query::{SearchQuery, When};
use seminars_core::catalogue::shown::Shown;
use seminars_core::catalogue::Catalogue;
use seminars_core::dates::parse_iso_date;
use seminars_core::i18n::lang::Lang;

/// A catalogue with one topic (translated into Chinese) and the given listings.
fn doc(seminars: &[String]) -> String {
    format!(
        r#"{{"version": 1,
            "topics": [{{"id": "energy", "label": "Energy", "description": "Power.",
                         "translations": {{"zh-Hans": {{"label": "能源"}}}}}}],
            "seminars": [{}]}}"#,
        seminars.join(",")
    )
}

/// A listing in English with two speakers and two agenda items, and the
/// given `translations` member (or none).
fn listing(id: &str, translations: &str) -> String {
    let translations = if translations.is_empty() {
        String::new()
    } else {
        format!(r#", "translations": {translations}"#)
    };
    format!(
        r#"{{"id": "{id}", "title": "Grid Forum", "summary": "Storage and grids.",
            "description": "Long text.", "language": "en",
            "start": "2027-03-01", "end": "2027-03-02", "time_zone": "Asia/Shanghai",
            "venue": {{"name": "Harbour Hall", "city": "Xiamen"}}, "format": "in_person",
            "speakers": [{{"name": "Ada", "role": "Chair", "talk": "Batteries"}},
                         {{"name": "Grace", "role": "Engineer"}}],
            "agenda": [{{"date": "2027-03-01", "title": "Opening"}},
                       {{"date": "2027-03-02", "title": "Visit"}}],
            "audience": "Engineers.",
            "topics": ["energy"], "source": "test"{translations}}}"#
    )
}

const CHINESE: &str = r#"{"zh-Hans": {"title": "电网论坛", "summary": "储能与电网。",
    "venue": "海港大厅", "city": "厦门", "audience": "工程师。",
    "agenda": [null, "参观"],
    "speakers": [{"role": "主持人", "talk": "电池"}], "unknown": [1, {"x": 2}]}}"#;

fn load(seminars: &[String]) -> Catalogue {
    Catalogue::from_json(&doc(seminars)).expect("a catalogue")
}

fn reason(translations: &str) -> String {
    let catalogue = load(&[listing("one", translations)]);
    assert_eq!(catalogue.seminars.len(), 0, "{translations}");
    catalogue.rejected[0].reason.english()
}

#[test]
fn translations_of_listings_and_topics_are_read() {
    let catalogue = load(&[listing("one", CHINESE), listing("two", "")]);
    assert_eq!(catalogue.rejected, vec![]);
    let [one, two] = catalogue.seminars.as_slice() else {
        panic!("{catalogue:?}");
    };
    assert!(two.translations.is_empty());
    let [t] = one.translations.as_slice() else {
        panic!("{:?}", one.translations);
    };
    assert_eq!(t.lang, "zh-Hans");
    assert_eq!(t.title.as_deref(), Some("电网论坛"));
    assert_eq!(t.city.as_deref(), Some("厦门"));
    assert_eq!(t.description, None);
    assert_eq!(t.agenda.len(), 2);
    assert_eq!(t.agenda[0], None);
    assert_eq!(t.agenda[1].as_deref(), Some("参观"));
    assert_eq!(t.speakers[0].talk.as_deref(), Some("电池"));
    let topic = &catalogue.topics[0];
    assert_eq!(topic.language, "en");
    assert_eq!(topic.translations[0].lang, "zh-Hans");
    assert_eq!(topic.translations[0].label.as_deref(), Some("能源"));
}

#[test]
fn a_translation_keyed_by_something_that_is_not_a_language_tag_is_rejected_with_why() {
    let too_long = "a".repeat(36);
    for key in ["中文", "1en", "zh_Hans", "", "en us", too_long.as_str()] {
        let reason = reason(&format!(r#"{{"{key}": {{"title": "x"}}}}"#));
        assert!(
            reason.contains(&format!("“{key}” is not a language tag")),
            "{key}: {reason}"
        );
    }
    let fine = load(&[listing("one", r#"{"x-klingon-2": {"title": "x"}}"#)]);
    assert_eq!(fine.rejected, vec![]);
}

#[test]
fn a_language_or_field_given_twice_is_rejected() {
    let twice = reason(r#"{"zh-Hans": {"title": "一"}, "zh-hans": {"title": "二"}}"#);
    assert!(
        twice.contains("the translation “zh-hans” appears twice"),
        "{twice}"
    );
    let field = reason(r#"{"zh-Hans": {"title": "一", "title": "二"}}"#);
    assert!(field.contains("the field “title” appears twice"), "{field}");
    let row = reason(r#"{"zh-Hans": {"speakers": [{"role": "一", "role": "二"}]}}"#);
    assert!(row.contains("the field “role” appears twice"), "{row}");
    let kind = reason(r#"{"zh-Hans": {"title": 5}}"#);
    assert!(kind.contains("the number 5 where text belongs"), "{kind}");
    let list = reason(r#"["zh-Hans"]"#);
    assert!(list.contains("a list where an object belongs"), "{list}");
}

#[test]
fn translations_have_the_limits_of_the_texts_they_translate() {
    let long_title = "长".repeat(301);
    let title = reason(&format!(r#"{{"zh-Hans": {{"title": "{long_title}"}}}}"#));
    assert_eq!(
        title,
        "translation.title: The title in zh-Hans has 301 characters; at most 300 are allowed."
    );
    let long_talk = "长".repeat(501);
    let talk = reason(&format!(
        r#"{{"zh-Hans": {{"speakers": [null, {{"talk": "{long_talk}"}}]}}}}"#
    ));
    assert!(
        talk.starts_with("translation.speakers: A talk's title in zh-Hans has 501"),
        "{talk}"
    );
    let agenda = reason(r#"{"zh-Hans": {"agenda": [null, null, "三"]}}"#);
    assert_eq!(
        agenda,
        "translation: The translation into zh-Hans has more speakers, agenda items or organising bodies than the listing."
    );
    let speakers = reason(r#"{"en-GB": {"speakers": [{}, {}, {"role": "x"}]}}"#);
    assert!(speakers.contains("has more speakers"), "{speakers}");
    let many: Vec<String> = (0..21)
        .map(|i| format!(r#""x-lang{i}": {{"title": "t{i}"}}"#))
        .collect();
    let count = reason(&format!("{{{}}}", many.join(",")));
    assert!(
        count.contains("the translation “x-lang20” is one too many: at most 20 are allowed"),
        "{count}"
    );
    // A topic's label in another language has the label's limit.
    let text = format!(
        r#"{{"version": 1, "topics": [{{"id": "energy", "label": "Energy",
            "translations": {{"zh-Hans": {{"label": "{}"}}}}}}], "seminars": []}}"#,
        "能".repeat(101)
    );
    let catalogue = Catalogue::from_json(&text).unwrap();
    assert_eq!(
        catalogue.rejected[0].reason.english(),
        "The label in zh-Hans has 101 characters; at most 100 are allowed."
    );
}

#[test]
fn a_translation_with_no_text_and_untranslated_rows_at_the_end_are_dropped() {
    let catalogue = load(&[listing(
        "one",
        r#"{"zh-Hans": {"agenda": [null, null]}, "fr": {"title": "Forum", "speakers": [{"role": "Présidente"}, {}]}}"#,
    )]);
    let [t] = catalogue.seminars[0].translations.as_slice() else {
        panic!("{:?}", catalogue.seminars[0].translations);
    };
    assert_eq!((t.lang.as_str(), t.speakers.len()), ("fr", 1));
}

fn shown(text: &'static str, lang: &'static str) -> Shown<'static> {
    Shown { text, lang }
}

#[test]
fn a_visitor_sees_their_language_where_there_is_a_translation_and_the_original_elsewhere() {
    let catalogue = load(&[listing("one", CHINESE)]);
    let s = &catalogue.seminars[0];
    let zh = s.shown_in(Lang::ZhHans);
    assert_eq!(zh.title(), shown("电网论坛", "zh-Hans"));
    assert_eq!(zh.summary(), shown("储能与电网。", "zh-Hans"));
    assert_eq!(zh.description(), Some(shown("Long text.", "en")));
    assert_eq!(zh.venue_name(), shown("海港大厅", "zh-Hans"));
    assert_eq!(zh.city(), shown("厦门", "zh-Hans"));
    assert_eq!(zh.audience(), Some(shown("工程师。", "zh-Hans")));
    assert_eq!(zh.agenda_title(0), Some(shown("Opening", "en")));
    assert_eq!(zh.agenda_title(1), Some(shown("参观", "zh-Hans")));
    assert_eq!(zh.agenda_title(2), None);
    assert_eq!(zh.speaker_role(0), Some(shown("主持人", "zh-Hans")));
    assert_eq!(zh.speaker_role(1), Some(shown("Engineer", "en")));
    assert_eq!(zh.speaker_talk(1), None);
    assert_eq!(zh.original_lang(), "en");
    let en = s.shown_in(Lang::En);
    assert_eq!(en.title(), shown("Grid Forum", "en"));
    assert_eq!(en.city(), shown("Xiamen", "en"));
    assert_eq!(en.speaker_role(0), Some(shown("Chair", "en")));
    let topic = &catalogue.topics[0];
    assert_eq!(topic.label_in(Lang::ZhHans), shown("能源", "zh-Hans"));
    assert_eq!(
        topic.description_in(Lang::ZhHans),
        Some(shown("Power.", "en"))
    );
    assert_eq!(topic.label_in(Lang::En), shown("Energy", "en"));
    assert_eq!(
        catalogue.topic_labels(&["energy".into(), "gone".into()], Lang::ZhHans),
        (vec![("energy".to_owned(), "能源".to_owned())], None)
    );
}

#[test]
fn a_listing_written_in_chinese_shows_its_english_translation_to_an_english_reader() {
    let chinese = listing(
        "one",
        r#"{"en": {"title": "Power Grid Forum"}, "zh": {"title": "不用"}}"#,
    )
    .replace(r#""language": "en""#, r#""language": "zh""#)
    .replace(r#""title": "Grid Forum""#, r#""title": "电网论坛""#);
    let catalogue = load(&[chinese]);
    let s = &catalogue.seminars[0];
    assert_eq!(
        s.shown_in(Lang::En).title(),
        shown("Power Grid Forum", "en")
    );
    // The original is in the reader's language: no translation is preferred to it.
    assert_eq!(s.shown_in(Lang::ZhHans).title(), shown("电网论坛", "zh"));
    // A blank translated text shows the original.
    let blank = load(&[listing(
        "two",
        r#"{"zh-Hans": {"title": " ", "summary": "摘要"}}"#,
    )]);
    let zh = blank.seminars[0].shown_in(Lang::ZhHans);
    assert_eq!(zh.title(), shown("Grid Forum", "en"));
    assert_eq!(zh.summary(), shown("摘要", "zh-Hans"));
}

#[test]
fn search_finds_a_listing_by_the_words_of_either_language() {
    let catalogue = load(&[listing("one", CHINESE), listing("two", "")]);
    let index = SearchIndex::new(&catalogue);
    let today = parse_iso_date("2026-11-28").unwrap();
    let found = |text: &str| {
        let query = SearchQuery {
            text: text.to_owned(),
            when: When::All,
            ..SearchQuery::new()
        };
        run_query(&catalogue, &index, &query, today).matches
    };
    assert_eq!(found("电网"), vec![0]);
    assert_eq!(found("海港大厅"), vec![0]);
    // Search reads the same fields in every language: not the agenda.
    assert_eq!(found("参观"), Vec::<usize>::new());
    assert_eq!(found("主持人 batteries"), vec![0]);
    assert_eq!(found("grid"), vec![0, 1]);
    assert!(search_text(&catalogue, &catalogue.seminars[0]).contains("厦门"));
}

#[test]
fn a_card_shows_the_place_in_one_language() {
    let both = load(&[listing("one", CHINESE)]);
    let zh = both.seminars[0].shown_in(Lang::ZhHans);
    assert_eq!(zh.place(), ("海港大厅", Some("厦门"), "zh-Hans"));
    // Only the venue translated: the place stays whole in the original.
    let venue_only = load(&[listing("one", r#"{"zh-Hans": {"venue": "海港大厅"}}"#)]);
    let zh = venue_only.seminars[0].shown_in(Lang::ZhHans);
    assert_eq!(zh.place(), ("Harbour Hall", Some("Xiamen"), "en"));
    let online = listing("one", r#"{"zh-Hans": {"venue": "线上", "city": "线上"}}"#).replace(
        r#""name": "Harbour Hall", "city": "Xiamen""#,
        r#""name": "Online", "city": "Online""#,
    );
    let online = load(&[online]);
    assert_eq!(
        online.seminars[0].shown_in(Lang::ZhHans).place(),
        ("线上", None, "zh-Hans")
    );
}

#[test]
fn topic_labels_carry_one_language_only_when_they_share_it() {
    let text = r#"{"version": 1, "topics": [
        {"id": "energy", "label": "Energy", "translations": {"zh-Hans": {"label": "能源"}}},
        {"id": "policy", "label": "Policy"}], "seminars": []}"#;
    let catalogue = Catalogue::from_json(text).unwrap();
    let ids = |ids: &[&str]| ids.iter().map(|id| id.to_string()).collect::<Vec<_>>();
    assert_eq!(
        catalogue.topic_labels(&ids(&["policy"]), Lang::ZhHans),
        (
            vec![("policy".to_owned(), "Policy".to_owned())],
            Some("en".to_owned())
        )
    );
    assert_eq!(
        catalogue.topic_labels(&ids(&["energy", "policy"]), Lang::ZhHans),
        (
            vec![
                ("energy".to_owned(), "能源".to_owned()),
                ("policy".to_owned(), "Policy".to_owned())
            ],
            None
        )
    );
    assert_eq!(
        catalogue.topic_labels(&ids(&["energy", "policy"]), Lang::En),
        (
            vec![
                ("energy".to_owned(), "Energy".to_owned()),
                ("policy".to_owned(), "Policy".to_owned())
            ],
            None
        )
    );
}

#[test]
fn the_shipped_catalogue_speaks_chinese() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/seminars.json"
    ))
    .unwrap();
    let catalogue = Catalogue::from_json(&text).unwrap();
    assert_eq!(catalogue.rejected, vec![]);
    let labels: Vec<(&str, &str)> = catalogue
        .topics
        .iter()
        .map(|t| (t.id.as_str(), t.label_in(Lang::ZhHans).text))
        .collect();
    assert_eq!(
        labels,
        [
            ("carbon-peaking-neutrality", "碳达峰碳中和"),
            ("carbon-markets", "碳市场与碳排放权交易"),
            ("climate-adaptation", "适应气候变化"),
            ("energy-transition", "能源转型"),
            ("low-carbon-industry", "低碳产业"),
            ("policy-planning", "政策与规划"),
        ]
    );
    // Every listing not written in Chinese has a Chinese title and summary.
    for s in &catalogue.seminars {
        let zh = s.shown_in(Lang::ZhHans);
        if s.language != "zh" {
            assert_eq!(zh.title().lang, "zh-Hans", "{}", s.id);
            assert_eq!(zh.summary().lang, "zh-Hans", "{}", s.id);
        }
    }
    let guangxi = catalogue
        .seminar("guangxi-climate-change-response-workshop-2021")
        .unwrap();
    let zh = guangxi.shown_in(Lang::ZhHans);
    assert_eq!(zh.title().text, "广西壮族自治区应对气候变化工作专题研讨班");
    assert_eq!(zh.place(), ("上海交通大学", Some("上海"), "zh-Hans"));
    assert_eq!(zh.speaker_role(0).map(|r| r.text), Some("副厅长"));
    assert!(guangxi.source.contains("translation of the English report"));
    // An online listing says so once, in either language.
    let online = catalogue
        .seminar("ets-allowance-allocation-webinar-2026")
        .unwrap();
    assert_eq!(
        online.shown_in(Lang::ZhHans).place(),
        ("线上", None, "zh-Hans")
    );
    assert_eq!(online.shown_in(Lang::En).place(), ("Online", None, "en"));
    // A Chinese query finds the English listings by their translations.
    let index = SearchIndex::new(&catalogue);
    let query = SearchQuery {
        text: "全国碳市场".to_owned(),
        when: When::All,
        ..SearchQuery::new()
    };
    let today = parse_iso_date("2026-11-28").unwrap();
    let found: Vec<&str> = run_query(&catalogue, &index, &query, today)
        .matches
        .iter()
        .map(|&i| catalogue.seminars[i].id.as_str())
        .collect();
    assert!(
        found.contains(&"guangxi-climate-change-response-workshop-2021"),
        "{found:?}"
    );
}
