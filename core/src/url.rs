//! The one URL encoder: path segments, a shared list's ids, and query
//! strings (`application/x-www-form-urlencoded`, spaces as `+`), all
//! through `percent-encoding`, so that the app and its addresses escape
//! the same characters the same way.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// What is escaped in a path segment or a query value: everything but
/// letters, digits and `-_.~`.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// What is escaped in a shared list's ids: as [`SEGMENT`], but commas
/// stay readable.
const IDS: &AsciiSet = &SEGMENT.remove(b',');

/// A text escaped to stand as one path segment (or a query value).
pub fn segment(text: &str) -> String {
    utf8_percent_encode(text, SEGMENT).to_string()
}

/// A comma-separated list of ids escaped for a query value, its commas
/// kept.
pub fn id_list(ids: &str) -> String {
    utf8_percent_encode(ids, IDS).to_string()
}

/// A path segment or query value decoded; bytes that are not UTF-8 become
/// U+FFFD, and a `%` that starts no escape is kept as it is.
pub fn decode(text: &str) -> String {
    percent_decode_str(text).decode_utf8_lossy().into_owned()
}

/// Encodes pairs as a query string with a leading `?`, or `""` when there
/// are none.
pub fn encode_pairs(pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (i, (key, value)) in pairs.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        encode_component(key, &mut out);
        out.push('=');
        encode_component(value, &mut out);
    }
    out
}

/// One key or value of a query string: spaces as `+`.
fn encode_component(text: &str, out: &mut String) {
    for (i, words) in text.split(' ').enumerate() {
        if i > 0 {
            out.push('+');
        }
        out.extend(utf8_percent_encode(words, SEGMENT));
    }
}

/// Decodes a query string (with or without its leading `?`) into pairs.
/// Malformed escapes are kept as text.
pub fn decode_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            (decode_component(key), decode_component(value))
        })
        .collect()
}

/// One key or value of a query string: `+` is a space.
fn decode_component(text: &str) -> String {
    decode(&text.replace('+', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_strings_escape_as_forms_do() {
        let query = encode_pairs(&[("q", "carbon market 碳"), ("topic", "a&b=c+d%")]);
        assert_eq!(query, "?q=carbon+market+%E7%A2%B3&topic=a%26b%3Dc%2Bd%25");
        assert_eq!(
            decode_pairs(&query),
            vec![
                ("q".to_owned(), "carbon market 碳".to_owned()),
                ("topic".to_owned(), "a&b=c+d%".to_owned()),
            ]
        );
        assert_eq!(encode_pairs(&[]), "");
        assert_eq!(encode_pairs(&[("a", " ")]), "?a=+");
    }

    #[test]
    fn malformed_escapes_stay_as_text() {
        assert_eq!(
            decode_pairs("q=100%&r=%zz&s=%E7%A2&t"),
            vec![
                ("q".to_owned(), "100%".to_owned()),
                ("r".to_owned(), "%zz".to_owned()),
                ("s".to_owned(), "\u{fffd}".to_owned()),
                ("t".to_owned(), String::new()),
            ]
        );
    }

    #[test]
    fn segments_and_id_lists() {
        assert_eq!(segment("a b/c?é"), "a%20b%2Fc%3F%C3%A9");
        assert_eq!(id_list("a,b c"), "a,b%20c");
        assert_eq!(decode("a%20b%2Fc"), "a b/c");
    }
}
