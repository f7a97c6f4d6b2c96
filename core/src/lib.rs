//! The seminar listings' plain Rust: the catalogue's model, reader and
//! rules, search, drafts, the calendar writer, and the sentences they say
//! in both languages. No web code: this crate's dependency tree holds no
//! `leptos`, `web-sys`, `js-sys`, `wasm-bindgen` or `gloo` crate, so the app
//! and a native command share it, and its tests run natively.
//!
//! The folders import downward only: `text` and `i18n` import nothing of
//! ours; `json` imports `i18n`; `catalogue` imports `json`, `i18n`, `text`
//! and `dates`; `browse`, `saved` and `ics` import `catalogue`; `drafts`
//! imports `catalogue`, `json` and `i18n`.

pub mod browse;
pub mod catalogue;
pub mod dates;
pub mod drafts;
pub mod i18n;
pub mod ics;
pub mod json;
pub mod saved;
pub mod storage;
pub mod text;
pub mod url;
