//! Reading listings from a file someone chose: one entry, a list of
//! entries, a whole catalogue, or a draft record as "Download entry" writes
//! it for a draft that is not valid yet (alone or in a list). Every entry is
//! accepted or rejected on its own, with the reason.

use crate::catalogue::seminar::Seminar;
use crate::catalogue::{placed, readable_id};
use crate::drafts::draft::{DraftOrigin, SeminarForm};
use crate::drafts::messages::{DraftMessage, DraftMsg};
use crate::drafts::record::{decode, Decoded};
use crate::i18n::message::Message;
use crate::json::reader::{JsonResult, Reader};
use crate::json::{JsonKind, Lines};

/// The most entries one import turns into drafts; the rest are reported.
pub const IMPORT_LIMIT: usize = 200;

/// One entry that reads.
// A form is larger than a listing (it holds a translation's texts besides);
// an import holds at most `IMPORT_LIMIT` of these, briefly, so boxing either
// would save nothing worth its indirection.
#[allow(clippy::large_enum_variant)]
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
    pub rejected: Vec<(usize, Option<String>, DraftMessage)>,
}

/// Whether the object at `start` is a draft record: it has a `draft` field.
fn is_record(r: &mut Reader, start: usize) -> bool {
    r.rewind(start);
    let mut found = false;
    let _ = r.object(&mut |r, key| {
        found |= key == "draft";
        r.skip()
    });
    found
}

/// Where each entry of the file is: the elements of a catalogue's
/// `seminars`, of a list, or the one object the file holds.
fn entries(r: &mut Reader) -> JsonResult<Result<Vec<(usize, usize)>, DraftMsg>> {
    let mut spans = Vec::new();
    let mut each = |r: &mut Reader| {
        let start = r.at();
        r.skip()?;
        spans.push((start, r.at()));
        Ok(())
    };
    match r.kind()? {
        JsonKind::List => r.list(&mut each)?,
        JsonKind::Object => {
            let start = r.at();
            let mut seminars = None;
            r.object(&mut |r, key| {
                if key == "seminars" && r.kind()? == JsonKind::List {
                    seminars = Some(r.at());
                }
                r.skip()
            })?;
            let end = r.at();
            match seminars {
                Some(at) => {
                    r.rewind(at);
                    r.list(&mut each)?;
                    r.rewind(end);
                }
                None => spans.push((start, end)),
            }
        }
        _ => {
            r.skip()?;
            r.end()?;
            return Ok(Err(DraftMsg::ImportNotListings));
        }
    }
    r.end()?;
    Ok(Ok(spans))
}

/// Reads an import file, or says why it is not one.
pub fn read_import(text: &str) -> Result<ImportReport, DraftMessage> {
    let mut r = Reader::new(text);
    let spans = match entries(&mut r) {
        Ok(Ok(spans)) => spans,
        Ok(Err(not_listings)) => return Err(not_listings.into()),
        Err(e) => {
            let place = Lines::new(text).place_at(e.at);
            return Err(Message::draft(DraftMsg::ImportNotJson)
                .with_said("problem", e.words)
                .with("line", place.line)
                .with("column", place.column));
        }
    };
    let mut lines = Lines::new(text);
    let mut report = ImportReport::default();
    for (index, (start, end)) in spans.into_iter().enumerate() {
        let id = readable_id(&mut r, start).ok().flatten();
        if report.accepted.len() >= IMPORT_LIMIT {
            report.rejected.push((
                index + 1,
                id,
                Message::draft(DraftMsg::ImportLimit).with("limit", IMPORT_LIMIT),
            ));
            continue;
        }
        let entry = if is_record(&mut r, start) {
            match decode(r.slice(start, end)) {
                Decoded::Current(draft) | Decoded::Migrated { draft, .. } => Ok(Imported::Draft {
                    origin: draft.origin,
                    form: draft.form,
                }),
                Decoded::Future { version } => {
                    Err(Message::draft(DraftMsg::ImportFuture).with("version", version))
                }
                Decoded::Corrupt { reason } => Err(reason),
            }
        } else {
            r.rewind(start);
            Seminar::read(&mut r)
                .map(Imported::Listing)
                .map_err(|e| placed(&mut lines, &e).into())
        };
        match entry {
            Ok(entry) => report.accepted.push(entry),
            Err(reason) => report.rejected.push((index + 1, id, reason)),
        }
    }
    Ok(report)
}
