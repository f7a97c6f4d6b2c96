//! The home page's note over listings that are the copy kept for offline
//! use: how old they are.

use leptos::prelude::*;

use crate::i18n::texts::{self, fill};

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
