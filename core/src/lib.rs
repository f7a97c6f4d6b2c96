//! The seminar listings' plain Rust: the catalogue's model, reader and
//! rules, search, drafts, the calendar writer, and the sentences they say
//! in both languages. No web code: this crate's dependency tree holds no
//! `leptos`, `web-sys`, `js-sys`, `wasm-bindgen` or `gloo` crate, so the app
//! and a native command share it, and its tests run natively.
//!
//! The folders import downward only (`tests/layout.rs` in the app checks
//! it): `text`, `i18n`, `dates`, `storage` and `url` import nothing of
//! ours; `json` imports `i18n`; `catalogue` imports `json`, `i18n` and
//! `dates`; `browse` imports `catalogue`, `text`, `dates` and `url`;
//! `saved` and `ics` import `catalogue`, `i18n` and `json` or `dates`;
//! `drafts` imports `catalogue`, `json`, `i18n`, `text`, `dates` and
//! `storage`.

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
