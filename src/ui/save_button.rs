//! What the first download draws of saved seminars: each "Save" button,
//! hidden until the saved list's code (in the part "seminar",
//! `seminar_part/saved`) shows it with its state, and the header's count
//! and notice it fills in.

use leptos::prelude::*;

use crate::i18n::texts::Texts;

/// A seminar's "Save" toggle (`aria-pressed`, named "Save {title}" or
/// "Remove {title} from saved"), drawn hidden but in its place (see the
/// styles), so that nothing moves when the saved list's code (in the part "seminar",
/// [`crate::seminar_part::saved`]) shows it with its state.
pub fn save_button(id: String, title: String) -> impl IntoView {
    let (star, label) = faces(crate::i18n::texts::use_texts(), false);
    view! {
        <button type="button" class="save-toggle" data-save=id data-title=title hidden>
            <span class="star" aria-hidden="true">{star}</span>
            " "
            <span class="label">{label}</span>
        </button>
    }
}

/// The header's count of saved seminars, filled in by the saved list's code.
pub fn count_badge() -> impl IntoView {
    view! { <span class="count" id="saved-count" hidden></span> }
}

/// The place where the page says why the list is not stored, if it is not.
pub fn notice_place() -> impl IntoView {
    view! { <p id="saved-notice" class="notice error" role="alert" hidden></p> }
}

/// A button's star and visible text.
pub fn faces(t: &'static Texts, on: bool) -> (&'static str, &'static str) {
    if on {
        ("★", t.saved_button)
    } else {
        ("☆", t.save_button)
    }
}
