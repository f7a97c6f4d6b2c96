//! Native tests of the iCalendar writer (`seminars_core::ics`):
//! the file's shape, escaping and folding read back by a small unfolder
//! and unescaper written here, stable UIDs, all-day and timed events, the
//! link rules, and (when `ICS_PYTHON` is set, as `.ci/setup` does) two
//! independent parsers, ical.js and Python's icalendar, reading the same
//! file back to the same events.
#![cfg(not(target_arch = "wasm32"))]

use seminars_core::catalogue::seminar::Seminar;
use seminars_core::i18n::lang::Lang;
use seminars_core::ics::{
    calendar, escape_text, file_name, fold_line_into, CalendarContext, CalendarLabels,
};
use serde_json::{json, Value};
use time::{Date, Duration, Month, PrimitiveDateTime, Time};

const LABELS: CalendarLabels = CalendarLabels {
    website: "Website",
    registration: "Registration",
    registration_closes: "Registration closes on {date}",
    online: "Online",
    contact: "Contact",
    page: "Listing",
    colon: ": ",
    separator: "; ",
    roles: [
        "Hosted by",
        "Organised by",
        "Co-organised by",
        "Supported by",
    ],
};

fn date(y: i32, m: u8, d: u8) -> Date {
    Date::from_calendar_date(y, Month::try_from(m).unwrap(), d).unwrap()
}

fn at(y: i32, m: u8, d: u8, h: u8, min: u8, s: u8) -> PrimitiveDateTime {
    PrimitiveDateTime::new(date(y, m, d), Time::from_hms(h, min, s).unwrap())
}

/// A fake of the browser's conversion: Asia/Shanghai is UTC+8 all year,
/// Europe/London is taken as UTC, and every other zone is unknown.
fn to_utc(zone: &str, day: Date, time: Time) -> Option<PrimitiveDateTime> {
    let local = PrimitiveDateTime::new(day, time);
    match zone {
        "Asia/Shanghai" => Some(local - Duration::hours(8)),
        "Europe/London" => Some(local),
        _ => None,
    }
}

fn page_url(id: &str) -> String {
    format!("https://seminars.example/seminars/{id}?lang=en")
}

fn cx(stamp: PrimitiveDateTime) -> CalendarContext<'static> {
    CalendarContext {
        stamp,
        lang: Lang::En,
        page_url: &page_url,
        to_utc: &to_utc,
        labels: LABELS,
    }
}

fn stamp() -> PrimitiveDateTime {
    at(2026, 11, 29, 16, 5, 9)
}

/// A listing from its JSON, with `fields` laid over a plain one.
fn seminar(fields: Value) -> Seminar {
    let mut record = json!({
        "id": "coastal-forum-2027",
        "title": "Coastal Cities Forum",
        "summary": "Sea walls, wetlands and retreat.",
        "start": "2027-05-10",
        "end": "2027-05-11",
        "time_zone": "Asia/Shanghai",
        "venue": {"name": "Harbour Hall", "city": "Xiamen"},
        "format": "in_person",
        "topics": [],
        "source": "Written for a test."
    });
    if let (Some(base), Value::Object(extra)) = (record.as_object_mut(), fields) {
        base.extend(extra);
    }
    Seminar::from_json(&record.to_string()).expect("the test listing reads")
}

fn ics(seminars: &[&Seminar]) -> String {
    calendar(seminars, &cx(stamp()))
}

/// The file's physical lines, after checking that each ends with CRLF
/// and holds no other CR or LF.
fn physical_lines(text: &str) -> Vec<&str> {
    assert!(text.ends_with("\r\n"), "the file ends with CRLF");
    let lines: Vec<&str> = text[..text.len() - 2].split("\r\n").collect();
    for line in &lines {
        assert!(!line.contains(['\r', '\n']), "a bare CR or LF in {line:?}");
    }
    lines
}

/// Content lines: each continuation (a line starting with a space or a
/// tab) joined to the line before it, that one character removed.
fn unfold(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in physical_lines(text) {
        match line.strip_prefix([' ', '\t']) {
            Some(rest) => out
                .last_mut()
                .expect("no continuation first")
                .push_str(rest),
            None => out.push(line.to_owned()),
        }
    }
    out
}

/// A TEXT value as written back to the text it stands for.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(c @ ('\\' | ';' | ',')) => out.push(c),
            other => panic!("a bad escape \\{other:?} in {value:?}"),
        }
    }
    out
}

/// A property: its name with parameters, and its value.
type Prop = (String, String);

/// Each VEVENT's properties, in order.
fn events(text: &str) -> Vec<Vec<Prop>> {
    let mut out = Vec::new();
    let mut current: Option<Vec<Prop>> = None;
    for line in unfold(text) {
        let (name, value) = line.split_once(':').expect("every line has a colon");
        match (name, value) {
            ("BEGIN", "VEVENT") => current = Some(Vec::new()),
            ("END", "VEVENT") => out.push(current.take().expect("END after BEGIN")),
            _ => {
                if let Some(event) = current.as_mut() {
                    event.push((name.to_owned(), value.to_owned()));
                }
            }
        }
    }
    out
}

/// The value of the one property called `name` (with its parameters).
fn prop<'a>(event: &'a [Prop], name: &str) -> Option<&'a str> {
    let mut found = event.iter().filter(|(n, _)| n == name);
    let first = found.next().map(|(_, v)| v.as_str());
    assert!(found.next().is_none(), "{name} appears twice");
    first
}

fn text_prop(event: &[Prop], name: &str) -> Option<String> {
    prop(event, name).map(unescape)
}

/// A listing with everything the writer uses.
fn full() -> Seminar {
    seminar(json!({
        "description": "Day one: walls.\nDay two: wetlands.",
        "venue": {"name": "Harbour Hall", "city": "Xiamen", "address": "1 Quay Road", "country": "China"},
        "website": "https://forum.example/",
        "registration": {"url": "https://forum.example/register", "closes": "2027-04-30"},
        "online": "https://meet.example/forum",
        "contact": "events@forum.example",
        "agenda": [
            {"date": "2027-05-10", "start_time": "09:00", "end_time": "10:30", "title": "Opening", "speaker": "Dr Example"},
            {"date": "2027-05-10", "title": "Field visit, all afternoon"},
            {"date": "2027-05-11", "start_time": "14:00", "title": "Panel A"},
            {"date": "2027-05-11", "start_time": "14:00", "end_time": "13:00", "title": "Panel B"}
        ]
    }))
}

#[test]
fn the_calendar_has_the_required_header_and_one_event_per_seminar_and_timed_session() {
    let (a, b) = (full(), seminar(json!({"id": "second"})));
    let text = ics(&[&a, &b]);
    let lines = unfold(&text);
    assert_eq!(
        lines[..5],
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Climate seminar listings//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH"
        ]
    );
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    let events = events(&text);
    // The listing, its three timed sessions, then the second listing.
    assert_eq!(events.len(), 5);
    assert_eq!(
        lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(),
        lines.iter().filter(|l| *l == "END:VEVENT").count()
    );
    for event in &events {
        assert_eq!(prop(event, "DTSTAMP"), Some("20261129T160509Z"));
        assert!(prop(event, "UID").is_some());
    }
}

#[test]
fn every_line_is_at_most_75_octets_and_ends_with_crlf() {
    let long = "Adaptation planning, finance; and the \\ of it. ".repeat(20);
    let chinese = "气候变化适应与减缓，碳达峰；碳中和。🌍".repeat(30);
    let a = seminar(json!({
        "title": long,
        "summary": chinese,
        "description": format!("{long}\r\n{chinese}\r{long}\n"),
        "venue": {"name": chinese, "city": "厦门", "address": long},
        "agenda": [{"date": "2027-05-10", "start_time": "09:00", "title": chinese}]
    }));
    let text = ics(&[&a]);
    let lines = physical_lines(&text);
    assert!(lines.len() > 100, "long texts were folded");
    for line in lines {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.is_empty());
    }
    // Every CR is followed by LF, and every LF follows a CR.
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\r' {
            assert_eq!(bytes.get(i + 1), Some(&b'\n'));
        }
        if b == b'\n' {
            assert_eq!(bytes[i - 1], b'\r');
        }
    }
}

#[test]
fn folding_never_splits_a_character_whatever_the_offset() {
    // One-, two-, three- and four-octet characters, shifted one octet at
    // a time so a fold falls at every position within each.
    let text = "aé气🌍".repeat(60);
    for shift in 0..8 {
        let line = format!("X{}:{text}", "-".repeat(shift));
        let mut out = String::new();
        fold_line_into(&line, &mut out);
        let physical: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(physical[0].len() <= 75 && physical[0].len() >= 72);
        for continuation in &physical[1..] {
            assert!(continuation.starts_with(' '));
            assert!(continuation.len() <= 75, "{}", continuation.len());
        }
        let joined: String = physical
            .iter()
            .enumerate()
            .map(|(i, l)| if i == 0 { l } else { &l[1..] })
            .collect();
        assert_eq!(joined, line);
    }
    // A line of exactly 75 octets is not folded; one more octet is.
    let mut out = String::new();
    fold_line_into(&"x".repeat(75), &mut out);
    assert_eq!(out, format!("{}\r\n", "x".repeat(75)));
    out.clear();
    fold_line_into(&"x".repeat(76), &mut out);
    assert_eq!(out, format!("{}\r\n x\r\n", "x".repeat(75)));
}

#[test]
fn a_title_with_commas_semicolons_backslashes_and_line_breaks_round_trips() {
    let title = "A, B; C\\ D\nE";
    let a = seminar(json!({ "title": title }));
    let text = ics(&[&a]);
    assert!(text.contains("SUMMARY:A\\, B\\; C\\\\ D\\nE\r\n"));
    assert_eq!(
        text_prop(&events(&text)[0], "SUMMARY").as_deref(),
        Some(title)
    );
    // Every kind of line break becomes \n.
    assert_eq!(escape_text("a\r\nb\rc\nd"), "a\\nb\\nc\\nd");
    assert_eq!(escape_text("\r\r\n\n"), "\\n\\n\\n");
}

#[test]
fn control_characters_are_dropped_and_a_tab_is_a_space() {
    assert_eq!(
        escape_text("a\u{0}b\u{7}c\u{1b}[0m\u{7f}d\u{85}e\tf"),
        "abc[0mde f"
    );
    let a = seminar(json!({ "title": "Bell\u{7}\u{0} and\ttab" }));
    let text = ics(&[&a]);
    assert_eq!(
        text_prop(&events(&text)[0], "SUMMARY").as_deref(),
        Some("Bell and tab")
    );
    assert!(!text.bytes().any(|b| b < 0x20 && b != b'\r' && b != b'\n'));
}

#[test]
fn a_200_character_chinese_title_folds_and_round_trips() {
    let title: String = "应对气候变化工作专题研讨班"
        .chars()
        .cycle()
        .take(200)
        .collect();
    assert_eq!(title.chars().count(), 200);
    let a = seminar(json!({ "title": title }));
    let text = ics(&[&a]);
    let summary_lines: Vec<&str> = physical_lines(&text)
        .into_iter()
        .skip_while(|l| !l.starts_with("SUMMARY:"))
        .take_while(|l| l.starts_with("SUMMARY:") || l.starts_with(' '))
        .collect();
    // 600 octets of text in lines of at most 75: at least nine lines.
    assert!(summary_lines.len() >= 9, "{summary_lines:?}");
    assert!(summary_lines.iter().all(|l| l.len() <= 75));
    assert_eq!(text_prop(&events(&text)[0], "SUMMARY"), Some(title));
}

#[test]
fn uids_are_the_same_in_every_download() {
    let a = full();
    let first = calendar(&[&a], &cx(stamp()));
    let later = calendar(&[&a], &cx(at(2030, 1, 2, 3, 4, 5)));
    assert_ne!(first, later);
    let uids = |text: &str| -> Vec<String> {
        events(text)
            .iter()
            .map(|e| text_prop(e, "UID").unwrap())
            .collect()
    };
    assert_eq!(uids(&first), uids(&later));
    assert_eq!(
        uids(&first),
        [
            "coastal-forum-2027@climate-seminar-listings",
            "coastal-forum-2027/20270510T0900/0@climate-seminar-listings",
            "coastal-forum-2027/20270511T1400/0@climate-seminar-listings",
            "coastal-forum-2027/20270511T1400/1@climate-seminar-listings",
        ]
    );
    // Only the stamp differs.
    let without_stamp = |text: &str| text.replace("20300102T030405Z", "20261129T160509Z");
    assert_eq!(without_stamp(&later), first);
}

#[test]
fn a_seminar_is_an_all_day_event_whose_end_is_the_day_after_its_last() {
    let a = seminar(json!({"start": "2021-05-24", "end": "2021-05-28"}));
    let b = seminar(json!({"id": "one-day", "start": "2027-12-31", "end": "2027-12-31"}));
    let text = ics(&[&a, &b]);
    let events = events(&text);
    assert_eq!(prop(&events[0], "DTSTART;VALUE=DATE"), Some("20210524"));
    assert_eq!(prop(&events[0], "DTEND;VALUE=DATE"), Some("20210529"));
    assert_eq!(prop(&events[0], "TRANSP"), Some("TRANSPARENT"));
    assert_eq!(prop(&events[1], "DTSTART;VALUE=DATE"), Some("20271231"));
    assert_eq!(prop(&events[1], "DTEND;VALUE=DATE"), Some("20280101"));
}

#[test]
fn sessions_with_a_start_time_are_timed_events_in_utc() {
    let a = seminar(json!({
        "title": "Forum",
        "agenda": [
            {"date": "2021-05-24", "start_time": "09:00", "end_time": "10:30", "title": "Opening", "speaker": "Ou Bo"},
            {"date": "2021-05-24", "start_time": "07:30", "title": "Breakfast"},
            {"date": "2021-05-25", "title": "No time, no event"},
            {"date": "2021-05-25", "start_time": "9 am", "title": "Unreadable time, no event"},
            {"date": "2021-05-25", "start_time": "16:00", "end_time": "16:00", "title": "Ends as it starts"}
        ]
    }));
    let text = ics(&[&a]);
    let events = events(&text);
    assert_eq!(events.len(), 4);
    let opening = &events[1];
    assert_eq!(prop(opening, "DTSTART"), Some("20210524T010000Z"));
    assert_eq!(prop(opening, "DTEND"), Some("20210524T023000Z"));
    assert_eq!(
        text_prop(opening, "SUMMARY").as_deref(),
        Some("Opening · Forum")
    );
    assert_eq!(
        text_prop(opening, "DESCRIPTION").as_deref(),
        Some("Ou Bo\n\nListing: https://seminars.example/seminars/coastal-forum-2027?lang=en")
    );
    // 07:30 in Shanghai is the evening before in UTC.
    assert_eq!(prop(&events[2], "DTSTART"), Some("20210523T233000Z"));
    assert_eq!(prop(&events[2], "DTEND"), None);
    assert_eq!(prop(&events[3], "DTSTART"), Some("20210525T080000Z"));
    assert_eq!(
        prop(&events[3], "DTEND"),
        None,
        "an end at the start is left out"
    );
    assert!(!text.contains("No time") && !text.contains("Unreadable"));
    assert!(!text.contains("TZID"));
}

#[test]
fn a_session_in_an_unknown_zone_is_written_in_floating_local_time() {
    let a = seminar(json!({
        "time_zone": "Mars/Olympus_Mons",
        "agenda": [{"date": "2027-05-10", "start_time": "09:00", "end_time": "10:00", "title": "Opening"}]
    }));
    let text = ics(&[&a]);
    let session = &events(&text)[1];
    assert_eq!(prop(session, "DTSTART"), Some("20270510T090000"));
    assert_eq!(prop(session, "DTEND"), Some("20270510T100000"));
    assert!(!text.contains("TZID"));
}

#[test]
fn the_description_ends_with_the_links_that_pass_the_link_rules() {
    let a = full();
    let text = ics(&[&a]);
    let event = &events(&text)[0];
    assert_eq!(
        text_prop(event, "DESCRIPTION").as_deref(),
        Some(
            "Sea walls, wetlands and retreat.\n\
             \n\
             Day one: walls.\nDay two: wetlands.\n\
             \n\
             Website: https://forum.example/\n\
             Registration: https://forum.example/register\n\
             Registration closes on 2027-04-30\n\
             Online: https://meet.example/forum\n\
             Contact: events@forum.example\n\
             Listing: https://seminars.example/seminars/coastal-forum-2027?lang=en"
        )
    );
}

#[test]
fn links_the_page_would_not_show_are_left_out() {
    let a = seminar(json!({
        "website": "javascript:alert(1)",
        "registration": {"url": "JaVaScRiPt:alert(2)", "closes": "2027-04-30"},
        "online": "data:text/html,<script>alert(3)</script>",
        "contact": "a@example.org?subject=x"
    }));
    let text = ics(&[&a]);
    let folded = unfold(&text).concat().to_lowercase();
    for gone in [
        "javascript",
        "alert",
        "data:",
        "subject",
        "registration",
        "website",
    ] {
        assert!(!folded.contains(gone), "{gone} is in {text}");
    }
    assert_eq!(
        text_prop(&events(&text)[0], "DESCRIPTION").as_deref(),
        Some(
            "Sea walls, wetlands and retreat.\n\nListing: https://seminars.example/seminars/coastal-forum-2027?lang=en"
        )
    );
}

#[test]
fn location_joins_the_venue_parts_and_is_escaped() {
    let a = seminar(json!({
        "venue": {"name": "Hall 1, Building A; East", "city": "Xiamen", "address": "1 Quay Rd\\Pier 2", "country": "China"}
    }));
    let text = ics(&[&a]);
    assert!(text.contains(
        "LOCATION:Hall 1\\, Building A\\; East\\, 1 Quay Rd\\\\Pier 2\\, Xiamen\\, China\r\n"
    ));
    assert_eq!(
        text_prop(&events(&text)[0], "LOCATION").as_deref(),
        Some("Hall 1, Building A; East, 1 Quay Rd\\Pier 2, Xiamen, China")
    );
    // An online listing's venue and city are one word, written once.
    let b = seminar(json!({"venue": {"name": "Online", "city": "Online"}}));
    assert!(ics(&[&b]).contains("LOCATION:Online\r\n"));
}

#[test]
fn the_url_is_the_seminars_page_written_as_a_uri_not_as_text() {
    let weird = |id: &str| format!("https://seminars.example/s/{id}?a=1,2;b=3");
    let a = seminar(json!({}));
    let context = CalendarContext {
        page_url: &weird,
        ..cx(stamp())
    };
    let text = calendar(&[&a], &context);
    assert!(text.contains("URL:https://seminars.example/s/coastal-forum-2027?a=1,2;b=3\r\n"));
    // In the description the same address is text, so it is escaped.
    assert!(unfold(&text).iter().any(
        |l| l.ends_with("Listing: https://seminars.example/s/coastal-forum-2027?a=1\\,2\\;b=3")
    ));
}

#[test]
fn texts_are_shown_in_the_language_asked_for() {
    let a = seminar(json!({
        "title": "Workshop",
        "venue": {"name": "Jiao Tong University", "city": "Shanghai"},
        "agenda": [{"date": "2027-05-10", "start_time": "09:00", "title": "Opening"}],
        "translations": {"zh-Hans": {
            "title": "研讨班", "summary": "简介", "venue": "交通大学", "city": "上海", "agenda": ["开幕"]
        }}
    }));
    let context = CalendarContext {
        lang: Lang::ZhHans,
        ..cx(stamp())
    };
    let text = calendar(&[&a], &context);
    let events = events(&text);
    assert_eq!(text_prop(&events[0], "SUMMARY").as_deref(), Some("研讨班"));
    assert_eq!(
        text_prop(&events[0], "LOCATION").as_deref(),
        Some("交通大学, 上海")
    );
    assert!(text_prop(&events[0], "DESCRIPTION")
        .unwrap()
        .starts_with("简介\n\n"));
    assert_eq!(
        text_prop(&events[1], "SUMMARY").as_deref(),
        Some("开幕 · 研讨班")
    );
    let english = ics(&[&a]);
    assert_eq!(
        text_prop(&self::events(&english)[0], "SUMMARY").as_deref(),
        Some("Workshop")
    );
}

#[test]
fn the_file_is_named_after_the_seminar() {
    assert_eq!(file_name("coastal-forum-2027"), "coastal-forum-2027.ics");
}

/// What ical.js and Python's icalendar should both read in the example.
fn example() -> (Vec<Seminar>, String) {
    let hostile = seminar(json!({
        "id": "hostile",
        "title": "A, B; C\\ D\nE",
        "summary": "Line one\r\nline two, with; \\ all",
        "venue": {"name": "Hall 1, Building A; East", "city": "Xiamen", "country": "China"},
        "website": "javascript:alert(1)",
        "registration": {"url": "https://forum.example/register", "closes": "2027-04-30"},
        "agenda": [
            {"date": "2027-05-10", "start_time": "09:00", "end_time": "10:30", "title": "Opening"},
            {"date": "2027-05-11", "start_time": "14:00", "title": "Panel"}
        ]
    }));
    let chinese: String = "应对气候变化工作专题研讨班"
        .chars()
        .cycle()
        .take(200)
        .collect();
    let long = seminar(json!({
        "id": "chinese",
        "title": chinese,
        "start": "2021-05-24",
        "end": "2021-05-28",
        "time_zone": "Asia/Shanghai",
        "venue": {"name": "上海交通大学", "city": "上海"}
    }));
    let text = calendar(&[&hostile, &long], &cx(stamp()));
    (vec![hostile, long], text)
}

/// Runs a parser script on the example file and returns its JSON.
fn run_parser(program: &str, script: &str, file: &std::path::Path) -> Value {
    let root = env!("CARGO_MANIFEST_DIR");
    let output = std::process::Command::new(program)
        .arg(format!("{root}/tests/ics/{script}"))
        .arg(file)
        .current_dir(root)
        .output()
        .unwrap_or_else(|e| panic!("{program} {script} could not start: {e}"));
    assert!(
        output.status.success(),
        "{program} {script} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("the parser prints JSON")
}

#[test]
fn ical_js_and_python_icalendar_read_the_same_events() {
    let (seminars, text) = example();
    let file = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("example.ics");
    std::fs::write(&file, &text).unwrap();
    let Ok(python) = std::env::var("ICS_PYTHON") else {
        eprintln!(
            "ICS_PYTHON is not set (source .ci/setup): the parsers were not run on {}",
            file.display()
        );
        return;
    };
    let from_js = run_parser("node", "parse.mjs", &file);
    let from_py = run_parser(&python, "parse.py", &file);
    assert_eq!(from_js, from_py, "the two parsers disagree");

    let events = from_js["events"].as_array().expect("a list of events");
    assert_eq!(events.len(), 4);
    let (hostile, chinese) = (&seminars[0], &seminars[1]);
    let e = &events[0];
    assert_eq!(e["uid"], "hostile@climate-seminar-listings");
    assert_eq!(e["summary"], hostile.title.as_str());
    assert_eq!(e["summary"], "A, B; C\\ D\nE");
    assert_eq!(
        (&e["start"], &e["end"], &e["allDay"]),
        (&json!("2027-05-10"), &json!("2027-05-12"), &json!(true))
    );
    assert_eq!(e["location"], "Hall 1, Building A; East, Xiamen, China");
    assert_eq!(
        e["url"],
        "https://seminars.example/seminars/hostile?lang=en"
    );
    assert_eq!(
        e["description"],
        "Line one\nline two, with; \\ all\n\n\
         Registration: https://forum.example/register\n\
         Registration closes on 2027-04-30\n\
         Listing: https://seminars.example/seminars/hostile?lang=en"
    );
    let opening = &events[1];
    assert_eq!(opening["summary"], "Opening · A, B; C\\ D\nE");
    assert_eq!(
        (&opening["start"], &opening["end"], &opening["allDay"]),
        (
            &json!("2027-05-10T01:00:00Z"),
            &json!("2027-05-10T02:30:00Z"),
            &json!(false)
        )
    );
    let panel = &events[2];
    assert_eq!(
        panel["uid"],
        "hostile/20270511T1400/0@climate-seminar-listings"
    );
    assert_eq!(
        (&panel["start"], &panel["end"]),
        (&json!("2027-05-11T06:00:00Z"), &Value::Null)
    );
    let long = &events[3];
    assert_eq!(long["summary"], chinese.title.as_str());
    assert_eq!(
        (&long["start"], &long["end"]),
        (&json!("2021-05-24"), &json!("2021-05-29"))
    );
    assert_eq!(long["location"], "上海交通大学, 上海");
}

#[test]
fn a_cancelled_seminar_says_so_with_a_raised_sequence_and_a_scheduled_one_says_nothing() {
    let plain = ics(&[&seminar(json!({}))]);
    assert!(!plain.contains("STATUS:") && !plain.contains("SEQUENCE:"));
    for (status, value) in [
        ("cancelled", "CANCELLED"),
        ("postponed", "TENTATIVE"),
        ("rescheduled", "CONFIRMED"),
        ("moved_online", "CONFIRMED"),
    ] {
        let s = seminar(json!({
            "status": status,
            "agenda": [{"date": "2027-05-10", "start_time": "09:00", "title": "Opening"}]
        }));
        let text = ics(&[&s]);
        // The all-day event and the session, each.
        for event in events(&text) {
            assert_eq!(prop(&event, "STATUS"), Some(value), "{status}");
            assert_eq!(prop(&event, "SEQUENCE"), Some("1"), "{status}");
        }
    }
}

#[test]
fn the_description_names_the_bodies_by_role_in_the_language_shown() {
    let s = seminar(json!({
        "hosts": ["Host Office"],
        "organisers": ["Runner A", "Runner B"],
        "translations": {"zh-Hans": {"hosts": ["主办机关"]}}
    }));
    let text = ics(&[&s]);
    let description = text_prop(&events(&text)[0], "DESCRIPTION").unwrap();
    assert!(
        description.contains("Hosted by: Host Office\nOrganised by: Runner A; Runner B\n"),
        "{description}"
    );
    let zh = CalendarContext {
        lang: Lang::ZhHans,
        labels: CalendarLabels {
            colon: "：",
            separator: "；",
            roles: ["主办单位", "承办单位", "协办单位", "支持单位"],
            page: "研讨会页面",
            ..LABELS
        },
        ..cx(stamp())
    };
    let description = text_prop(&events(&calendar(&[&s], &zh))[0], "DESCRIPTION").unwrap();
    assert!(
        description.contains("主办单位：主办机关\n承办单位：Runner A；Runner B\n"),
        "{description}"
    );
    assert!(
        description.contains("研讨会页面：https://"),
        "{description}"
    );
}
