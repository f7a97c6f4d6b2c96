//! Organisers' drafts: the form's model and its conversion to a listing,
//! the versioned stored records, the save state machine across tabs, the
//! exported files and their import, and what the drafts area says.
//! Only the drafts area's part of the app uses this folder.

pub mod draft;
pub mod export;
pub mod import;
pub mod messages;
pub mod record;
pub mod sync;
