//! Offline use and updates, as the app takes part in them. The service
//! worker (`tools/sw.js`) keeps the build's files and the last copy of the
//! catalogue; the loader (`tools/boot.js`) fetches its registration
//! (`tools/offline.js`), which registers it, looks for new builds and
//! watches the network. The app and the loader speak through window events:
//!
//! - `seminars:ready` (app to loader): the first page is shown, so the
//!   worker may now download the rest of the build without slowing it;
//! - `seminars:update` (loader to app): a new build is ready, and the page
//!   shows [`UpdateNotice`];
//! - `seminars:reload` (app to loader): the visitor asked for it; the new
//!   build takes over and the page reloads. Nothing reloads by itself, so
//!   a draft being written is never interrupted;
//! - `seminars:online` (loader to app): the network is back and carries
//!   requests again.
//!
//! When the catalogue shown is the copy kept for offline use, the home
//! page says how old it is ([`OfflineNote`]), and the listings are
//! refreshed once the network is back.

use leptos::prelude::*;

use crate::i18n::texts::{self, fill};
use crate::stores::catalogue::{use_catalogue, LoadState};

/// Follows the loader's news of a new build and of the network's return
/// (which refreshes listings that are the copy kept for offline use):
/// returns whether a new build is ready. Called once, by [`crate::App`].
pub fn follow() -> RwSignal<bool> {
    let store = use_catalogue();
    let update = RwSignal::new(false);
    let updates = window_event_listener_untyped("seminars:update", move |_| update.set(true));
    let online = window_event_listener_untyped("seminars:online", move |_| {
        if matches!(store.state_untracked(), LoadState::Ready(l) if l.copy_of.is_some()) {
            store.refresh();
        }
    });
    on_cleanup(move || {
        updates.remove();
        online.remove();
    });
    update
}

/// Tells the loader, once, a second after the catalogue first arrived or
/// failed (the first page is shown by then, as the parts are fetched ahead
/// of time), that the worker may start.
pub fn first_page_shown() {
    thread_local! {
        static TOLD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if !TOLD.with(|told| told.replace(true)) {
        set_timeout(|| tell("seminars:ready"), std::time::Duration::from_secs(1));
    }
}

/// Sends the loader an event.
fn tell(name: &str) {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = window.dispatch_event(&event);
    }
}

/// "A new version is available", with "Reload", once a new build is ready.
#[component]
pub fn UpdateNotice(
    /// Whether a new build is ready.
    update: RwSignal<bool>,
) -> impl IntoView {
    let t = texts::use_texts();
    move || {
        update.get().then(|| {
            view! {
                <div class="notice update" role="status">
                    <p>{t.update_available}</p>
                    <button type="button" on:click=|_| tell("seminars:reload")>
                        {t.update_reload}
                    </button>
                </div>
            }
        })
    }
}

/// "Offline: listings as of 29 Nov 2026, 14:05", over listings that are
/// the copy kept for offline use.
#[component]
pub fn OfflineNote(
    /// When the copy arrived, as an ISO 8601 instant.
    time: String,
) -> impl IntoView {
    let t = texts::use_texts();
    let time = crate::web::intl::format_moment(texts::use_lang(), &time);
    view! {
        <p class="notice offline" role="status" id="offline-note">
            {fill(t.offline_copy, &[("time", &time)])}
        </p>
    }
}
