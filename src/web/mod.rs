//! The browser: the only modules that call `web_sys::window`, `document`
//! or `js_sys` directly (clippy's `disallowed-methods`, allowed here
//! alone). May import: `seminars_core` only; what they report is put in
//! words by their callers.

// The one folder allowed to call the browser (see clippy.toml).
#![allow(clippy::disallowed_methods)]

pub mod catalogue_fetch;
pub mod dom;
pub mod files;
pub mod intl;
pub mod loader;
pub mod share;
pub mod storage;
pub mod timing;
