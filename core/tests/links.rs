//! Native tests of the links a listing carries: the catalogue reader
//! refuses a listing whose link is not an `https:`, `http:` or `mailto:`
//! address, with the reason; the draft form says the same beside the field;
//! and what is accepted round-trips through the form and the export.
#![cfg(not(target_arch = "wasm32"))]

use seminars_core::catalogue::seminar::Seminar;
use seminars_core::catalogue::Catalogue;
use seminars_core::dates::parse_iso_date;
use seminars_core::drafts::draft::SeminarForm;

/// A catalogue with one listing holding `links` (JSON fields, with a
/// leading comma) in the given format.
fn doc(format: &str, links: &str) -> String {
    format!(
        r#"{{"version": 1, "topics": [{{"id": "energy", "label": "Energy"}}],
            "seminars": [{{"id": "s", "title": "T", "summary": "S", "start": "2026-01-01",
            "end": "2026-01-02", "time_zone": "Asia/Shanghai",
            "venue": {{"name": "Hall", "city": "Nanning"}}, "format": "{format}",
            "topics": ["energy"], "source": "test"{links}}}]}}"#
    )
}

/// The reasons the catalogue gives for skipping the listing.
fn reasons(format: &str, links: &str) -> Vec<String> {
    let catalogue = Catalogue::from_json(&doc(format, links)).expect("a catalogue");
    catalogue
        .rejected
        .iter()
        .map(|r| r.reason.english())
        .collect()
}

/// Hostile and mistaken addresses, as JSON strings.
const HOSTILE: [&str; 9] = [
    r#""javascript:alert(1)""#,
    r#""JaVaScRiPt:alert(1)""#,
    r#""data:text/html,<script>alert(1)</script>""#,
    r#""  https://example.org""#,
    r#""https://example.org/\u0000x""#,
    r#""HTTPS://example.org""#,
    r#""/seminars/elsewhere""#,
    r#""//example.org""#,
    r#""vbscript:msgbox(1)""#,
];

#[test]
fn the_catalogue_reads_every_link_kind() {
    let links = r#", "website": "https://example.org/s",
        "registration": {"url": "https://example.org/s/register", "closes": "2025-12-20"},
        "online": "https://meet.example.org/s", "contact": "events@example.org""#;
    let catalogue = Catalogue::from_json(&doc("hybrid", links)).expect("a catalogue");
    assert_eq!(catalogue.rejected, vec![]);
    let s = &catalogue.seminars[0];
    assert_eq!(s.website.as_deref(), Some("https://example.org/s"));
    let registration = s.registration.as_ref().expect("registration");
    assert_eq!(registration.url, "https://example.org/s/register");
    assert_eq!(registration.closes, parse_iso_date("2025-12-20"));
    assert_eq!(s.online.as_deref(), Some("https://meet.example.org/s"));
    assert_eq!(s.contact.as_deref(), Some("events@example.org"));
    // Absent, null and a registration without a closing date are fine.
    let plain = Catalogue::from_json(&doc(
        "online",
        r#", "website": null, "registration": {"url": "http://example.org/r"}"#,
    ))
    .expect("a catalogue");
    assert_eq!(plain.rejected, vec![]);
    assert_eq!(plain.seminars[0].website, None);
    assert_eq!(
        plain.seminars[0].registration.as_ref().unwrap().closes,
        None
    );
}

#[test]
fn a_listing_with_a_hostile_link_is_skipped_with_its_reason() {
    for url in HOSTILE {
        for field in ["website", "online"] {
            let got = reasons("hybrid", &format!(r#", "{field}": {url}"#));
            assert_eq!(got.len(), 1, "{field} {url}: {got:?}");
            assert!(got[0].starts_with(&format!("{field}: ")), "{got:?}");
        }
        let got = reasons("online", &format!(r#", "registration": {{"url": {url}}}"#));
        assert_eq!(got.len(), 1, "registration {url}: {got:?}");
        assert!(got[0].starts_with("registration.url: "), "{got:?}");
    }
    let got = reasons("online", r#", "website": "javascript:alert(1)""#);
    assert_eq!(
        got[0],
        "website: “javascript:alert(1)” cannot be a link: a web address starts with https:// or http:// and names a site"
    );
}

#[test]
fn contact_addresses_and_online_meetings_are_checked() {
    for email in [
        r#""javascript:alert(1)""#,
        r#""mailto:a@example.org""#,
        r#""a@example.org?subject=x""#,
        r#""not an address""#,
    ] {
        let got = reasons("online", &format!(r#", "contact": {email}"#));
        assert_eq!(got.len(), 1, "{email}: {got:?}");
        assert!(got[0].starts_with("contact: "), "{got:?}");
    }
    let got = reasons("in_person", r#", "online": "https://meet.example.org/s""#);
    assert!(
        got[0].starts_with("online: an in-person seminar"),
        "{got:?}"
    );
    let got = reasons(
        "online",
        r#", "registration": {"url": "https://e.org", "closes": "soon"}"#,
    );
    assert!(got[0].contains("\"soon\" is not a date"), "{got:?}");
}

/// A complete form of a hybrid listing.
fn form() -> SeminarForm {
    SeminarForm {
        id: "linked".into(),
        title: "Linked".into(),
        summary: "S".into(),
        start: "2026-01-01".into(),
        end: "2026-01-02".into(),
        time_zone: "Asia/Shanghai".into(),
        venue_name: "Hall".into(),
        city: "Nanning".into(),
        format: "hybrid".into(),
        topics: vec!["energy".into()],
        source: "test".into(),
        ..SeminarForm::default()
    }
}

/// The form's problems, as (field, English message).
fn problems(form: &SeminarForm) -> Vec<(&'static str, String)> {
    match form.to_seminar(|t| t == "energy") {
        Ok(_) => vec![],
        Err(problems) => problems
            .into_iter()
            .map(|p| (p.field, p.message.english()))
            .collect(),
    }
}

#[test]
fn the_form_says_beside_each_link_field_what_is_wrong() {
    for url in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,x",
    ] {
        let f = SeminarForm {
            website: url.into(),
            registration_url: url.into(),
            online: url.into(),
            contact: url.into(),
            ..form()
        };
        let fields: Vec<_> = problems(&f).into_iter().map(|(field, _)| field).collect();
        assert_eq!(
            fields,
            vec!["website", "registration.url", "online", "contact"],
            "{url}"
        );
    }
    let f = SeminarForm {
        registration_closes: "2026-13-01".into(),
        ..form()
    };
    assert!(problems(&f)
        .iter()
        .any(|(field, _)| *field == "registration.closes"));
    assert!(problems(&f)
        .iter()
        .any(|(field, _)| *field == "registration.url"));
}

#[test]
fn links_round_trip_through_the_form_and_the_entry() {
    let f = SeminarForm {
        website: " https://example.org/linked ".into(),
        registration_url: "https://example.org/linked/register".into(),
        registration_closes: "2025-12-01".into(),
        online: "https://meet.example.org/linked".into(),
        contact: "events@example.org".into(),
        ..form()
    };
    let seminar = f.to_seminar(|t| t == "energy").expect("valid");
    assert_eq!(
        seminar.website.as_deref(),
        Some("https://example.org/linked")
    );
    let entry = serde_json::to_string(&seminar).expect("serialises");
    assert!(entry.contains(r#""closes":"2025-12-01""#), "{entry}");
    let back = Seminar::from_json(&entry).expect("reads back");
    assert_eq!(back, seminar);
    let again = SeminarForm::from_seminar(&back);
    assert_eq!(again.registration_closes, "2025-12-01");
    assert_eq!(again.contact, "events@example.org");
}

#[test]
fn the_shipped_examples_carry_links_under_example_org_and_the_workshop_none() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../public/seminars.json"
    ))
    .expect("readable");
    let catalogue = Catalogue::from_json(&text).expect("loads");
    for s in &catalogue.seminars {
        let links = [
            s.website.as_deref(),
            s.registration.as_ref().map(|r| r.url.as_str()),
            s.online.as_deref(),
        ];
        if s.example {
            for url in links.into_iter().flatten() {
                assert!(
                    url.starts_with("https://example.org/")
                        || url.starts_with("https://meet.example.org/"),
                    "{url}"
                );
            }
        } else {
            assert_eq!(links, [None, None, None], "{}", s.id);
            assert_eq!(s.contact, None);
        }
    }
    assert!(
        catalogue
            .seminars
            .iter()
            .filter(|s| s.registration.is_some())
            .count()
            >= 5
    );
}

/// The link rule refuses every character Unicode says is invisible
/// (`Default_Ignorable_Code_Point`) or steers the text's direction
/// (`Bidi_Control`), in web addresses and in email addresses alike, and
/// only those beyond white space and control characters: checked for every
/// code point against Unicode's data (ICU's tables).
#[test]
fn every_invisible_and_bidi_control_character_is_refused_and_no_other() {
    use icu_properties::props::{BidiControl, DefaultIgnorableCodePoint};
    use icu_properties::CodePointSetData;
    use seminars_core::catalogue::links::{email_problem, web_link_problem};
    let ignorable = CodePointSetData::new::<DefaultIgnorableCodePoint>();
    let bidi = CodePointSetData::new::<BidiControl>();
    let mut refused = 0;
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let invisible = ignorable.contains(c) || bidi.contains(c);
        let url = format!("https://example.org/a{c}b");
        let email = format!("a@exa{c}mple.org");
        let url_refused = web_link_problem(&url).is_some();
        let email_refused = email_problem(&email).is_some();
        if invisible {
            refused += 1;
            assert!(url_refused, "U+{:04X} passed in a web address", c as u32);
            assert!(
                email_refused,
                "U+{:04X} passed in an email address",
                c as u32
            );
        } else if !c.is_whitespace() && !c.is_control() && c != '\\' {
            assert!(!url_refused, "U+{:04X} refused in a web address", c as u32);
        }
    }
    // Unicode 16.0 has 4,174 such code points.
    assert!(refused > 4_000, "{refused}");
}

/// The examples found by trying: an address whose end is reversed on
/// screen by a right-to-left isolate, a soft hyphen, the Arabic letter
/// mark and a tag character, in a website and in a contact email; none is
/// a link.
#[test]
fn reordering_and_invisible_characters_never_become_links() {
    use seminars_core::catalogue::links::{mailto_href, web_href};
    for c in [
        '\u{2067}',
        '\u{2069}',
        '\u{2066}',
        '\u{2068}',
        '\u{00AD}',
        '\u{061C}',
        '\u{E0041}',
        '\u{E007F}',
    ] {
        assert_eq!(
            web_href(&format!("https://example.org/{c}gpj.exe{c}")),
            None,
            "U+{:04X}",
            c as u32
        );
        assert_eq!(
            mailto_href(&format!("info{c}@example.org")),
            None,
            "U+{:04X}",
            c as u32
        );
        assert_eq!(
            mailto_href(&format!("info@exam{c}ple.org")),
            None,
            "U+{:04X}",
            c as u32
        );
    }
    assert_eq!(
        web_href("https://example.org/碳市场"),
        Some("https://example.org/碳市场")
    );
}
