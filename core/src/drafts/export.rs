//! Publishing without a backend: a draft as a catalogue entry, and the
//! catalogue with every valid draft merged in, ready to replace
//! `seminars.json` on the static host.

use serde::Serialize;

use crate::catalogue::seminar::{Seminar, Topic};
use crate::catalogue::{Catalogue, CATALOGUE_VERSION};
use crate::drafts::draft::{Draft, DraftOrigin};
use crate::drafts::record::encode;

#[derive(Serialize)]
struct CatalogueFile<'a> {
    version: u32,
    topics: &'a [Topic],
    seminars: Vec<&'a Seminar>,
}

/// A seminar as pretty-printed catalogue JSON.
pub fn entry_json(seminar: &Seminar) -> String {
    serde_json::to_string_pretty(seminar).unwrap_or_default()
}

/// What "Download entry" writes for one draft.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftFile {
    /// The file's name.
    pub name: String,
    /// Its text.
    pub text: String,
    /// What it holds.
    pub kind: DraftFileKind,
}

/// What a downloaded draft file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftFileKind {
    /// The catalogue entry: the draft is valid.
    Entry,
    /// The draft record, which Import reads back: the draft has problems.
    Record,
    /// The draft record, because without the catalogue the draft could
    /// not be checked.
    Unchecked,
}

/// The file name of a downloaded draft record: `draft-{id}.json`, with
/// anything but ASCII letters, digits, `-` and `_` in the id replaced.
pub fn record_file_name(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    format!("draft-{safe}.json")
}

/// The one rule for "Download entry", wherever the button is: the
/// catalogue entry when the draft is known to be valid (the catalogue is
/// loaded and the draft has no problem), otherwise the draft record, which
/// Import reads back to the same draft.
pub fn draft_file(draft: &Draft, catalogue: Option<&Catalogue>, others: &[&Draft]) -> DraftFile {
    let entry = catalogue
        .filter(|c| draft.problems(Some(c), others).is_empty())
        .and_then(|c| draft.form.to_seminar(|t| c.topic(t).is_some()).ok());
    match entry {
        Some(seminar) => DraftFile {
            name: format!("{}.json", seminar.id),
            text: entry_json(&seminar),
            kind: DraftFileKind::Entry,
        },
        None => DraftFile {
            name: record_file_name(&draft.id),
            text: encode(draft),
            kind: if catalogue.is_some() {
                DraftFileKind::Record
            } else {
                DraftFileKind::Unchecked
            },
        },
    }
}

/// The outcome of merging drafts into a catalogue.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    /// The merged seminars: the catalogue's, with edits in place and new ones after.
    pub seminars: Vec<Seminar>,
    /// For each merged seminar, the id of the draft it came from, if any.
    pub from_draft: Vec<Option<String>>,
    /// Drafts left out because they are not valid, with their ids.
    pub skipped: Vec<String>,
}

/// Merges every valid draft into the catalogue's seminars: a draft that
/// edits a seminar replaces it, a new one is added. Invalid drafts are left out.
pub fn merge(catalogue: &Catalogue, drafts: &[Draft]) -> Merged {
    let mut seminars = catalogue.seminars.clone();
    let mut from_draft: Vec<Option<String>> = vec![None; seminars.len()];
    let mut skipped = Vec::new();
    let all: Vec<&Draft> = drafts.iter().collect();
    for draft in drafts {
        let valid = draft.problems(Some(catalogue), &all).is_empty();
        let seminar = draft
            .form
            .to_seminar(|t| catalogue.topic(t).is_some())
            .ok()
            .filter(|_| valid);
        let Some(seminar) = seminar else {
            skipped.push(draft.id.clone());
            continue;
        };
        let replaces = match &draft.origin {
            DraftOrigin::Edit { seminar_id } => seminars.iter().position(|s| s.id == *seminar_id),
            DraftOrigin::New => None,
        };
        match replaces {
            Some(i) => {
                seminars[i] = seminar;
                from_draft[i] = Some(draft.id.clone());
            }
            None => {
                seminars.push(seminar);
                from_draft.push(Some(draft.id.clone()));
            }
        }
    }
    Merged {
        seminars,
        from_draft,
        skipped,
    }
}

/// The catalogue file with every valid draft merged in.
pub fn catalogue_json(catalogue: &Catalogue, drafts: &[Draft]) -> String {
    let merged = merge(catalogue, drafts);
    serde_json::to_string_pretty(&CatalogueFile {
        version: CATALOGUE_VERSION,
        topics: &catalogue.topics,
        seminars: merged.seminars.iter().collect(),
    })
    .unwrap_or_default()
}
