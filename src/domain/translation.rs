//! A listing's and a topic's texts in other languages, and which text a
//! visitor sees: the translation into the visitor's language where the
//! catalogue has one, else the original, each with the language it is
//! written in, so that the page can mark every element with its `lang`.
//!
//! In the catalogue, `translations` is an object keyed by language tag:
//! `{"zh-Hans": {"title": "…", "agenda": [{"title": "…"}, null], "speakers":
//! [{"role": "…", "talk": "…"}]}}`. In memory it is a small list (most
//! listings have none: an empty list costs no allocation).

use serde::{Deserialize, Serialize};

use super::json::JsonKind;
use super::json_reader::{Read, Reader, Seen};
use super::lang::Lang;
use super::seminar::{Seminar, Topic};
use super::validation::is_language_tag;

/// A speaker's role and talk in another language, by the speaker's position.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerTranslation {
    /// The role, e.g. "副厅长".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The talk's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub talk: Option<String>,
}

/// An agenda item's title in another language, by the item's position.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgendaTranslation {
    /// The session's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

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
    /// Agenda titles, in the order of the listing's agenda.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaTranslation>,
    /// Speakers' roles and talks, in the order of the listing's speakers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<SpeakerTranslation>,
}

impl SeminarTranslation {
    /// Every text it holds, for search.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let fields = [
            &self.title,
            &self.summary,
            &self.description,
            &self.venue,
            &self.city,
            &self.audience,
        ];
        let agenda = self.agenda.iter().map(|a| &a.title);
        let speakers = self.speakers.iter().flat_map(|s| [&s.role, &s.talk]);
        fields
            .into_iter()
            .chain(agenda)
            .chain(speakers)
            .filter_map(|t| t.as_deref())
    }

    /// Whether it holds no text at all.
    pub fn is_empty(&self) -> bool {
        self.texts().next().is_none()
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

/// A text to show, and the language tag it is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    /// The text.
    pub text: &'a str,
    /// Its language tag, for the element's `lang` attribute.
    pub lang: &'a str,
}

/// The translation to show a visitor reading `lang`: none when the
/// original is in that language already, else the first whose tag is.
fn chosen<'a, T>(
    original: &str,
    translations: &'a [T],
    tag: impl Fn(&T) -> &str,
    lang: Lang,
) -> Option<&'a T> {
    if translations.is_empty() || lang.matches(original) {
        return None;
    }
    translations.iter().find(|t| lang.matches(tag(t)))
}

/// A translated text when it says something, else the original.
fn pick<'a>(
    original: Option<&'a str>,
    original_lang: &'a str,
    translated: Option<&'a str>,
    translated_lang: &'a str,
) -> Option<Shown<'a>> {
    match translated.filter(|t| !t.trim().is_empty()) {
        Some(text) => Some(Shown {
            text,
            lang: translated_lang,
        }),
        None => original.map(|text| Shown {
            text,
            lang: original_lang,
        }),
    }
}

/// A listing as a visitor reading one language sees it.
#[derive(Clone, Copy, Debug)]
pub struct SeminarIn<'a> {
    seminar: &'a Seminar,
    translation: Option<&'a SeminarTranslation>,
}

impl Seminar {
    /// The listing's texts for a visitor reading `lang`.
    pub fn shown_in(&self, lang: Lang) -> SeminarIn<'_> {
        SeminarIn {
            seminar: self,
            translation: chosen(&self.language, &self.translations, |t| &t.lang, lang),
        }
    }
}

impl<'a> SeminarIn<'a> {
    fn text(
        &self,
        original: Option<&'a str>,
        translated: impl Fn(&'a SeminarTranslation) -> Option<&'a str>,
    ) -> Option<Shown<'a>> {
        let t = self.translation;
        pick(
            original,
            &self.seminar.language,
            t.and_then(translated),
            t.map_or("", |t| &t.lang),
        )
    }

    fn required(
        &self,
        original: &'a str,
        translated: impl Fn(&'a SeminarTranslation) -> Option<&'a str>,
    ) -> Shown<'a> {
        self.text(Some(original), translated).unwrap_or(Shown {
            text: original,
            lang: &self.seminar.language,
        })
    }

    /// The language of the original texts (names, organisers, the source).
    pub fn original_lang(&self) -> &'a str {
        &self.seminar.language
    }

    /// The title.
    pub fn title(&self) -> Shown<'a> {
        self.required(&self.seminar.title, |t| t.title.as_deref())
    }

    /// The summary.
    pub fn summary(&self) -> Shown<'a> {
        self.required(&self.seminar.summary, |t| t.summary.as_deref())
    }

    /// The description.
    pub fn description(&self) -> Option<Shown<'a>> {
        self.text(self.seminar.description.as_deref(), |t| {
            t.description.as_deref()
        })
    }

    /// The venue's name.
    pub fn venue_name(&self) -> Shown<'a> {
        self.required(&self.seminar.venue.name, |t| t.venue.as_deref())
    }

    /// The city.
    pub fn city(&self) -> Shown<'a> {
        self.required(&self.seminar.venue.city, |t| t.city.as_deref())
    }

    /// Who it is for.
    pub fn audience(&self) -> Option<Shown<'a>> {
        self.text(self.seminar.audience.as_deref(), |t| t.audience.as_deref())
    }

    /// The title of agenda item `i`.
    pub fn agenda_title(&self, i: usize) -> Option<Shown<'a>> {
        let item = self.seminar.agenda.get(i)?;
        Some(self.required(&item.title, |t| {
            t.agenda.get(i).and_then(|a| a.title.as_deref())
        }))
    }

    /// The role of speaker `i`.
    pub fn speaker_role(&self, i: usize) -> Option<Shown<'a>> {
        let speaker = self.seminar.speakers.get(i)?;
        self.text(speaker.role.as_deref(), |t| {
            t.speakers.get(i).and_then(|s| s.role.as_deref())
        })
    }

    /// The talk of speaker `i`.
    pub fn speaker_talk(&self, i: usize) -> Option<Shown<'a>> {
        let speaker = self.seminar.speakers.get(i)?;
        self.text(speaker.talk.as_deref(), |t| {
            t.speakers.get(i).and_then(|s| s.talk.as_deref())
        })
    }
}

impl Topic {
    fn translation_in(&self, lang: Lang) -> Option<&TopicTranslation> {
        chosen(&self.language, &self.translations, |t| &t.lang, lang)
    }

    /// The label for a visitor reading `lang`.
    pub fn label_in(&self, lang: Lang) -> Shown<'_> {
        let t = self.translation_in(lang);
        pick(
            Some(&self.label),
            &self.language,
            t.and_then(|t| t.label.as_deref()),
            t.map_or("", |t| &t.lang),
        )
        .unwrap_or(Shown {
            text: &self.label,
            lang: &self.language,
        })
    }

    /// The description for a visitor reading `lang`.
    pub fn description_in(&self, lang: Lang) -> Option<Shown<'_>> {
        let t = self.translation_in(lang);
        pick(
            self.description.as_deref(),
            &self.language,
            t.and_then(|t| t.description.as_deref()),
            t.map_or("", |t| &t.lang),
        )
    }
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

/// Reads a `translations` object: each key must be a language tag named
/// once, each value is read by `body`, given the tag.
fn read_keyed<T>(
    r: &mut Reader,
    out: &mut Vec<T>,
    tag_of: fn(&T) -> &str,
    body: fn(&mut Reader, String) -> Read<T>,
) -> Read<()> {
    r.object(&mut |r, key| {
        let at = r.at();
        if !is_language_tag(key) {
            return Err(Reader::data(
                at,
                format!(
                    "“{}” is not a language tag (letters, digits and hyphens, at most 35 characters, starting with a letter), so it cannot name a translation",
                    key.chars().take(40).collect::<String>()
                ),
            ));
        }
        if out.iter().any(|t| tag_of(t).eq_ignore_ascii_case(key)) {
            return Err(Reader::data(
                at,
                format!("the translation “{key}” appears twice"),
            ));
        }
        out.push(body(r, key.to_owned())?);
        Ok(())
    })
}

/// Reads a listing's `translations`; one that holds no text is left out.
pub(crate) fn read_seminar_translations(
    r: &mut Reader,
    out: &mut Vec<SeminarTranslation>,
) -> Read<()> {
    read_keyed(r, out, |t| &t.lang, seminar_translation)?;
    out.retain(|t| !t.is_empty());
    Ok(())
}

/// Reads a topic's `translations`.
pub(crate) fn read_topic_translations(r: &mut Reader, out: &mut Vec<TopicTranslation>) -> Read<()> {
    read_keyed(r, out, |t| &t.lang, topic_translation)
}

fn seminar_translation(r: &mut Reader, lang: String) -> Read<SeminarTranslation> {
    let mut t = SeminarTranslation {
        lang,
        ..SeminarTranslation::default()
    };
    let mut seen = Seen::default();
    r.object(&mut |r, key| {
        let n = match key {
            "title" => 0,
            "summary" => 1,
            "description" => 2,
            "venue" => 3,
            "city" => 4,
            "audience" => 5,
            "agenda" => 6,
            "speakers" => 7,
            _ => return r.skip(),
        };
        seen.note(n, key, r.at())?;
        match n {
            0 => t.title = r.optional_text()?,
            1 => t.summary = r.optional_text()?,
            2 => t.description = r.optional_text()?,
            3 => t.venue = r.optional_text()?,
            4 => t.city = r.optional_text()?,
            5 => t.audience = r.optional_text()?,
            6 => r.list(&mut |r| {
                let mut item = AgendaTranslation::default();
                row(r, &["title"], &mut |r, _| {
                    r.optional_text().map(|v| item.title = v)
                })?;
                t.agenda.push(item);
                Ok(())
            })?,
            _ => r.list(&mut |r| {
                let mut speaker = SpeakerTranslation::default();
                row(r, &["role", "talk"], &mut |r, n| {
                    let v = r.optional_text()?;
                    match n {
                        0 => speaker.role = v,
                        _ => speaker.talk = v,
                    }
                    Ok(())
                })?;
                t.speakers.push(speaker);
                Ok(())
            })?,
        }
        Ok(())
    })?;
    trim_rows(&mut t.agenda);
    trim_rows(&mut t.speakers);
    Ok(t)
}

/// Reads one row of a translation's list: an object with some of the
/// fields `names`, or `null` for a row left untranslated.
fn row(
    r: &mut Reader,
    names: &[&str],
    field: &mut dyn FnMut(&mut Reader, usize) -> Read<()>,
) -> Read<()> {
    if r.kind()? == JsonKind::Null {
        return r.skip();
    }
    let mut seen = Seen::default();
    r.object(&mut |r, key| {
        let Some(n) = names.iter().position(|name| *name == key) else {
            return r.skip();
        };
        seen.note(n as u32, key, r.at())?;
        field(r, n)
    })
}

fn topic_translation(r: &mut Reader, lang: String) -> Read<TopicTranslation> {
    let mut t = TopicTranslation {
        lang,
        ..TopicTranslation::default()
    };
    let mut seen = Seen::default();
    r.object(&mut |r, key| {
        let n = match key {
            "label" => 0,
            "description" => 1,
            _ => return r.skip(),
        };
        seen.note(n, key, r.at())?;
        match n {
            0 => t.label = r.optional_text()?,
            _ => t.description = r.optional_text()?,
        }
        Ok(())
    })?;
    Ok(t)
}
