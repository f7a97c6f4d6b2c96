//! A small JSON reader for the catalogue: a cursor over the text that reads
//! one value at a time, so that each listing is read, or rejected with its
//! reason and place, on its own. It stands in for `serde_json` on the home
//! page, where `serde_json`, its derives and its number tables were about a
//! fifth of the download; it reads integers only as far as the catalogue
//! needs them, and skips other numbers without converting them.

use std::borrow::Cow;

use crate::i18n::message::{Message, Msg};
use crate::json::{JsonKind, Loose};

/// What is wrong, in words, and where (a byte offset in the text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// The text is not JSON (`true`), or it is JSON of the wrong shape.
    pub syntax: bool,
    /// What is wrong, as an operator is told it.
    pub words: Message,
    /// Where: the byte offset of the offending character.
    pub at: usize,
}

/// A result of reading.
pub type JsonResult<T> = Result<T, JsonError>;

/// How deep lists and objects may nest: far more than any catalogue needs,
/// and little enough that a hostile file cannot exhaust the stack.
pub const MAX_DEPTH: u32 = 128;

/// A cursor over JSON text.
#[derive(Debug)]
pub struct Reader<'a> {
    text: &'a str,
    at: usize,
    depth: u32,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Reader {
            text,
            at: 0,
            depth: 0,
        }
    }

    /// The byte offset reached.
    pub fn at(&self) -> usize {
        self.at
    }

    /// How many bytes of text are left.
    pub fn remaining(&self) -> usize {
        self.text.len().saturating_sub(self.at)
    }

    /// Goes back to an offset read before (to skip a value it gave up on).
    pub fn rewind(&mut self, at: usize) {
        self.at = at;
    }

    /// The text between two offsets.
    pub fn slice(&self, from: usize, to: usize) -> &'a str {
        self.text.get(from..to).unwrap_or_default()
    }

    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    fn syntax(&self, words: Msg) -> JsonError {
        JsonError {
            syntax: true,
            words: Message::new(words),
            at: self.at,
        }
    }

    /// A data error at `at`: the value there does not fit.
    pub fn data(at: usize, words: Message) -> JsonError {
        JsonError {
            syntax: false,
            words,
            at,
        }
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.bytes().get(self.at) {
            self.at += 1;
        }
    }

    /// The kind of the next value, after white space, without reading it.
    pub fn kind(&mut self) -> JsonResult<JsonKind> {
        self.space();
        match self.bytes().get(self.at) {
            Some(b'{') => Ok(JsonKind::Object),
            Some(b'[') => Ok(JsonKind::List),
            Some(b'"') => Ok(JsonKind::Text),
            Some(b'-' | b'0'..=b'9') => Ok(JsonKind::Number),
            Some(b't' | b'f') => Ok(JsonKind::Boolean),
            Some(b'n') => Ok(JsonKind::Null),
            Some(_) => Err(self.syntax(Msg::JsonExpectedValue)),
            None => Err(self.eof(Msg::JsonEofValue)),
        }
    }

    /// The text ran out at `at` before a list's end (for a value found
    /// whole by [`crate::json::Scan`] only once more text arrives).
    pub fn ran_out(at: usize) -> JsonError {
        JsonError {
            syntax: true,
            words: Message::new(Msg::JsonEofList),
            at,
        }
    }

    fn eof(&self, words: Msg) -> JsonError {
        JsonError {
            syntax: true,
            words: Message::new(words),
            at: self.text.len(),
        }
    }

    fn expect(&mut self, byte: u8, words: Msg) -> JsonResult<()> {
        self.space();
        match self.bytes().get(self.at) {
            Some(b) if *b == byte => {
                self.at += 1;
                Ok(())
            }
            Some(_) => Err(self.syntax(words)),
            None => Err(self.eof(words)),
        }
    }

    fn literal(&mut self, word: &'static str) -> JsonResult<()> {
        let rest = &self.text[self.at..];
        if rest.starts_with(word) {
            self.at += word.len();
            Ok(())
        } else if word.starts_with(rest) {
            // The text stops inside the word (a piece still to come).
            Err(self.eof(Msg::JsonEofValue))
        } else {
            Err(self.syntax(Msg::JsonExpectedValue))
        }
    }

    /// Reads a number's text: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
    fn number_text(&mut self) -> JsonResult<&'a str> {
        let start = self.at;
        let bytes = self.bytes();
        let digits = |at: &mut usize| {
            let from = *at;
            while bytes.get(*at).is_some_and(u8::is_ascii_digit) {
                *at += 1;
            }
            *at > from
        };
        let mut at = self.at;
        if bytes.get(at) == Some(&b'-') {
            at += 1;
        }
        if bytes.get(at) == Some(&b'0') {
            at += 1;
        } else if !digits(&mut at) {
            self.at = at;
            return Err(self.syntax(Msg::JsonInvalidNumber));
        }
        if bytes.get(at) == Some(&b'.') {
            at += 1;
            if !digits(&mut at) {
                self.at = at;
                return Err(self.syntax(Msg::JsonInvalidNumber));
            }
        }
        if let Some(b'e' | b'E') = bytes.get(at) {
            at += 1;
            if let Some(b'+' | b'-') = bytes.get(at) {
                at += 1;
            }
            if !digits(&mut at) {
                self.at = at;
                return Err(self.syntax(Msg::JsonInvalidNumber));
            }
        }
        self.at = at;
        Ok(&self.text[start..at])
    }

    /// Reads a string, unescaped (borrowed when it holds no escape).
    fn string_value(&mut self) -> JsonResult<Cow<'a, str>> {
        self.expect(b'"', Msg::JsonExpectedValue)?;
        let start = self.at;
        let bytes = self.bytes();
        // The plain run up to the first quote, backslash or control character.
        let mut at = start;
        while let Some(&b) = bytes.get(at) {
            if b == b'"' {
                self.at = at + 1;
                return Ok(Cow::Borrowed(&self.text[start..at]));
            }
            if b == b'\\' || b < 0x20 {
                break;
            }
            at += 1;
        }
        let mut out = String::from(&self.text[start..at]);
        loop {
            let Some(&b) = bytes.get(at) else {
                self.at = at;
                return Err(self.eof(Msg::JsonEofString));
            };
            match b {
                b'"' => {
                    self.at = at + 1;
                    return Ok(Cow::Owned(out));
                }
                b'\\' => {
                    at += 1;
                    let escaped = match bytes.get(at) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at = at + 1;
                            let c = self.unicode_escape()?;
                            at = self.at;
                            out.push(c);
                            continue;
                        }
                        _ => {
                            self.at = at;
                            return Err(self.syntax(Msg::JsonInvalidEscape));
                        }
                    };
                    out.push(escaped);
                    at += 1;
                }
                0..=0x1F => {
                    self.at = at;
                    return Err(self.syntax(Msg::JsonControlCharacter));
                }
                _ => {
                    // Copy up to the next special byte in one go.
                    let from = at;
                    while bytes
                        .get(at)
                        .is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20)
                    {
                        at += 1;
                    }
                    out.push_str(&self.text[from..at]);
                }
            }
        }
    }

    /// Reads the four hex digits after `\u` (and a low surrogate after a high one).
    fn unicode_escape(&mut self) -> JsonResult<char> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            let rest = &self.text[self.at..];
            if rest.len() < 2 && "\\u".starts_with(rest) {
                return Err(self.eof(Msg::JsonEofString));
            }
            if !rest.starts_with("\\u") {
                return Err(self.syntax(Msg::JsonLoneSurrogate));
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.syntax(Msg::JsonInvalidCodePoint));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.syntax(Msg::JsonInvalidCodePoint))
    }

    fn hex4(&mut self) -> JsonResult<u32> {
        let rest = &self.text[self.at..];
        if rest.len() < 4 && rest.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(self.eof(Msg::JsonEofString));
        }
        let digits = self.text.get(self.at..self.at + 4);
        match digits.and_then(|d| u32::from_str_radix(d, 16).ok()) {
            Some(n) if digits.is_some_and(|d| d.bytes().all(|b| b.is_ascii_hexdigit())) => {
                self.at += 4;
                Ok(n)
            }
            _ => Err(self.syntax(Msg::JsonInvalidEscape)),
        }
    }

    /// Skips one value of any kind, checking only that it is JSON.
    pub fn skip(&mut self) -> JsonResult<()> {
        match self.kind()? {
            JsonKind::Object => self.object(&mut |r, _| r.skip()),
            JsonKind::List => self.list(&mut |r| r.skip()),
            JsonKind::Text => self.string_value().map(drop),
            JsonKind::Number => self.number_text().map(drop),
            JsonKind::Boolean => {
                if self.bytes().get(self.at) == Some(&b't') {
                    self.literal("true")
                } else {
                    self.literal("false")
                }
            }
            JsonKind::Null => self.literal("null"),
        }
    }

    /// Reads any value as a [`Loose`]: a whole number or a text kept, a
    /// number as written, anything else by kind.
    pub fn loose(&mut self) -> JsonResult<Loose> {
        Ok(match self.kind()? {
            JsonKind::Text => Loose::Text(self.string_value()?.into_owned()),
            JsonKind::Number => {
                let text = self.number_text()?;
                text.parse::<u64>()
                    .map_or_else(|_| Loose::Number(text.to_owned()), Loose::Whole)
            }
            kind => {
                self.skip()?;
                Loose::Other(kind)
            }
        })
    }

    /// Says that the value here is not `expected` (text, a list, …),
    /// naming what it is; the value is read past.
    pub fn mismatch(&mut self, expected: Msg) -> JsonError {
        self.space();
        let at = self.at;
        let found = match self.loose() {
            Ok(Loose::Text(t)) => {
                Message::new(Msg::FoundText).with("text", t.chars().take(40).collect::<String>())
            }
            Ok(Loose::Whole(n)) => Message::new(Msg::FoundNumber).with("number", n),
            Ok(Loose::Number(n)) => Message::new(Msg::FoundNumber).with("number", n),
            Ok(Loose::Other(kind)) => Message::new(kind.name()),
            Err(e) => return e,
        };
        Reader::data(
            at,
            Message::new(Msg::WrongKind)
                .with_said("found", found)
                .with_said("expected", expected),
        )
    }

    /// Reads a text.
    pub fn text(&mut self) -> JsonResult<String> {
        if self.kind()? != JsonKind::Text {
            return Err(self.mismatch(Msg::ExpectedText));
        }
        Ok(self.string_value()?.into_owned())
    }

    /// Reads a text, or `null` as `None`.
    pub fn optional_text(&mut self) -> JsonResult<Option<String>> {
        if self.kind()? == JsonKind::Null {
            self.literal("null")?;
            return Ok(None);
        }
        self.text().map(Some)
    }

    /// Reads `true` or `false`.
    pub fn boolean(&mut self) -> JsonResult<bool> {
        if self.kind()? != JsonKind::Boolean {
            return Err(self.mismatch(Msg::KindBoolean));
        }
        if self.bytes().get(self.at) == Some(&b't') {
            self.literal("true").map(|()| true)
        } else {
            self.literal("false").map(|()| false)
        }
    }

    /// Reads a whole number that fits in 32 bits, or `null` as `None`.
    pub fn optional_whole(&mut self) -> JsonResult<Option<u32>> {
        match self.kind()? {
            JsonKind::Null => self.literal("null").map(|()| None),
            JsonKind::Number => {
                let at = self.at;
                let text = self.number_text()?;
                match text.parse::<u32>() {
                    Ok(n) => Ok(Some(n)),
                    Err(_) if text.bytes().all(|b| b.is_ascii_digit()) => Err(Reader::data(
                        at,
                        Message::new(Msg::NumberTooLarge).with("number", text),
                    )),
                    Err(_) => Err(Reader::data(
                        at,
                        Message::new(Msg::WrongKind)
                            .with_said("found", Message::new(Msg::FoundNumber).with("number", text))
                            .with_said("expected", Msg::ExpectedWhole),
                    )),
                }
            }
            _ => Err(self.mismatch(Msg::ExpectedWhole)),
        }
    }

    /// Reads a list of texts.
    pub fn texts(&mut self) -> JsonResult<Vec<String>> {
        let mut out = Vec::new();
        self.list(&mut |r| r.text().map(|t| out.push(t)))?;
        Ok(out)
    }

    /// Reads a list, calling `item` with the reader at each element.
    pub fn list(&mut self, item: &mut dyn FnMut(&mut Self) -> JsonResult<()>) -> JsonResult<()> {
        if self.kind()? != JsonKind::List {
            return Err(self.mismatch(Msg::KindList));
        }
        self.nest(|r| r.list_items(item))
    }

    /// Runs `read` one level deeper, or says the text nests too deeply.
    fn nest(&mut self, read: impl FnOnce(&mut Self) -> JsonResult<()>) -> JsonResult<()> {
        if self.depth >= MAX_DEPTH {
            return Err(self.syntax(Msg::JsonTooDeep));
        }
        self.depth += 1;
        let result = read(self);
        self.depth -= 1;
        result
    }

    fn list_items(&mut self, item: &mut dyn FnMut(&mut Self) -> JsonResult<()>) -> JsonResult<()> {
        self.at += 1;
        self.space();
        if self.bytes().get(self.at) == Some(&b']') {
            self.at += 1;
            return Ok(());
        }
        loop {
            item(self)?;
            if self.after_item(b']', Msg::JsonListComma, Msg::JsonEofList)? {
                return Ok(());
            }
        }
    }

    /// After a list's item or an object's field: steps over the comma
    /// before the next one (`false`) or over the closing `close` (`true`).
    /// A comma just before the close, anything else, or the end of the
    /// text is an error.
    fn after_item(&mut self, close: u8, no_comma: Msg, eof: Msg) -> JsonResult<bool> {
        self.space();
        match self.bytes().get(self.at) {
            Some(b',') => {
                self.at += 1;
                self.space();
                if self.bytes().get(self.at) == Some(&close) {
                    return Err(self.syntax(Msg::JsonTrailingComma));
                }
                Ok(false)
            }
            Some(&b) if b == close => {
                self.at += 1;
                Ok(true)
            }
            Some(_) => Err(self.syntax(no_comma)),
            None => Err(self.eof(eof)),
        }
    }

    /// Reads an object, calling `field` with each key and the reader at its
    /// value, which `field` must read (or skip).
    pub fn object(
        &mut self,
        field: &mut dyn FnMut(&mut Self, &str) -> JsonResult<()>,
    ) -> JsonResult<()> {
        if self.kind()? != JsonKind::Object {
            return Err(self.mismatch(Msg::KindObject));
        }
        self.nest(|r| r.object_fields(field))
    }

    fn object_fields(
        &mut self,
        field: &mut dyn FnMut(&mut Self, &str) -> JsonResult<()>,
    ) -> JsonResult<()> {
        self.at += 1;
        self.space();
        if self.bytes().get(self.at) == Some(&b'}') {
            self.at += 1;
            return Ok(());
        }
        loop {
            self.space();
            match self.bytes().get(self.at) {
                Some(b'"') => {}
                Some(_) => return Err(self.syntax(Msg::JsonKeyNotString)),
                None => return Err(self.eof(Msg::JsonEofObject)),
            }
            let key = self.string_value()?;
            self.expect(b':', Msg::JsonColon)?;
            field(self, &key)?;
            if self.after_item(b'}', Msg::JsonObjectComma, Msg::JsonEofObject)? {
                return Ok(());
            }
        }
    }

    /// Checks that only white space follows.
    pub fn end(&mut self) -> JsonResult<()> {
        self.space();
        if self.at < self.text.len() {
            return Err(self.syntax(Msg::JsonTrailingCharacters));
        }
        Ok(())
    }
}

/// The fields of one object read so far, to tell a missing field or one
/// given twice.
#[derive(Debug, Default)]
pub struct Seen(u64);

impl Seen {
    /// Notes field number `n` (below 64), or says it came twice.
    pub fn note(&mut self, n: u32, name: &str, at: usize) -> JsonResult<()> {
        if self.0 & (1 << n) != 0 {
            return Err(Reader::data(
                at,
                Message::new(Msg::FieldTwice).with("field", name),
            ));
        }
        self.0 |= 1 << n;
        Ok(())
    }

    /// Whether field number `n` was read.
    pub fn has(&self, n: u32) -> bool {
        self.0 & (1 << n) != 0
    }
}

/// The value of a required field, or the error naming it.
pub fn required<T>(value: Option<T>, name: &str, at: usize) -> JsonResult<T> {
    value.ok_or_else(|| Reader::data(at, Message::new(Msg::FieldMissing).with("field", name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_unescape_and_keep_what_has_no_escape() {
        let mut r = Reader::new(r#""plain" "a\"b\\c\/d\n\u00e9\ud83c\udf0f碳""#);
        assert_eq!(r.text().unwrap(), "plain");
        assert_eq!(r.text().unwrap(), "a\"b\\c/d\né🌏碳");
        for bad in [
            r#""\x""#,
            r#""\ud800""#,
            "\"a\u{1}b\"",
            r#""open"#,
            r#""\u12""#,
        ] {
            let e = Reader::new(bad).text().unwrap_err();
            assert!(e.syntax, "{bad}: {e:?}");
        }
    }

    #[test]
    fn numbers_are_checked_and_integers_read() {
        assert_eq!(Reader::new("50").optional_whole(), Ok(Some(50)));
        assert_eq!(Reader::new("null").optional_whole(), Ok(None));
        let e = Reader::new("1.5").optional_whole().unwrap_err();
        assert_eq!(
            e.words.english(),
            "the number 1.5 where a whole number belongs"
        );
        let e = Reader::new("99999999999").optional_whole().unwrap_err();
        assert_eq!(
            e.words.english(),
            "the number 99999999999 is too large here"
        );
        for bad in ["01", "-", "1.", "1e", ".5", "+1"] {
            let mut r = Reader::new(bad);
            assert!(r.skip().and_then(|()| r.end()).is_err(), "{bad}");
        }
        for good in ["0", "-0", "1.25", "1e10", "-2.5E-3"] {
            let mut r = Reader::new(good);
            assert_eq!(r.skip().and_then(|()| r.end()), Ok(()), "{good}");
        }
    }

    #[test]
    fn objects_and_lists_report_their_syntax() {
        let mut keys = Vec::new();
        let mut r = Reader::new(r#" { "a" : [1, {"b": null}], "c": true } "#);
        r.object(&mut |r, k| {
            keys.push(k.to_owned());
            r.skip()
        })
        .unwrap();
        r.end().unwrap();
        assert_eq!(keys, ["a", "c"]);
        for (bad, words) in [
            ("{,}", "key must be a string"),
            ("{\"a\" 1}", "expected a colon after the key"),
            ("[1,]", "trailing comma"),
            ("[1 2]", "expected a comma or the end of the list"),
            ("{\"a\": 1", "EOF while parsing an object"),
            ("", "EOF while parsing a value"),
            ("<html>", "expected value"),
        ] {
            let e = Reader::new(bad).skip().unwrap_err();
            assert_eq!(
                (e.syntax, e.words.english().as_str()),
                (true, words),
                "{bad}"
            );
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let e = Reader::new(&deep).skip().unwrap_err();
        assert_eq!(
            (e.syntax, e.words.english().as_str(), e.at),
            (true, "lists and objects nest too deeply", 128)
        );
        let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert_eq!(Reader::new(&fine).skip(), Ok(()));
    }

    #[test]
    fn a_value_of_the_wrong_kind_is_named() {
        let cases = [
            ("5", "the number 5 where text belongs"),
            ("true", "true or false where text belongs"),
            ("null", "null where text belongs"),
            ("[1]", "a list where text belongs"),
            ("{}", "an object where text belongs"),
        ];
        for (json, words) in cases {
            let e = Reader::new(json).text().unwrap_err();
            assert_eq!((e.syntax, e.words.english().as_str()), (false, words));
        }
    }
}
