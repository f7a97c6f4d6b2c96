//! Both languages say everything: every key of every text file exists in
//! English and in Chinese, with the same blanks, and no text is empty.
//! `build.rs` shows English for a missing translation so that a build
//! never breaks on one; this test is what catches it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use seminars_core::drafts::messages::{DraftMsg, DraftWords};
use seminars_core::i18n::lang::Lang;
use seminars_core::i18n::message::{Msg, Words};
use seminars_core::i18n::template::placeholders;

const LANGS: [&str; 2] = ["en", "zh-Hans"];

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// The groups of texts: the files of the English folder.
fn groups() -> Vec<String> {
    let mut groups: Vec<String> = std::fs::read_dir(locales().join("en"))
        .expect("locales/en")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".json").map(str::to_owned))
        .collect();
    groups.sort();
    groups
}

fn read(lang: &str, group: &str) -> BTreeMap<String, String> {
    let path = locales().join(lang).join(format!("{group}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_language_has_the_same_groups() {
    let english = groups();
    assert_eq!(
        english,
        ["common", "draft_messages", "drafts", "messages", "seminar"]
    );
    for lang in LANGS {
        for group in &english {
            assert!(
                locales().join(lang).join(format!("{group}.json")).exists(),
                "locales/{lang}/{group}.json is missing"
            );
        }
    }
}

#[test]
fn every_key_exists_in_every_language() {
    let mut missing = Vec::new();
    for group in groups() {
        let tables: Vec<_> = LANGS.iter().map(|l| (l, read(l, &group))).collect();
        for (lang, table) in &tables {
            for (other, other_table) in &tables {
                for key in other_table.keys().filter(|k| !table.contains_key(*k)) {
                    missing.push(format!("{lang}/{group}.json lacks {key} (in {other})"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn translations_keep_the_same_blanks() {
    let mut wrong = Vec::new();
    for group in groups() {
        let english = read("en", &group);
        for lang in &LANGS[1..] {
            for (key, template) in read(lang, &group) {
                let Some(original) = english.get(&key) else {
                    continue;
                };
                if placeholders(original) != placeholders(&template) {
                    wrong.push(format!(
                        "{lang}/{group}.json {key}: {:?} where English has {:?}",
                        placeholders(&template),
                        placeholders(original)
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_text_is_empty_and_chinese_is_translated() {
    let mut wrong = Vec::new();
    for group in groups() {
        let english = read("en", &group);
        for lang in LANGS {
            for (key, template) in read(lang, &group) {
                if template.trim().is_empty() && !key.ends_with("separator") {
                    wrong.push(format!("{lang}/{group}.json {key} is empty"));
                }
            }
        }
        // A Chinese text with no Chinese in it is an English text left
        // untranslated, unless it is a name, a code or punctuation.
        for (key, template) in read("zh-Hans", &group) {
            let chinese = template
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            let words = without_blanks(&template)
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.len() > 3);
            let same = english.get(&key) == Some(&template);
            if !chinese && words && same && !UNTRANSLATED.contains(&key.as_str()) {
                wrong.push(format!(
                    "zh-Hans/{group}.json {key} is still English: {template:?}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A template with its blanks taken out.
fn without_blanks(template: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        match rest[open..].find('}') {
            Some(close) => rest = &rest[open + close + 1..],
            None => {
                rest = &rest[open..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Texts that read the same in both languages.
const UNTRANSLATED: [&str; 1] = ["kind_null"];

#[test]
fn plural_forms_come_in_pairs() {
    for group in groups() {
        for lang in LANGS {
            let table = read(lang, &group);
            for key in table.keys() {
                if let Some(name) = key.strip_suffix(".one") {
                    assert!(
                        table.contains_key(&format!("{name}.other")),
                        "{lang}/{group} {key}"
                    );
                }
                if let Some(name) = key.strip_suffix(".other") {
                    assert!(
                        table.contains_key(&format!("{name}.one")),
                        "{lang}/{group} {key}"
                    );
                }
            }
        }
    }
}

#[test]
fn every_message_says_its_own_template() {
    for lang in Lang::ALL {
        let home = read(lang.tag(), "messages");
        assert_eq!(Msg::ALL.len(), home.len());
        for (msg, key) in Msg::ALL.into_iter().zip(Msg::KEYS) {
            assert_eq!(
                Some(msg.template(lang)),
                home.get(key).map(String::as_str),
                "{key}"
            );
        }
        let drafts = read(lang.tag(), "draft_messages");
        assert_eq!(DraftMsg::ALL.len(), drafts.len());
        for (msg, key) in DraftMsg::ALL.into_iter().zip(DraftMsg::KEYS) {
            assert_eq!(
                Some(DraftWords::Own(msg).template(lang)),
                drafts.get(key).map(String::as_str),
                "{key}"
            );
        }
    }
}

/// Every tag of the table the loader is tested against too
/// (`lang_tags.json`) names the same language here.
#[test]
fn language_tags_are_read_as_the_loader_reads_them() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lang_tags.json");
    let text = std::fs::read_to_string(&path).expect("lang_tags.json");
    let table: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let rows = table["tags"].as_array().expect("tags");
    assert!(rows.len() > 30);
    for row in rows {
        let tag = row[0].as_str().expect("a tag");
        let expected = row[1].as_str();
        assert_eq!(Lang::from_tag(tag).map(Lang::tag), expected, "{tag:?}");
    }
}
