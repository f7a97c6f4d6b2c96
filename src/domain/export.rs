//! Publishing without a backend: a draft as a catalogue entry, and the
//! catalogue with every valid draft merged in, ready to replace
//! `seminars.json` on the static host.

use serde::Serialize;

use super::catalogue::{Catalogue, CATALOGUE_VERSION};
use super::draft::{Draft, DraftOrigin};
use super::seminar::{Seminar, Topic};

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
        let valid = draft.problems(catalogue, &all).is_empty();
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
