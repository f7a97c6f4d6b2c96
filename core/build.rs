//! What the core's code needs from the build machine:
//!
//! - Search folds text to lower case. `char::to_lowercase` would bring
//!   core's case tables (about 15 KB gzip of the app's download, upper case
//!   included); instead this script writes the lower-case mappings of every
//!   code point, as std knows them, into a table of runs (about 180 entries),
//!   which `src/text/mod.rs` includes. It is made by the same compiler,
//!   so it follows the same Unicode version as std; `tests/text.rs` checks it
//!   against `char::to_lowercase` for every code point.
//! - What the core says (`locales/*/messages.json`, and the drafts area's
//!   `draft_messages.json`) becomes an enum per group and each language's
//!   templates (see `src/i18n/message.rs`).

use std::fmt::Write;

#[path = "build/locale_files.rs"]
mod locale_files;

include!("build/beyond_nfkd.rs");

use locale_files::{read_texts, write_out, Text, LANGS};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/locale_files.rs");
    println!("cargo:rerun-if-changed=build/beyond_nfkd.rs");
    write_lower_case_runs();
    write_fold_table();
    write_messages(&locale_files::root());
}

/// The groups of messages the domain code says: file, enum, table, and
/// the generated file. The home page's messages (the catalogue reader's,
/// the listing rules') are one group; the drafts area's are another, whose
/// table only the drafts area's code reads, so that its words travel with
/// that part rather than in the first download.
const MESSAGE_GROUPS: [(&str, &str, &str, &str); 2] = [
    ("messages", "Msg", "MESSAGES", "messages.rs"),
    (
        "draft_messages",
        "DraftMsg",
        "DRAFT_MESSAGES",
        "draft_messages.rs",
    ),
];

/// Writes each group of messages (`locales/*/{group}.json`) as an
/// enum with a variant per key, so that the core names a message
/// without knowing any language, and each language's templates in one
/// text, separated by U+001F: a template is found by counting, which
/// spares the first download a table of eight bytes a template (the
/// pointer and length of a `&str`).
fn write_messages(root: &std::path::Path) {
    for (group, name, table, file) in MESSAGE_GROUPS {
        write_message_group(root, group, name, table, file);
    }
}

/// Writes one group of messages.
fn write_message_group(root: &std::path::Path, group: &str, name: &str, table: &str, file: &str) {
    let tables: Vec<_> = LANGS
        .iter()
        .map(|lang| read_texts(&root.join(lang).join(format!("{group}.json"))))
        .collect();
    let english = &tables[0];
    let mut out = format!(
        "/// A sentence the domain code says; its words in each language are in\n\
         /// `locales/*/{group}.json`.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum {name} {{\n"
    );
    for (key, text) in english {
        let Text::Plain(template) = text else {
            panic!("{group}.json: {key}: messages have no plural forms");
        };
        let variant = variant_name(key);
        let _ = writeln!(
            out,
            "    /// {}\n    {variant},",
            template.replace('\n', " ")
        );
    }
    out.push_str("}\n");
    let variants: Vec<String> = english.keys().map(|key| variant_name(key)).collect();
    let _ = write!(
        out,
        "impl {name} {{\n\
         /// Every message, in the order of the tables.\n\
         pub const ALL: [{name}; {n}] = [{all}];\n\
         /// The key of each message in the locale files, in the same order.\n\
         pub const KEYS: [&'static str; {n}] = {keys:?};\n}}\n",
        n = variants.len(),
        all = variants
            .iter()
            .map(|v| format!("{name}::{v}"))
            .collect::<Vec<_>>()
            .join(", "),
        keys = english.keys().collect::<Vec<_>>(),
    );
    let mut joined = Vec::new();
    for (lang, texts) in LANGS.iter().zip(&tables) {
        for key in texts.keys().filter(|k| !english.contains_key(*k)) {
            println!("cargo:warning=locales/{lang}/{group}.json: {key} is not an English key");
        }
        let mut all = Vec::new();
        for (key, english_text) in english {
            let text = match texts.get(key) {
                Some(text @ Text::Plain(_)) => text,
                _ => {
                    println!(
                        "cargo:warning=locales/{lang}/{group}.json: {key} is missing; English is shown"
                    );
                    english_text
                }
            };
            if let Text::Plain(t) = text {
                if t.contains(SEPARATOR) {
                    panic!("locales/{lang}/{group}.json: {key} holds U+001F");
                }
                all.push(t.as_str());
            }
        }
        joined.push(format!("{:?}", all.join(&SEPARATOR.to_string())));
    }
    let _ = write!(
        out,
        "/// Each language's templates of [`{name}`], in its order, separated by\n\
         /// U+001F; the languages in the order of `Lang::ALL`.\n\
         pub static {table}: [&str; {langs}] = [{joined}];\n",
        langs = LANGS.len(),
        joined = joined.join(", "),
    );
    write_out(file, &out);
}

/// What separates the templates of a group in the generated text.
const SEPARATOR: char = '\u{1f}';

/// The enum variant of a message key: `catalogue_not_json` is `CatalogueNotJson`.
fn variant_name(key: &str) -> String {
    key.split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Writes `LOWER_RUNS`: (first code point, last code point, step between
/// code points of the run, offset to add), for every code point whose lower
/// case is one other code point.
fn write_lower_case_runs() {
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let mut lower = c.to_lowercase();
        let (Some(l), None) = (lower.next(), lower.next()) else {
            continue;
        };
        if l == c {
            continue;
        }
        let code = u32::from(c);
        let delta = i64::from(u32::from(l)) - i64::from(code);
        if let Some(run) = runs.last_mut() {
            let gap = code - run.1;
            let fits = run.3 == delta && (gap == run.2 || (run.0 == run.1 && gap <= 2));
            if fits {
                run.2 = gap;
                run.1 = code;
                continue;
            }
        }
        runs.push((code, code, 1, delta));
    }
    let mut out = String::from(
        "/// Lower-case mappings as runs: (first, last, step, offset). Written by build.rs.\n\
         pub(crate) static LOWER_RUNS: [(u32, u32, u32, i32); ",
    );
    let _ = write!(out, "{}] = [", runs.len());
    for (first, last, step, delta) in &runs {
        let _ = write!(out, "({first}, {last}, {step}, {delta}),");
    }
    out.push_str("];\n");
    write_out("lower_runs.rs", &out);
}

/// Writes `FOLDS`: the Latin letters with diacritics (U+00C0–U+024F,
/// U+1E00–U+1EFF) and their plain forms, for accent-blind search: the
/// compatibility decomposition (NFKD) without its combining marks, lower
/// case, where that is one or two ASCII letters; and the letters of
/// [`BEYOND_NFKD`], which NFKD leaves alone. A table of a few hundred
/// entries keeps a normalisation crate and its tables out of the download.
fn write_fold_table() {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let ranges = [0x00C0..=0x024F_u32, 0x1E00..=0x1EFF];
    let mut entries = Vec::new();
    for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
        let plain = match BEYOND_NFKD.iter().find(|(x, _)| *x == c) {
            Some((_, plain)) => plain.to_string(),
            None => c
                .nfkd()
                .filter(|d| !is_combining_mark(*d))
                .collect::<String>()
                .to_lowercase(),
        };
        let bytes = plain.as_bytes();
        if plain.is_ascii() && (1..=2).contains(&bytes.len()) {
            let second = bytes.get(1).copied().unwrap_or(0);
            entries.push((u32::from(c), bytes[0], second));
        }
    }
    let mut out = format!(
        "/// Sorted by the first element, for binary search: a code point (all are\n\
         /// below U+2000) and its plain form, one or two ASCII letters (a second\n\
         /// byte of 0 means one). Four bytes an entry. Written by build.rs.\n\
         pub(super) static FOLDS: [(u16, [u8; 2]); {}] = [",
        entries.len()
    );
    for (code, a, b) in entries {
        let _ = write!(out, "({code}, [{a}, {b}]),");
    }
    out.push_str("];\n");
    write_out("fold_table.rs", &out);
}
