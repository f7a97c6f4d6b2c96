//! Files in and out of the browser: downloads, the clipboard, and reading a
//! file the visitor picked.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::web::dom::describe_js_error;
use seminars_core::drafts::messages::{their_words, DraftMessage, DraftMsg};

/// What the browser said of a failure.
fn browser_words(e: wasm_bindgen::JsValue) -> DraftMessage {
    their_words(describe_js_error(&e))
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), DraftMessage> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(DraftMsg::NoDocument)?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(browser_words)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(browser_words)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(browser_words)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Copies text to the clipboard. Older browsers, and pages served over
/// plain HTTP from another host than localhost, have no clipboard API: that
/// is an error here, never an exception.
pub async fn copy_to_clipboard(text: &str) -> Result<(), DraftMessage> {
    let navigator = web_sys::window().ok_or(DraftMsg::NoWindow)?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|c| c.is_object())
        .ok_or(DraftMsg::NoClipboard)?;
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or(DraftMsg::ClipboardCannotWrite)?;
    let promise = write
        .call1(&clipboard, &text.into())
        .map_err(browser_words)?
        .dyn_into::<js_sys::Promise>()
        .map_err(|_| DraftMsg::ClipboardNoAnswer)?;
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(browser_words)
}

/// Reads the text of the first file chosen in a file input.
pub async fn read_chosen_file(
    input: &web_sys::HtmlInputElement,
) -> Result<Option<(String, String)>, DraftMessage> {
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return Ok(None);
    };
    let text = JsFuture::from(file.text()).await.map_err(browser_words)?;
    Ok(Some((file.name(), text.as_string().unwrap_or_default())))
}
