//! "Download entry": a draft as the file an operator merges.

use crate::i18n::texts::drafts::{self as drafts_text};
use crate::i18n::texts::{fill, DraftTexts, Lang};
use crate::web::files::download;
use seminars_core::catalogue::Catalogue;
use seminars_core::drafts::draft::Draft;
use seminars_core::drafts::export::draft_file;

/// "Download entry", wherever the button is: downloads what
/// [`draft_file`] writes for the draft and returns what to tell the person
/// (nothing after a plain entry).
pub fn download_draft(
    lang: Lang,
    draft: &Draft,
    catalogue: Option<&Catalogue>,
    others: &[&Draft],
) -> Option<String> {
    let d = DraftTexts::of(lang);
    let file = draft_file(draft, catalogue, others);
    match download(&file.name, "application/json", &file.text) {
        Ok(()) => drafts_text::downloaded_draft(d, file.kind).map(str::to_owned),
        Err(e) => Some(fill(d.download_failed, &[("reason", &e.say(lang))])),
    }
}
