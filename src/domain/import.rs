//! Reading listings from a file someone chose: one entry, a list of
//! entries, a whole catalogue, or a draft record as "Download entry" writes
//! it for a draft that is not valid yet (alone or in a list). Every entry is
//! accepted or rejected on its own, with the reason.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::catalogue::{readable_id, record_error};
use super::draft::{DraftOrigin, SeminarForm};
use super::json::{error_words, Lines};
use super::record::{decode, Decoded};
use super::seminar::Seminar;

/// The most entries one import turns into drafts; the rest are reported.
pub const IMPORT_LIMIT: usize = 200;

/// One entry that reads.
#[derive(Clone, Debug, PartialEq)]
pub enum Imported {
    /// A catalogue entry.
    Listing(Seminar),
    /// A draft record: the draft's origin and its form, as they were.
    Draft {
        /// New listing or edit.
        origin: DraftOrigin,
        /// What was typed.
        form: SeminarForm,
    },
}

impl Imported {
    /// The form a new draft starts from.
    pub fn form(&self) -> SeminarForm {
        match self {
            Imported::Listing(seminar) => SeminarForm::from_seminar(seminar),
            Imported::Draft { form, .. } => form.clone(),
        }
    }
}

/// What an import found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    /// Entries that read.
    pub accepted: Vec<Imported>,
    /// Entries that did not, each with its position (from 1), its id if it
    /// has one, and why.
    pub rejected: Vec<(usize, Option<String>, String)>,
}

#[derive(Deserialize)]
struct CatalogueShape<'a> {
    #[serde(borrow)]
    seminars: Vec<&'a RawValue>,
}

/// Whether an object is a draft record: it has a `draft` field.
#[derive(Deserialize)]
struct RecordProbe<'a> {
    #[serde(borrow, default)]
    draft: Option<&'a RawValue>,
}

/// Reads an import file, or says why it is not one.
pub fn read_import(text: &str) -> Result<ImportReport, String> {
    let entries: Vec<&RawValue> =
        if let Ok(catalogue) = serde_json::from_str::<CatalogueShape>(text) {
            catalogue.seminars
        } else if let Ok(list) = serde_json::from_str::<Vec<&RawValue>>(text) {
            list
        } else {
            let single: &RawValue = serde_json::from_str(text).map_err(|e| {
                format!(
                    "the file is not JSON ({}, line {}, column {})",
                    error_words(&e),
                    e.line(),
                    e.column()
                )
            })?;
            if !single.get().trim_start().starts_with('{') {
                return Err(
                    "the file holds neither a listing, a list of listings, a catalogue nor a draft"
                        .to_owned(),
                );
            }
            vec![single]
        };
    let mut lines = Lines::new(text);
    let mut report = ImportReport::default();
    for (index, raw) in entries.iter().enumerate() {
        let id = readable_id(raw);
        if report.accepted.len() >= IMPORT_LIMIT {
            report.rejected.push((
                index + 1,
                id,
                format!("one import takes at most {IMPORT_LIMIT} listings"),
            ));
            continue;
        }
        let is_record =
            serde_json::from_str::<RecordProbe>(raw.get()).is_ok_and(|probe| probe.draft.is_some());
        let entry = if is_record {
            match decode(raw.get()) {
                Decoded::Current(draft) | Decoded::Migrated { draft, .. } => Ok(Imported::Draft {
                    origin: draft.origin,
                    form: draft.form,
                }),
                Decoded::Future { version } => Err(format!(
                    "a draft written by a newer version of this app (record version {version})"
                )),
                Decoded::Corrupt { reason } => Err(reason),
            }
        } else {
            serde_json::from_str::<Seminar>(raw.get())
                .map(Imported::Listing)
                .map_err(|e| record_error(&mut lines, raw, &e))
        };
        match entry {
            Ok(entry) => report.accepted.push(entry),
            Err(reason) => report.rejected.push((index + 1, id, reason)),
        }
    }
    Ok(report)
}
