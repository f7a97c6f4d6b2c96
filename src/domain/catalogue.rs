//! Reading the catalogue file: the document's shape, its version, and which
//! records are valid. Invalid records are set aside and reported; the rest load.

use rustc_hash::FxHashSet as HashSet;

use super::json::{JsonKind, Lines, Loose, Place};
use super::json_reader::{JsonError, Read, Reader, Seen};
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

/// The `id` of a record that did not read, if it has a text one. Reads the
/// record (from `start`) to its end, or fails on a syntax error.
pub(crate) fn readable_id(r: &mut Reader, start: usize) -> Read<Option<String>> {
    r.rewind(start);
    if r.kind()? != JsonKind::Object {
        r.skip()?;
        return Ok(None);
    }
    let mut id = None;
    r.object(&mut |r, key| {
        if key == "id" && id.is_none() {
            if let Loose::Text(text) = r.loose()? {
                id = Some(text.chars().take(100).collect());
            }
            Ok(())
        } else {
            r.skip()
        }
    })?;
    Ok(id)
}

/// A fault with its place in the file: "… (line 3, column 14 of the file)".
pub(crate) fn placed(lines: &mut Lines, error: &JsonError) -> String {
    let place = lines.place_at(error.at);
    format!(
        "{} (line {}, column {} of the file)",
        error.words, place.line, place.column
    )
}

/// The version check: exactly the whole number 1 (`null` is no version).
fn check_version(version: Option<Loose>) -> Result<(), CatalogueError> {
    match version {
        Some(Loose::Whole(v)) if v == u64::from(CATALOGUE_VERSION) => Ok(()),
        Some(Loose::Other(JsonKind::Null)) | None => Err(CatalogueError::UnsupportedVersion(None)),
        other => Err(CatalogueError::UnsupportedVersion(other)),
    }
}

/// A list at the top of the catalogue: where it is, or what stands instead.
#[derive(Clone, Copy, Debug, Default)]
enum TopList {
    /// Not in the file.
    #[default]
    Missing,
    /// A list, starting at this offset.
    At(usize),
    /// Already read (seminars read as soon as the topics were known).
    Read,
    /// Another kind of value.
    Not(JsonKind),
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
        let mut r = Reader::new(text);
        let not_json = |e: JsonError| {
            let place = Lines::new(text).place_at(e.at);
            CatalogueError::NotJson {
                detail: e.words.into_owned(),
                place,
            }
        };
        let kind = r.kind().map_err(not_json)?;
        if kind != JsonKind::Object {
            r.skip().and_then(|()| r.end()).map_err(not_json)?;
            return Err(CatalogueError::NotAnObject(kind));
        }
        let mut catalogue = Catalogue::default();
        let mut lines = Lines::new(text);
        let mut topic_ids = HashSet::default();
        let (mut version, mut topics, mut seminars) = (None, TopList::Missing, TopList::Missing);
        let mut twice = None;
        let mut seen = Seen::default();
        r.object(&mut |r, key| {
            let n = match key {
                "version" => 0,
                "topics" => 1,
                "seminars" => 2,
                _ => return r.skip(),
            };
            if seen.note(n, key, r.at()).is_err() {
                twice.get_or_insert(key.to_owned());
                return r.skip();
            }
            match n {
                0 => version = Some(r.loose()?),
                _ => {
                    let at = r.at();
                    let kind = r.kind()?;
                    let found = if kind != JsonKind::List {
                        r.skip()?;
                        TopList::Not(kind)
                    } else if n == 1 {
                        catalogue.read_topics(r, &mut lines, &mut topic_ids)?;
                        TopList::Read
                    } else if matches!(topics, TopList::Read) {
                        // The topics are known: read the seminars now.
                        catalogue.read_seminars(r, &mut lines, &topic_ids)?;
                        TopList::Read
                    } else {
                        r.skip()?;
                        TopList::At(at)
                    };
                    if n == 1 {
                        topics = found;
                    } else {
                        seminars = found;
                    }
                }
            }
            Ok(())
        })
        .and_then(|()| r.end())
        .map_err(not_json)?;
        check_version(version)?;
        for (field, list) in [("topics", topics), ("seminars", seminars)] {
            match list {
                TopList::Missing => return Err(CatalogueError::BadList { field, found: None }),
                TopList::Not(kind) => {
                    return Err(CatalogueError::BadList {
                        field,
                        found: Some(kind),
                    })
                }
                _ => {}
            }
        }
        if let Some(field) = twice {
            return Err(CatalogueError::Other(format!(
                "the field “{field}” appears twice"
            )));
        }
        if let TopList::At(at) = seminars {
            // The seminars came before the topics in the file.
            r.rewind(at);
            catalogue
                .read_seminars(&mut r, &mut Lines::new(text), &topic_ids)
                .map_err(not_json)?;
        }
        Ok(catalogue)
    }

    /// Reads the topic list, keeping the valid ones and setting the others
    /// aside with why.
    fn read_topics(
        &mut self,
        r: &mut Reader,
        lines: &mut Lines,
        topic_ids: &mut HashSet<String>,
    ) -> Read<()> {
        let mut position = 0;
        r.list(&mut |r| {
            position += 1;
            let start = r.at();
            let reject = |id: Option<String>, reason: String| Rejection {
                kind: "topic",
                position,
                id,
                reason,
            };
            match Topic::read(r) {
                Err(e) if e.syntax => return Err(e),
                Err(e) => {
                    let reason = placed(lines, &e);
                    let id = readable_id(r, start)?;
                    self.rejected.push(reject(id, reason));
                }
                Ok(topic) => {
                    let id = Some(topic.id.chars().take(100).collect());
                    match topic_problem(&topic) {
                        Some(problem) => self.rejected.push(reject(id, problem)),
                        None if !topic_ids.insert(topic.id.clone()) => self
                            .rejected
                            .push(reject(id, "another topic has the same id".to_owned())),
                        None => self.topics.push(topic),
                    }
                }
            }
            Ok(())
        })
    }

    /// Reads the seminar list, keeping the valid ones and setting the others
    /// aside with why.
    fn read_seminars(
        &mut self,
        r: &mut Reader,
        lines: &mut Lines,
        topic_ids: &HashSet<String>,
    ) -> Read<()> {
        let mut seminar_ids = HashSet::default();
        let mut position = 0;
        r.list(&mut |r| {
            position += 1;
            let start = r.at();
            let reject = |id: Option<String>, reason: String| Rejection {
                kind: "seminar",
                position,
                id,
                reason,
            };
            match Seminar::read(r) {
                Err(e) if e.syntax => return Err(e),
                Err(e) => {
                    let reason = placed(lines, &e);
                    let id = readable_id(r, start)?;
                    self.rejected.push(reject(id, reason));
                }
                Ok(seminar) => {
                    let id = || Some(seminar.id.chars().take(100).collect());
                    let problems = validate(&seminar, |t| topic_ids.contains(t));
                    if let Some(first) = problems.first() {
                        let reason = format!("{}: {}", first.field, first.message);
                        self.rejected.push(reject(id(), reason));
                    } else if !seminar_ids.insert(seminar.id.clone()) {
                        let reason = "another seminar has the same id".to_owned();
                        self.rejected.push(reject(id(), reason));
                    } else {
                        self.seminars.push(seminar);
                    }
                }
            }
            Ok(())
        })
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
