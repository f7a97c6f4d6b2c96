//! Reading JSON that people write by hand: values whose type is not
//! trusted, and parser errors told in words an operator understands, with
//! the place in the file where they are.

use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

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
/// rest, its kind, and a number as written. It reads fields whose type is
/// not trusted (a version, the id of a broken record) without
/// `serde_json::Value`, whose general deserialiser would otherwise be part
/// of the download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loose {
    /// A whole number, 0 or more.
    Whole(u64),
    /// Any other number (negative, with a fraction), as the file writes it
    /// when known (see [`Loose::from_raw`]).
    Number(String),
    /// A text.
    Text(String),
    /// Anything else, by kind.
    Other(JsonKind),
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

impl Loose {
    /// Reads a raw JSON value, keeping a number as the file writes it
    /// ("1.0", "-1").
    pub fn from_raw(raw: &serde_json::value::RawValue) -> Loose {
        let text = raw.get().trim();
        match text.bytes().next() {
            Some(b'-' | b'0'..=b'9') => text
                .parse::<u64>()
                .map_or_else(|_| Loose::Number(text.to_owned()), Loose::Whole),
            _ => serde_json::from_str(text).unwrap_or(Loose::Other(JsonKind::Null)),
        }
    }
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LooseVisitor;
        impl<'de> Visitor<'de> for LooseVisitor {
            type Value = Loose;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_u64<E>(self, n: u64) -> Result<Loose, E> {
                Ok(Loose::Whole(n))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Loose, E> {
                Ok(u64::try_from(n).map_or_else(|_| Loose::Number(n.to_string()), Loose::Whole))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Loose, E> {
                // Not formatted here: Rust's float formatting would add
                // about 10 KB to the download for one error message.
                Ok(Loose::Number(String::new()))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Loose, E> {
                Ok(Loose::Other(JsonKind::Boolean))
            }
            fn visit_str<E>(self, text: &str) -> Result<Loose, E> {
                Ok(Loose::Text(text.to_owned()))
            }
            fn visit_unit<E>(self) -> Result<Loose, E> {
                Ok(Loose::Other(JsonKind::Null))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Loose::Other(JsonKind::List))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Loose::Other(JsonKind::Object))
            }
        }
        deserializer.deserialize_any(LooseVisitor)
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

    /// The place of a slice of the text (such as a record's raw JSON),
    /// which must start at or after the last one asked for.
    pub fn place_of(&mut self, part: &str) -> Option<Place> {
        let start = (part.as_ptr() as usize).checked_sub(self.text.as_ptr() as usize)?;
        if start < self.offset || start > self.text.len() {
            return None;
        }
        let skipped = self.text.as_bytes().get(self.offset..start)?;
        for at in memchr::memchr_iter(b'\n', skipped) {
            self.line += 1;
            self.line_start = self.offset + at + 1;
        }
        self.offset = start;
        Some(Place {
            line: self.line,
            column: start - self.line_start + 1,
        })
    }
}

/// What the parser said of a JSON text, without its position, in the
/// file's words: "the field “title” is missing" rather than "missing field
/// `title`", "a number where text belongs" rather than "invalid type:
/// integer `5`, expected a string".
pub fn error_words(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let message = full.strip_suffix(&position).unwrap_or(&full);
    if let Some(field) = between(message, "missing field `", "`") {
        return format!("the field “{field}” is missing");
    }
    if let Some(field) = between(message, "duplicate field `", "`") {
        return format!("the field “{field}” appears twice");
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        if let Some((value, allowed)) = rest.split_once("`, expected one of ") {
            return format!(
                "“{value}” is not an accepted value (use one of {})",
                allowed.replace('`', "")
            );
        }
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!(
                "{} where {} belongs",
                found_words(found),
                expected_words(expected)
            );
        }
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        if let Some((_, expected)) = rest.split_once(", expected ") {
            return format!("a list of the wrong length ({expected} expected)");
        }
    }
    message.to_owned()
}

/// What stands between `prefix` (at the start of `text`) and `end`.
fn between<'t>(text: &'t str, prefix: &str, end: &str) -> Option<&'t str> {
    text.strip_prefix(prefix)?
        .split_once(end)
        .map(|(inside, _)| inside)
}

/// "integer `5`" → "the number 5", "string \"x\"" → "the text “x”".
fn found_words(found: &str) -> String {
    let value = |s: &str| s.trim_matches(|c| c == '`' || c == '"').to_owned();
    if let Some(n) = found
        .strip_prefix("integer ")
        .or_else(|| found.strip_prefix("floating point "))
    {
        format!("the number {}", value(n))
    } else if let Some(s) = found.strip_prefix("string ") {
        format!("the text “{}”", value(s))
    } else if let Some(b) = found.strip_prefix("boolean ") {
        format!("the value {}", value(b))
    } else {
        match found {
            "null" => "null".to_owned(),
            "sequence" => "a list".to_owned(),
            "map" => "an object".to_owned(),
            other => other.to_owned(),
        }
    }
}

/// What serde expected, in words.
fn expected_words(expected: &str) -> &'static str {
    if expected.contains("string") || expected.contains("date") {
        "text"
    } else if expected.contains("sequence") {
        "a list"
    } else if expected.starts_with("struct")
        || expected.contains("map")
        || expected.contains("fields")
    {
        "an object"
    } else if expected.starts_with('u') || expected.starts_with('i') {
        "a whole number"
    } else if expected.contains("bool") {
        "true or false"
    } else {
        "another kind of value"
    }
}
