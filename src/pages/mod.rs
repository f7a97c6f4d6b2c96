//! One file per route.

pub mod draft_editor;
pub mod drafts;
pub mod home;
pub mod not_found;
pub mod saved;
pub mod seminar;
