//! Native tests of what issue 20 added to a listing: organising bodies by
//! role (主办, 承办, 协办, 支持) and teaching institutions, names in the
//! other language, audience groups, a status, training facts and a phone;
//! and how facets, search and calendar files follow.
#![cfg(not(target_arch = "wasm32"))]

use seminars_core::browse::filter::{run_query, value_labels, SearchIndex};
use seminars_core::browse::query::{Facet, SearchQuery, When};
use seminars_core::catalogue::links::{phone_problem, tel_href};
use seminars_core::catalogue::seminar::{Role, Status};
use seminars_core::catalogue::Catalogue;
use seminars_core::dates::parse_iso_date;
use seminars_core::i18n::lang::Lang;
use seminars_core::i18n::message::Message;

fn shipped() -> Catalogue {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/seminars.json"
    ))
    .unwrap();
    Catalogue::from_json(&text).unwrap()
}

fn today() -> time::Date {
    parse_iso_date("2026-11-28").unwrap()
}

fn names(c: &Catalogue, id: &str, role: Role, lang: Lang) -> Vec<String> {
    let s = c.seminar(id).unwrap();
    s.shown_in(lang)
        .bodies(role)
        .iter()
        .map(|n| n.text.to_owned())
        .collect()
}

const GUANGXI: &str = "guangxi-climate-change-response-workshop-2021";

#[test]
fn the_guangxi_workshop_names_its_bodies_by_role_and_by_their_official_chinese_names() {
    let c = shipped();
    assert_eq!(
        names(&c, GUANGXI, Role::Host, Lang::ZhHans),
        ["中共广西壮族自治区委员会组织部"]
    );
    assert_eq!(
        names(&c, GUANGXI, Role::Organiser, Lang::ZhHans),
        ["广西壮族自治区生态环境厅", "上海交通大学中英国际低碳学院"]
    );
    assert_eq!(
        names(&c, GUANGXI, Role::Teaching, Lang::ZhHans),
        [
            "国家应对气候变化战略研究和国际合作中心",
            "上海交通大学",
            "北京师范大学",
            "上海环境能源交易所"
        ]
    );
    assert_eq!(
        names(&c, GUANGXI, Role::Host, Lang::En),
        ["Organization Department of the CPC Guangxi Zhuang Autonomous Region Committee"]
    );
    let g = c.seminar(GUANGXI).unwrap();
    assert_eq!(
        g.shown_in(Lang::ZhHans).country().map(|c| c.text),
        Some("中国")
    );
    assert_eq!(g.expected_attendance, Some(50));
    assert_eq!(
        g.audiences,
        ["department-level-officials", "division-level-officials"]
    );
    assert!(g.source.contains("主办") && g.source.contains("承办"));
}

#[test]
fn every_shipped_listing_names_a_host_and_every_body_in_both_languages() {
    let c = shipped();
    for s in &c.seminars {
        assert!(!s.hosts.is_empty(), "{} names no host (主办)", s.id);
        for role in Role::ALL {
            for lang in [Lang::En, Lang::ZhHans] {
                for name in s.shown_in(lang).bodies(role) {
                    assert!(
                        lang.matches(name.lang),
                        "{}: {:?} is not in {lang:?}",
                        s.id,
                        name.text
                    );
                }
            }
        }
        if s.city().is_some() {
            for lang in [Lang::En, Lang::ZhHans] {
                let city = s.shown_in(lang).city();
                assert!(
                    lang.matches(city.lang),
                    "{}: {} in {lang:?}",
                    s.id,
                    city.text
                );
            }
        }
    }
}

#[test]
fn cities_and_bodies_are_filed_by_their_english_names_and_labelled_in_the_visitors_language() {
    let c = shipped();
    let index = SearchIndex::new(&c);
    // 上海 (a Chinese listing) and Shanghai (English ones) are one city;
    // an online seminar has no city.
    assert!(index.cities.contains(&"Shanghai".to_owned()));
    assert!(!index
        .cities
        .iter()
        .any(|c| c == "上海" || c == "Online" || c == "线上"));
    let zh = value_labels(&c, &index.cities, Facet::City, Lang::ZhHans);
    assert!(
        zh.iter()
            .all(|(label, tag)| tag.starts_with("zh") && !label.is_ascii()),
        "{zh:?}"
    );
    let bodies = value_labels(&c, &index.organisers, Facet::Organiser, Lang::ZhHans);
    assert!(bodies
        .iter()
        .any(|(label, _)| label == "中共广西壮族自治区委员会组织部"));
    assert!(
        bodies.iter().all(|(_, tag)| tag.starts_with("zh")),
        "{bodies:?}"
    );
    let en = value_labels(&c, &index.organisers, Facet::Organiser, Lang::En);
    assert!(en.iter().all(|(label, _)| label.is_ascii()), "{en:?}");
}

#[test]
fn search_finds_every_listing_of_a_topic_by_the_topics_name_and_counts_past_matches() {
    let c = shipped();
    let index = SearchIndex::new(&c);
    let of_topic = |when: When| {
        let q = SearchQuery {
            topics: vec!["carbon-markets".into()],
            when,
            ..SearchQuery::new()
        };
        run_query(&c, &index, &q, today()).matches
    };
    let searched = SearchQuery {
        text: "碳市场".into(),
        ..SearchQuery::new()
    };
    let found = run_query(&c, &index, &searched, today());
    for i in of_topic(When::Upcoming) {
        assert!(found.matches.contains(&i), "{} not found", c.seminars[i].id);
    }
    let past = of_topic(When::Past).len();
    assert!(past > 0);
    assert!(
        found.past_matches >= past,
        "{} < {past}",
        found.past_matches
    );
    let past_view = SearchQuery {
        when: When::Past,
        ..searched.clone()
    };
    assert_eq!(
        run_query(&c, &index, &past_view, today()).matches.len(),
        found.past_matches
    );
    // Only a search of upcoming seminars counts them.
    assert_eq!(run_query(&c, &index, &past_view, today()).past_matches, 0);
}

#[test]
fn the_audience_facet_counts_and_filters() {
    let c = shipped();
    let index = SearchIndex::new(&c);
    let all = SearchQuery {
        when: When::All,
        ..SearchQuery::new()
    };
    let r = run_query(&c, &index, &all, today());
    let at = c
        .audiences
        .iter()
        .position(|a| a.id == "researchers")
        .unwrap();
    let expected = c
        .seminars
        .iter()
        .filter(|s| s.audiences.iter().any(|a| a == "researchers"))
        .count();
    assert!(expected > 0);
    assert_eq!(r.counts.audiences[at], expected);
    let q = all.with_facet_value(Facet::Audience, "researchers", true, &c);
    assert_eq!(q.to_query_string(), "?audience=researchers&when=all");
    assert_eq!(run_query(&c, &index, &q, today()).matches.len(), expected);
}

#[test]
fn the_shipped_cancelled_listing_is_marked_and_its_calendar_file_says_so() {
    let c = shipped();
    let cancelled: Vec<_> = c
        .seminars
        .iter()
        .filter(|s| s.status == Status::Cancelled)
        .collect();
    assert_eq!(cancelled.len(), 1);
    assert!(cancelled[0].example && cancelled[0].end >= today());
}

/// A catalogue of one listing with the given extra members.
fn one(extra: &str) -> String {
    format!(
        r#"{{"version": 1, "topics": [{{"id": "t", "label": "T"}}],
            "seminars": [{{"id": "a", "title": "A", "summary": "S.", "start": "2027-01-01",
              "end": "2027-01-02", "time_zone": "Asia/Shanghai", "format": "in_person",
              "venue": {{"name": "V", "city": "C"}}, "topics": ["t"], "source": "S."{extra}}}]}}"#
    )
}

fn rejected(extra: &str) -> String {
    let c = Catalogue::from_json(&one(extra)).unwrap();
    assert!(c.seminars.is_empty(), "{extra} was kept");
    c.rejected[0].reason.say(Lang::En)
}

#[test]
fn roles_status_training_facts_and_phone_read_and_write_back() {
    let c = Catalogue::from_json(&one(
        r#", "hosts": ["H"], "organisers": ["O"], "co_organisers": ["C"], "supporters": ["P"],
           "institutions": ["I"], "status": "rescheduled",
           "previous_dates": {"start": "2026-12-01", "end": "2026-12-02"},
           "audiences": ["x"], "places": 60, "hours": 24, "certificate": true,
           "notice": {"number": "示例〔2026〕1号", "url": "https://example.org/n"},
           "contact_name": "Li", "phone": "+86 771-123 4567",
           "translations": {"zh-Hans": {"hosts": ["主"], "co_organisers": ["协"], "country": "中国",
              "institutions": ["授"]}}"#,
    ))
    .unwrap();
    assert!(c.rejected.is_empty(), "{:?}", c.rejected);
    let s = &c.seminars[0];
    assert_eq!(
        Role::ALL.map(|r| s.bodies(r).to_vec()),
        [["H"], ["O"], ["C"], ["P"]].map(|n| n.map(String::from).to_vec())
    );
    assert_eq!(s.status, Status::Rescheduled);
    assert_eq!(
        (s.places, s.hours, s.certificate),
        (Some(60), Some(24), true)
    );
    let zh = s.shown_in(Lang::ZhHans);
    assert_eq!(zh.bodies(Role::Host)[0].text, "主");
    assert_eq!(zh.bodies(Role::Organiser)[0].text, "O");
    assert_eq!(zh.bodies(Role::CoOrganiser)[0].text, "协");
    assert_eq!(zh.bodies(Role::Teaching)[0].text, "授");
    // Written back as the catalogue writes it, and read again the same.
    let json = serde_json::to_string(s).unwrap();
    let again = Catalogue::from_json(&format!(
        r#"{{"version": 1, "topics": [{{"id": "t", "label": "T"}}], "seminars": [{json}]}}"#
    ))
    .unwrap();
    assert_eq!(again.seminars.first(), Some(s), "{json}");
}

#[test]
fn a_wrong_status_phone_or_extra_translated_body_is_refused_in_words() {
    assert!(rejected(r#", "status": "maybe""#).contains("moved_online"));
    assert!(rejected(r#", "phone": "+86 771 123;ext=9""#).contains("is not a telephone number"));
    assert!(
        rejected(r#", "hosts": ["H"], "translations": {"zh-Hans": {"hosts": ["主", "多"]}}"#)
            .contains("organising bodies")
    );
    assert!(
        rejected(r#", "notice": {"number": "N", "url": "javascript:alert(1)"}"#)
            .contains("cannot be a link")
    );
}

#[test]
fn only_digits_spaces_plus_and_minus_make_a_tel_link() {
    for good in ["+86 771 123 4567", "010-6512 3456", "12345"] {
        assert_eq!(phone_problem(good), None, "{good}");
    }
    assert_eq!(
        tel_href("+86 771 123 4567").as_deref(),
        Some("tel:+867711234567")
    );
    for bad in [
        "12",
        "+86 771 123;ext=9",
        "tel:123456",
        "javascript:alert(1)",
        "123\u{202E}456",
        "１２３４５",
        "123,456#",
        "123%0A456",
        &"1".repeat(41),
    ] {
        assert!(
            phone_problem(bad).is_some_and(|m: Message| !m.say(Lang::ZhHans).is_empty()),
            "{bad:?}"
        );
        assert_eq!(tel_href(bad), None, "{bad:?}");
    }
}
