//! Fetches the catalogue file that is served next to the app and hands it to
//! the domain parser. Operators replace that file to update listings.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

use crate::web::dom::describe_js_error;
use seminars_core::catalogue::feed::CatalogueFeed;
use seminars_core::catalogue::{Catalogue, CatalogueError};

/// The catalogue's file name, resolved against the document's base URL so the
/// app works at a domain's root and under a sub-path alike.
pub const CATALOGUE_FILE: &str = "seminars.json";

/// The property of `window` where the loader (`tools/boot.js`) leaves the
/// catalogue request it starts while the app itself downloads.
const EARLY_REQUEST: &str = "seminarsCatalogue";

/// The header with which the service worker (`tools/sw.js`) marks the
/// copy it answers when the network cannot be reached: when that copy
/// arrived, as an ISO 8601 instant.
const COPY_HEADER: &str = "x-seminars-copy-of";

/// The header with which the worker marks the network's answer: when it
/// arrived, which names the candidate it keeps (see [`crate::web::loader`]).
const ARRIVED_HEADER: &str = "x-seminars-arrived";

/// Where the worker answers the last copy the app could read, when the
/// site's catalogue cannot be read (a host without the worker answers
/// the catalogue itself, which has no copy header).
const LAST_GOOD: &str = "seminars.json?last-good";

/// Which catalogue to load.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// The site's.
    Site,
    /// The last copy this browser could read, kept by the worker (an
    /// answer without [`Loaded::copy_of`] is not one).
    LastGood,
}

/// A catalogue as loaded.
pub struct Loaded {
    /// The listings.
    pub catalogue: Catalogue,
    /// When the copy read arrived (an ISO 8601 instant), if the network
    /// could not be reached and the copy kept for offline use was read
    /// instead; `None` for the network's own answer.
    pub copy_of: Option<String>,
    /// When the network's answer arrived, as the worker marked it (`None`
    /// without a worker).
    pub arrived: Option<String>,
}

/// Downloads the catalogue and reads it as it arrives (see
/// [`CatalogueFeed`]): the listings are read while the rest downloads, and
/// the whole text is never held at once. `received` is told the bytes so
/// far. The browser revalidates its cached copy each time, so an operator's
/// update shows on the next load.
pub async fn load_catalogue(
    which: Which,
    received: &dyn Fn(usize),
) -> Result<Loaded, CatalogueError> {
    let response = match which {
        Which::Site => fetch_response(CATALOGUE_FILE, true).await?,
        Which::LastGood => fetch_response(LAST_GOOD, false).await?,
    };
    let network = |value: wasm_bindgen::JsValue| CatalogueError::Network(describe_js_error(&value));
    let copy_of = response.headers().get(COPY_HEADER).ok().flatten();
    let arrived = response.headers().get(ARRIVED_HEADER).ok().flatten();
    let mut feed = CatalogueFeed::new();
    crate::web::timing::begin("catalogue-read");
    let mut total = 0;
    match response.body() {
        Some(body) => {
            let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
            loop {
                let read = JsFuture::from(reader.read()).await.map_err(network)?;
                let done = js_sys::Reflect::get(&read, &"done".into()).map_err(network)?;
                if done.as_bool() == Some(true) {
                    break;
                }
                let value = js_sys::Reflect::get(&read, &"value".into()).map_err(network)?;
                let Ok(chunk) = value.dyn_into::<js_sys::Uint8Array>() else {
                    continue;
                };
                // Each piece is copied into wasm memory, read, and let go;
                // its JavaScript buffer is released at once rather than at
                // the next garbage collection (13 MB of them for 10,000
                // listings): `transfer` to no length detaches and frees it.
                let bytes = chunk.to_vec();
                release(&chunk.buffer());
                total += bytes.len();
                feed.push(&bytes);
                received(total);
            }
        }
        None => {
            let body = JsFuture::from(response.array_buffer().map_err(network)?)
                .await
                .map_err(network)?;
            feed.push(&js_sys::Uint8Array::new(&body).to_vec());
            if let Some(buffer) = body.dyn_ref::<js_sys::ArrayBuffer>() {
                release(buffer);
            }
        }
    }
    let catalogue = feed.finish();
    crate::web::timing::end("catalogue-read");
    Ok(Loaded {
        catalogue: catalogue?,
        copy_of,
        arrived,
    })
}

/// Frees a JavaScript buffer now (`ArrayBuffer.prototype.transfer(0)`,
/// where the browser has it).
fn release(buffer: &js_sys::ArrayBuffer) {
    if let Ok(transfer) = js_sys::Reflect::get(buffer, &"transfer".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = transfer.call1(buffer, &0.into());
    }
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

/// The catalogue's response, once its headers have arrived.
async fn fetch_response(url: &str, early: bool) -> Result<Response, CatalogueError> {
    let network = |value: wasm_bindgen::JsValue| CatalogueError::Network(describe_js_error(&value));
    let window = web_sys::window().ok_or(CatalogueError::Network(None))?;
    let early = early.then(|| take_early_request(&window)).flatten();
    let request = early.unwrap_or_else(|| {
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
    Ok(response)
}
