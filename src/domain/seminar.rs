//! The seminar listing as the catalogue describes it.

use serde::{Deserialize, Serialize};
use time::Date;

use super::dates::iso_date;

/// A topic a seminar can be filed under. The list of topics lives in the
/// catalogue, so an operator can add one without a rebuild.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Topic {
    /// URL-safe slug used in `topic=` query parameters.
    pub id: String,
    /// Label shown to people.
    pub label: String,
    /// Optional longer explanation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// How people take part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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

/// Where a seminar takes place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Venue {
    /// The venue's name, e.g. a university or a hotel.
    pub name: String,
    /// The city, used as a filter.
    pub city: String,
    /// Street address, when the source gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Country name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

impl Venue {
    /// "Name, City", or just the name when it already says the city (as
    /// "Online" does).
    pub fn place(&self) -> String {
        if self.name == self.city {
            self.name.clone()
        } else {
            format!("{}, {}", self.name, self.city)
        }
    }
}

/// A person who speaks at a seminar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Full name.
    pub name: String,
    /// Position or title, e.g. "Deputy Director".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Institution the speaker comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// Title of the talk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub talk: Option<String>,
}

/// One session of a seminar's programme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaItem {
    /// The day of the session.
    #[serde(with = "iso_date")]
    pub date: Date,
    /// Local start time, "HH:MM", when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// Local end time, "HH:MM", when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// What happens in the session.
    pub title: String,
    /// Who leads it, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

/// A seminar or workshop listing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seminar {
    /// URL-safe slug, unique in the catalogue; the seminar's page is `/seminars/{id}`.
    pub id: String,
    /// The seminar's name.
    pub title: String,
    /// One or two sentences shown in the list.
    pub summary: String,
    /// Longer text shown on the seminar's page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// BCP 47 language of the listing's text, e.g. "en" or "zh".
    #[serde(default = "default_language")]
    pub language: String,
    /// First day, in the event's time zone.
    #[serde(with = "iso_date")]
    pub start: Date,
    /// Last day (inclusive), in the event's time zone.
    #[serde(with = "iso_date")]
    pub end: Date,
    /// IANA time zone of the event, e.g. "Asia/Shanghai".
    pub time_zone: String,
    /// Where it happens.
    pub venue: Venue,
    /// In person, online or hybrid.
    pub format: Format,
    /// Bodies that organise the seminar.
    #[serde(default)]
    pub organisers: Vec<String>,
    /// Bodies that host it (the venue's institution, a convening authority).
    #[serde(default)]
    pub hosts: Vec<String>,
    /// People who speak.
    #[serde(default)]
    pub speakers: Vec<Speaker>,
    /// Who it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// How many people are expected, at least.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_attendance: Option<u32>,
    /// Topic ids from the catalogue's topic list.
    pub topics: Vec<String>,
    /// The programme, where known.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    /// Where the listing's facts come from, and what was inferred.
    pub source: String,
    /// True for illustrative listings that describe no real event.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
}

fn default_language() -> String {
    "en".to_owned()
}

impl Seminar {
    /// Whether the seminar is filed under the topic with this id.
    pub fn has_topic(&self, topic_id: &str) -> bool {
        self.topics.iter().any(|t| t == topic_id)
    }
}
