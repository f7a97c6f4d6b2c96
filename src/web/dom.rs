//! The way in to the browser: its window and document, and small helpers
//! over its JavaScript APIs, shared by the modules that talk to it.

use wasm_bindgen::JsCast;

/// What a JavaScript exception or rejection says, in the browser's words;
/// `None` when it says nothing.
pub fn describe_js_error(value: &wasm_bindgen::JsValue) -> Option<String> {
    let words = match value.dyn_ref::<js_sys::Error>() {
        Some(error) => Some(String::from(error.message())),
        None => value.as_string(),
    };
    words.filter(|w| !w.trim().is_empty())
}

/// The browser's window: the app's one call of `web_sys::window` (clippy
/// forbids it outside `src/web/`).
pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page's document.
pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The element with this id in the page, if there is one.
pub fn element(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

/// Closes the `<details>` with this id and puts the keyboard on its
/// `<summary>`, brought to the top of the screen with what follows it.
pub fn close_details(id: &str) {
    let Some(details) = element(id) else { return };
    let _ = details.remove_attribute("open");
    // Its first child is its summary, an HTML element.
    if let Some(summary) = details
        .first_element_child()
        .map(|s| s.unchecked_into::<web_sys::HtmlElement>())
    {
        let _ = summary.focus();
        summary.scroll_into_view();
    }
}

/// Writes a message into the element with this id and shows it (a place
/// the page keeps `hidden` until there is something to say).
pub fn say_in(id: &str, text: &str) {
    if let Some(place) = element(id) {
        place.set_text_content(Some(text));
        let _ = place.remove_attribute("hidden");
    }
}

/// Milliseconds since 1970, from the browser's clock.
pub fn clock_ms() -> f64 {
    js_sys::Date::now()
}

/// `n` in base 36.
fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(char::from(DIGITS[(n % 36) as usize]));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.iter().rev().collect()
}

/// A random base-36 word of about six characters.
pub fn random_word() -> String {
    base36((js_sys::Math::random() * 36f64.powi(6)) as u64)
}

/// A new draft id: the time and a random part, in base 36.
pub fn new_draft_id() -> String {
    format!("{}-{}", base36(clock_ms() as u64), random_word())
}
