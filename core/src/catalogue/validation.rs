//! Rules every listing must follow, shared by the catalogue loader and the draft editor.

use crate::catalogue::seminar::{Role, Seminar, Topic};
use crate::i18n::message::{Message, Msg};

/// The most each field may hold, in characters, and the most rows a list
/// may have: enough for any real listing, and small enough that no single
/// listing can freeze the page for everyone (a listing of megabytes takes
/// the browser a minute to lay out and makes every search slow).
pub mod limits {
    /// Title, venue name, organiser, host, speaker role or affiliation.
    pub const NAME: usize = 300;
    /// Summary, audience.
    pub const SUMMARY: usize = 1_000;
    /// Description.
    pub const DESCRIPTION: usize = 20_000;
    /// Source note.
    pub const SOURCE: usize = 5_000;
    /// City, country, speaker name, agenda leader.
    pub const SHORT: usize = 200;
    /// Street address, talk or session title.
    pub const LINE: usize = 500;
    /// Time zone, language tag.
    pub const CODE: usize = 64;
    /// Organisers, hosts.
    pub const BODIES: usize = 50;
    /// Speakers.
    pub const SPEAKERS: usize = 200;
    /// Agenda items.
    pub const AGENDA: usize = 500;
    /// Topics of one listing.
    pub const TOPICS: usize = 20;
    /// A topic's label.
    pub const TOPIC_LABEL: usize = 100;
    /// Translations of one listing or topic.
    pub const TRANSLATIONS: usize = 20;
    /// A language tag (BCP 47 allows no more than 35 characters).
    pub const LANGUAGE_TAG: usize = 35;
}

/// One broken rule, tied to the field it concerns so a form can show it
/// in place. The listing rules' messages are the home page's (the
/// catalogue reader reports them); the draft form adds its own
/// ([`crate::drafts::messages`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem<M = Msg> {
    /// The JSON field the problem is about, e.g. `"title"` or `"venue.city"`.
    pub field: &'static str,
    /// What is wrong, to be put in words.
    pub message: Message<M>,
}

impl Problem {
    fn new(field: &'static str, message: impl Into<Message>) -> Self {
        Problem {
            field,
            message: message.into(),
        }
    }

    /// The problem among those of a group that takes the home page's
    /// messages (the draft form's).
    pub fn into_group<N: crate::i18n::message::Words + From<Msg>>(self) -> Problem<N> {
        Problem {
            field: self.field,
            message: self.message.into_group(),
        }
    }
}

/// Whether `id` is a URL-safe slug: lower-case ASCII letters and digits in
/// groups joined by single hyphens, e.g. `guangxi-climate-workshop-2021`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `tag` can be a language tag such as `zh-Hans` or `en`: ASCII
/// letters, digits and hyphens, starting with a letter, at most
/// [`limits::LANGUAGE_TAG`] characters.
pub fn is_language_tag(tag: &str) -> bool {
    tag.len() <= limits::LANGUAGE_TAG
        && tag.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Whether a text is present once surrounding white space is ignored.
fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// The length of `text` in characters, when it is over `max`.
fn over(text: &str, max: usize) -> Option<usize> {
    // Cheap for the usual case: a text of no more bytes than `max` has no
    // more characters either.
    if text.len() <= max {
        return None;
    }
    let chars = text.chars().count();
    (chars > max).then_some(chars)
}

/// The longest of some texts, when it is over `max`.
fn longest_over<'a>(texts: impl IntoIterator<Item = &'a str>, max: usize) -> Option<usize> {
    texts.into_iter().filter_map(|t| over(t, max)).max()
}

/// Problems with a topic record, if any.
pub fn topic_problem(topic: &Topic) -> Option<Message> {
    if !is_slug(&topic.id) {
        return Some(Msg::TopicNotSlug.into());
    }
    if blank(&topic.label) {
        return Some(Msg::TopicNoLabel.into());
    }
    if let Some(n) = over(&topic.label, limits::TOPIC_LABEL) {
        return Some(too_long(Msg::WhatLabel, n, limits::TOPIC_LABEL));
    }
    if let Some(n) = topic
        .description
        .as_deref()
        .and_then(|d| over(d, limits::SUMMARY))
    {
        return Some(too_long(Msg::WhatDescription, n, limits::SUMMARY));
    }
    for t in &topic.translations {
        let texts = [
            (Msg::WhatLabel, &t.label, limits::TOPIC_LABEL),
            (Msg::WhatDescription, &t.description, limits::SUMMARY),
        ];
        for (what, text, max) in texts {
            if let Some(n) = text.as_deref().and_then(|text| over(text, max)) {
                return Some(too_long(in_translation(what, &t.lang), n, max));
            }
        }
    }
    None
}

/// "The title has 1234 characters; at most 300 are allowed."
fn too_long(what: impl Into<Message>, n: usize, max: usize) -> Message {
    Message::new(Msg::TooLong)
        .with_said("what", what)
        .with("n", n)
        .with("max", max)
}

/// Checks every field's length and every list's size.
fn check_sizes(seminar: &Seminar, problems: &mut Vec<Problem>) {
    use limits::*;
    fn optional(text: &Option<String>) -> &str {
        text.as_deref().unwrap_or("")
    }
    let texts: [(&'static str, Msg, &str, usize); 11] = [
        ("title", Msg::WhatTitle, &seminar.title, NAME),
        ("summary", Msg::WhatSummary, &seminar.summary, SUMMARY),
        (
            "description",
            Msg::WhatDescription,
            optional(&seminar.description),
            DESCRIPTION,
        ),
        ("language", Msg::WhatLanguage, &seminar.language, CODE),
        ("time_zone", Msg::WhatTimeZone, &seminar.time_zone, CODE),
        ("venue.name", Msg::WhatVenue, &seminar.venue.name, NAME),
        ("venue.city", Msg::WhatCity, &seminar.venue.city, SHORT),
        (
            "venue.address",
            Msg::WhatAddress,
            optional(&seminar.venue.address),
            LINE,
        ),
        (
            "venue.country",
            Msg::WhatCountry,
            optional(&seminar.venue.country),
            SHORT,
        ),
        (
            "audience",
            Msg::WhatAudience,
            optional(&seminar.audience),
            SUMMARY,
        ),
        ("source", Msg::WhatSource, &seminar.source, SOURCE),
    ];
    for (field, what, text, max) in texts {
        if let Some(n) = over(text, max) {
            problems.push(Problem::new(field, too_long(what, n, max)));
        }
    }
    let lists: [(&'static str, Msg, usize, usize); 4] = [
        (
            "speakers",
            Msg::TooManySpeakers,
            seminar.speakers.len(),
            SPEAKERS,
        ),
        ("agenda", Msg::TooManyAgenda, seminar.agenda.len(), AGENDA),
        ("topics", Msg::TooManyTopics, seminar.topics.len(), TOPICS),
        (
            "audiences",
            Msg::TooManyAudiences,
            seminar.audiences.len(),
            TOPICS,
        ),
    ];
    for role in Role::EVERY {
        let n = seminar.bodies(role).len();
        if n > BODIES {
            problems.push(Problem::new(
                role.field(),
                Message::new(body_words(role).0)
                    .with("n", n)
                    .with("max", BODIES),
            ));
        }
    }
    for (field, too_many, n, max) in lists {
        if n > max {
            problems.push(Problem::new(
                field,
                Message::new(too_many).with("n", n).with("max", max),
            ));
        }
    }
    let mut row = |field: &'static str, what: Msg, longest: Option<usize>, max: usize| {
        if let Some(n) = longest {
            problems.push(Problem::new(field, too_long(what, n, max)));
        }
    };
    for role in Role::EVERY {
        let names = seminar.bodies(role).iter().map(String::as_str);
        row(
            role.field(),
            body_words(role).1,
            longest_over(names, NAME),
            NAME,
        );
    }
    row(
        "contact_name",
        Msg::WhatContactName,
        longest_over(seminar.contact_name.as_deref(), SHORT),
        SHORT,
    );
    row(
        "notice.number",
        Msg::WhatNotice,
        longest_over(seminar.notice.as_ref().map(|n| n.number.as_str()), SHORT),
        SHORT,
    );
    let speakers = &seminar.speakers;
    row(
        "speakers",
        Msg::WhatSpeakerName,
        longest_over(speakers.iter().map(|s| s.name.as_str()), SHORT),
        SHORT,
    );
    row(
        "speakers",
        Msg::WhatSpeakerRole,
        longest_over(speakers.iter().filter_map(|s| s.role.as_deref()), NAME),
        NAME,
    );
    row(
        "speakers",
        Msg::WhatSpeakerAffiliation,
        longest_over(
            speakers.iter().filter_map(|s| s.affiliation.as_deref()),
            NAME,
        ),
        NAME,
    );
    row(
        "speakers",
        Msg::WhatTalk,
        longest_over(speakers.iter().filter_map(|s| s.talk.as_deref()), LINE),
        LINE,
    );
    let agenda = &seminar.agenda;
    row(
        "agenda",
        Msg::WhatSession,
        longest_over(agenda.iter().map(|a| a.title.as_str()), LINE),
        LINE,
    );
    row(
        "agenda",
        Msg::WhatSessionLeader,
        longest_over(agenda.iter().filter_map(|a| a.speaker.as_deref()), SHORT),
        SHORT,
    );
}

/// The messages for too many bodies of a role, and for one of its names.
fn body_words(role: Role) -> (Msg, Msg) {
    match role {
        Role::Host => (Msg::TooManyHosts, Msg::WhatHost),
        Role::Organiser => (Msg::TooManyOrganisers, Msg::WhatOrganiser),
        Role::CoOrganiser => (Msg::TooManyCoOrganisers, Msg::WhatCoOrganiser),
        Role::Supporter => (Msg::TooManySupporters, Msg::WhatSupporter),
        Role::Teaching => (Msg::TooManyInstitutions, Msg::WhatInstitution),
    }
}

/// Checks the translations' texts by the limits of the texts they
/// translate, and that they have no more rows than the listing. (Their
/// language tags, their number and that no tag comes twice, the catalogue
/// reader and the draft form check.)
fn check_translations(seminar: &Seminar, problems: &mut Vec<Problem>) {
    use limits::*;
    const FIELDS: [(&str, Msg, usize); 7] = [
        ("translation.title", Msg::WhatTitle, NAME),
        ("translation.summary", Msg::WhatSummary, SUMMARY),
        ("translation.description", Msg::WhatDescription, DESCRIPTION),
        ("translation.venue", Msg::WhatVenue, NAME),
        ("translation.city", Msg::WhatCity, SHORT),
        ("translation.audience", Msg::WhatAudience, SUMMARY),
        ("translation.country", Msg::WhatCountry, SHORT),
    ];
    for t in &seminar.translations {
        let mut check = |field: &'static str, what: Msg, text: Option<&str>, max: usize| {
            let Some(n) = text.and_then(|text| over(text, max)) else {
                return;
            };
            // One problem for each kind of text is enough.
            if !problems.iter().any(|p| p.field == field) {
                problems.push(Problem::new(
                    field,
                    too_long(in_translation(what, &t.lang), n, max),
                ));
            }
        };
        for (n, (field, what, max)) in FIELDS.into_iter().enumerate() {
            check(field, what, t.text(n), max);
        }
        for s in &t.speakers {
            for (what, text, max) in [
                (Msg::WhatSpeakerRole, &s.role, NAME),
                (Msg::WhatTalk, &s.talk, LINE),
                (Msg::WhatSpeakerAffiliation, &s.affiliation, NAME),
                (Msg::WhatSpeakerName, &s.name, SHORT),
            ] {
                check("translation.speakers", what, text.as_deref(), max);
            }
        }
        let mut extra_bodies = false;
        for role in Role::EVERY {
            for name in t.bodies(role) {
                check(role.field(), body_words(role).1, name.as_deref(), NAME);
            }
            extra_bodies |= t.bodies(role).len() > seminar.bodies(role).len();
        }
        for title in &t.agenda {
            check(
                "translation.agenda",
                Msg::WhatSession,
                title.as_deref(),
                LINE,
            );
        }
        if extra_bodies
            || t.speakers.len() > seminar.speakers.len()
            || t.agenda.len() > seminar.agenda.len()
        {
            problems.push(Problem::new(
                "translation",
                Message::new(Msg::TranslationExtraRows).with("lang", &t.lang),
            ));
        }
    }
}

/// A text of a translation, named: "The title in zh-Hans".
fn in_translation(what: Msg, lang: &str) -> Message {
    Message::new(Msg::InTranslation)
        .with_said("what", what)
        .with("lang", lang)
}

/// Checks a listing against the catalogue's rules. `known_topic` tells
/// whether a topic id exists in the catalogue. An empty result means valid.
pub fn validate(seminar: &Seminar, known_topic: impl Fn(&str) -> bool) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_sizes(seminar, &mut problems);
    check_translations(seminar, &mut problems);
    if !is_slug(&seminar.id) {
        problems.push(Problem::new("id", Msg::IdNotSlug));
    }
    if blank(&seminar.title) {
        problems.push(Problem::new("title", Msg::TitleRequired));
    }
    if blank(&seminar.summary) {
        problems.push(Problem::new("summary", Msg::SummaryRequired));
    }
    if seminar.end < seminar.start {
        problems.push(Problem::new("end", Msg::EndBeforeStart));
    }
    if blank(&seminar.time_zone) {
        problems.push(Problem::new("time_zone", Msg::TimeZoneRequired));
    }
    if blank(&seminar.venue.name) {
        problems.push(Problem::new("venue.name", Msg::VenueRequired));
    }
    if blank(&seminar.venue.city) {
        problems.push(Problem::new("venue.city", Msg::CityRequired));
    }
    if seminar.topics.is_empty() {
        problems.push(Problem::new("topics", Msg::TopicRequired));
    }
    for topic in &seminar.topics {
        if !known_topic(topic) {
            problems.push(Problem::new(
                "topics",
                Message::new(Msg::UnknownTopic).with("topic", topic),
            ));
        }
    }
    if seminar.speakers.iter().any(|s| blank(&s.name)) {
        problems.push(Problem::new("speakers", Msg::SpeakerNameRequired));
    }
    if blank(&seminar.source) {
        problems.push(Problem::new("source", Msg::SourceRequired));
    }
    check_links(seminar, &mut problems);
    problems
}

/// Checks the links: web addresses, the contact's email, and that an
/// in-person seminar has no online meeting.
fn check_links(seminar: &Seminar, problems: &mut Vec<Problem>) {
    use crate::catalogue::links::{email_problem, phone_problem, web_link_problem};
    let web = [
        (
            "notice.url",
            seminar.notice.as_ref().and_then(|n| n.url.as_deref()),
        ),
        ("website", seminar.website.as_deref()),
        (
            "registration.url",
            seminar.registration.as_ref().map(|r| r.url.as_str()),
        ),
        ("online", seminar.online.as_deref()),
    ];
    for (field, url) in web {
        if let Some(message) = url.and_then(web_link_problem) {
            problems.push(Problem::new(field, message));
        }
    }
    if let Some(message) = seminar.contact.as_deref().and_then(email_problem) {
        problems.push(Problem::new("contact", message));
    }
    if let Some(message) = seminar.phone.as_deref().and_then(phone_problem) {
        problems.push(Problem::new("phone", message));
    }
    if seminar.online.is_some() && seminar.format == crate::catalogue::seminar::Format::InPerson {
        problems.push(Problem::new("online", Msg::OnlineInPerson));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("guangxi-climate-workshop-2021"));
        assert!(is_slug("a1"));
        for bad in ["", "-a", "a-", "a--b", "A-b", "a b", "a_b", "碳", "a/b"] {
            assert!(!is_slug(bad), "{bad:?} should not be a slug");
        }
    }

    #[test]
    fn language_tags() {
        for good in ["en", "zh-Hans", "zh-Hans-CN", "x1", &"a".repeat(35)] {
            assert!(is_language_tag(good), "{good:?}");
        }
        for bad in [
            "",
            "1en",
            "-en",
            "zh_Hans",
            "中文",
            "en us",
            &"a".repeat(36),
        ] {
            assert!(!is_language_tag(bad), "{bad:?}");
        }
    }
}
