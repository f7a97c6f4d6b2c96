//! Reading the catalogue file: the document's shape, its version, and which
//! records are valid. Invalid records are set aside and reported; the rest load.

use std::collections::HashSet;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::json::{error_words, JsonKind, Lines, Loose, Place};
use super::seminar::{Seminar, Topic};
use super::validation::{topic_problem, validate};

/// The catalogue format version this app reads and writes.
pub const CATALOGUE_VERSION: u32 = 1;

/// Why a catalogue could not be used at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogueError {
    /// The server answered with an HTTP error status.
    Http(u16),
    /// The request did not get an answer.
    Network(String),
    /// The file is not JSON: what is wrong, and where.
    NotJson {
        /// The parser's finding, in words.
        detail: String,
        /// Where, in the file.
        place: Place,
    },
    /// The file is JSON, but not an object.
    NotAnObject(JsonKind),
    /// A list the catalogue needs (`"topics"`, `"seminars"`) is missing
    /// (`None`) or is another kind of value.
    BadList {
        /// The field.
        field: &'static str,
        /// What it holds instead.
        found: Option<JsonKind>,
    },
    /// The file declares no version, or one this app does not read.
    UnsupportedVersion(Option<Loose>),
    /// Anything else the parser refused, in its words.
    Other(String),
}

/// A record left out of the catalogue, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejection {
    /// "seminar" or "topic".
    pub kind: &'static str,
    /// Position in its list, counting from 1.
    pub position: usize,
    /// The record's id, when it has a readable one.
    pub id: Option<String>,
    /// What is wrong with it.
    pub reason: String,
}

/// A loaded catalogue: its topics and its valid seminars, plus what was left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalogue {
    /// Topics in the order the file lists them.
    pub topics: Vec<Topic>,
    /// Valid seminars in the order the file lists them.
    pub seminars: Vec<Seminar>,
    /// Records that were skipped.
    pub rejected: Vec<Rejection>,
}

#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(borrow)]
    version: Option<&'a RawValue>,
    #[serde(borrow)]
    topics: Vec<&'a RawValue>,
    #[serde(borrow)]
    seminars: Vec<&'a RawValue>,
}

/// The top-level fields, whatever they hold: read only to say why a file
/// is not a catalogue.
#[derive(Deserialize)]
struct Fields<'a> {
    #[serde(borrow)]
    version: Option<&'a RawValue>,
    topics: Option<Loose>,
    seminars: Option<Loose>,
}

#[derive(Deserialize)]
pub(crate) struct IdOnly {
    pub id: Option<Loose>,
}

/// The `id` of a record that failed to parse, if it has a text one.
pub(crate) fn readable_id(raw: &RawValue) -> Option<String> {
    match serde_json::from_str::<IdOnly>(raw.get()).ok()?.id? {
        Loose::Text(id) => Some(id.chars().take(100).collect()),
        _ => None,
    }
}

/// Why a record did not parse, with its place in the whole file (the
/// parser counts from the record's own start).
pub(crate) fn record_error(lines: &mut Lines, raw: &RawValue, error: &serde_json::Error) -> String {
    let words = error_words(error);
    match lines.place_of(raw.get()) {
        Some(start) if error.line() > 0 => {
            let line = start.line + error.line() - 1;
            let column = if error.line() == 1 {
                start.column + error.column().saturating_sub(1)
            } else {
                error.column()
            };
            format!("{words} (line {line}, column {column} of the file)")
        }
        _ => words,
    }
}

/// The version check: exactly the whole number 1.
fn check_version(version: Option<&RawValue>) -> Result<(), CatalogueError> {
    match version.map(Loose::from_raw) {
        Some(Loose::Whole(v)) if v == u64::from(CATALOGUE_VERSION) => Ok(()),
        other => Err(CatalogueError::UnsupportedVersion(other)),
    }
}

/// Says why a text that did not read as a catalogue is not one: not JSON,
/// not an object, a wrong version (which outranks a wrong shape), or a
/// missing list.
fn diagnose(text: &str, shape: &serde_json::Error) -> CatalogueError {
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        return CatalogueError::NotJson {
            detail: error_words(&e),
            place: Place {
                line: e.line(),
                column: e.column(),
            },
        };
    }
    match serde_json::from_str::<Loose>(text) {
        Ok(Loose::Other(JsonKind::Object)) => {}
        Ok(other) => return CatalogueError::NotAnObject(other.kind()),
        Err(e) => return CatalogueError::Other(error_words(&e)),
    }
    let fields = match serde_json::from_str::<Fields>(text) {
        Ok(fields) => fields,
        Err(e) => return CatalogueError::Other(error_words(&e)),
    };
    if let Err(e) = check_version(fields.version) {
        return e;
    }
    for (field, value) in [("topics", fields.topics), ("seminars", fields.seminars)] {
        match value {
            Some(Loose::Other(JsonKind::List)) => {}
            other => {
                return CatalogueError::BadList {
                    field,
                    found: other.map(|v| v.kind()),
                }
            }
        }
    }
    CatalogueError::Other(error_words(shape))
}

/// The text of a downloaded file, read as a browser reads text: UTF-8,
/// without a leading byte-order mark, and bytes that are not UTF-8 shown as
/// U+FFFD rather than refusing the whole file.
pub fn body_text(mut bytes: Vec<u8>) -> String {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}

impl Catalogue {
    /// Parses and validates a catalogue document.
    pub fn from_json(text: &str) -> Result<Catalogue, CatalogueError> {
        // One pass over the text when it is a catalogue; more only to say
        // why it is not.
        let envelope: Envelope = match serde_json::from_str(text) {
            Ok(envelope) => envelope,
            Err(shape) => return Err(diagnose(text, &shape)),
        };
        check_version(envelope.version)?;
        let mut lines = Lines::new(text);

        let mut catalogue = Catalogue::default();
        let mut topic_ids = HashSet::new();
        for (index, raw) in envelope.topics.iter().enumerate() {
            let reject = |reason: String| Rejection {
                kind: "topic",
                position: index + 1,
                id: readable_id(raw),
                reason,
            };
            match serde_json::from_str::<Topic>(raw.get()) {
                Err(e) => catalogue
                    .rejected
                    .push(reject(record_error(&mut lines, raw, &e))),
                Ok(topic) => match topic_problem(&topic) {
                    Some(problem) => catalogue.rejected.push(reject(problem)),
                    None if !topic_ids.insert(topic.id.clone()) => catalogue
                        .rejected
                        .push(reject("another topic has the same id".to_owned())),
                    None => catalogue.topics.push(topic),
                },
            }
        }

        let mut seminar_ids = HashSet::new();
        for (index, raw) in envelope.seminars.iter().enumerate() {
            let reject = |id: Option<String>, reason: String| Rejection {
                kind: "seminar",
                position: index + 1,
                id,
                reason,
            };
            match serde_json::from_str::<Seminar>(raw.get()) {
                Err(e) => {
                    let reason = record_error(&mut lines, raw, &e);
                    catalogue.rejected.push(reject(readable_id(raw), reason))
                }
                Ok(seminar) => {
                    let problems = validate(&seminar, |t| topic_ids.contains(t));
                    if let Some(first) = problems.first() {
                        let reason = format!("{}: {}", first.field, first.message);
                        catalogue
                            .rejected
                            .push(reject(Some(seminar.id.chars().take(100).collect()), reason));
                    } else if !seminar_ids.insert(seminar.id.clone()) {
                        let reason = "another seminar has the same id".to_owned();
                        catalogue
                            .rejected
                            .push(reject(Some(seminar.id.chars().take(100).collect()), reason));
                    } else {
                        catalogue.seminars.push(seminar);
                    }
                }
            }
        }
        Ok(catalogue)
    }

    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// The labels of the given topic ids, skipping unknown ones.
    pub fn topic_labels(&self, ids: &[String]) -> Vec<String> {
        ids.iter()
            .filter_map(|id| self.topic(id).map(|t| t.label.clone()))
            .collect()
    }

    /// The seminar with this id.
    pub fn seminar(&self, id: &str) -> Option<&Seminar> {
        self.seminars.iter().find(|s| s.id == id)
    }
}
