//! Reading listings from a file someone chose: one entry, a list of entries,
//! or a whole catalogue. Every entry is accepted or rejected on its own, with
//! the reason.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::catalogue::readable_id;
use super::seminar::Seminar;

/// The most entries one import turns into drafts; the rest are reported.
pub const IMPORT_LIMIT: usize = 200;

/// What an import found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    /// Entries that read as listings.
    pub accepted: Vec<Seminar>,
    /// Entries that did not, each with its position (from 1), its id if it
    /// has one, and why.
    pub rejected: Vec<(usize, Option<String>, String)>,
}

#[derive(Deserialize)]
struct CatalogueShape<'a> {
    #[serde(borrow)]
    seminars: Vec<&'a RawValue>,
}

/// Reads an import file, or says why it is not one.
pub fn read_import(text: &str) -> Result<ImportReport, String> {
    let entries: Vec<&RawValue> = if let Ok(catalogue) =
        serde_json::from_str::<CatalogueShape>(text)
    {
        catalogue.seminars
    } else if let Ok(list) = serde_json::from_str::<Vec<&RawValue>>(text) {
        list
    } else {
        let single: &RawValue =
            serde_json::from_str(text).map_err(|e| format!("the file is not JSON ({e})"))?;
        if !single.get().trim_start().starts_with('{') {
            return Err(
                "the file holds neither a listing, a list of listings, nor a catalogue".to_owned(),
            );
        }
        vec![single]
    };
    let mut report = ImportReport::default();
    for (index, raw) in entries.iter().enumerate() {
        let id = readable_id(raw).map(|s| s.chars().take(100).collect());
        if report.accepted.len() >= IMPORT_LIMIT {
            report.rejected.push((
                index + 1,
                id,
                format!("one import takes at most {IMPORT_LIMIT} listings"),
            ));
            continue;
        }
        match serde_json::from_str::<Seminar>(raw.get()) {
            Ok(seminar) => report.accepted.push(seminar),
            Err(e) => report.rejected.push((index + 1, id, e.to_string())),
        }
    }
    Ok(report)
}
