//! The app's side of the loader's protocol. The service worker
//! (`tools/sw.js`) keeps the build's files and the last copy of the
//! catalogue; the loader (`tools/boot.js`) fetches its registration
//! (`tools/offline.js`), which registers it, looks for new builds and
//! watches the network. The app and the loader speak through window events:
//!
//! - [`READY`] (app to loader): the first page is shown, so the worker may
//!   now download the rest of the build without slowing it;
//! - [`UPDATE`] (loader to app): a new build is ready, and the page says so;
//! - [`RELOAD`] (app to loader): the visitor asked for it; the new build
//!   takes over and the page reloads. Nothing reloads by itself, so a
//!   draft being written is never interrupted;
//! - [`ONLINE`] (loader to app): the network is back and carries requests
//!   again;
//! - [`CATALOGUE_READ`] (app to loader): the catalogue answer was read, so
//!   the worker may keep it for offline use; an answer the app cannot read
//!   never replaces the last one it could.

use leptos::prelude::set_timeout;

/// App to loader: the first page is shown.
pub const READY: &str = "seminars:ready";
/// Loader to app: a new build is ready.
pub const UPDATE: &str = "seminars:update";
/// App to loader: the visitor asked for the new build.
pub const RELOAD: &str = "seminars:reload";
/// Loader to app: the network is back.
pub const ONLINE: &str = "seminars:online";
/// App to loader: the catalogue the page was given was read; the worker
/// may keep it as the copy for offline use (see [`catalogue_read`]).
pub const CATALOGUE_READ: &str = "seminars:catalogue-read";

/// Tells the loader that the catalogue that arrived at `arrived` (the
/// worker's `x-seminars-arrived`, or `"unstamped"` for one that came
/// before any worker) was read. Kept in `window.seminarsCatalogueRead` as
/// well, for a registration that runs after this.
pub fn catalogue_read(arrived: &str) {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &"seminarsCatalogueRead".into(), &arrived.into());
    }
    tell(CATALOGUE_READ);
}

/// Tells the loader, once, a second after the catalogue first arrived or
/// failed (the first page is shown by then, as the parts are fetched ahead
/// of time), that the worker may start.
pub fn first_page_shown() {
    thread_local! {
        static TOLD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if !TOLD.with(|told| told.replace(true)) {
        set_timeout(|| tell(READY), std::time::Duration::from_secs(1));
    }
}

/// Sends the loader an event.
pub fn tell(name: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = window.dispatch_event(&event);
    }
}
