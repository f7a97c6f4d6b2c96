//! Reading the catalogue file: the document's shape, its version, and which
//! records are valid. Invalid records are set aside and reported; the rest load.

pub mod feed;
pub mod links;
pub mod role;
pub mod seminar;
pub mod shown;
pub mod translation;
pub mod validation;

use rustc_hash::FxHashSet as HashSet;

use crate::catalogue::feed::CatalogueFeed;
use crate::catalogue::seminar::{Seminar, Topic};
use crate::catalogue::validation::{topic_problem, validate};
use crate::i18n::lang::Lang;
use crate::i18n::message::{Message, Msg};
use crate::json::reader::{JsonError, JsonResult, Reader, Seen};
use crate::json::{JsonKind, Lines, Loose, Place};

/// The catalogue format version this app reads and writes.
pub const CATALOGUE_VERSION: u32 = 1;

/// Why a catalogue could not be used at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogueError {
    /// The server answered with an HTTP error status.
    Http(u16),
    /// The request did not get an answer: what the browser said, if
    /// anything.
    Network(Option<String>),
    /// The file is not JSON: what is wrong, and where.
    NotJson {
        /// The parser's finding.
        detail: Message,
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
    /// Anything else the reader refused.
    Other(Message),
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
    pub reason: Message,
}

/// A loaded catalogue: its topics and its valid seminars, plus what was left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalogue {
    /// Topics in the order the file lists them.
    pub topics: Vec<Topic>,
    /// The groups a listing can say it is for (厅级干部, researchers…), in
    /// the order the file lists them: records of a topic's shape.
    pub audiences: Vec<Topic>,
    /// Valid seminars in the order the file lists them.
    pub seminars: Vec<Seminar>,
    /// Records that were skipped.
    pub rejected: Vec<Rejection>,
    /// Where the file stopped, when it ends in the middle of its seminar
    /// list (a half-finished upload): the listings before are read, the
    /// rest is missing.
    pub ends_early: Option<Place>,
}

/// The `id` of a record that did not read, if it has a text one. Reads the
/// record (from `start`) to its end, or fails on a syntax error.
pub(crate) fn readable_id(r: &mut Reader, start: usize) -> JsonResult<Option<String>> {
    r.rewind(start);
    if r.kind()? != JsonKind::Object {
        r.skip()?;
        return Ok(None);
    }
    let mut id = None;
    read_id(r, &mut id)?;
    Ok(id)
}

/// Reads an object at `r` to its end, keeping its first text `id` in `id`
/// (kept when a fault comes after it).
fn read_id(r: &mut Reader, id: &mut Option<String>) -> JsonResult<()> {
    r.object(&mut |r, key| {
        if key == "id" && id.is_none() {
            if let Loose::Text(text) = r.loose()? {
                *id = Some(text.chars().take(100).collect());
            }
            Ok(())
        } else {
            r.skip()
        }
    })
}

/// Whether a reading error is about a value, not the text's shape: the
/// text is well-formed JSON there, so the listing holding it can be
/// skipped on its own and the rest read.
fn unreadable_value(error: &JsonError) -> bool {
    matches!(
        error.words.msg,
        Msg::JsonLoneSurrogate | Msg::JsonInvalidCodePoint | Msg::JsonTooDeep
    )
}

/// The length of the object, list or text at the start of `bytes`, by its
/// brackets and quotes alone; `None` when it has not ended yet.
fn value_length(bytes: &[u8]) -> Option<usize> {
    let mut scan = crate::json::Scan::default();
    bytes.iter().position(|&b| scan.step(b)).map(|end| end + 1)
}

/// A skipped listing's `id`, when it comes before the fault.
fn id_before_fault(text: &str) -> Option<String> {
    let mut id = None;
    let _ = read_id(&mut Reader::new(text), &mut id);
    id
}

/// A fault with its place in the file: "… (line 3, column 14 of the file)".
pub(crate) fn placed(lines: &mut Lines, error: &JsonError) -> Message {
    in_words(error, lines.place_at(error.at))
}

/// A fault and a place.
fn in_words(error: &JsonError, place: Place) -> Message {
    Message::new(Msg::AtPlace)
        .with_said("problem", error.words.clone())
        .with("line", place.line)
        .with("column", place.column)
}

/// A list at the top of the catalogue: where it is, or what stands instead.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) enum TopList {
    /// Not in the file.
    #[default]
    Missing,
    /// A list, starting at this offset, not read yet (the seminars before
    /// the topics).
    At(usize),
    /// Read.
    Read,
    /// Another kind of value.
    Not(JsonKind),
}

/// What the catalogue's top-level object holds, member by member.
#[derive(Debug, Default)]
pub(crate) struct Envelope {
    version: Option<Loose>,
    pub(crate) topics: TopList,
    pub(crate) seminars: TopList,
    twice: Option<String>,
    seen: Seen,
}

/// What reading the lists keeps between one record and the next.
#[derive(Debug, Default)]
pub(crate) struct ReadState {
    topic_ids: HashSet<String>,
    audience_ids: HashSet<String>,
    seminar_ids: HashSet<String>,
    seminars_read: usize,
}

impl Envelope {
    /// Reads one member of the top-level object, at `r`. The seminars are
    /// read at once when the topics are known; otherwise their place is kept.
    pub(crate) fn member(
        &mut self,
        r: &mut Reader,
        key: &str,
        catalogue: &mut Catalogue,
        state: &mut ReadState,
        place: &mut dyn FnMut(usize) -> Place,
    ) -> JsonResult<()> {
        let n = match key {
            "version" => 0,
            "topics" => 1,
            "seminars" => 2,
            "audiences" => 3,
            _ => return r.skip(),
        };
        if self.seen.note(n, key, r.at()).is_err() {
            self.twice.get_or_insert(key.to_owned());
            return r.skip();
        }
        if n == 0 {
            self.version = Some(r.loose()?);
            return Ok(());
        }
        if n == 3 {
            // Optional, and read wherever it comes: a listing's audience
            // ids are not checked against it (an unknown one is not shown).
            return match r.kind()? {
                JsonKind::List => state.read_topics(r, catalogue, place, true),
                _ => r.skip(),
            };
        }
        let at = r.at();
        let kind = r.kind()?;
        let found = if kind != JsonKind::List {
            r.skip()?;
            TopList::Not(kind)
        } else if n == 1 {
            state.read_topics(r, catalogue, place, false)?;
            TopList::Read
        } else if matches!(self.topics, TopList::Read) {
            r.list(&mut |r| state.read_seminar(r, catalogue, place))?;
            TopList::Read
        } else {
            // Passed over by its brackets and quotes alone, to be read once
            // the topics are known: a listing the reader refuses (nested
            // too deeply) is then skipped on its own, as when it streams.
            let rest = r.slice(at, r.at() + r.remaining());
            match value_length(rest.as_bytes()) {
                Some(length) => r.rewind(at + length),
                None => r.skip()?,
            }
            TopList::At(at)
        };
        if n == 1 {
            self.topics = found;
        } else {
            self.seminars = found;
        }
        Ok(())
    }

    /// Whether the seminars' member was seen.
    pub(crate) fn seminars_seen(&self) -> bool {
        !matches!(self.seminars, TopList::Missing)
    }

    /// Reads the members of an object at `r`.
    pub(crate) fn read(
        &mut self,
        r: &mut Reader,
        catalogue: &mut Catalogue,
        state: &mut ReadState,
        place: &mut dyn FnMut(usize) -> Place,
    ) -> JsonResult<()> {
        r.object(&mut |r, key| self.member(r, key, catalogue, state, place))
    }

    /// Whether the envelope as read says the file is a catalogue: the right
    /// version, both lists, no member twice. A wrong version outranks the
    /// rest.
    pub(crate) fn check(&self) -> Result<(), CatalogueError> {
        match &self.version {
            Some(Loose::Whole(v)) if *v == u64::from(CATALOGUE_VERSION) => {}
            Some(Loose::Other(JsonKind::Null)) | None => {
                return Err(CatalogueError::UnsupportedVersion(None))
            }
            other => return Err(CatalogueError::UnsupportedVersion(other.clone())),
        }
        for (field, list) in [("topics", self.topics), ("seminars", self.seminars)] {
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
        match &self.twice {
            Some(field) => Err(CatalogueError::Other(
                Message::new(Msg::FieldTwice).with("field", field),
            )),
            None => Ok(()),
        }
    }
}

impl ReadState {
    /// Reads the topic list (or, with `audiences`, the list of audience
    /// groups, records of the same shape), keeping the valid ones and
    /// setting the others aside with why.
    fn read_topics(
        &mut self,
        r: &mut Reader,
        catalogue: &mut Catalogue,
        place: &mut dyn FnMut(usize) -> Place,
        audiences: bool,
    ) -> JsonResult<()> {
        let mut position = 0;
        let kind = if audiences { "audience" } else { "topic" };
        r.list(&mut |r| {
            position += 1;
            let start = r.at();
            let reject = |id: Option<String>, reason: Message| Rejection {
                kind,
                position,
                id,
                reason,
            };
            match Topic::read(r) {
                Err(e) if e.syntax => return Err(e),
                Err(e) => {
                    let reason = in_words(&e, place(e.at));
                    let id = readable_id(r, start)?;
                    catalogue.rejected.push(reject(id, reason));
                }
                Ok(topic) => {
                    let id = Some(topic.id.chars().take(100).collect());
                    let (ids, list) = if audiences {
                        (&mut self.audience_ids, &mut catalogue.audiences)
                    } else {
                        (&mut self.topic_ids, &mut catalogue.topics)
                    };
                    match topic_problem(&topic) {
                        Some(problem) => catalogue.rejected.push(reject(id, problem)),
                        None if !ids.insert(topic.id.clone()) => {
                            catalogue.rejected.push(reject(id, Msg::TopicSameId.into()))
                        }
                        None => list.push(topic),
                    }
                }
            }
            Ok(())
        })
    }

    /// Reads one element of the seminar list at `r`: keeps it when it is a
    /// valid listing with an id of its own, or sets it aside with why. A
    /// syntax error is the caller's.
    pub(crate) fn read_seminar(
        &mut self,
        r: &mut Reader,
        catalogue: &mut Catalogue,
        place: &mut dyn FnMut(usize) -> Place,
    ) -> JsonResult<()> {
        // Counted only once the element is read to its end: a feed may try
        // an element before all of it has arrived, and try again.
        let position = self.seminars_read + 1;
        let start = r.at();
        let reject = |id: Option<String>, reason: Message| Rejection {
            kind: "seminar",
            position,
            id,
            reason,
        };
        match Seminar::read(r) {
            // Well-formed, but holding a value the reader refuses (a lone
            // surrogate escape, nesting past MAX_DEPTH): that listing
            // alone is skipped, with why, once all of it is here.
            Err(e) if e.syntax && unreadable_value(&e) => {
                let rest = r.slice(start, r.at() + r.remaining());
                let Some(length) = value_length(rest.as_bytes()) else {
                    return Err(Reader::ran_out(start + rest.len()));
                };
                let id = id_before_fault(&rest[..length]);
                r.rewind(start + length);
                self.seminars_read = position;
                catalogue
                    .rejected
                    .push(reject(id, in_words(&e, place(e.at))));
            }
            Err(e) if e.syntax => return Err(e),
            Err(e) => {
                let reason = in_words(&e, place(e.at));
                let id = readable_id(r, start)?;
                self.seminars_read = position;
                catalogue.rejected.push(reject(id, reason));
            }
            Ok(seminar) => {
                self.seminars_read = position;
                let id = || Some(seminar.id.chars().take(100).collect());
                let mut problems = validate(&seminar, |t| self.topic_ids.contains(t));
                if !problems.is_empty() {
                    let first = problems.swap_remove(0);
                    let reason = Message::new(Msg::FieldProblem)
                        .with("field", first.field)
                        .with_said("problem", first.message);
                    catalogue.rejected.push(reject(id(), reason));
                } else if self.seminar_ids.contains(&seminar.id) {
                    catalogue
                        .rejected
                        .push(reject(id(), Msg::SeminarSameId.into()));
                } else {
                    if catalogue.seminars.is_empty() {
                        // Room for as many listings as the rest of the text
                        // can hold at about a kilobyte each, made once:
                        // growing by doubling holds the old and the new
                        // list at once, megabytes for a large catalogue.
                        catalogue.seminars.reserve(r.remaining() / 1024);
                    }
                    self.seminar_ids.insert(seminar.id.clone());
                    catalogue.seminars.push(seminar);
                }
            }
        }
        Ok(())
    }
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
    /// Parses and validates a catalogue document, through a
    /// [`CatalogueFeed`] as a download is read.
    pub fn from_json(text: &str) -> Result<Catalogue, CatalogueError> {
        let mut feed = CatalogueFeed::new();
        feed.push(text.as_bytes());
        feed.finish()
    }

    /// Parses and validates a catalogue document held whole (the reading
    /// [`CatalogueFeed`] falls back to; the tests compare the two).
    pub fn from_text(text: &str) -> Result<Catalogue, CatalogueError> {
        let mut r = Reader::new(text);
        let not_json = |e: JsonError| {
            let place = Lines::new(text).place_at(e.at);
            CatalogueError::NotJson {
                detail: e.words,
                place,
            }
        };
        let kind = r.kind().map_err(not_json)?;
        if kind != JsonKind::Object {
            r.skip().and_then(|()| r.end()).map_err(not_json)?;
            return Err(CatalogueError::NotAnObject(kind));
        }
        let mut catalogue = Catalogue::default();
        let mut state = ReadState::default();
        let mut envelope = Envelope::default();
        let mut lines = Lines::new(text);
        envelope
            .read(&mut r, &mut catalogue, &mut state, &mut |at| {
                lines.place_at(at)
            })
            .and_then(|()| r.end())
            .map_err(not_json)?;
        envelope.check()?;
        if let TopList::At(at) = envelope.seminars {
            // The seminars came before the topics in the file.
            r.rewind(at);
            let mut lines = Lines::new(text);
            r.list(&mut |r| state.read_seminar(r, &mut catalogue, &mut |at| lines.place_at(at)))
                .map_err(not_json)?;
        }
        Ok(catalogue)
    }

    /// The topic with this id.
    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// The given topic ids with their labels for a visitor reading `lang`
    /// (a card links each label to its topic), skipping unknown ones, and
    /// the labels' language tag when it is not `lang`'s and the same for all
    /// (for one `lang` attribute on the list; labels some translated and
    /// some not are left unmarked).
    pub fn topic_labels(
        &self,
        ids: &[String],
        lang: Lang,
    ) -> (Vec<(String, String)>, Option<String>) {
        let mut labels = Vec::new();
        let mut tags = Vec::new();
        for topic in ids.iter().filter_map(|id| self.topic(id)) {
            let (label, tag) = topic.label_for(lang);
            labels.push((topic.id.clone(), label));
            tags.push(tag);
        }
        tags.dedup();
        let tag = if tags.len() == 1 {
            tags.pop().flatten()
        } else {
            None
        };
        (labels, tag)
    }

    /// The audience group with this id.
    pub fn audience(&self, id: &str) -> Option<&Topic> {
        self.audiences.iter().find(|t| t.id == id)
    }

    /// The seminar with this id.
    pub fn seminar(&self, id: &str) -> Option<&Seminar> {
        self.seminars.iter().find(|s| s.id == id)
    }
}
