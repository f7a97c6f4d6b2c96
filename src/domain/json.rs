//! Reading JSON that people write by hand: values whose type is not
//! trusted, and parser errors told in words an operator understands, with
//! the place in the file where they are.

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
/// [`super::json_reader::Reader::loose`] reads them.
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
