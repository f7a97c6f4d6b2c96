//! Organisers' drafts: the form's model and its conversion to a listing,
//! the versioned stored records, the save state machine across tabs, the
//! exported files and their import, and what the drafts area says. Its
//! words and the records' code go with the drafts area's part; the stores
//! and the seminar page use its types.

pub mod draft;
pub mod export;
pub mod import;
pub mod messages;
pub mod record;
pub mod serde_words;
pub mod shown;
pub mod suggested_id;
pub mod sync;
pub mod zones;
