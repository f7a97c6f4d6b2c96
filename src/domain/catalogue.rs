//! Reading the catalogue file: the document's shape, its version, and which
//! records are valid. Invalid records are set aside and reported; the rest load.

use std::collections::HashSet;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::seminar::{Seminar, Topic};
use super::validation::{is_slug, validate};

/// The catalogue format version this app reads and writes.
pub const CATALOGUE_VERSION: u32 = 1;

/// Why a catalogue could not be used at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogueError {
    /// The server answered with an HTTP error status.
    Http(u16),
    /// The request did not get an answer.
    Network(String),
    /// The file is not JSON, or not a JSON object of the catalogue's shape.
    InvalidJson(String),
    /// The file declares a version this app does not read (`None`: no version given).
    UnsupportedVersion(Option<u64>),
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
    version: Option<Loose>,
    #[serde(borrow)]
    topics: Vec<&'a RawValue>,
    #[serde(borrow)]
    seminars: Vec<&'a RawValue>,
}

/// Any JSON value, of which only a whole number or a string is kept. It
/// reads fields whose type is not trusted (a version, the id of a broken
/// record) without `serde_json::Value`, whose general deserialiser would
/// otherwise be part of the download.
#[derive(Debug, Default)]
pub(crate) struct Loose {
    /// The value, when it is a non-negative whole number.
    pub number: Option<u64>,
    /// The value, when it is a string.
    pub text: Option<String>,
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
        struct LooseVisitor;
        impl<'de> Visitor<'de> for LooseVisitor {
            type Value = Loose;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_u64<E>(self, n: u64) -> Result<Loose, E> {
                Ok(Loose {
                    number: Some(n),
                    text: None,
                })
            }
            fn visit_i64<E>(self, n: i64) -> Result<Loose, E> {
                Ok(Loose {
                    number: u64::try_from(n).ok(),
                    text: None,
                })
            }
            fn visit_f64<E>(self, _: f64) -> Result<Loose, E> {
                Ok(Loose::default())
            }
            fn visit_bool<E>(self, _: bool) -> Result<Loose, E> {
                Ok(Loose::default())
            }
            fn visit_str<E>(self, text: &str) -> Result<Loose, E> {
                Ok(Loose {
                    number: None,
                    text: Some(text.to_owned()),
                })
            }
            fn visit_unit<E>(self) -> Result<Loose, E> {
                Ok(Loose::default())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Loose::default())
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Loose::default())
            }
        }
        deserializer.deserialize_any(LooseVisitor)
    }
}

#[derive(Deserialize)]
struct VersionOnly {
    version: Option<Loose>,
}

#[derive(Deserialize)]
pub(crate) struct IdOnly {
    pub id: Option<Loose>,
}

/// The `id` of a record that failed to parse, if it has a string one.
pub(crate) fn readable_id(raw: &RawValue) -> Option<String> {
    serde_json::from_str::<IdOnly>(raw.get())
        .ok()
        .and_then(|r| r.id)
        .and_then(|id| id.text)
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
        let check_version = |version: Option<Loose>| match version.and_then(|v| v.number) {
            Some(v) if v == u64::from(CATALOGUE_VERSION) => Ok(()),
            other => Err(CatalogueError::UnsupportedVersion(other)),
        };
        // One pass over the text when it is a catalogue; a second, lighter
        // one only to say why it is not (a wrong version outranks a wrong shape).
        let envelope: Envelope = match serde_json::from_str(text) {
            Ok(envelope) => envelope,
            Err(shape) => {
                let version = serde_json::from_str::<VersionOnly>(text)
                    .map_err(|e| CatalogueError::InvalidJson(e.to_string()))?
                    .version;
                check_version(version)?;
                return Err(CatalogueError::InvalidJson(shape.to_string()));
            }
        };
        check_version(envelope.version)?;

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
                Err(e) => catalogue.rejected.push(reject(e.to_string())),
                Ok(topic) if !is_slug(&topic.id) => catalogue
                    .rejected
                    .push(reject("the id is not a URL-safe slug".to_owned())),
                Ok(topic) if topic.label.trim().is_empty() => catalogue
                    .rejected
                    .push(reject("the label is empty".to_owned())),
                Ok(topic) if !topic_ids.insert(topic.id.clone()) => catalogue
                    .rejected
                    .push(reject("another topic has the same id".to_owned())),
                Ok(topic) => catalogue.topics.push(topic),
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
                Err(e) => catalogue
                    .rejected
                    .push(reject(readable_id(raw), e.to_string())),
                Ok(seminar) => {
                    let problems = validate(&seminar, |t| topic_ids.contains(t));
                    if let Some(first) = problems.first() {
                        let reason = format!("{}: {}", first.field, first.message);
                        catalogue.rejected.push(reject(Some(seminar.id), reason));
                    } else if !seminar_ids.insert(seminar.id.clone()) {
                        let reason = "another seminar has the same id".to_owned();
                        catalogue.rejected.push(reject(Some(seminar.id), reason));
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
