//! Reading JSON that people write by hand: values whose type is not
//! trusted, and parser errors told in words an operator understands, with
//! the place in the file where they are.

pub mod reader;

use crate::i18n::message::Msg;

/// What kind of JSON value something is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    /// `{…}`
    Object,
    /// `[…]`
    List,
    /// `"…"`
    Text,
    /// A number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// `null`.
    Null,
}

/// Any JSON value, of which only a whole number or a text is kept; of the
/// rest, its kind, and a number as written. It holds fields whose type is
/// not trusted (a version, the id of a broken record), as
/// [`crate::json::reader::Reader::loose`] reads them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loose {
    /// A whole number, 0 or more.
    Whole(u64),
    /// Any other number (negative, with a fraction), as the file writes it.
    Number(String),
    /// A text.
    Text(String),
    /// Anything else, by kind.
    Other(JsonKind),
}

impl JsonKind {
    /// The kind in words: "a list", "an object", "null", …
    pub fn name(self) -> Msg {
        match self {
            JsonKind::Object => Msg::KindObject,
            JsonKind::List => Msg::KindList,
            JsonKind::Text => Msg::KindText,
            JsonKind::Number => Msg::KindNumber,
            JsonKind::Boolean => Msg::KindBoolean,
            JsonKind::Null => Msg::KindNull,
        }
    }
}

impl Loose {
    /// The kind of value.
    pub fn kind(&self) -> JsonKind {
        match self {
            Loose::Whole(_) | Loose::Number(_) => JsonKind::Number,
            Loose::Text(_) => JsonKind::Text,
            Loose::Other(kind) => *kind,
        }
    }
}

/// A line and column in a file, both from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// Line, from 1.
    pub line: usize,
    /// Column (in bytes), from 1.
    pub column: usize,
}

/// Turns byte offsets of a file into lines and columns, moving forward
/// only, so that many errors in one large file cost one pass over it.
#[derive(Debug)]
pub struct Lines<'a> {
    text: &'a str,
    offset: usize,
    line: usize,
    line_start: usize,
}

impl<'a> Lines<'a> {
    /// Counts lines in `text`.
    pub fn new(text: &'a str) -> Self {
        Lines {
            text,
            offset: 0,
            line: 1,
            line_start: 0,
        }
    }

    /// The place of a byte offset, which must be at or after the last one
    /// asked for. At the end of the text (a file that stops too soon), the
    /// column is that of the last character, as JSON parsers count.
    pub fn place_at(&mut self, offset: usize) -> Place {
        let offset = offset.min(self.text.len()).max(self.offset);
        let skipped = &self.text.as_bytes()[self.offset..offset];
        for at in memchr::memchr_iter(b'\n', skipped) {
            self.line += 1;
            self.line_start = self.offset + at + 1;
        }
        self.offset = offset;
        let column = offset - self.line_start + usize::from(offset < self.text.len());
        Place {
            line: self.line,
            column,
        }
    }
}

/// The structure of JSON text being scanned: nesting, strings, escapes.
#[derive(Clone, Copy, Debug, Default)]
pub struct Scan {
    /// How many lists and objects are open.
    pub depth: usize,
    /// Inside a text.
    pub in_string: bool,
    /// Just after a `\` in a text.
    pub escaped: bool,
}

impl Scan {
    /// Takes one byte; returns whether it closed a value at depth 0 (an
    /// object, a list or a text).
    pub fn step(&mut self, b: u8) -> bool {
        if self.in_string {
            if self.escaped {
                self.escaped = false;
            } else if b == b'\\' {
                self.escaped = true;
            } else if b == b'"' {
                self.in_string = false;
                return self.depth == 0;
            }
            return false;
        }
        match b {
            b'"' => self.in_string = true,
            b'{' | b'[' => self.depth += 1,
            b'}' | b']' => {
                self.depth = self.depth.saturating_sub(1);
                return self.depth == 0;
            }
            _ => {}
        }
        false
    }
}
