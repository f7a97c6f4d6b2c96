//! The search field.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::texts;
use seminars_core::browse::query::SearchQuery;

/// The id of the search input, for the `/` shortcut and tests.
pub const SEARCH_INPUT_ID: &str = "search";

/// Whether a key press is aimed at a text field, where `/` must stay a character.
fn typing_in_a_field(event: &ev::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}

/// A labelled `<input type="search">` bound to `q=`. The first keystroke of a
/// search adds a history entry and the rest replace it, so back leaves the
/// search in one step rather than one letter at a time. `/` anywhere else on
/// the page focuses it.
#[component]
pub fn SearchBox(
    /// The current query.
    query: Memo<SearchQuery>,
    /// Navigates to a query; `true` replaces the current history entry.
    go: Callback<(SearchQuery, bool)>,
) -> impl IntoView {
    let t = texts::use_texts();
    let typing = StoredValue::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let on_input = move |event: ev::Event| {
        let text = event_target_value(&event);
        let next = SearchQuery {
            text: text.trim().to_owned(),
            page: 1,
            ..query.get_untracked()
        };
        go.run((next, typing.get_value()));
        typing.set_value(true);
    };
    let shortcut = window_event_listener(ev::keydown, move |event| {
        if event.key() == "/"
            && !event.ctrl_key()
            && !event.meta_key()
            && !typing_in_a_field(&event)
        {
            if let Some(input) = input_ref.get_untracked() {
                event.prevent_default();
                let _ = input.focus();
            }
        }
    });
    on_cleanup(move || shortcut.remove());
    view! {
        <div class="search">
            <label for=SEARCH_INPUT_ID>{t.search_label}</label>
            <input
                type="search"
                id=SEARCH_INPUT_ID
                node_ref=input_ref
                aria-describedby="search-hint"
                autocomplete="off"
                enterkeyhint="search"
                prop:value=move || query.with(|q| q.text.clone())
                on:input=on_input
                on:blur=move |_| typing.set_value(false)
            />
            <p id="search-hint" class="hint">{t.search_hint}</p>
        </div>
    }
}
