//! The seminar listing as the catalogue describes it.

use serde::Serialize;
use time::Date;

pub use crate::catalogue::role::Role;
use crate::catalogue::translation::{keyed, SeminarTranslation, TopicTranslation};
use crate::dates::iso_date;

/// A topic a seminar can be filed under. The list of topics lives in the
/// catalogue, so an operator can add one without a rebuild.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Topic {
    /// URL-safe slug used in `topic=` query parameters.
    pub id: String,
    /// Label shown to people.
    pub label: String,
    /// Optional longer explanation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// BCP 47 language of the label and description; "en" when the
    /// catalogue does not say.
    #[serde(skip_serializing_if = "is_english")]
    pub language: String,
    /// The label and description in other languages.
    #[serde(
        skip_serializing_if = "Vec::is_empty",
        serialize_with = "keyed::serialize"
    )]
    pub translations: Vec<TopicTranslation>,
}

fn is_english(tag: &str) -> bool {
    tag == "en"
}

/// How people take part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Everyone attends at the venue.
    InPerson,
    /// Only online.
    Online,
    /// At the venue and online.
    Hybrid,
}

impl Format {
    /// Every format, in the order they are offered as filters.
    pub const ALL: [Format; 3] = [Format::InPerson, Format::Online, Format::Hybrid];

    /// The value used in JSON and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::InPerson => "in_person",
            Format::Online => "online",
            Format::Hybrid => "hybrid",
        }
    }

    /// Reads the value used in JSON and URLs.
    pub fn parse(value: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == value)
    }
}

/// Whether a seminar goes ahead as listed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// As listed.
    #[default]
    Scheduled,
    /// Called off.
    Cancelled,
    /// Put off, with no new dates yet (the dates are the old ones).
    Postponed,
    /// Moved to new dates (the old ones in `previous_dates`).
    Rescheduled,
    /// Held online instead of at the venue.
    MovedOnline,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 5] = [
        Status::Scheduled,
        Status::Cancelled,
        Status::Postponed,
        Status::Rescheduled,
        Status::MovedOnline,
    ];

    /// The value used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Scheduled => "scheduled",
            Status::Cancelled => "cancelled",
            Status::Postponed => "postponed",
            Status::Rescheduled => "rescheduled",
            Status::MovedOnline => "moved_online",
        }
    }

    /// Reads the value used in JSON.
    pub fn parse(value: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// Whether it is the default, left out when written.
    pub fn is_scheduled(&self) -> bool {
        *self == Status::Scheduled
    }
}

/// The dates a rescheduled seminar had before.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PreviousDates {
    /// The first day it had.
    #[serde(serialize_with = "iso_date::serialize")]
    pub start: Date,
    /// The last day it had.
    #[serde(serialize_with = "iso_date::serialize")]
    pub end: Date,
}

/// The official notice that announces a training workshop.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// Its reference number (通知文号), e.g. "桂组通字〔2021〕15号".
    pub number: String,
    /// Where it is published: an `https:` or `http:` address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Where a seminar takes place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Venue {
    /// The venue's name, e.g. a university or a hotel.
    pub name: String,
    /// The city, used as a filter.
    pub city: String,
    /// Street address, when the source gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Country name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// A person who speaks at a seminar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// Full name.
    pub name: String,
    /// Position or title, e.g. "Deputy Director".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Institution the speaker comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Title of the talk.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub talk: Option<String>,
}

/// One session of a seminar's programme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AgendaItem {
    /// The day of the session.
    #[serde(serialize_with = "iso_date::serialize")]
    pub date: Date,
    /// Local start time, "HH:MM", when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// Local end time, "HH:MM", when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// What happens in the session.
    pub title: String,
    /// Who leads it, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

/// How to register for a seminar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Registration {
    /// The registration page: an `https:` or `http:` address.
    pub url: String,
    /// The last day registration is open, in the event's time zone.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "iso_date::serialize_optional"
    )]
    pub closes: Option<Date>,
}

/// A seminar or workshop listing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Seminar {
    /// URL-safe slug, unique in the catalogue; the seminar's page is `/seminars/{id}`.
    pub id: String,
    /// The seminar's name.
    pub title: String,
    /// One or two sentences shown in the list.
    pub summary: String,
    /// Longer text shown on the seminar's page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// BCP 47 language of the listing's text, e.g. "en" or "zh".
    pub language: String,
    /// First day, in the event's time zone.
    #[serde(serialize_with = "iso_date::serialize")]
    pub start: Date,
    /// Last day (inclusive), in the event's time zone.
    #[serde(serialize_with = "iso_date::serialize")]
    pub end: Date,
    /// IANA time zone of the event, e.g. "Asia/Shanghai".
    pub time_zone: String,
    /// Where it happens.
    pub venue: Venue,
    /// In person, online or hybrid.
    pub format: Format,
    /// Bodies that run it (承办, "Organised by").
    pub organisers: Vec<String>,
    /// Bodies that hold it (主办, "Hosted by"): the convening authority.
    pub hosts: Vec<String>,
    /// Bodies that help run it (协办, "Co-organised by").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub co_organisers: Vec<String>,
    /// Bodies that support it (支持, "Supported by").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub supporters: Vec<String>,
    /// The institutions its lecturers come from (授课单位).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub institutions: Vec<String>,
    /// People who speak.
    pub speakers: Vec<Speaker>,
    /// Who it is for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// Who it is for, as ids from the catalogue's `audiences` list.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub audiences: Vec<String>,
    /// How many people are expected (or, once it is over, came), at least.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_attendance: Option<u32>,
    /// How many places there are (名额).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub places: Option<u32>,
    /// Training hours credited (学时).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<u32>,
    /// Whether a certificate is given to those who complete it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub certificate: bool,
    /// The official notice announcing it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<Notice>,
    /// Whether it goes ahead as listed.
    #[serde(skip_serializing_if = "Status::is_scheduled")]
    pub status: Status,
    /// The dates it had before it was rescheduled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_dates: Option<PreviousDates>,
    /// Topic ids from the catalogue's topic list.
    pub topics: Vec<String>,
    /// The programme, where known.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    /// The seminar's own web page: an `https:` or `http:` address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Where and until when to register.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration: Option<Registration>,
    /// The meeting's address, for online and hybrid seminars.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub online: Option<String>,
    /// An email address for questions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// The person to ask (联系人).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_name: Option<String>,
    /// A telephone number to ask: digits, spaces, `+` and `-`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Where the listing's facts come from, and what was inferred.
    pub source: String,
    /// True for illustrative listings that describe no real event.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
    /// The listing's texts in other languages (usually none).
    #[serde(
        skip_serializing_if = "Vec::is_empty",
        serialize_with = "keyed::serialize"
    )]
    pub translations: Vec<SeminarTranslation>,
}

fn default_language() -> String {
    "en".to_owned()
}

impl Seminar {
    /// Whether the seminar is filed under the topic with this id.
    pub fn has_topic(&self, topic_id: &str) -> bool {
        self.topics.iter().any(|t| t == topic_id)
    }

    /// The city it is filed under: none for a seminar held only online
    /// (whose venue names no city to go to).
    pub fn city(&self) -> Option<&str> {
        (self.format != Format::Online).then_some(self.venue.city.as_str())
    }

    /// The bodies that play `role`.
    pub fn bodies(&self, role: Role) -> &[String] {
        match role {
            Role::Host => &self.hosts,
            Role::Organiser => &self.organisers,
            Role::CoOrganiser => &self.co_organisers,
            Role::Supporter => &self.supporters,
            Role::Teaching => &self.institutions,
        }
    }

    /// Every organising body, in the order of [`Role::ALL`].
    pub fn all_bodies(&self) -> impl Iterator<Item = &str> + Clone {
        Role::ALL
            .into_iter()
            .flat_map(move |role| self.bodies(role).iter().map(String::as_str))
    }
}

/// Reading listings and topics from catalogue JSON (see
/// [`crate::json::reader`]): each field by name, unknown fields skipped,
/// absent optional fields empty, and every fault said in words.
mod read {
    use super::{
        AgendaItem, Format, Notice, PreviousDates, Registration, Seminar, Speaker, Status, Topic,
        Venue,
    };
    use crate::catalogue::translation::{read_seminar_translations, read_topic_translations};
    use crate::dates::parse_iso_date;
    use crate::i18n::message::{Message, Msg};
    use crate::json::reader::{required, JsonResult, Reader, Seen};
    use crate::json::JsonKind;

    /// Reads a date written `YYYY-MM-DD`.
    fn date(r: &mut Reader) -> JsonResult<time::Date> {
        let at = r.at();
        let text = r.text()?;
        parse_iso_date(&text)
            .ok_or_else(|| Reader::data(at, Message::new(Msg::NotADate).with("text", text)))
    }

    /// Reads `in_person`, `online` or `hybrid`.
    fn format(r: &mut Reader) -> JsonResult<Format> {
        let at = r.at();
        let text = r.text()?;
        Format::parse(&text).ok_or_else(|| {
            Reader::data(
                at,
                Message::new(Msg::NotAccepted)
                    .with("value", text)
                    .with("allowed", "in_person, online, hybrid"),
            )
        })
    }

    /// Reads a status: `scheduled`, `cancelled`, `postponed`,
    /// `rescheduled` or `moved_online`.
    fn status(r: &mut Reader) -> JsonResult<Status> {
        let at = r.at();
        let text = r.text()?;
        Status::parse(&text).ok_or_else(|| {
            Reader::data(
                at,
                Message::new(Msg::NotAccepted).with("value", text).with(
                    "allowed",
                    "scheduled, cancelled, postponed, rescheduled, moved_online",
                ),
            )
        })
    }

    /// Reads `{"start": …, "end": …}`, or `null` as `None`.
    fn previous_dates(r: &mut Reader) -> JsonResult<Option<PreviousDates>> {
        if r.kind()? == JsonKind::Null {
            return r.skip().map(|()| None);
        }
        let at = r.at();
        let (mut start, mut end) = (None, None);
        let mut seen = Seen::default();
        r.object(&mut |r, key| {
            let n = match key {
                "start" => 0,
                "end" => 1,
                _ => return r.skip(),
            };
            seen.note(n, key, r.at())?;
            let day = Some(date(r)?);
            if n == 0 {
                start = day;
            } else {
                end = day;
            }
            Ok(())
        })?;
        Ok(Some(PreviousDates {
            start: required(start, "start", at)?,
            end: required(end, "end", at)?,
        }))
    }

    /// Reads `{"number": …, "url": …}`, or `null` as `None`.
    fn notice(r: &mut Reader) -> JsonResult<Option<Notice>> {
        if r.kind()? == JsonKind::Null {
            return r.skip().map(|()| None);
        }
        let at = r.at();
        let (mut number, mut url) = (None, None);
        let mut seen = Seen::default();
        r.object(&mut |r, key| {
            let n = match key {
                "number" => 0,
                "url" => 1,
                _ => return r.skip(),
            };
            seen.note(n, key, r.at())?;
            if n == 0 {
                number = Some(r.text()?);
            } else {
                url = r.optional_text()?;
            }
            Ok(())
        })?;
        Ok(Some(Notice {
            number: required(number, "number", at)?,
            url,
        }))
    }

    impl Topic {
        /// Reads a topic record.
        pub fn read(r: &mut Reader) -> JsonResult<Topic> {
            let at = r.at();
            let (mut id, mut label, mut description, mut language) = (None, None, None, None);
            let mut translations = Vec::new();
            let mut seen = Seen::default();
            r.object(&mut |r, key| {
                let n = match key {
                    "id" => 0,
                    "label" => 1,
                    "description" => 2,
                    "language" => 3,
                    "translations" => 4,
                    _ => return r.skip(),
                };
                seen.note(n, key, r.at())?;
                match n {
                    0 => id = Some(r.text()?),
                    1 => label = Some(r.text()?),
                    2 => description = r.optional_text()?,
                    3 => language = Some(r.text()?),
                    _ => read_topic_translations(r, &mut translations)?,
                }
                Ok(())
            })?;
            Ok(Topic {
                id: required(id, "id", at)?,
                label: required(label, "label", at)?,
                description,
                language: language.unwrap_or_else(super::default_language),
                translations,
            })
        }
    }

    fn venue(r: &mut Reader) -> JsonResult<Venue> {
        let at = r.at();
        let (mut name, mut city, mut address, mut country) = (None, None, None, None);
        let mut seen = Seen::default();
        r.object(&mut |r, key| {
            let n = match key {
                "name" => 0,
                "city" => 1,
                "address" => 2,
                "country" => 3,
                _ => return r.skip(),
            };
            seen.note(n, key, r.at())?;
            match n {
                0 => name = Some(r.text()?),
                1 => city = Some(r.text()?),
                2 => address = r.optional_text()?,
                _ => country = r.optional_text()?,
            }
            Ok(())
        })?;
        Ok(Venue {
            name: required(name, "name", at)?,
            city: required(city, "city", at)?,
            address,
            country,
        })
    }

    fn speaker(r: &mut Reader) -> JsonResult<Speaker> {
        let at = r.at();
        let mut name = None;
        let (mut role, mut affiliation, mut talk) = (None, None, None);
        let mut seen = Seen::default();
        r.object(&mut |r, key| {
            let n = match key {
                "name" => 0,
                "role" => 1,
                "affiliation" => 2,
                "talk" => 3,
                _ => return r.skip(),
            };
            seen.note(n, key, r.at())?;
            match n {
                0 => name = Some(r.text()?),
                1 => role = r.optional_text()?,
                2 => affiliation = r.optional_text()?,
                _ => talk = r.optional_text()?,
            }
            Ok(())
        })?;
        Ok(Speaker {
            name: required(name, "name", at)?,
            role,
            affiliation,
            talk,
        })
    }

    fn agenda_item(r: &mut Reader) -> JsonResult<AgendaItem> {
        let at = r.at();
        let (mut date_, mut title) = (None, None);
        let (mut start_time, mut end_time, mut speaker) = (None, None, None);
        let mut seen = Seen::default();
        r.object(&mut |r, key| {
            let n = match key {
                "date" => 0,
                "start_time" => 1,
                "end_time" => 2,
                "title" => 3,
                "speaker" => 4,
                _ => return r.skip(),
            };
            seen.note(n, key, r.at())?;
            match n {
                0 => date_ = Some(date(r)?),
                1 => start_time = r.optional_text()?,
                2 => end_time = r.optional_text()?,
                3 => title = Some(r.text()?),
                _ => speaker = r.optional_text()?,
            }
            Ok(())
        })?;
        Ok(AgendaItem {
            date: required(date_, "date", at)?,
            start_time,
            end_time,
            title: required(title, "title", at)?,
            speaker,
        })
    }

    /// Reads `{"url": …, "closes": "YYYY-MM-DD"}`, or `null` as `None`.
    fn registration(r: &mut Reader) -> JsonResult<Option<Registration>> {
        if r.kind()? == JsonKind::Null {
            return r.skip().map(|()| None);
        }
        let at = r.at();
        let (mut url, mut closes) = (None, None);
        let mut seen = Seen::default();
        r.object(&mut |r, key| {
            let n = match key {
                "url" => 0,
                "closes" => 1,
                _ => return r.skip(),
            };
            seen.note(n, key, r.at())?;
            match n {
                0 => url = Some(r.text()?),
                _ if r.kind()? == JsonKind::Null => r.skip()?,
                _ => closes = Some(date(r)?),
            }
            Ok(())
        })?;
        Ok(Some(Registration {
            url: required(url, "url", at)?,
            closes,
        }))
    }

    /// A listing's field by name, numbered for [`Seen`]: the optional
    /// texts, the lists of names and the whole numbers each in a run of
    /// numbers of their own, so that one arm reads each kind.
    fn field(key: &str) -> Option<u32> {
        Some(match key {
            "id" => 0,
            "title" => 1,
            "summary" => 2,
            "language" => 3,
            "start" => 4,
            "end" => 5,
            "time_zone" => 6,
            "venue" => 7,
            "format" => 8,
            "topics" => 9,
            "source" => 10,
            "speakers" => 11,
            "agenda" => 12,
            "registration" => 13,
            "example" => 14,
            "certificate" => 15,
            "notice" => 16,
            "status" => 17,
            "previous_dates" => 18,
            "translations" => 19,
            // Optional texts, in the order of `Partial::texts`.
            "description" => 20,
            "audience" => 21,
            "website" => 22,
            "online" => 23,
            "contact" => 24,
            "contact_name" => 25,
            "phone" => 26,
            // Lists of texts, in the order of `Partial::lists`.
            "hosts" => 27,
            "organisers" => 28,
            "co_organisers" => 29,
            "supporters" => 30,
            "institutions" => 31,
            "audiences" => 32,
            // Whole numbers, in the order of `Partial::wholes`.
            "expected_attendance" => 33,
            "places" => 34,
            "hours" => 35,
            _ => return None,
        })
    }

    impl Seminar {
        /// Reads a listing.
        pub fn read(r: &mut Reader) -> JsonResult<Seminar> {
            let at = r.at();
            let mut s = Partial::default();
            let mut seen = Seen::default();
            r.object(&mut |r, key| {
                let Some(n) = field(key) else {
                    return r.skip();
                };
                seen.note(n, key, r.at())?;
                match n {
                    0 => s.id = Some(r.text()?),
                    1 => s.title = Some(r.text()?),
                    2 => s.summary = Some(r.text()?),
                    3 => s.language = Some(r.text()?),
                    4 => s.start = Some(date(r)?),
                    5 => s.end = Some(date(r)?),
                    6 => s.time_zone = Some(r.text()?),
                    7 => s.venue = Some(venue(r)?),
                    8 => s.format = Some(format(r)?),
                    9 => s.topics = Some(r.texts()?),
                    10 => s.source = Some(r.text()?),
                    11 => r.list(&mut |r| speaker(r).map(|x| s.speakers.push(x)))?,
                    12 => r.list(&mut |r| agenda_item(r).map(|x| s.agenda.push(x)))?,
                    13 => s.registration = registration(r)?,
                    14 => s.example = r.boolean()?,
                    15 => s.certificate = r.boolean()?,
                    16 => s.notice = notice(r)?,
                    17 => s.status = status(r)?,
                    18 => s.previous_dates = previous_dates(r)?,
                    19 => read_seminar_translations(r, &mut s.translations)?,
                    20..=26 => s.texts[n as usize - 20] = r.optional_text()?,
                    27..=32 => s.lists[n as usize - 27] = r.texts()?,
                    _ => s.wholes[n as usize - 33] = r.optional_whole()?,
                }
                Ok(())
            })?;
            let [description, audience, website, online, contact, contact_name, phone] = s.texts;
            let [hosts, organisers, co_organisers, supporters, institutions, audiences] = s.lists;
            let [expected_attendance, places, hours] = s.wholes;
            Ok(Seminar {
                id: required(s.id, "id", at)?,
                title: required(s.title, "title", at)?,
                summary: required(s.summary, "summary", at)?,
                description,
                language: s.language.unwrap_or_else(super::default_language),
                start: required(s.start, "start", at)?,
                end: required(s.end, "end", at)?,
                time_zone: required(s.time_zone, "time_zone", at)?,
                venue: required(s.venue, "venue", at)?,
                format: required(s.format, "format", at)?,
                organisers,
                hosts,
                co_organisers,
                supporters,
                institutions,
                speakers: s.speakers,
                audience,
                audiences,
                expected_attendance,
                places,
                hours,
                certificate: s.certificate,
                notice: s.notice,
                status: s.status,
                previous_dates: s.previous_dates,
                topics: required(s.topics, "topics", at)?,
                agenda: s.agenda,
                website,
                registration: s.registration,
                online,
                contact,
                contact_name,
                phone,
                source: required(s.source, "source", at)?,
                example: s.example,
                translations: s.translations,
            })
        }

        /// Reads a listing from its own JSON text (an imported entry).
        pub fn from_json(text: &str) -> JsonResult<Seminar> {
            let mut r = Reader::new(text);
            let seminar = Seminar::read(&mut r)?;
            r.end()?;
            Ok(seminar)
        }
    }

    /// A listing's fields as they are read.
    #[derive(Default)]
    struct Partial {
        id: Option<String>,
        title: Option<String>,
        summary: Option<String>,
        language: Option<String>,
        start: Option<time::Date>,
        end: Option<time::Date>,
        time_zone: Option<String>,
        venue: Option<Venue>,
        format: Option<Format>,
        topics: Option<Vec<String>>,
        source: Option<String>,
        speakers: Vec<Speaker>,
        agenda: Vec<AgendaItem>,
        registration: Option<Registration>,
        example: bool,
        certificate: bool,
        notice: Option<Notice>,
        status: Status,
        previous_dates: Option<PreviousDates>,
        translations: Vec<super::SeminarTranslation>,
        /// description, audience, website, online, contact, contact_name, phone.
        texts: [Option<String>; 7],
        /// hosts, organisers, co_organisers, supporters, institutions, audiences.
        lists: [Vec<String>; 6],
        /// expected_attendance, places, hours.
        wholes: [Option<u32>; 3],
    }
}
