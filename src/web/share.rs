//! The system share sheet (`navigator.share`), where the browser has one.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::web::dom::describe_js_error;

/// Whether the browser offers `navigator.share`.
pub fn can_share() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"share".into()).ok())
        .is_some_and(|f| f.is_function())
}

/// Opens the system share sheet for a title and address; `Err` with the
/// browser's words when it refuses (a visitor closing the sheet is not an
/// error worth telling).
pub async fn share(title: &str, url: &str) -> Result<(), Option<String>> {
    let navigator = web_sys::window().ok_or(None)?.navigator();
    let share: js_sys::Function = js_sys::Reflect::get(&navigator, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or(None)?;
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let promise: js_sys::Promise = share
        .call1(&navigator, &data)
        .map_err(|e| describe_js_error(&e))?
        .dyn_into()
        .map_err(|_| None)?;
    match JsFuture::from(promise).await {
        Ok(_) => Ok(()),
        Err(e)
            if e.dyn_ref::<web_sys::DomException>()
                .is_some_and(|d| d.name() == "AbortError") =>
        {
            Ok(())
        }
        Err(e) => Err(describe_js_error(&e)),
    }
}
