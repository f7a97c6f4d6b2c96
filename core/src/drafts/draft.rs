//! A draft listing as its organiser edits it. The form keeps what was typed,
//! even when it is not valid yet (an empty date, a half-written number), so
//! nothing typed is ever thrown away; conversion to a [`Seminar`] says what
//! still needs fixing, field by field.

use serde::{Deserialize, Serialize};

use crate::catalogue::seminar::{
    AgendaItem, Format, Notice, PreviousDates, Registration, Role, Seminar, Speaker, Status, Venue,
};
use crate::catalogue::translation::{keyed, trim_rows, SeminarTranslation, SpeakerTranslation};
use crate::catalogue::validation::{is_language_tag, validate, Problem};
use crate::catalogue::Catalogue;
use crate::dates::{iso, parse_hhmm, parse_iso_date};
use crate::drafts::messages::{DraftMsg, DraftWords};
use crate::i18n::lang::Lang;
use crate::i18n::message::{Message, Words};

/// A problem with a draft: a listing rule it breaks, or one of the form's own.
pub type DraftProblem = Problem<DraftWords>;

/// A speaker row of the form. Reads from a record's object, or from a bare
/// name, which is how version 1 drafts stored speakers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "SpeakerRecord")]
pub struct SpeakerForm {
    /// Full name.
    pub name: String,
    /// Position or title.
    pub role: String,
    /// Institution.
    pub affiliation: String,
    /// Title of the talk.
    pub talk: String,
    /// The role in the translation's language.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub translated_role: String,
    /// The talk's title in the translation's language.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub translated_talk: String,
    /// The institution in the translation's language.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub translated_affiliation: String,
    /// The name in the translation's language, where it has another form.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub translated_name: String,
}

/// A stored speaker: the fields of [`SpeakerForm`], or just a name.
enum SpeakerRecord {
    Fields(SpeakerFields),
    Name(String),
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct SpeakerFields {
    name: String,
    role: String,
    affiliation: String,
    talk: String,
    translated_role: String,
    translated_talk: String,
    translated_affiliation: String,
    translated_name: String,
}

impl From<SpeakerRecord> for SpeakerForm {
    fn from(record: SpeakerRecord) -> Self {
        match record {
            SpeakerRecord::Name(name) => SpeakerForm {
                name,
                ..SpeakerForm::default()
            },
            SpeakerRecord::Fields(f) => SpeakerForm {
                name: f.name,
                role: f.role,
                affiliation: f.affiliation,
                talk: f.talk,
                translated_role: f.translated_role,
                translated_talk: f.translated_talk,
                translated_affiliation: f.translated_affiliation,
                translated_name: f.translated_name,
            },
        }
    }
}

impl<'de> Deserialize<'de> for SpeakerRecord {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Either;
        impl<'de> serde::de::Visitor<'de> for Either {
            type Value = SpeakerRecord;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a speaker's fields or name")
            }
            fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<SpeakerRecord, E> {
                Ok(SpeakerRecord::Name(name.to_owned()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<SpeakerRecord, A::Error> {
                SpeakerFields::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(SpeakerRecord::Fields)
            }
        }
        deserializer.deserialize_any(Either)
    }
}

/// An agenda row of the form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AgendaForm {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM`, or empty.
    pub start_time: String,
    /// `HH:MM`, or empty.
    pub end_time: String,
    /// What happens.
    pub title: String,
    /// Who leads it.
    pub speaker: String,
    /// What happens, in the translation's language.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub translated_title: String,
}

/// The listing's texts in one other language, as the form holds them. The
/// speakers' and agenda items' translated texts are kept in their own rows
/// ([`SpeakerForm`], [`AgendaForm`]), so that they move with them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TranslationForm {
    /// Language tag; empty for the default (see
    /// [`SeminarForm::translation_language`]).
    pub language: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Description.
    pub description: String,
    /// Venue name.
    pub venue: String,
    /// City.
    pub city: String,
    /// Audience.
    pub audience: String,
    /// Country.
    pub country: String,
    /// The bodies' names in the translation's language, by list in the
    /// order of [`Role::EVERY`]: pairs of a row's name as the listing
    /// writes it and its translation, so that a row moved keeps its
    /// translation and a row renamed loses it.
    pub bodies: [Vec<(String, String)>; 5],
}

impl TranslationForm {
    /// The translated name of the row named `name` in list `list` (of
    /// [`Role::EVERY`]).
    pub fn body_name(&self, list: usize, name: &str) -> Option<&String> {
        self.bodies
            .get(list)?
            .iter()
            .find(|(original, _)| original.trim() == name.trim())
            .map(|(_, translated)| translated)
    }

    /// The same, to write: a pair made for the row when it has none.
    pub fn body_name_mut(&mut self, list: usize, name: &str) -> Option<&mut String> {
        let pairs = self.bodies.get_mut(list)?;
        let at = match pairs.iter().position(|(o, _)| o.trim() == name.trim()) {
            Some(at) => at,
            None => {
                pairs.push((name.to_owned(), String::new()));
                pairs.len() - 1
            }
        };
        pairs.get_mut(at).map(|(_, translated)| translated)
    }

    /// Whether nothing is typed in it.
    pub fn is_blank(&self) -> bool {
        [
            &self.language,
            &self.title,
            &self.summary,
            &self.description,
            &self.venue,
            &self.city,
            &self.audience,
            &self.country,
        ]
        .iter()
        .all(|t| t.trim().is_empty())
            && self
                .bodies
                .iter()
                .flatten()
                .all(|(_, t)| t.trim().is_empty())
    }
}

/// Every catalogue field, as text the way the form holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SeminarForm {
    /// Slug; the seminar's page is `/seminars/{id}`.
    pub id: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Description.
    pub description: String,
    /// BCP 47 language tag.
    pub language: String,
    /// `YYYY-MM-DD`.
    pub start: String,
    /// `YYYY-MM-DD`.
    pub end: String,
    /// IANA time zone.
    pub time_zone: String,
    /// Venue name.
    pub venue_name: String,
    /// City.
    pub city: String,
    /// Street address.
    pub address: String,
    /// Country.
    pub country: String,
    /// `in_person`, `online` or `hybrid`.
    pub format: String,
    /// Organising bodies, one per row.
    pub organisers: Vec<String>,
    /// Hosting bodies (主办), one per row.
    pub hosts: Vec<String>,
    /// Co-organising bodies (协办), one per row.
    pub co_organisers: Vec<String>,
    /// Supporting bodies (支持), one per row.
    pub supporters: Vec<String>,
    /// Teaching institutions (授课单位), one per row.
    pub institutions: Vec<String>,
    /// Speakers.
    pub speakers: Vec<SpeakerForm>,
    /// Audience.
    pub audience: String,
    /// Audience group ids.
    pub audiences: Vec<String>,
    /// Expected attendance, digits.
    pub expected_attendance: String,
    /// Places, digits.
    pub places: String,
    /// Training hours, digits.
    pub hours: String,
    /// Whether a certificate is given.
    pub certificate: bool,
    /// The official notice's reference number.
    pub notice_number: String,
    /// The official notice's address.
    pub notice_url: String,
    /// `scheduled`, `cancelled`, `postponed`, `rescheduled` or `moved_online`.
    pub status: String,
    /// The first day before it was rescheduled, `YYYY-MM-DD`, or empty.
    pub previous_start: String,
    /// The last day before it was rescheduled, `YYYY-MM-DD`, or empty.
    pub previous_end: String,
    /// Topic ids.
    pub topics: Vec<String>,
    /// Agenda rows.
    pub agenda: Vec<AgendaForm>,
    /// The seminar's web page.
    pub website: String,
    /// The registration page.
    pub registration_url: String,
    /// The last day to register, `YYYY-MM-DD`, or empty.
    pub registration_closes: String,
    /// The online meeting's address.
    pub online: String,
    /// The contact's email address.
    pub contact: String,
    /// The person to ask.
    pub contact_name: String,
    /// A telephone number.
    pub phone: String,
    /// Source note.
    pub source: String,
    /// Whether the listing is an illustrative example.
    pub example: bool,
    /// The translation the form edits (drafts stored before translations
    /// existed read with an empty one).
    #[serde(skip_serializing_if = "TranslationForm::is_blank")]
    pub translation: TranslationForm,
    /// Any further translations of a published listing, kept as they are.
    #[serde(
        skip_serializing_if = "Vec::is_empty",
        serialize_with = "keyed::serialize",
        deserialize_with = "keyed::deserialize"
    )]
    pub other_translations: Vec<SeminarTranslation>,
}

impl Default for SeminarForm {
    fn default() -> Self {
        SeminarForm {
            id: String::new(),
            title: String::new(),
            summary: String::new(),
            description: String::new(),
            language: "en".to_owned(),
            start: String::new(),
            end: String::new(),
            time_zone: String::new(),
            venue_name: String::new(),
            city: String::new(),
            address: String::new(),
            country: String::new(),
            format: Format::InPerson.as_str().to_owned(),
            organisers: Vec::new(),
            hosts: Vec::new(),
            co_organisers: Vec::new(),
            supporters: Vec::new(),
            institutions: Vec::new(),
            speakers: Vec::new(),
            audience: String::new(),
            audiences: Vec::new(),
            expected_attendance: String::new(),
            places: String::new(),
            hours: String::new(),
            certificate: false,
            notice_number: String::new(),
            notice_url: String::new(),
            status: Status::Scheduled.as_str().to_owned(),
            previous_start: String::new(),
            previous_end: String::new(),
            topics: Vec::new(),
            agenda: Vec::new(),
            website: String::new(),
            registration_url: String::new(),
            registration_closes: String::new(),
            online: String::new(),
            contact: String::new(),
            contact_name: String::new(),
            phone: String::new(),
            source: String::new(),
            example: false,
            translation: TranslationForm::default(),
            other_translations: Vec::new(),
        }
    }
}

/// Where a draft comes from. Stored as `{"type": "new"}` or
/// `{"type": "edit", "seminar_id": …}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "OriginRecord", into = "OriginRecord")]
pub enum DraftOrigin {
    /// A listing that is not in the catalogue yet.
    #[default]
    New,
    /// A change to the catalogue's seminar with this id.
    Edit {
        /// The id of the seminar it edits.
        seminar_id: String,
    },
}

/// [`DraftOrigin`] as stored (a plain struct reads with less code than a
/// tagged enum).
#[derive(Serialize, Deserialize)]
struct OriginRecord {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    seminar_id: Option<String>,
}

impl TryFrom<OriginRecord> for DraftOrigin {
    type Error = String;
    /// Fails in serde's own words, which [`crate::drafts::serde_words::error_words`]
    /// tells in the file's.
    fn try_from(record: OriginRecord) -> Result<Self, String> {
        match (record.kind.as_str(), record.seminar_id) {
            ("new", _) => Ok(DraftOrigin::New),
            ("edit", Some(seminar_id)) => Ok(DraftOrigin::Edit { seminar_id }),
            ("edit", None) => Err("missing field `seminar_id`".to_owned()),
            (other, _) => Err(format!(
                "unknown variant `{other}`, expected one of `new`, `edit`"
            )),
        }
    }
}

impl From<DraftOrigin> for OriginRecord {
    fn from(origin: DraftOrigin) -> Self {
        match origin {
            DraftOrigin::New => OriginRecord {
                kind: "new".to_owned(),
                seminar_id: None,
            },
            DraftOrigin::Edit { seminar_id } => OriginRecord {
                kind: "edit".to_owned(),
                seminar_id: Some(seminar_id),
            },
        }
    }
}

/// One save of a draft: its revision and the random id of the save, which
/// tells apart two saves that two tabs made of the same revision.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// Counts saves.
    pub revision: u64,
    /// Random, unique per save; empty in records written before saves had ids.
    #[serde(default)]
    pub save: String,
}

/// A draft as stored: the form plus what the app needs to keep it safe.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The draft's own id, part of its storage key; not the seminar's id.
    pub id: String,
    /// New listing or edit.
    pub origin: DraftOrigin,
    /// What the organiser typed.
    pub form: SeminarForm,
    /// When it was last saved, in milliseconds since 1970.
    pub saved_at: f64,
    /// Counts saves, so a tab can tell that another tab wrote in between.
    pub revision: u64,
    /// The random id of this save (see [`Stamp`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub save: String,
    /// The save this one was made from: `None` for a draft's first save.
    /// A tab whose own save is not this one's parent knows that its save
    /// was written over by a tab that never saw it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Stamp>,
}

fn text(value: &str) -> Option<String> {
    let trimmed = value.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

fn rows(values: &[String]) -> Vec<String> {
    values.iter().filter_map(|v| text(v)).collect()
}

/// Whether a time is written `HH:MM`, with nothing around it.
fn is_time(value: &str) -> bool {
    value.len() == 5 && parse_hhmm(value).is_some()
}

/// A number as the form holds it.
fn number(n: Option<u32>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// A translation's text of row `i`, or empty.
fn row_text<T>(rows: &[T], i: usize, text: impl Fn(&T) -> &Option<String>) -> String {
    rows.get(i)
        .and_then(|row| text(row).clone())
        .unwrap_or_default()
}

impl SeminarForm {
    /// The rows of the bodies of `role`.
    pub fn bodies_form(&self, role: Role) -> &Vec<String> {
        match role {
            Role::Host => &self.hosts,
            Role::Organiser => &self.organisers,
            Role::CoOrganiser => &self.co_organisers,
            Role::Supporter => &self.supporters,
            Role::Teaching => &self.institutions,
        }
    }

    /// The language of the translation the form edits: the one typed, or
    /// else the interface's other language than the listing's (English for
    /// a listing in neither).
    pub fn translation_language(&self) -> String {
        match text(&self.translation.language) {
            Some(tag) => tag,
            None => Lang::from_tag(&self.language)
                .map_or(Lang::En, Lang::other)
                .tag()
                .to_owned(),
        }
    }

    /// Whether the form holds any translated text, or translations of a
    /// published listing kept as they were.
    pub fn has_translation(&self) -> bool {
        let typed = |t: &String| !t.trim().is_empty();
        let t = &self.translation;
        [
            &t.title,
            &t.summary,
            &t.description,
            &t.venue,
            &t.city,
            &t.audience,
            &t.country,
        ]
        .into_iter()
        .chain(t.bodies.iter().flatten().map(|(_, name)| name))
        .any(typed)
            || self.speakers.iter().any(|s| {
                [
                    &s.translated_role,
                    &s.translated_talk,
                    &s.translated_affiliation,
                    &s.translated_name,
                ]
                .into_iter()
                .any(typed)
            })
            || self.agenda.iter().any(|a| typed(&a.translated_title))
            || !self.other_translations.is_empty()
    }

    /// The translations the form describes: the one it edits, when
    /// anything of it is filled in, then the others as they were, cut to
    /// the rows the listing has.
    fn translations(&self, agenda_rows: &[&AgendaForm]) -> Vec<SeminarTranslation> {
        let t = &self.translation;
        let mut main = SeminarTranslation {
            lang: self.translation_language(),
            title: text(&t.title),
            summary: text(&t.summary),
            description: text(&t.description),
            venue: text(&t.venue),
            city: text(&t.city),
            audience: text(&t.audience),
            country: text(&t.country),
            agenda: agenda_rows
                .iter()
                .map(|a| text(&a.translated_title))
                .collect(),
            speakers: self
                .speakers
                .iter()
                .map(|s| SpeakerTranslation {
                    role: text(&s.translated_role),
                    talk: text(&s.translated_talk),
                    affiliation: text(&s.translated_affiliation),
                    name: text(&s.translated_name),
                })
                .collect(),
            ..SeminarTranslation::default()
        };
        for (i, role) in Role::EVERY.into_iter().enumerate() {
            // Rows of the listing's bodies as the form holds them, blank ones
            // left out as `rows` leaves them out of the listing.
            *main.bodies_mut(role) = self
                .bodies_form(role)
                .iter()
                .enumerate()
                .filter(|(_, name)| !name.trim().is_empty())
                .map(|(_, name)| t.body_name(i, name).and_then(|n| text(n)))
                .collect();
            trim_rows(main.bodies_mut(role));
        }
        trim_rows(&mut main.agenda);
        trim_rows(&mut main.speakers);
        let mut all: Vec<SeminarTranslation> = Vec::new();
        if !main.is_empty() {
            all.push(main);
        }
        for other in &self.other_translations {
            let mut other = other.clone();
            other.agenda.truncate(agenda_rows.len());
            other.speakers.truncate(self.speakers.len());
            for role in Role::EVERY {
                let rows = self.bodies_form(role).len();
                other.bodies_mut(role).truncate(rows);
                trim_rows(other.bodies_mut(role));
            }
            trim_rows(&mut other.agenda);
            trim_rows(&mut other.speakers);
            if !other.is_empty() {
                all.push(other);
            }
        }
        all
    }

    /// The form filled from a published seminar.
    pub fn from_seminar(seminar: &Seminar) -> Self {
        let (first, others) = match seminar.translations.split_first() {
            Some((first, others)) => (first.clone(), others.to_vec()),
            None => (SeminarTranslation::default(), Vec::new()),
        };
        SeminarForm {
            id: seminar.id.clone(),
            title: seminar.title.clone(),
            summary: seminar.summary.clone(),
            description: seminar.description.clone().unwrap_or_default(),
            language: seminar.language.clone(),
            start: iso(seminar.start),
            end: iso(seminar.end),
            time_zone: seminar.time_zone.clone(),
            venue_name: seminar.venue.name.clone(),
            city: seminar.venue.city.clone(),
            address: seminar.venue.address.clone().unwrap_or_default(),
            country: seminar.venue.country.clone().unwrap_or_default(),
            format: seminar.format.as_str().to_owned(),
            organisers: seminar.organisers.clone(),
            hosts: seminar.hosts.clone(),
            co_organisers: seminar.co_organisers.clone(),
            supporters: seminar.supporters.clone(),
            institutions: seminar.institutions.clone(),
            speakers: seminar
                .speakers
                .iter()
                .enumerate()
                .map(|(i, s)| SpeakerForm {
                    name: s.name.clone(),
                    role: s.role.clone().unwrap_or_default(),
                    affiliation: s.affiliation.clone().unwrap_or_default(),
                    talk: s.talk.clone().unwrap_or_default(),
                    translated_role: row_text(&first.speakers, i, |s| &s.role),
                    translated_talk: row_text(&first.speakers, i, |s| &s.talk),
                    translated_affiliation: row_text(&first.speakers, i, |s| &s.affiliation),
                    translated_name: row_text(&first.speakers, i, |s| &s.name),
                })
                .collect(),
            audience: seminar.audience.clone().unwrap_or_default(),
            audiences: seminar.audiences.clone(),
            expected_attendance: number(seminar.expected_attendance),
            places: number(seminar.places),
            hours: number(seminar.hours),
            certificate: seminar.certificate,
            notice_number: seminar
                .notice
                .as_ref()
                .map(|n| n.number.clone())
                .unwrap_or_default(),
            notice_url: seminar
                .notice
                .as_ref()
                .and_then(|n| n.url.clone())
                .unwrap_or_default(),
            status: seminar.status.as_str().to_owned(),
            previous_start: seminar
                .previous_dates
                .map(|p| iso(p.start))
                .unwrap_or_default(),
            previous_end: seminar
                .previous_dates
                .map(|p| iso(p.end))
                .unwrap_or_default(),
            topics: seminar.topics.clone(),
            agenda: seminar
                .agenda
                .iter()
                .enumerate()
                .map(|(i, a)| AgendaForm {
                    date: iso(a.date),
                    start_time: a.start_time.clone().unwrap_or_default(),
                    end_time: a.end_time.clone().unwrap_or_default(),
                    title: a.title.clone(),
                    speaker: a.speaker.clone().unwrap_or_default(),
                    translated_title: row_text(&first.agenda, i, |title| title),
                })
                .collect(),
            website: seminar.website.clone().unwrap_or_default(),
            registration_url: seminar
                .registration
                .as_ref()
                .map(|r| r.url.clone())
                .unwrap_or_default(),
            registration_closes: seminar
                .registration
                .as_ref()
                .and_then(|r| r.closes)
                .map(iso)
                .unwrap_or_default(),
            online: seminar.online.clone().unwrap_or_default(),
            contact: seminar.contact.clone().unwrap_or_default(),
            contact_name: seminar.contact_name.clone().unwrap_or_default(),
            phone: seminar.phone.clone().unwrap_or_default(),
            source: seminar.source.clone(),
            example: seminar.example,
            translation: TranslationForm {
                bodies: Role::EVERY.map(|role| {
                    seminar
                        .bodies(role)
                        .iter()
                        .zip(first.bodies(role))
                        .filter_map(|(name, translated)| Some((name.clone(), translated.clone()?)))
                        .collect()
                }),
                language: first.lang.clone(),
                title: first.title.unwrap_or_default(),
                summary: first.summary.unwrap_or_default(),
                description: first.description.unwrap_or_default(),
                venue: first.venue.unwrap_or_default(),
                city: first.city.unwrap_or_default(),
                audience: first.audience.unwrap_or_default(),
                country: first.country.unwrap_or_default(),
            },
            other_translations: others,
        }
    }

    /// The problems that stop the form from being a seminar at all: dates,
    /// numbers and choices that do not parse.
    fn shape_problems(&self) -> Vec<DraftProblem> {
        let mut problems = Vec::new();
        let mut need = |ok: bool, field: &'static str, message: DraftMsg| {
            if !ok {
                problems.push(Problem {
                    field,
                    message: Message::draft(message),
                });
            }
        };
        need(
            parse_iso_date(&self.start).is_some(),
            "start",
            DraftMsg::StartRequired,
        );
        need(
            parse_iso_date(&self.end).is_some(),
            "end",
            DraftMsg::EndRequired,
        );
        need(
            Format::parse(&self.format).is_some(),
            "format",
            DraftMsg::FormatRequired,
        );
        for (value, field, message) in [
            (
                &self.expected_attendance,
                "expected_attendance",
                DraftMsg::AttendanceNotWhole,
            ),
            (&self.places, "places", DraftMsg::PlacesNotWhole),
            (&self.hours, "hours", DraftMsg::HoursNotWhole),
        ] {
            need(
                value.trim().is_empty() || value.trim().parse::<u32>().is_ok(),
                field,
                message,
            );
        }
        need(
            Status::parse(self.status.trim()).is_some(),
            "status",
            DraftMsg::StatusRequired,
        );
        need(
            [&self.previous_start, &self.previous_end]
                .iter()
                .all(|d| d.trim().is_empty() || parse_iso_date(d.trim()).is_some()),
            "previous_dates",
            DraftMsg::PreviousNotADate,
        );
        need(
            self.agenda.iter().all(|a| {
                parse_iso_date(&a.date).is_some()
                    && text(&a.title).is_some()
                    && [&a.start_time, &a.end_time]
                        .iter()
                        .all(|t| t.is_empty() || is_time(t))
            }),
            "agenda",
            DraftMsg::AgendaIncomplete,
        );
        let closes = self.registration_closes.trim();
        need(
            closes.is_empty() || parse_iso_date(closes).is_some(),
            "registration.closes",
            DraftMsg::ClosesNotADate,
        );
        need(
            closes.is_empty() || text(&self.registration_url).is_some(),
            "registration.url",
            DraftMsg::ClosesWithoutAddress,
        );
        // The catalogue reader checks the tags it reads; this one is typed.
        let lang = self.translation_language();
        need(
            is_language_tag(&lang)
                && !lang.eq_ignore_ascii_case(self.language.trim())
                && !self
                    .other_translations
                    .iter()
                    .any(|t| t.lang.eq_ignore_ascii_case(&lang)),
            "translation.language",
            DraftMsg::TranslationLanguage,
        );
        problems
    }

    /// The seminar the form describes, or every problem that stops it.
    pub fn to_seminar(
        &self,
        known_topic: impl Fn(&str) -> bool,
    ) -> Result<Seminar, Vec<DraftProblem>> {
        let mut problems = self.shape_problems();
        let Some(seminar) = self.preview() else {
            // Check the other fields too, on a copy whose unreadable dates and
            // format are stood in for, so every message shows at once.
            let mut stand_in = self.clone();
            if parse_iso_date(&stand_in.start).is_none() || parse_iso_date(&stand_in.end).is_none()
            {
                stand_in.start = "2000-01-01".to_owned();
                stand_in.end = "2000-01-01".to_owned();
            }
            if Format::parse(&stand_in.format).is_none() {
                stand_in.format = Format::InPerson.as_str().to_owned();
            }
            if let Some(seminar) = stand_in.preview() {
                problems.extend(ruled(&seminar, known_topic));
            }
            return Err(problems);
        };
        problems.extend(ruled(&seminar, known_topic));
        if problems.is_empty() {
            Ok(seminar)
        } else {
            Err(problems)
        }
    }

    /// The seminar as far as the form describes one, valid or not: `None`
    /// only while the dates or the format do not read.
    pub fn preview(&self) -> Option<Seminar> {
        let (Some(start), Some(end), Some(format)) = (
            parse_iso_date(&self.start),
            parse_iso_date(&self.end),
            Format::parse(&self.format),
        ) else {
            return None;
        };
        // Agenda rows whose date does not read are left out of the preview
        // (and reported), and their translations with them.
        let agenda_rows: Vec<&AgendaForm> = self
            .agenda
            .iter()
            .filter(|a| parse_iso_date(&a.date).is_some())
            .collect();
        Some(Seminar {
            id: self.id.trim().to_owned(),
            title: self.title.trim().to_owned(),
            summary: self.summary.trim().to_owned(),
            description: text(&self.description),
            language: text(&self.language).unwrap_or_else(|| "en".to_owned()),
            start,
            end,
            time_zone: self.time_zone.trim().to_owned(),
            venue: Venue {
                name: self.venue_name.trim().to_owned(),
                city: self.city.trim().to_owned(),
                address: text(&self.address),
                country: text(&self.country),
            },
            format,
            organisers: rows(&self.organisers),
            hosts: rows(&self.hosts),
            co_organisers: rows(&self.co_organisers),
            supporters: rows(&self.supporters),
            institutions: rows(&self.institutions),
            speakers: self
                .speakers
                .iter()
                .map(|s| Speaker {
                    name: s.name.trim().to_owned(),
                    role: text(&s.role),
                    affiliation: text(&s.affiliation),
                    talk: text(&s.talk),
                })
                .collect(),
            audience: text(&self.audience),
            audiences: self.audiences.clone(),
            expected_attendance: self.expected_attendance.trim().parse().ok(),
            places: self.places.trim().parse().ok(),
            hours: self.hours.trim().parse().ok(),
            certificate: self.certificate,
            notice: text(&self.notice_number).map(|number| Notice {
                number,
                url: text(&self.notice_url),
            }),
            status: Status::parse(self.status.trim()).unwrap_or_default(),
            previous_dates: match (
                parse_iso_date(self.previous_start.trim()),
                parse_iso_date(self.previous_end.trim()),
            ) {
                (Some(start), Some(end)) => Some(PreviousDates { start, end }),
                (Some(start), None) => Some(PreviousDates { start, end: start }),
                _ => None,
            },
            topics: self.topics.clone(),
            agenda: agenda_rows
                .iter()
                .filter_map(|a| {
                    Some(AgendaItem {
                        date: parse_iso_date(&a.date)?,
                        start_time: text(&a.start_time),
                        end_time: text(&a.end_time),
                        title: a.title.trim().to_owned(),
                        speaker: text(&a.speaker),
                    })
                })
                .collect(),
            website: text(&self.website),
            registration: text(&self.registration_url).map(|url| Registration {
                url,
                closes: parse_iso_date(self.registration_closes.trim()),
            }),
            online: text(&self.online),
            contact: text(&self.contact),
            contact_name: text(&self.contact_name),
            phone: text(&self.phone),
            source: self.source.trim().to_owned(),
            example: self.example,
            translations: self.translations(&agenda_rows),
        })
    }
}

/// The listing rules' problems, among the form's.
fn ruled(seminar: &Seminar, known_topic: impl Fn(&str) -> bool) -> Vec<DraftProblem> {
    validate(seminar, known_topic)
        .into_iter()
        .map(Problem::into_group)
        .collect()
}

impl Draft {
    /// Which save this is.
    pub fn stamp(&self) -> Stamp {
        Stamp {
            revision: self.revision,
            save: self.save.clone(),
        }
    }

    /// Every problem with the draft: the form's own, an unknown topic, and an
    /// id that another seminar or draft already uses (an edit may keep the id
    /// of the seminar it edits). Without the catalogue (`None`, while it
    /// loads or after it failed), topics and published ids are not checked.
    pub fn problems(
        &self,
        catalogue: Option<&Catalogue>,
        other_drafts: &[&Draft],
    ) -> Vec<DraftProblem> {
        let known_topic = |t: &str| catalogue.is_none_or(|c| c.topic(t).is_some());
        let mut problems = match self.form.to_seminar(known_topic) {
            Ok(_) => Vec::new(),
            Err(problems) => problems,
        };
        let id = self.form.id.trim();
        let edits_that_seminar =
            matches!(&self.origin, DraftOrigin::Edit { seminar_id } if seminar_id == id);
        if !id.is_empty()
            && catalogue.is_some_and(|c| c.seminar(id).is_some())
            && !edits_that_seminar
        {
            problems.push(Problem {
                field: "id",
                message: Message::draft(DraftMsg::IdPublished).with("id", id),
            });
        }
        if !id.is_empty()
            && other_drafts
                .iter()
                .any(|d| d.id != self.id && d.form.id.trim() == id)
        {
            problems.push(Problem {
                field: "id",
                message: Message::draft(DraftMsg::IdInOtherDraft).with("id", id),
            });
        }
        problems
    }

    /// The draft's title, clipped to the longest a title may be; `None`
    /// while it has none.
    pub fn title(&self) -> Option<std::borrow::Cow<'_, str>> {
        let title = self.form.title.trim();
        (!title.is_empty())
            .then(|| crate::text::clip(title, crate::catalogue::validation::limits::NAME))
    }

    /// The title to show in lists, even for an untitled draft, in `lang`.
    pub fn display_title(&self, lang: Lang) -> std::borrow::Cow<'_, str> {
        self.title()
            .unwrap_or_else(|| DraftWords::Own(DraftMsg::Untitled).template(lang).into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times() {
        assert!(is_time("09:00") && is_time("23:59"));
        for bad in ["9:00", "24:00", "12:60", "ab:cd", "12-00", ""] {
            assert!(!is_time(bad), "{bad}");
        }
    }
}
