//! Reading the catalogue as it downloads. The file is mostly its list of
//! seminars; holding the whole text while its listings are read would keep
//! the text and the listings in memory at once (for 10,000 listings, 13 MB
//! of text beside 17 MB of listings). The feed reads each listing as soon as
//! its last byte has arrived and keeps only the text it still needs. It reads
//! an element straight away, as if it were complete; when the text runs out
//! first (the element's end has not arrived), it reads it again from its
//! start with the next piece, which costs only the last element of a piece.
//!
//! The usual layout streams: an object whose `"seminars"` list comes after
//! its `"topics"` (which listings are checked against). Any other file
//! (another order, not an object, broken before the list) is kept whole and
//! read at the end by the same code, with the same results and messages.
//! [`Catalogue::from_json`] goes through a feed too, so every test of the
//! catalogue reader tests the feed; the app's `tests/catalogue.rs` also feeds files in
//! pieces of every size and checks the outcome is the same.

use crate::catalogue::{Catalogue, CatalogueError, Envelope, ReadState, TopList};
use crate::i18n::message::{Message, Msg};
use crate::json::reader::{JsonError, Reader};
use crate::json::{Lines, Place, Scan};

/// The byte-order mark a file may start with.
const BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

/// Where the feed is in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    /// Before the seminar list: bytes are kept and scanned for it.
    Prefix,
    /// In the seminar list, before an element (`first`: or its end).
    BeforeElement {
        /// Whether no element came yet.
        first: bool,
    },
    /// At an element that has not arrived whole yet.
    Element,
    /// After an element: a comma or the end of the list.
    AfterElement,
    /// After the list: the rest of the object is kept.
    Suffix,
    /// Another layout: the file is kept whole and read at the end.
    Whole,
}

/// Line numbers of file offsets, counted as bytes go by.
#[derive(Debug)]
struct LineCount {
    line: usize,
    line_start: usize,
    counted: usize,
}

impl LineCount {
    /// Counts the line breaks of `bytes` (which start at file offset
    /// `from`) that were not counted yet.
    fn count(&mut self, bytes: &[u8], from: usize) {
        let Some(rest) = bytes.get(self.counted.saturating_sub(from)..) else {
            return;
        };
        let rest_from = from.max(self.counted);
        for at in memchr::memchr_iter(b'\n', rest) {
            self.line += 1;
            self.line_start = rest_from + at + 1;
        }
        self.counted = rest_from + rest.len();
    }
}

/// A catalogue read as its bytes arrive: [`CatalogueFeed::push`] each piece,
/// then [`CatalogueFeed::finish`].
#[derive(Debug)]
pub struct CatalogueFeed {
    /// Text not yet read; `base` is the file offset of `buf[0]`.
    buf: String,
    base: usize,
    /// The first bytes of a character cut by the end of a piece.
    carry: Vec<u8>,
    /// How far into `buf` the scan has gone.
    at: usize,
    stage: Stage,
    scan: Scan,
    /// Where the current element starts in `buf`.
    element: usize,
    /// Bytes at the start of `buf` that are read and may go.
    read: usize,
    envelope: Envelope,
    state: ReadState,
    catalogue: Catalogue,
    lines: LineCount,
    /// A fault found while streaming; nothing more is read.
    failed: Option<CatalogueError>,
    started: bool,
}

impl Default for CatalogueFeed {
    fn default() -> Self {
        CatalogueFeed {
            buf: String::new(),
            base: 0,
            carry: Vec::new(),
            at: 0,
            stage: Stage::Prefix,
            scan: Scan::default(),
            element: 0,
            read: 0,
            envelope: Envelope::default(),
            state: ReadState::default(),
            catalogue: Catalogue::default(),
            lines: LineCount {
                line: 1,
                line_start: 0,
                counted: 0,
            },
            failed: None,
            started: false,
        }
    }
}

impl CatalogueFeed {
    /// A feed at the start of a file.
    pub fn new() -> Self {
        CatalogueFeed::default()
    }

    /// Takes the next bytes of the file. A byte-order mark at its start is
    /// dropped, as browsers do.
    pub fn push(&mut self, bytes: &[u8]) {
        if self.failed.is_some() {
            return;
        }
        if !self.started {
            // The mark may come in more than one piece.
            self.carry.extend_from_slice(bytes);
            if self.carry.len() < BOM.len() && BOM.starts_with(&self.carry) {
                return;
            }
            self.started = true;
            let mut first = std::mem::take(&mut self.carry);
            if first.starts_with(BOM) {
                first.drain(..BOM.len());
            }
            self.append(&first);
        } else {
            self.append(bytes);
        }
        while self.failed.is_none() && self.step() {}
        // Drop what is read, once per piece (not per element: moving the
        // rest of a large piece each time would take quadratic time).
        let read = self.read;
        self.lines.count(&self.buf.as_bytes()[..read], self.base);
        self.buf.drain(..read);
        self.base += read;
        self.at -= read;
        self.element = self.element.saturating_sub(read);
        self.read = 0;
    }

    /// Appends bytes as text, as a browser reads text: UTF-8, a byte that
    /// is not read as U+FFFD, a character cut by the end of the piece kept
    /// for the next.
    fn append(&mut self, bytes: &[u8]) {
        let joined;
        let mut rest: &[u8] = if self.carry.is_empty() {
            bytes
        } else {
            joined = [std::mem::take(&mut self.carry).as_slice(), bytes].concat();
            &joined
        };
        loop {
            match std::str::from_utf8(rest) {
                Ok(text) => return self.buf.push_str(text),
                Err(e) => {
                    let (valid, after) = rest.split_at(e.valid_up_to());
                    self.buf
                        .push_str(std::str::from_utf8(valid).unwrap_or_default());
                    match e.error_len() {
                        None => {
                            self.carry = after.to_vec();
                            return;
                        }
                        Some(bad) => {
                            self.buf.push('\u{FFFD}');
                            rest = &after[bad..];
                        }
                    }
                }
            }
        }
    }

    /// The whole file has arrived: the catalogue, or why it cannot be used.
    pub fn finish(mut self) -> Result<Catalogue, CatalogueError> {
        if !self.started {
            // A file shorter than a byte-order mark.
            self.started = true;
            let first = std::mem::take(&mut self.carry);
            if first != BOM {
                self.append(&first);
            }
            while self.failed.is_none() && self.step() {}
        }
        if !self.carry.is_empty() {
            // A character cut by the end of the file.
            self.carry.clear();
            self.buf.push('\u{FFFD}');
            while self.failed.is_none() && self.step() {}
        }
        if let Some(failed) = self.failed.take() {
            return Err(failed);
        }
        match self.stage {
            Stage::Prefix | Stage::Whole => Catalogue::from_text(&self.buf),
            Stage::Suffix => {
                // The rest of the object, read as the object it would be
                // with one member before it.
                const HEAD: &str = "{\"\":0";
                let text = format!("{HEAD}{}", self.buf);
                let base = self.base;
                let mut lines = Lines::new(&text);
                let mut r = Reader::new(&text);
                let read = self
                    .envelope
                    .read(&mut r, &mut self.catalogue, &mut self.state, &mut |at| {
                        lines.place_at(at)
                    })
                    .and_then(|()| r.end());
                if let Err(mut e) = read {
                    e.at = (e.at + base).saturating_sub(HEAD.len());
                    return Err(self.not_json(e));
                }
                self.envelope.check()?;
                // The list grew by doubling: give back what it does not
                // use, for the search index to take (instead of more memory).
                self.catalogue.seminars.shrink_to_fit();
                Ok(self.catalogue)
            }
            Stage::Element | Stage::BeforeElement { .. } | Stage::AfterElement => {
                // The file stops inside its seminar list (a half-finished
                // upload): the listings before the cut are shown, and the
                // page says the rest is missing.
                // The file says what it is before its list, or it is
                // refused as a whole file would be (a newer version's, one
                // with no version).
                self.envelope.check()?;
                let end = self.base + self.buf.len();
                let place = self.place_of(end);
                self.catalogue.ends_early = Some(place);
                self.catalogue.seminars.shrink_to_fit();
                Ok(self.catalogue)
            }
        }
    }

    /// Reads one step further; `false` when more bytes are needed.
    fn step(&mut self) -> bool {
        match self.stage {
            Stage::Prefix => self.scan_prefix(),
            Stage::BeforeElement { first } => self.before_element(first),
            Stage::Element => self.read_element(),
            Stage::AfterElement => self.after_element(),
            Stage::Suffix | Stage::Whole => false,
        }
    }

    /// Scans the prefix for the start of a list that is a member's value at
    /// the top. There, the prefix is read as the object it would be with an
    /// empty list: if that list is the seminars and the topics came first,
    /// the seminars stream.
    fn scan_prefix(&mut self) -> bool {
        while self.at < self.buf.len() {
            let b = self.buf.as_bytes()[self.at];
            let before = self.scan;
            self.scan.step(b);
            self.at += 1;
            if before.depth != 1 || before.in_string || b != b'[' {
                continue;
            }
            let head = &self.buf[..self.at - 1];
            if !head.trim_end().ends_with(':') {
                continue;
            }
            let text = format!("{head}[]}}");
            let mut envelope = Envelope::default();
            let mut catalogue = Catalogue::default();
            let mut state = ReadState::default();
            let mut lines = Lines::new(&text);
            let mut r = Reader::new(&text);
            let read = envelope.read(&mut r, &mut catalogue, &mut state, &mut |at| {
                lines.place_at(at)
            });
            let streams = read.is_ok()
                && r.end().is_ok()
                && matches!(envelope.topics, TopList::Read)
                && matches!(envelope.seminars, TopList::Read)
                && catalogue.seminars.is_empty()
                && self.seminars_just_opened(&text);
            if !streams {
                if read.is_err() || envelope.seminars_seen() {
                    // A fault, or the seminars before the topics: read whole.
                    self.stage = Stage::Whole;
                    return false;
                }
                // Another member's list (not the seminars): scan on.
                continue;
            }
            self.envelope = envelope;
            self.catalogue = catalogue;
            self.state = state;
            self.stage = Stage::BeforeElement { first: true };
            self.forget(self.at);
            return true;
        }
        false
    }

    /// Whether the member whose list just opened is `"seminars"`: the last
    /// key of the prefix read as an object.
    fn seminars_just_opened(&self, text: &str) -> bool {
        let head = text.trim_end_matches("[]}").trim_end();
        let head = head.strip_suffix(':').unwrap_or(head).trim_end();
        head.ends_with("\"seminars\"")
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.buf.as_bytes().get(self.at) {
            self.at += 1;
        }
    }

    /// Stops with a syntax error at the scan's place.
    fn fail_here(&mut self, words: Msg) {
        let at = self.base + self.at;
        let error = self.not_json(JsonError {
            syntax: true,
            words: Message::new(words),
            at,
        });
        self.failed = Some(error);
    }

    fn before_element(&mut self, first: bool) -> bool {
        self.skip_space();
        match self.buf.as_bytes().get(self.at) {
            None => false,
            Some(b']') if first => {
                self.at += 1;
                self.forget(self.at);
                self.stage = Stage::Suffix;
                false
            }
            Some(b']') => {
                self.fail_here(Msg::JsonTrailingComma);
                false
            }
            Some(_) => {
                self.element = self.at;
                self.stage = Stage::Element;
                true
            }
        }
    }

    /// Reads the element at `element` as far as the text goes: on to the
    /// comma or the list's end when it is whole; otherwise it waits for
    /// more text and is read again from its start.
    fn read_element(&mut self) -> bool {
        // A number or a word (no listing, but a list may hold one) may go
        // on in the next piece: it is read only once something follows it.
        let rest = &self.buf.as_bytes()[self.element..];
        if !matches!(rest.first(), Some(b'{' | b'[' | b'"'))
            && rest
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
        {
            return false;
        }
        let start = self.base + self.element;
        self.lines
            .count(&self.buf.as_bytes()[..self.element], self.base);
        let first = Place {
            line: self.lines.line,
            column: start - self.lines.line_start + 1,
        };
        let (outcome, end, available) = {
            let text = &self.buf[self.element..];
            let mut lines = Lines::new(text);
            let mut place = |at: usize| {
                let local = lines.place_at(at);
                if local.line == 1 {
                    Place {
                        line: first.line,
                        column: first.column + local.column - 1,
                    }
                } else {
                    Place {
                        line: first.line + local.line - 1,
                        column: local.column,
                    }
                }
            };
            let mut r = Reader::new(text);
            let outcome = self
                .state
                .read_seminar(&mut r, &mut self.catalogue, &mut place);
            (outcome, r.at(), text.len())
        };
        match outcome {
            Ok(()) => {
                self.at = self.element + end;
                self.stage = Stage::AfterElement;
                true
            }
            // The text ran out: the rest of the element has not arrived.
            Err(e) if e.syntax && e.at >= available => false,
            Err(mut e) => {
                e.at += start;
                let error = self.not_json(e);
                self.failed = Some(error);
                false
            }
        }
    }

    fn after_element(&mut self) -> bool {
        self.skip_space();
        match self.buf.as_bytes().get(self.at) {
            None => false,
            Some(b',') => {
                self.at += 1;
                self.forget(self.at);
                self.stage = Stage::BeforeElement { first: false };
                true
            }
            Some(b']') => {
                self.at += 1;
                self.forget(self.at);
                self.stage = Stage::Suffix;
                false
            }
            Some(_) => {
                self.fail_here(Msg::JsonListComma);
                false
            }
        }
    }

    /// Marks the first `read` bytes of `buf` as read: they go at the end
    /// of the piece.
    fn forget(&mut self, read: usize) {
        self.read = self.read.max(read);
    }

    /// A syntax error at a file offset, placed by line and column.
    fn not_json(&mut self, error: JsonError) -> CatalogueError {
        let place = self.place_of(error.at);
        CatalogueError::NotJson {
            detail: error.words,
            place,
        }
    }

    /// The line and column of a file offset in the text still held.
    fn place_of(&mut self, at: usize) -> Place {
        let upto = at.saturating_sub(self.base).min(self.buf.len());
        self.lines.count(&self.buf.as_bytes()[..upto], self.base);
        let end = self.base + self.buf.len();
        Place {
            line: self.lines.line,
            column: at - self.lines.line_start + usize::from(at < end),
        }
    }
}
