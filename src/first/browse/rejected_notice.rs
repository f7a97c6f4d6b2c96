//! The notice that some catalogue records were skipped.

use leptos::prelude::*;

use crate::i18n::texts;
use seminars_core::catalogue::Rejection;

/// How many skipped records are listed one by one; a file with thousands of
/// broken records must not put thousands of lines in the page.
const LISTED: usize = 100;

/// Counts the skipped records and lists why each was skipped (the first
/// [`LISTED`]), behind a disclosure so the list stays out of the way.
/// Renders nothing when none were.
#[component]
pub fn RejectedNotice(
    /// The records the catalogue loader set aside.
    rejected: Vec<Rejection>,
) -> impl IntoView {
    let lang = texts::use_lang();
    let t = texts::Texts::of(lang);
    (!rejected.is_empty()).then(|| {
        view! {
            <details class="notice warning">
                <summary>{texts::count(t.rejected_summary, rejected.len())}</summary>
                <ul>
                    {rejected
                        .iter()
                        .take(LISTED)
                        .map(|r| view! { <li>{texts::rejection(lang, r)}</li> })
                        .collect_view()}
                </ul>
                {(rejected.len() > LISTED)
                    .then(|| view! { <p>{texts::fill(t.more_rejected, &[("n", &(rejected.len() - LISTED).to_string())])}</p> })}
            </details>
        }
    })
}
