//! Organisers' drafts: the list of drafts, the editor and its form. In the
//! part "drafts".

pub mod download;
pub mod draft_form;
pub mod editor;
pub mod form_fields;
pub mod list;
pub mod preview;
pub mod problem_summary;
pub mod translation_fields;
pub mod zone_field;
