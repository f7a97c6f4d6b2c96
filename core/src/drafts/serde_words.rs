//! serde_json's errors, for the drafts' records, imports and exports,
//! told in the file's words and, for syntax, as the catalogue reader says
//! the same ones.

use crate::drafts::messages::{their_words, DraftMessage, DraftMsg};
use crate::i18n::message::{Message, Msg};

/// What the parser said of a JSON text, without its position, in the
/// file's words: "the field “title” is missing" rather than "missing field
/// `title`", "a number where text belongs" rather than "invalid type:
/// integer `5`, expected a string". Its syntax errors are said as the
/// catalogue reader says the same ones; anything else it says is shown in
/// its own words.
pub fn error_words(error: &serde_json::Error) -> DraftMessage {
    let full = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let message = full.strip_suffix(&position).unwrap_or(&full);
    if let Some(field) = between(message, "missing field `", "`") {
        return Message::new(Msg::FieldMissing).with("field", field).into();
    }
    if let Some(field) = between(message, "duplicate field `", "`") {
        return Message::new(Msg::FieldTwice).with("field", field).into();
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        if let Some((value, allowed)) = rest.split_once("`, expected one of ") {
            return Message::new(Msg::NotAccepted)
                .with("value", value)
                .with("allowed", allowed.replace('`', ""))
                .into();
        }
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return DraftMessage::new(Msg::WrongKind.into())
                .with_said("found", found_words(found))
                .with_said("expected", expected_words(expected));
        }
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        if let Some((_, expected)) = rest.split_once(", expected ") {
            return Message::draft(DraftMsg::WrongLength).with("expected", expected);
        }
    }
    match syntax_words(message) {
        Some(msg) => msg.into(),
        None => their_words(Some(message.to_owned())),
    }
}

/// A syntax error of serde_json, as the catalogue reader says it.
fn syntax_words(message: &str) -> Option<Msg> {
    Some(match message {
        "expected value" | "expected ident" => Msg::JsonExpectedValue,
        "EOF while parsing a value" => Msg::JsonEofValue,
        "EOF while parsing a string" => Msg::JsonEofString,
        "EOF while parsing a list" => Msg::JsonEofList,
        "EOF while parsing an object" => Msg::JsonEofObject,
        "invalid number" => Msg::JsonInvalidNumber,
        "invalid escape" => Msg::JsonInvalidEscape,
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            Msg::JsonControlCharacter
        }
        "lone leading surrogate in hex escape" => Msg::JsonLoneSurrogate,
        "invalid unicode code point" => Msg::JsonInvalidCodePoint,
        "recursion limit exceeded" => Msg::JsonTooDeep,
        "trailing comma" => Msg::JsonTrailingComma,
        "expected `,` or `]`" => Msg::JsonListComma,
        "key must be a string" => Msg::JsonKeyNotString,
        "expected `:`" => Msg::JsonColon,
        "expected `,` or `}`" => Msg::JsonObjectComma,
        "trailing characters" => Msg::JsonTrailingCharacters,
        _ => return None,
    })
}

/// What stands between `prefix` (at the start of `text`) and `end`.
fn between<'t>(text: &'t str, prefix: &str, end: &str) -> Option<&'t str> {
    text.strip_prefix(prefix)?
        .split_once(end)
        .map(|(inside, _)| inside)
}

/// "integer `5`" → "the number 5", "string \"x\"" → "the text “x”".
fn found_words(found: &str) -> DraftMessage {
    let value = |s: &str| s.trim_matches(|c| c == '`' || c == '"').to_owned();
    if let Some(n) = found
        .strip_prefix("integer ")
        .or_else(|| found.strip_prefix("floating point "))
    {
        Message::new(Msg::FoundNumber)
            .with("number", value(n))
            .into()
    } else if let Some(s) = found.strip_prefix("string ") {
        Message::new(Msg::FoundText).with("text", value(s)).into()
    } else if let Some(b) = found.strip_prefix("boolean ") {
        Message::draft(DraftMsg::FoundValue).with("value", value(b))
    } else {
        match found {
            "null" => Msg::KindNull.into(),
            "sequence" => Msg::KindList.into(),
            "map" => Msg::KindObject.into(),
            other => their_words(Some(other.to_owned())),
        }
    }
}

/// What serde expected, in words.
fn expected_words(expected: &str) -> DraftMessage {
    let msg = if expected.contains("string") || expected.contains("date") {
        Msg::ExpectedText
    } else if expected.contains("sequence") {
        Msg::KindList
    } else if expected.starts_with("struct")
        || expected.contains("map")
        || expected.contains("fields")
    {
        Msg::KindObject
    } else if expected.starts_with('u') || expected.starts_with('i') {
        Msg::ExpectedWhole
    } else if expected.contains("bool") {
        Msg::KindBoolean
    } else {
        return DraftMsg::ExpectedOther.into();
    };
    msg.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> String {
        let error = serde_json::from_str::<crate::drafts::draft::Draft>(text)
            .err()
            .map(|e| error_words(&e).english());
        error.unwrap_or_default()
    }

    #[test]
    fn serde_is_told_in_the_files_words() {
        assert_eq!(words("{\"id\": 5}"), "the number 5 where text belongs");
        assert_eq!(words("{,}"), "key must be a string");
        assert_eq!(words("x"), "expected value");
        assert_eq!(words("{\"id\": "), "EOF while parsing a value");
        assert_eq!(
            words(r#"{"origin": {"type": "edit"}}"#),
            "the field “seminar_id” is missing"
        );
        assert_eq!(
            words(r#"{"origin": {"type": "copy"}}"#),
            "“copy” is not an accepted value (use one of new, edit)"
        );
    }
}
