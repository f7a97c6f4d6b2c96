//! The browser: the only modules that call `web_sys::window`, `document`
//! or `js_sys` directly (clippy's `disallowed-methods`, allowed here
//! alone). May import: `seminars_core`, and `i18n` for the words of what
//! they report.

pub mod catalogue_fetch;
pub mod dom;
pub mod files;
pub mod intl;
pub mod storage;
pub mod timing;
