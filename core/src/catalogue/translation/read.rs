//! Reading the catalogue's `translations` of a listing or a topic, with the
//! app's own JSON reader (no serde on the home page's path).

use super::{
    trim_rows, SeminarTranslation, SpeakerTranslation, TopicTranslation, SEMINAR_FIELDS, TEXTS,
};
use crate::catalogue::role::Role;
use crate::catalogue::validation::{is_language_tag, limits};
use crate::i18n::message::{Message, Msg};
use crate::json::reader::{JsonResult, Reader, Seen};
use crate::json::JsonKind;

/// Reads a `translations` object, calling `body` with the reader at each
/// translation and its key. A key must be a language tag, named once, and
/// there may be no more than [`limits::TRANSLATIONS`].
fn read_keyed(
    r: &mut Reader,
    body: &mut dyn FnMut(&mut Reader, String) -> JsonResult<()>,
) -> JsonResult<()> {
    let mut tags: Vec<String> = Vec::new();
    r.object(&mut |r, key| {
        let problem = if !is_language_tag(key) {
            Message::new(Msg::TranslationNotTag)
        } else if tags.iter().any(|t| t.eq_ignore_ascii_case(key)) {
            Message::new(Msg::TranslationTwice)
        } else if tags.len() == limits::TRANSLATIONS {
            Message::new(Msg::TranslationTooMany).with("max", limits::TRANSLATIONS)
        } else {
            tags.push(key.to_owned());
            return body(r, key.to_owned());
        };
        let key: String = key.chars().take(40).collect();
        Err(Reader::data(r.at(), problem.with("key", key)))
    })
}

/// Reads an object whose fields are some of `names`, calling `field` with
/// the reader at each and the field's position in `names`.
fn fields(
    r: &mut Reader,
    names: &[&str],
    field: &mut dyn FnMut(&mut Reader, usize) -> JsonResult<()>,
) -> JsonResult<()> {
    let mut seen = Seen::default();
    r.object(&mut |r, key| {
        let Some(n) = names.iter().position(|name| *name == key) else {
            return r.skip();
        };
        seen.note(n as u32, key, r.at())?;
        field(r, n)
    })
}

/// Reads an object of two optional texts named `names`.
fn pair(r: &mut Reader, names: &[&str; 2]) -> JsonResult<[Option<String>; 2]> {
    let mut texts = [None, None];
    fields(r, names, &mut |r, n| {
        texts[n] = r.optional_text()?;
        Ok(())
    })?;
    Ok(texts)
}

/// Reads a listing's `translations`; one that holds no text is left out,
/// and so are the untranslated rows after a list's last translated one.
pub(crate) fn read_seminar_translations(
    r: &mut Reader,
    out: &mut Vec<SeminarTranslation>,
) -> JsonResult<()> {
    read_keyed(r, &mut |r, lang| {
        let mut t = SeminarTranslation {
            lang,
            ..SeminarTranslation::default()
        };
        fields(r, &SEMINAR_FIELDS, &mut |r, n| {
            match n {
                _ if n < TEXTS => *t.text_mut(n) = r.optional_text()?,
                7 => r.list(&mut |r| {
                    t.agenda.push(r.optional_text()?);
                    Ok(())
                })?,
                // A speaker left untranslated is `null`.
                8 => r.list(&mut |r| {
                    let mut s = SpeakerTranslation::default();
                    if r.kind()? == JsonKind::Null {
                        r.skip()?;
                    } else {
                        fields(r, &["role", "talk", "affiliation", "name"], &mut |r, n| {
                            let text = r.optional_text()?;
                            match n {
                                0 => s.role = text,
                                1 => s.talk = text,
                                2 => s.affiliation = text,
                                _ => s.name = text,
                            }
                            Ok(())
                        })?;
                    }
                    t.speakers.push(s);
                    Ok(())
                })?,
                _ => {
                    let names = t.bodies_mut(Role::EVERY[n - 9]);
                    r.list(&mut |r| {
                        names.push(r.optional_text()?);
                        Ok(())
                    })?
                }
            }
            Ok(())
        })?;
        trim_rows(&mut t.agenda);
        trim_rows(&mut t.speakers);
        for role in Role::EVERY {
            trim_rows(t.bodies_mut(role));
        }
        if !t.is_empty() {
            out.push(t);
        }
        Ok(())
    })
}

/// Reads a topic's `translations`.
pub(crate) fn read_topic_translations(
    r: &mut Reader,
    out: &mut Vec<TopicTranslation>,
) -> JsonResult<()> {
    read_keyed(r, &mut |r, lang| {
        let [label, description] = pair(r, &["label", "description"])?;
        out.push(TopicTranslation {
            lang,
            label,
            description,
        });
        Ok(())
    })
}
