//! Offline use and updates, as the app takes part in them (the loader's
//! events are in [`crate::web::loader`]): "A new version is available"
//! with "Reload" once a new build is ready, and the listings refreshed when
//! the network is back while they are the copy kept for offline use (the
//! home page says how old that copy is). In the first download.

use leptos::prelude::*;

use crate::i18n::texts;
use crate::stores::catalogue::{use_catalogue, LoadState};
use crate::web::loader;

/// Follows the loader's news of a new build and of the network's return
/// (which refreshes listings that are the copy kept for offline use):
/// returns whether a new build is ready. Called once, by [`crate::App`].
pub fn listen_to_loader() -> RwSignal<bool> {
    let store = use_catalogue();
    let update = RwSignal::new(false);
    let updates = window_event_listener_untyped(loader::UPDATE, move |_| update.set(true));
    let online = window_event_listener_untyped(loader::ONLINE, move |_| {
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
                    <button type="button" on:click=|_| loader::tell(loader::RELOAD)>
                        {t.update_reload}
                    </button>
                </div>
            }
        })
    }
}
