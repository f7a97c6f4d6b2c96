//! The interface's texts (`locales/`, turned into structs by `build.rs`)
//! and the visitor's choice of language. May import: `web`, `nav`,
//! `seminars_core`.

pub mod dates;
pub mod language;
pub mod texts;
