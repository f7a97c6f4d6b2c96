//! Which text a visitor sees: the translation into the visitor's language
//! where the catalogue has one, else the original, each with the language
//! it is written in, so that the page can mark every element with its
//! `lang`. Above both the listing's model and its translations, which
//! import neither this nor each other both ways.

use crate::catalogue::seminar::{Role, Seminar, Topic};
use crate::catalogue::translation::{SeminarTranslation, TopicTranslation};
use crate::i18n::lang::Lang;

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
    tag: fn(&T) -> &str,
    lang: Lang,
) -> Option<&'a T> {
    if translations.is_empty() || lang.matches(original) {
        return None;
    }
    translations.iter().find(|t| lang.matches(tag(t)))
}

/// The translated text when it says something, else the original.
fn pick<'a>(
    original: Option<&'a str>,
    original_lang: &'a str,
    translated: Option<(&'a str, &'a str)>,
) -> Option<Shown<'a>> {
    match translated.filter(|(text, _)| !text.trim().is_empty()) {
        Some((text, lang)) => Some(Shown { text, lang }),
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

impl Seminar {
    /// The name the city facet files the listing under: the city's English
    /// name where the listing gives one, else as written, so that a city
    /// one listing writes 上海 and another Shanghai is one value (and one
    /// URL); none for a seminar held only online.
    pub fn filed_city(&self) -> Option<&str> {
        self.city()?;
        Some(self.shown_in(Lang::En).city().text)
    }

    /// The names the organiser facet files the listing under, by the same
    /// rule: every organising body's English name where the listing gives
    /// one, else as written.
    pub fn filed_bodies(&self) -> Vec<&str> {
        let shown = self.shown_in(Lang::En);
        Role::ALL
            .into_iter()
            .flat_map(|role| shown.bodies(role))
            .map(|name| name.text)
            .collect()
    }
}

impl<'a> SeminarIn<'a> {
    /// Text `n` of [`SEMINAR_FIELDS`], whose original is `original`.
    fn text(&self, n: usize, original: Option<&'a str>) -> Option<Shown<'a>> {
        let translated = self
            .translation
            .and_then(|t| Some((t.text(n)?, t.lang.as_str())));
        pick(original, &self.seminar.language, translated)
    }

    /// A text every listing has.
    fn required(&self, n: usize, original: &'a str) -> Shown<'a> {
        self.text(n, Some(original)).unwrap_or(Shown {
            text: original,
            lang: &self.seminar.language,
        })
    }

    /// A text of row `i` of one of the translation's lists.
    fn row<T>(
        &self,
        original: Option<&'a str>,
        rows: fn(&'a SeminarTranslation) -> &'a [T],
        i: usize,
        text: fn(&'a T) -> Option<&'a str>,
    ) -> Option<Shown<'a>> {
        let translated = self
            .translation
            .and_then(|t| Some((text(rows(t).get(i)?)?, t.lang.as_str())));
        pick(original, &self.seminar.language, translated)
    }

    /// The language of the original texts (names, organisers, the source).
    pub fn original_lang(&self) -> &'a str {
        &self.seminar.language
    }

    /// The title.
    pub fn title(&self) -> Shown<'a> {
        self.required(0, &self.seminar.title)
    }

    /// The summary.
    pub fn summary(&self) -> Shown<'a> {
        self.required(1, &self.seminar.summary)
    }

    /// The description.
    pub fn description(&self) -> Option<Shown<'a>> {
        self.text(2, self.seminar.description.as_deref())
    }

    /// The venue's name.
    pub fn venue_name(&self) -> Shown<'a> {
        self.required(3, &self.seminar.venue.name)
    }

    /// The city.
    pub fn city(&self) -> Shown<'a> {
        self.required(4, &self.seminar.venue.city)
    }

    /// The venue and the city, both in one language: the translation's
    /// when it gives both, else the original's; the city is left out when
    /// it is the venue's name (as "Online" is).
    pub fn place(&self) -> (&'a str, Option<&'a str>, &'a str) {
        let (name, city) = (self.venue_name(), self.city());
        let (name, city, lang) = if name.lang == city.lang {
            (name.text, city.text, name.lang)
        } else {
            let venue = &self.seminar.venue;
            (
                venue.name.as_str(),
                venue.city.as_str(),
                self.original_lang(),
            )
        };
        (name, (name != city).then_some(city), lang)
    }

    /// Who it is for.
    pub fn audience(&self) -> Option<Shown<'a>> {
        self.text(5, self.seminar.audience.as_deref())
    }

    /// The country, when the listing gives one.
    pub fn country(&self) -> Option<Shown<'a>> {
        self.text(6, self.seminar.venue.country.as_deref())
    }

    /// The names of the bodies of `role`, each in the visitor's language
    /// where the listing gives it.
    pub fn bodies(&self, role: Role) -> Vec<Shown<'a>> {
        let translated = self.translation.map_or(&[][..], |t| t.bodies(role));
        self.seminar
            .bodies(role)
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let shown = translated.get(i).and_then(|n| n.as_deref());
                let lang = self.translation.map_or("", |t| t.lang.as_str());
                pick(Some(name), &self.seminar.language, shown.map(|n| (n, lang))).unwrap_or(
                    Shown {
                        text: name,
                        lang: &self.seminar.language,
                    },
                )
            })
            .collect()
    }

    /// The name of speaker `i`: as given, unless the listing gives its
    /// form in the visitor's language.
    pub fn speaker_name(&self, i: usize) -> Option<Shown<'a>> {
        let speaker = self.seminar.speakers.get(i)?;
        self.row(
            Some(&speaker.name),
            |t| &t.speakers,
            i,
            |s| s.name.as_deref(),
        )
    }

    /// The institution of speaker `i`.
    pub fn speaker_affiliation(&self, i: usize) -> Option<Shown<'a>> {
        let speaker = self.seminar.speakers.get(i)?;
        self.row(
            speaker.affiliation.as_deref(),
            |t| &t.speakers,
            i,
            |s| s.affiliation.as_deref(),
        )
    }

    /// The title of agenda item `i`.
    pub fn agenda_title(&self, i: usize) -> Option<Shown<'a>> {
        let item = self.seminar.agenda.get(i)?;
        self.row(Some(&item.title), |t| &t.agenda, i, Option::as_deref)
    }

    /// The role of speaker `i`.
    pub fn speaker_role(&self, i: usize) -> Option<Shown<'a>> {
        let speaker = self.seminar.speakers.get(i)?;
        self.row(
            speaker.role.as_deref(),
            |t| &t.speakers,
            i,
            |s| s.role.as_deref(),
        )
    }

    /// The talk of speaker `i`.
    pub fn speaker_talk(&self, i: usize) -> Option<Shown<'a>> {
        let speaker = self.seminar.speakers.get(i)?;
        self.row(
            speaker.talk.as_deref(),
            |t| &t.speakers,
            i,
            |s| s.talk.as_deref(),
        )
    }
}

impl Topic {
    fn translation_in(&self, lang: Lang) -> Option<&TopicTranslation> {
        chosen(&self.language, &self.translations, |t| &t.lang, lang)
    }

    /// The label for a visitor reading `lang`.
    pub fn label_in(&self, lang: Lang) -> Shown<'_> {
        let translated = self
            .translation_in(lang)
            .and_then(|t| Some((t.label.as_deref()?, t.lang.as_str())));
        pick(Some(&self.label), &self.language, translated).unwrap_or(Shown {
            text: &self.label,
            lang: &self.language,
        })
    }

    /// The label for a visitor reading `lang`, with its language tag when
    /// that is not `lang` (for a `lang` attribute).
    pub fn label_for(&self, lang: Lang) -> (String, Option<String>) {
        let label = self.label_in(lang);
        let other = (!lang.matches(label.lang)).then(|| label.lang.to_owned());
        (label.text.to_owned(), other)
    }

    /// The description for a visitor reading `lang`.
    pub fn description_in(&self, lang: Lang) -> Option<Shown<'_>> {
        let translated = self
            .translation_in(lang)
            .and_then(|t| Some((t.description.as_deref()?, t.lang.as_str())));
        pick(self.description.as_deref(), &self.language, translated)
    }
}
