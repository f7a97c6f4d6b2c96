//! The static page around the app: the line shown while it downloads, and the
//! screen shown after a panic. The wasm module cannot run any more once it has
//! panicked, so the crash screen is plain DOM nodes with a reload link.

use crate::i18n::texts::Texts;

/// Installs the panic hook: log to the console, then show the crash screen.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_screen();
    }));
}

/// Replaces the page's content with the crash screen. Does nothing when
/// there is no document to write to.
pub fn show_crash_screen() {
    let Some(document) = crate::web::dom::document() else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    if let Ok(screen) = crash_screen(&document) {
        body.set_text_content(None);
        let _ = body.append_child(&screen);
    }
}

/// Builds the crash screen: a heading, an explanation and a reload link.
pub fn crash_screen(
    document: &web_sys::Document,
) -> Result<web_sys::Element, wasm_bindgen::JsValue> {
    let t = Texts::of(crate::i18n::language::shown());
    let main = document.create_element("main")?;
    main.set_id("crash");
    main.set_attribute("role", "alert")?;
    let heading = document.create_element("h1")?;
    heading.set_text_content(Some(t.crash_title));
    let text = document.create_element("p")?;
    text.set_text_content(Some(t.crash_body));
    let reload = document.create_element("a")?;
    // The current address, not "": an empty href resolves against <base>.
    let here = crate::web::dom::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    reload.set_attribute("href", &here)?;
    reload.set_text_content(Some(t.crash_reload));
    main.append_child(&heading)?;
    main.append_child(&text)?;
    main.append_child(&reload)?;
    Ok(main)
}

/// Removes the "Loading…" line that `index.html` shows while the app downloads.
pub fn remove_boot_message() {
    if let Some(boot) = crate::web::dom::element("boot") {
        boot.remove();
    }
}
