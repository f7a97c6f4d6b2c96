//! The home page's note over listings that are the copy kept for offline
//! use: how old they are, and, when the site's catalogue could not be read
//! online, why.

use leptos::prelude::*;

use crate::i18n::texts::{self, fill};
use seminars_core::catalogue::CatalogueError;

/// "Offline: listings as of 29 Nov 2026, 14:05", over listings that are
/// the copy kept for offline use; "The site's catalogue could not be read
/// (…). The listings shown are the last copy this browser could read, from
/// …" when that copy stands in for an unreadable file.
#[component]
pub fn OfflineNote(
    /// When the copy arrived, as an ISO 8601 instant.
    time: String,
    /// Why the site's catalogue could not be read, when it could not.
    #[prop(default = None)]
    unreadable: Option<CatalogueError>,
) -> impl IntoView {
    let lang = texts::use_lang();
    let t = texts::use_texts();
    let time = crate::web::intl::format_moment(lang, &time);
    let (class, role, words) = match unreadable {
        None => (
            "notice offline",
            "status",
            fill(t.offline_copy, &[("time", &time)]),
        ),
        Some(error) => {
            let reason = texts::catalogue_problem(&error).say(lang);
            let words = fill(t.unreadable_copy, &[("reason", &reason), ("time", &time)]);
            ("notice warning", "alert", words)
        }
    };
    view! {
        <p class=class role=role id="offline-note">
            {words}
        </p>
    }
}
