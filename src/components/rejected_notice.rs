//! The notice that some catalogue records were skipped.

use leptos::prelude::*;

use crate::domain::catalogue::Rejection;
use crate::strings;

/// Counts the skipped records and lists why each was skipped, behind a
/// disclosure so the list stays out of the way. Renders nothing when none were.
#[component]
pub fn RejectedNotice(
    /// The records the catalogue loader set aside.
    rejected: Vec<Rejection>,
) -> impl IntoView {
    (!rejected.is_empty()).then(|| {
        view! {
            <details class="notice warning">
                <summary>{strings::rejected_summary(rejected.len())}</summary>
                <ul>
                    {rejected
                        .iter()
                        .map(|r| view! { <li>{strings::rejection(r)}</li> })
                        .collect_view()}
                </ul>
            </details>
        }
    })
}
