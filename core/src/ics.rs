//! The iCalendar (RFC 5545) file a visitor downloads to put a seminar in
//! their calendar: plain text, written here by hand.
//!
//! Choices, and why:
//!
//! - **Written by hand, not with a crate.** The format needed is small
//!   (a few properties of `VEVENT`), and the parts that are easy to get
//!   wrong are exactly those a general crate would decide for us: folding
//!   at 75 *octets* without splitting a UTF-8 character, escaping every
//!   line break (`\r\n`, `\n` and a lone `\r`), and dropping control
//!   characters. Writing them here keeps them tested and keeps the
//!   download small.
//! - **The seminar is one all-day event** from its first day to the day
//!   *after* its last (`DTEND` is exclusive for dates), marked
//!   `TRANSP:TRANSPARENT` so a week-long listing does not show the
//!   visitor as busy all week.
//! - **Each session with a start time is a timed event in UTC.** The
//!   caller converts the event's wall-clock time (in its IANA zone) with
//!   [`CalendarContext::to_utc`], e.g. through the browser's `Intl`, so no
//!   time-zone database and no `VTIMEZONE` is shipped. When the zone is
//!   unknown the time is written floating (no `Z`, no `TZID`): it then
//!   shows at that wall-clock time wherever the reader is, which is the
//!   least wrong guess. Sessions without a start time are left out.
//! - **UIDs are stable**: made from the seminar's id (and a session's
//!   local date and time), with no host name, clock or randomness, so
//!   downloading the file again, or from another deployment, updates the
//!   same calendar entries instead of adding copies.
//! - **`DTSTAMP` comes from the caller** ([`CalendarContext::stamp`]), so
//!   the writer is pure and its output reproducible in tests.
//! - **Links are only written when [`web_href`] or [`mailto_href`]
//!   accepts them**, the same rule the page follows, so a `javascript:`
//!   address in the catalogue never reaches a calendar either.
//! - **Texts are the ones the visitor sees**, in the language shown
//!   ([`Seminar::shown_in`]); the labels of the description's lines come
//!   from the caller, in that language too.

use std::fmt::Write as _;

use time::{Date, PrimitiveDateTime, Time};

use crate::catalogue::links::{mailto_href, web_href};
use crate::catalogue::seminar::{AgendaItem, Role, Seminar, Status};
use crate::dates::{iso, parse_hhmm};
use crate::i18n::lang::Lang;
use crate::i18n::template::fill;

/// Names the product that wrote the file (`PRODID`).
pub const PRODID: &str = "-//Climate seminar listings//EN";

/// What follows `@` in every UID: names the listings, not a host, so the
/// UID stays the same on every deployment.
pub const UID_DOMAIN: &str = "climate-seminar-listings";

/// Longest content line, in octets, before it is folded (RFC 5545 §3.1).
pub const LINE_OCTETS: usize = 75;

/// What the caller supplies besides the seminars.
pub struct CalendarContext<'a> {
    /// When the file is made, UTC (DTSTAMP), e.g. from the browser clock.
    pub stamp: PrimitiveDateTime,
    /// The language the texts are shown in: titles, summaries,
    /// descriptions, venue names, cities and agenda titles are taken from
    /// [`Seminar::shown_in`] for it.
    pub lang: Lang,
    /// The absolute URL of a seminar's page in the app, from its id.
    pub page_url: &'a dyn Fn(&str) -> String,
    /// Converts a local wall-clock time in an IANA zone to UTC; `None`
    /// when the zone is unknown (then a floating local time is written,
    /// with no `Z` and no `TZID`).
    pub to_utc: &'a dyn Fn(&str, Date, Time) -> Option<PrimitiveDateTime>,
    /// Labels for the description's lines, in the language shown.
    pub labels: CalendarLabels,
}

/// The labels of the lines that end a seminar's description, one per
/// link, in the language the texts are shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarLabels {
    /// Before the seminar's own web site, e.g. "Website".
    pub website: &'static str,
    /// Before the registration page, e.g. "Registration".
    pub registration: &'static str,
    /// The line after the registration page when it says until when:
    /// a template whose `{date}` is the last day, written `YYYY-MM-DD`,
    /// e.g. "Registration closes on {date}".
    pub registration_closes: &'static str,
    /// Before the online meeting's address, e.g. "Online".
    pub online: &'static str,
    /// Before the contact email address, e.g. "Contact".
    pub contact: &'static str,
    /// Before the seminar's page in the app, e.g. "Listing".
    pub page: &'static str,
    /// Between a line's label and its value: ": ", or "：" in Chinese.
    pub colon: &'static str,
    /// Between two names: "; ", or "；" in Chinese.
    pub separator: &'static str,
    /// Before the organising bodies of each role, in the order of
    /// [`Role::ALL`]: "Hosted by", "Organised by", …
    pub roles: [&'static str; 4],
}

/// The whole VCALENDAR text for these seminars: CRLF line endings
/// (the last line too), lines folded at 75 octets.
pub fn calendar(seminars: &[&Seminar], cx: &CalendarContext) -> String {
    let mut out = Out::default();
    out.raw("BEGIN", "VCALENDAR");
    out.raw("VERSION", "2.0");
    out.raw("PRODID", PRODID);
    out.raw("CALSCALE", "GREGORIAN");
    out.raw("METHOD", "PUBLISH");
    let stamp = utc_stamp(cx.stamp);
    for seminar in seminars {
        write_seminar(&mut out, seminar, cx, &stamp);
    }
    out.raw("END", "VCALENDAR");
    out.text
}

/// The most events one calendar file holds (a seminar is one event, and
/// each of its timed sessions another): writing is done at once on the
/// page, and 50,000 events froze a tab for 9 to 20 seconds, so a larger
/// file is refused before any of it is written.
pub const MAX_EVENTS: usize = 3_000;

/// How many events [`calendar`] would write for `seminars`.
pub fn event_count(seminars: &[&Seminar]) -> usize {
    seminars
        .iter()
        .map(|s| {
            1 + s
                .agenda
                .iter()
                .filter(|item| item.start_time.as_deref().and_then(parse_hhmm).is_some())
                .count()
        })
        .sum()
}

/// The file name for one seminar: `{id}.ics`.
pub fn file_name(id: &str) -> String {
    format!("{id}.ics")
}

/// What every event of one seminar shares.
struct Shared<'a> {
    /// The seminar.
    seminar: &'a Seminar,
    /// The caller's context.
    cx: &'a CalendarContext<'a>,
    /// The DTSTAMP value.
    stamp: &'a str,
    /// The seminar's title, as shown.
    title: &'a str,
    /// The LOCATION text, unescaped.
    location: String,
    /// The seminar's page in the app.
    page: String,
}

/// The seminar's all-day event, then one timed event per session that has
/// a start time.
fn write_seminar(out: &mut Out, seminar: &Seminar, cx: &CalendarContext, stamp: &str) {
    let shown = seminar.shown_in(cx.lang);
    let shared = Shared {
        seminar,
        cx,
        stamp,
        title: shown.title().text,
        location: location(seminar, cx.lang),
        page: (cx.page_url)(&seminar.id),
    };

    out.raw("BEGIN", "VEVENT");
    out.text("UID", &format!("{}@{UID_DOMAIN}", seminar.id));
    out.raw("DTSTAMP", stamp);
    out.raw("DTSTART;VALUE=DATE", &date_value(seminar.start));
    if let Some(after) = seminar.end.max(seminar.start).next_day() {
        out.raw("DTEND;VALUE=DATE", &date_value(after));
    }
    out.raw("TRANSP", "TRANSPARENT");
    write_status(out, seminar.status);
    out.text("SUMMARY", shared.title);
    out.text("LOCATION", &shared.location);
    out.uri("URL", &shared.page);
    out.text("DESCRIPTION", &description(seminar, cx, &shared.page));
    out.raw("END", "VEVENT");

    let mut seen: Vec<(Date, Time)> = Vec::new();
    for (i, item) in seminar.agenda.iter().enumerate() {
        let Some(start) = item.start_time.as_deref().and_then(parse_hhmm) else {
            continue;
        };
        let n = seen.iter().filter(|&&at| at == (item.date, start)).count();
        seen.push((item.date, start));
        let session = shown
            .agenda_title(i)
            .map_or(item.title.as_str(), |s| s.text);
        write_session(out, &shared, item, session, (start, n));
    }
}

/// The event of one session that starts at `start`, local time; `n`
/// counts the sessions before it with the same date and start time, which
/// keeps their UIDs apart. Its end is written only when it comes after
/// the start.
fn write_session(
    out: &mut Out,
    shared: &Shared,
    item: &AgendaItem,
    session: &str,
    (start, n): (Time, usize),
) {
    let Shared {
        seminar, cx, page, ..
    } = shared;
    out.raw("BEGIN", "VEVENT");
    let uid = format!(
        "{}/{}T{:02}{:02}/{n}@{UID_DOMAIN}",
        seminar.id,
        date_value(item.date),
        start.hour(),
        start.minute()
    );
    out.text("UID", &uid);
    out.raw("DTSTAMP", shared.stamp);
    let at = |t: Time| match (cx.to_utc)(&seminar.time_zone, item.date, t) {
        Some(utc) => Moment::Utc(utc),
        None => Moment::Floating(PrimitiveDateTime::new(item.date, t)),
    };
    let begins = at(start);
    out.raw("DTSTART", &begins.value());
    let end = item.end_time.as_deref().and_then(parse_hhmm);
    if let Some(ends) = end.filter(|&end| end > start).map(at) {
        if ends.after(begins) {
            out.raw("DTEND", &ends.value());
        }
    }
    write_status(out, seminar.status);
    out.text("SUMMARY", &format!("{session} · {}", shared.title));
    out.text("LOCATION", &shared.location);
    out.uri("URL", page);
    let mut about = String::new();
    if let Some(speaker) = item.speaker.as_deref().filter(|s| !s.trim().is_empty()) {
        about.push_str(speaker);
        about.push_str("\n\n");
    }
    let _ = write!(about, "{}{}{page}", cx.labels.page, cx.labels.colon);
    out.text("DESCRIPTION", &about);
    out.raw("END", "VEVENT");
}

/// A listing that no longer goes ahead as first listed says so, with a
/// `SEQUENCE` above the first version's 0, so that a calendar that holds
/// the first version takes the change (RFC 5545 §3.8.7.4): a cancelled
/// seminar is `STATUS:CANCELLED`, a postponed one `TENTATIVE`.
fn write_status(out: &mut Out, status: Status) {
    let value = match status {
        Status::Scheduled => return,
        Status::Cancelled => "CANCELLED",
        Status::Postponed => "TENTATIVE",
        Status::Rescheduled | Status::MovedOnline => "CONFIRMED",
    };
    out.raw("STATUS", value);
    out.raw("SEQUENCE", "1");
}

/// A session's start or end as written.
#[derive(Clone, Copy)]
enum Moment {
    /// Converted to UTC: `YYYYMMDDTHHMMSSZ`.
    Utc(PrimitiveDateTime),
    /// Local wall-clock time of an unknown zone: `YYYYMMDDTHHMMSS`.
    Floating(PrimitiveDateTime),
}

impl Moment {
    /// Whether this comes after `other`; never, when one is in UTC and
    /// the other floating, since such an event cannot be written.
    fn after(self, other: Moment) -> bool {
        match (self, other) {
            (Moment::Utc(a), Moment::Utc(b)) | (Moment::Floating(a), Moment::Floating(b)) => a > b,
            _ => false,
        }
    }

    /// The DATE-TIME value.
    fn value(self) -> String {
        match self {
            Moment::Utc(at) => utc_stamp(at),
            Moment::Floating(at) => date_time_value(at),
        }
    }
}

/// The venue's name, street address, city and country, those that are
/// given, joined with ", " (the city left out when it is the venue's name,
/// as "Online" is).
fn location(seminar: &Seminar, lang: Lang) -> String {
    let shown = seminar.shown_in(lang);
    let (name, city, _) = shown.place();
    [
        Some(name),
        seminar.venue.address.as_deref(),
        city,
        shown.country().map(|c| c.text),
    ]
    .into_iter()
    .flatten()
    .map(str::trim)
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

/// The summary, a blank line, the description (when there is one) and a
/// blank line (each left out when empty), then one line per link that passes the link rules:
/// website, registration (and when it closes), online meeting, contact,
/// and last the seminar's page in the app.
fn description(seminar: &Seminar, cx: &CalendarContext, page: &str) -> String {
    let shown = seminar.shown_in(cx.lang);
    let labels = &cx.labels;
    let mut text = String::new();
    let summary = Some(shown.summary()).filter(|s| !s.text.trim().is_empty());
    let more = shown.description().filter(|d| !d.text.trim().is_empty());
    for paragraph in [summary, more].into_iter().flatten() {
        text.push_str(paragraph.text);
        text.push_str("\n\n");
    }
    let mut lines = Vec::new();
    let line = |label: &str, value: &str| format!("{label}{}{value}", labels.colon);
    for (role, label) in Role::ALL.into_iter().zip(labels.roles) {
        let names: Vec<&str> = shown.bodies(role).iter().map(|n| n.text).collect();
        if !names.is_empty() {
            lines.push(line(label, &names.join(labels.separator)));
        }
    }
    if let Some(url) = seminar.website.as_deref().and_then(web_href) {
        lines.push(line(labels.website, url));
    }
    if let Some(registration) = &seminar.registration {
        if let Some(url) = web_href(&registration.url) {
            lines.push(line(labels.registration, url));
            if let Some(closes) = registration.closes {
                let date = iso(closes);
                lines.push(fill(labels.registration_closes, &[("date", &date)]));
            }
        }
    }
    if let Some(url) = seminar.online.as_deref().and_then(web_href) {
        lines.push(line(labels.online, url));
    }
    if let Some(email) = seminar.contact.as_deref() {
        if mailto_href(email).is_some() {
            lines.push(line(labels.contact, email));
        }
    }
    for line in lines {
        text.push_str(&line);
        text.push('\n');
    }
    text.push_str(&line(labels.page, page));
    text
}

/// A DATE value: `YYYYMMDD`.
fn date_value(date: Date) -> String {
    format!(
        "{:04}{:02}{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// A local DATE-TIME value: `YYYYMMDDTHHMMSS`.
fn date_time_value(at: PrimitiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}",
        date_value(at.date()),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// A UTC DATE-TIME value: `YYYYMMDDTHHMMSSZ`.
fn utc_stamp(at: PrimitiveDateTime) -> String {
    let mut value = date_time_value(at);
    value.push('Z');
    value
}

/// A TEXT value (RFC 5545 §3.3.11): `\`, `;` and `,` escaped with `\`;
/// every line break (`\r\n`, `\n` or a lone `\r`) written `\n`; a tab
/// made a space; other control characters dropped, since they have no
/// place in a content line.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line to `out`, folded so that no line is longer than
/// [`LINE_OCTETS`] octets: the break is CRLF and one space, which counts
/// in the continuation's 75, and always falls between two characters,
/// never inside one's UTF-8 bytes. Ends with CRLF.
pub fn fold_line_into(line: &str, out: &mut String) {
    let mut rest = line;
    let mut room = LINE_OCTETS;
    loop {
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = LINE_OCTETS - 1;
    }
}

/// The text being written, one content line at a time.
#[derive(Default)]
struct Out {
    text: String,
}

impl Out {
    /// A property whose value is written as it is: names, dates, numbers.
    fn raw(&mut self, name: &str, value: &str) {
        let line = format!("{name}:{value}");
        fold_line_into(&line, &mut self.text);
    }

    /// A TEXT property, escaped.
    fn text(&mut self, name: &str, value: &str) {
        self.raw(name, &escape_text(value));
    }

    /// A URI property: not escaped (a URI is no TEXT), and left out when
    /// it is empty or holds a control character, which no URI may.
    fn uri(&mut self, name: &str, value: &str) {
        if !value.is_empty() && !value.chars().any(char::is_control) {
            self.raw(name, value);
        }
    }
}
