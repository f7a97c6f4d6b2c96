//! Text as search sees it: case, accents and full-width forms folded away,
//! so "Jiao", "JIAO", "Ｊｉａｏ" and "Jiào" all match. Chinese has no spaces
//! between words, so terms match anywhere in the text, not at word starts.

/// Latin letters with diacritics and their plain forms, for accent-blind
/// search: written by build.rs from Unicode's decompositions, checked by
/// `tests/text.rs` against `unicode-normalization`.
mod fold_table {
    include!(concat!(env!("OUT_DIR"), "/fold_table.rs"));
}

use crate::text::fold_table::FOLDS;

include!(concat!(env!("OUT_DIR"), "/lower_runs.rs"));

/// The lower case of a character, as `char::to_lowercase` gives it, from
/// the table of runs that build.rs writes (without core's case tables).
pub fn lower(c: char, out: &mut String) {
    // U+0130 (İ) is the one character whose lower case is two: i and a
    // combining dot above.
    if c == '\u{130}' {
        out.push_str("i\u{307}");
    } else {
        out.push(lower_char(c));
    }
}

/// The lower case of a character that has a one-character lower case
/// (all but U+0130, taken here as plain `i`).
fn lower_char(c: char) -> char {
    let code = u32::from(c);
    if code == 0x130 {
        return 'i';
    }
    let at = LOWER_RUNS.partition_point(|&(first, _, _, _)| first <= code);
    at.checked_sub(1)
        .and_then(|i| LOWER_RUNS.get(i))
        .filter(|&&(first, last, step, _)| code <= last && (code - first) % step == 0)
        .and_then(|&(_, _, _, delta)| char::from_u32(code.wrapping_add_signed(delta)))
        .unwrap_or(c)
}

/// Appends the folded form of one character: lower-case, without
/// diacritics, full-width ASCII as half-width.
pub fn fold_into(c: char, out: &mut String) {
    let c = match u32::from(c) {
        // Full-width ASCII variants (！ to ～) map onto ASCII by a fixed offset.
        code @ 0xFF01..=0xFF5E => char::from_u32(code - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        // Combining diacritical marks: text that arrives already decomposed.
        0x0300..=0x036F => return,
        _ => c,
    };
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(&(_, [a, b])) = u16::try_from(u32::from(c))
        .ok()
        .and_then(|code| FOLDS.binary_search_by_key(&code, |&(from, _)| from).ok())
        .and_then(|i| FOLDS.get(i))
    {
        out.push(char::from(a));
        if b != 0 {
            out.push(char::from(b));
        }
    } else {
        // A capital folds as its lower case does (so "Å", the Ångström
        // sign, folds like "å": to "a").
        let lower = lower_char(c);
        if lower == c {
            out.push(c);
        } else {
            fold_into(lower, out);
        }
    }
}

/// The folded form of a whole text.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_into(c, &mut out);
    }
    out
}

/// At most `max` characters of `text`, ending in "…" when cut: lists show
/// long texts clipped, so that no single listing can swamp a page.
pub fn clip(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => std::borrow::Cow::Borrowed(text),
        Some((end, _)) => std::borrow::Cow::Owned(format!("{}…", &text[..end])),
    }
}

/// The terms of a query: folded, split at white space, without repeats.
/// Every term must occur for a text to match.
pub fn search_terms(query: &str) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for term in normalize(query).split_whitespace() {
        if !terms.iter().any(|t| t == term) {
            terms.push(term.to_owned());
        }
    }
    terms
}

/// Whether an already folded text contains every term.
pub fn contains_all(folded: &str, terms: &[String]) -> bool {
    terms.iter().all(|t| folded.contains(t.as_str()))
}

/// A run of text, marked when it matched a search term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// The original text of the run.
    pub text: String,
    /// Whether the run is part of a match.
    pub matched: bool,
}

/// Splits `text` into runs so matches of any term can be highlighted. The
/// runs hold the original characters, and joined they give `text` back.
pub fn highlight(text: &str, terms: &[String]) -> Vec<Segment> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut folded = String::with_capacity(text.len());
    // For each byte of `folded`, the index in `chars` it came from.
    let mut owner: Vec<usize> = Vec::with_capacity(text.len());
    for (index, &(_, c)) in chars.iter().enumerate() {
        let before = folded.len();
        fold_into(c, &mut folded);
        owner.resize(folded.len(), index);
        debug_assert!(folded.len() >= before);
    }
    let mut marked = vec![false; chars.len()];
    for term in terms.iter().filter(|t| !t.is_empty()) {
        for (start, found) in folded.match_indices(term.as_str()) {
            let first = owner[start];
            let last = owner[start + found.len() - 1];
            marked[first..=last].iter_mut().for_each(|m| *m = true);
        }
    }
    let mut segments: Vec<Segment> = Vec::new();
    for (index, &(_, c)) in chars.iter().enumerate() {
        match segments.last_mut() {
            Some(last) if last.matched == marked[index] => last.text.push(c),
            _ => segments.push(Segment {
                text: c.to_string(),
                matched: marked[index],
            }),
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_accents_and_width_fold_away() {
        assert_eq!(normalize("Jiào TONG Łódź Straße"), "jiao tong lodz strasse");
        assert_eq!(normalize("Ｓｈａｎｇｈａｉ　２０２１"), "shanghai 2021");
        assert_eq!(normalize("Cafe\u{301}"), "cafe");
        assert_eq!(normalize("碳市场"), "碳市场");
    }

    #[test]
    fn terms_are_folded_split_and_deduplicated() {
        assert_eq!(
            search_terms("  Carbon  MARKET carbon "),
            vec!["carbon", "market"]
        );
        assert_eq!(search_terms("   "), Vec::<String>::new());
    }

    #[test]
    fn every_term_must_match_and_chinese_matches_by_substring() {
        let folded = normalize("全国碳市场建设专题报告会 Carbon Market briefing");
        assert!(contains_all(&folded, &search_terms("碳市场")));
        assert!(contains_all(&folded, &search_terms("carbon BRIEF")));
        assert!(!contains_all(&folded, &search_terms("carbon adaptation")));
    }

    #[test]
    fn highlights_keep_the_original_text() {
        let segments = highlight("Shanghai Jiào Tong", &search_terms("jiao"));
        assert_eq!(
            segments,
            vec![
                Segment {
                    text: "Shanghai ".into(),
                    matched: false
                },
                Segment {
                    text: "Jiào".into(),
                    matched: true
                },
                Segment {
                    text: " Tong".into(),
                    matched: false
                },
            ]
        );
        let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, "Shanghai Jiào Tong");
    }

    #[test]
    fn highlights_chinese_and_full_width_matches() {
        let segments = highlight("全国碳市场", &search_terms("碳市"));
        assert_eq!(
            segments[1],
            Segment {
                text: "碳市".into(),
                matched: true
            }
        );
        let segments = highlight("ＣＯ２ targets", &search_terms("co2"));
        assert_eq!(
            segments[0],
            Segment {
                text: "ＣＯ２".into(),
                matched: true
            }
        );
    }
}
