//! What the app's build needs from the build machine:
//!
//! - The wasm build is linked with its relocations kept: `wasm-split-cli`
//!   needs them to split the module at the `wasm_split` functions of
//!   `src/split.rs` (tools/post-build.mjs). Native builds are left as they are.
//! - Every text the interface shows is written in `locales/{lang}/{group}.json`
//!   (see `src/i18n/texts.rs`); this script turns each group into a struct with
//!   one field per key and a table per language, so a key the code asks for
//!   that no file has is a compile error. A key missing from a translation
//!   shows the English text and warns; `core/tests/i18n.rs` fails on it.
//!   The core's build script writes the core's own messages the same way.

use std::fmt::Write;

#[path = "core/build/locale_files.rs"]
mod locale_files;

use locale_files::{read_texts, write_out, Text, LANGS};

fn main() {
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=core/build/locale_files.rs");
    write_texts();
}

/// The groups of texts: each is a struct, and the drafts area's and the
/// seminar page's are used only by the code of their own parts, so their
/// texts travel with those parts rather than in the first download.
const GROUPS: [(&str, &str); 3] = [
    ("common", "Texts"),
    ("seminar", "SeminarTexts"),
    ("drafts", "DraftTexts"),
];

/// Writes `texts.rs`: a struct per group and its table of languages.
fn write_texts() {
    let root = locale_files::root();
    let mut out = String::new();
    for (group, name) in GROUPS {
        let tables: Vec<_> = LANGS
            .iter()
            .map(|lang| read_texts(&root.join(lang).join(format!("{group}.json"))))
            .collect();
        let english = &tables[0];
        let _ = writeln!(
            out,
            "/// The texts of `locales/*/{group}.json`.\n#[derive(Debug)]\npub struct {name} {{"
        );
        for (key, text) in english {
            let (doc, ty) = match text {
                Text::Plain(t) => (t.clone(), "&'static str"),
                Text::Plural { other, .. } => (other.clone(), "Plural"),
            };
            let doc = doc.replace('\n', " ");
            let _ = writeln!(out, "    /// {doc}\n    pub {key}: {ty},");
        }
        out.push_str("}\n");
        let _ = write!(
            out,
            "/// `{name}` in each language, in the order of `Lang::ALL`.\npub static {}: [{name}; {}] = [",
            group.to_uppercase(),
            LANGS.len()
        );
        for (lang, table) in LANGS.iter().zip(&tables) {
            for key in table.keys().filter(|k| !english.contains_key(*k)) {
                println!("cargo:warning=locales/{lang}/{group}.json: {key} is not an English key");
            }
            let _ = write!(out, "{name} {{");
            for (key, english_text) in english {
                let text = match (table.get(key), english_text) {
                    (Some(Text::Plain(_)), Text::Plain(_))
                    | (Some(Text::Plural { .. }), Text::Plural { .. }) => &table[key],
                    _ => {
                        println!(
                            "cargo:warning=locales/{lang}/{group}.json: {key} is missing or of another shape; English is shown"
                        );
                        english_text
                    }
                };
                match text {
                    Text::Plain(t) => {
                        let _ = write!(out, "{key}: {t:?},");
                    }
                    Text::Plural { one, other } => {
                        let _ = write!(out, "{key}: Plural {{ one: {one:?}, other: {other:?} }},");
                    }
                }
            }
            out.push_str("},");
        }
        out.push_str("];\n");
    }
    write_out("texts.rs", &out);
}
