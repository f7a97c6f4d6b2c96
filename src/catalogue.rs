//! Fetches the catalogue file that is served next to the app and hands it to
//! the domain parser. Operators replace that file to update listings.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

use crate::browser::describe_js_error;
use crate::domain::catalogue::{body_text, Catalogue, CatalogueError};

/// The catalogue's file name, resolved against the document's base URL so the
/// app works at a domain's root and under a sub-path alike.
pub const CATALOGUE_FILE: &str = "seminars.json";

/// The property of `window` where the loader (`tools/boot.js`) leaves the
/// catalogue request it starts while the app itself downloads.
const EARLY_REQUEST: &str = "seminarsCatalogue";

/// Downloads and parses the catalogue. The browser revalidates its cached
/// copy each time, so an operator's update shows on the next load.
pub async fn load_catalogue() -> Result<Catalogue, CatalogueError> {
    let text = fetch_text(CATALOGUE_FILE).await?;
    crate::timing::measure("catalogue-parse", || Catalogue::from_json(&text))
}

/// The request `index.html` started for the catalogue, taken so that it is
/// used once: a retry asks the network again.
fn take_early_request(window: &web_sys::Window) -> Option<js_sys::Promise> {
    let key = wasm_bindgen::JsValue::from_str(EARLY_REQUEST);
    let request = js_sys::Reflect::get(window, &key).ok()?;
    // Marked as taken (not deleted), so a late loader does not start another.
    let _ = js_sys::Reflect::set(window, &key, &wasm_bindgen::JsValue::FALSE);
    request.dyn_into::<js_sys::Promise>().ok()
}

async fn fetch_text(url: &str) -> Result<String, CatalogueError> {
    let network = |value: wasm_bindgen::JsValue| CatalogueError::Network(describe_js_error(&value));
    let window =
        web_sys::window().ok_or_else(|| CatalogueError::Network("no browser window".to_owned()))?;
    let request = take_early_request(&window).unwrap_or_else(|| {
        let init = RequestInit::new();
        init.set_cache(RequestCache::NoCache);
        window.fetch_with_str_and_init(url, &init)
    });
    let response: Response = JsFuture::from(request)
        .await
        .map_err(network)?
        .dyn_into()
        .map_err(network)?;
    if !response.ok() {
        return Err(CatalogueError::Http(response.status()));
    }
    // The bytes go straight into wasm memory: no JavaScript string of the
    // whole file (twice its size in UTF-16) to build, convert and collect.
    let body = JsFuture::from(response.array_buffer().map_err(network)?)
        .await
        .map_err(network)?;
    Ok(body_text(js_sys::Uint8Array::new(&body).to_vec()))
}
