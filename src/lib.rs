//! Climate seminar listings: a client-side Leptos app over the plain Rust
//! of [`seminars_core`].
//!
//! Where a file lives says what it is and when it is downloaded:
//!
//! - [`web`]: the only modules that call the browser (`web_sys::window`,
//!   `document`, `js_sys`) directly; clippy forbids those calls elsewhere.
//! - [`nav`]: the address: the router and the app's paths.
//! - [`i18n`]: the interface's texts and the visitor's language.
//! - [`ui`]: views that two or more features use.
//! - [`stores`]: the catalogue and the drafts, which several features read.
//! - Features, one folder each, grouped by the part of the module they are
//!   downloaded in: [`first`] (the first download: browse, offline),
//!   [`seminar_part`] (the seminar page, saved seminars, calendar files) and
//!   [`drafts_part`] (the drafts area). A feature never imports another
//!   feature (`tests/layout.rs`).
//! - [`app`] composes the features into the app; [`split`] holds the points
//!   where the build splits the module and what crosses between parts.

pub mod app;
pub mod drafts_part;
pub mod first;
pub mod i18n;
pub mod nav;
pub mod seminar_part;
pub mod split;
pub mod stores;
pub mod ui;
pub mod web;

pub use app::App;
