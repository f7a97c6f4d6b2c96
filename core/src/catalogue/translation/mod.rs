//! A listing's and a topic's texts in other languages, and which text a
//! visitor sees: the translation into the visitor's language where the
//! catalogue has one, else the original, each with the language it is
//! written in, so that the page can mark every element with its `lang`.
//!
//! In the catalogue, `translations` is an object keyed by language tag:
//! `{"zh-Hans": {"title": "…", "agenda": ["…", null], "speakers": [{"role":
//! "…", "talk": "…"}]}}`, rows by the position of the original's. In memory
//! it is a small list (most listings have none: an empty list costs no
//! allocation). `read` reads it from the catalogue.

use serde::{Deserialize, Serialize};

use crate::catalogue::role::Role;

mod read;
pub(crate) use read::{read_seminar_translations, read_topic_translations};

/// A speaker's role, talk, affiliation and name in another language, by
/// the speaker's position. The name is given only where the listing knows
/// the other form (a person's name is otherwise shown as given).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerTranslation {
    /// The role, e.g. "副厅长".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The talk's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub talk: Option<String>,
    /// The institution, e.g. "北京师范大学".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// The name in the other language's form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The names of a listing's translated texts, in the order of
/// [`SeminarTranslation::text`], then of its lists of rows: the agenda,
/// the speakers, and the bodies of each [`Role`] in its order.
pub const SEMINAR_FIELDS: [&str; 14] = [
    "title",
    "summary",
    "description",
    "venue",
    "city",
    "audience",
    "country",
    "agenda",
    "speakers",
    "hosts",
    "organisers",
    "co_organisers",
    "supporters",
    "institutions",
];

/// How many of [`SEMINAR_FIELDS`] are single texts.
pub const TEXTS: usize = 7;

/// A listing's texts in one other language; a text it lacks shows the
/// original.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeminarTranslation {
    /// The language tag, the key of the catalogue's `translations`.
    #[serde(skip)]
    pub lang: String,
    /// The title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The venue's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// The city's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Who it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    /// The country's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Agenda items' titles, by the position of the listing's items;
    /// `None` for one left untranslated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<Option<String>>,
    /// Speakers' roles and talks, in the order of the listing's speakers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<SpeakerTranslation>,
    /// The hosts' names (主办), by the position of the listing's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hosts: Vec<Option<String>>,
    /// The organisers' names (承办).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisers: Vec<Option<String>>,
    /// The co-organisers' names (协办).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub co_organisers: Vec<Option<String>>,
    /// The supporters' names (支持).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supporters: Vec<Option<String>>,
    /// The teaching institutions' names (授课单位).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub institutions: Vec<Option<String>>,
}

impl SeminarTranslation {
    /// Text `n` of [`SEMINAR_FIELDS`] (below [`TEXTS`]). One accessor by number
    /// rather than six lets the reader, the checks and the page share one
    /// loop (the download stays small).
    pub fn text(&self, n: usize) -> Option<&str> {
        match n {
            0 => &self.title,
            1 => &self.summary,
            2 => &self.description,
            3 => &self.venue,
            4 => &self.city,
            5 => &self.audience,
            _ => &self.country,
        }
        .as_deref()
    }

    /// The names of the bodies of `role`, by the listing's positions.
    pub fn bodies(&self, role: Role) -> &[Option<String>] {
        match role {
            Role::Host => &self.hosts,
            Role::Organiser => &self.organisers,
            Role::CoOrganiser => &self.co_organisers,
            Role::Supporter => &self.supporters,
            Role::Teaching => &self.institutions,
        }
    }

    /// The names of the bodies of `role`, to change.
    pub fn bodies_mut(&mut self, role: Role) -> &mut Vec<Option<String>> {
        match role {
            Role::Host => &mut self.hosts,
            Role::Organiser => &mut self.organisers,
            Role::CoOrganiser => &mut self.co_organisers,
            Role::Supporter => &mut self.supporters,
            Role::Teaching => &mut self.institutions,
        }
    }

    fn text_mut(&mut self, n: usize) -> &mut Option<String> {
        match n {
            0 => &mut self.title,
            1 => &mut self.summary,
            2 => &mut self.description,
            3 => &mut self.venue,
            4 => &mut self.city,
            5 => &mut self.audience,
            _ => &mut self.country,
        }
    }

    /// Adds to `out` the texts that search looks in: those of the fields
    /// search reads in the original (the audience and the agenda it does
    /// not).
    pub fn push_searched<'a>(&'a self, out: &mut Vec<&'a str>) {
        out.extend((0..5).filter_map(|n| self.text(n)));
        for s in &self.speakers {
            out.extend(
                [&s.role, &s.talk, &s.affiliation, &s.name]
                    .into_iter()
                    .filter_map(|t| t.as_deref()),
            );
        }
        for role in Role::EVERY {
            out.extend(self.bodies(role).iter().filter_map(|n| n.as_deref()));
        }
    }

    /// Whether it holds no text at all, its lists trimmed (see
    /// [`trim_rows`]).
    pub fn is_empty(&self) -> bool {
        (0..TEXTS).all(|n| self.text(n).is_none())
            && self.agenda.is_empty()
            && self.speakers.is_empty()
            && Role::EVERY.iter().all(|&role| self.bodies(role).is_empty())
    }
}

/// A topic's label and description in another language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicTranslation {
    /// The language tag.
    #[serde(skip)]
    pub lang: String,
    /// The label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Writing and reading `translations` as the catalogue and draft records
/// hold them: an object keyed by language tag.
pub mod keyed {
    use serde::de::{Deserializer, MapAccess, Visitor};
    use serde::ser::Serializer;
    use serde::Deserialize;
    use serde::Serialize;

    /// A translation that knows its tag.
    pub trait Tagged {
        /// The tag.
        fn tag(&self) -> &str;
        /// Sets the tag.
        fn set_tag(&mut self, tag: String);
    }

    impl Tagged for super::SeminarTranslation {
        fn tag(&self) -> &str {
            &self.lang
        }
        fn set_tag(&mut self, tag: String) {
            self.lang = tag;
        }
    }

    impl Tagged for super::TopicTranslation {
        fn tag(&self) -> &str {
            &self.lang
        }
        fn set_tag(&mut self, tag: String) {
            self.lang = tag;
        }
    }

    /// Writes `{"tag": {…}, …}`.
    pub fn serialize<T: Tagged + Serialize, S: Serializer>(
        list: &[T],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_map(list.iter().map(|t| (t.tag(), t)))
    }

    /// Reads `{"tag": {…}, …}` (a draft record's).
    pub fn deserialize<'de, T, D>(deserializer: D) -> Result<Vec<T>, D::Error>
    where
        T: Tagged + Deserialize<'de>,
        D: Deserializer<'de>,
    {
        struct Entries<T>(std::marker::PhantomData<T>);
        impl<'de, T: Tagged + Deserialize<'de>> Visitor<'de> for Entries<T> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("translations keyed by language tag")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<T>, A::Error> {
                let mut out = Vec::new();
                while let Some((tag, mut body)) = map.next_entry::<String, T>()? {
                    body.set_tag(tag);
                    out.push(body);
                }
                Ok(out)
            }
        }
        deserializer.deserialize_map(Entries(std::marker::PhantomData))
    }
}

/// Drops a translation's untranslated rows at the end (the catalogue's
/// `null`s there say nothing), so that a translation has one form.
pub fn trim_rows<T: Default + PartialEq>(rows: &mut Vec<T>) {
    while rows.last().is_some_and(|row| *row == T::default()) {
        rows.pop();
    }
}
