//! The language shown, and the switch between Chinese and English.
//!
//! The language is chosen once when the app starts ([`Lang::choose`]: the
//! URL's `lang` parameter, the stored choice, the browser's languages),
//! follows the `lang` parameter as the address changes (a shared link, back
//! and forward), and changes when the visitor presses the switch, which
//! also remembers the choice. [`crate::App`] builds the page again in the
//! new language: the URL keeps the filters and search, the catalogue and
//! the drafts are kept outside the page, and the draft editor saves what was
//! typed as it is taken down.

use std::cell::Cell;

use leptos::prelude::*;

use crate::nav::paths::Paths;
use crate::nav::router::{Go, Router};
use seminars_core::i18n::lang::Lang;
use seminars_core::url::{decode_pairs, encode_pairs};

/// The parameter that names a language in the URL.
pub const LANG_PARAM: &str = "lang";

thread_local! {
    /// The language on screen, for the crash screen, which cannot read
    /// the reactive state after a panic.
    static SHOWN: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language on screen now.
pub fn shown() -> Lang {
    SHOWN.with(Cell::get)
}

/// Marks the document as being in `lang`: `<html lang>` follows, so
/// screen readers and fonts pick the right language.
fn show(lang: Lang) {
    SHOWN.with(|s| s.set(lang));
    if let Some(root) = crate::web::dom::document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// The language of a query string's `lang` parameter, if it names one.
fn lang_in(search: &str) -> Option<Lang> {
    decode_pairs(search)
        .into_iter()
        .find(|(k, _)| k == LANG_PARAM)
        .and_then(|(_, v)| Lang::from_tag(&v))
}

/// The language shown, shared through context.
#[derive(Clone, Copy)]
pub struct LangChoice {
    lang: RwSignal<Lang>,
    router: Router,
}

impl LangChoice {
    /// Chooses the language to start in and follows the URL's `lang`
    /// parameter from now on.
    pub fn provide(router: Router) -> LangChoice {
        let url = lang_in(&router.location_untracked().search);
        let stored = crate::web::storage::read_language();
        let preferred = crate::web::intl::browser_languages();
        let start = url.unwrap_or_else(|| {
            Lang::choose(
                None,
                stored.as_deref(),
                preferred.iter().map(String::as_str),
            )
        });
        show(start);
        let choice = LangChoice {
            lang: RwSignal::new(start),
            router,
        };
        provide_context(choice);
        // A `lang` parameter arriving in the URL (a link followed, back or
        // forward) switches; an address without one leaves the language.
        Effect::new(move |_| {
            if let Some(lang) = lang_in(&router.location().search) {
                if choice.lang.get_untracked() != lang {
                    show(lang);
                    choice.lang.set(lang);
                }
            }
        });
        choice
    }

    /// The language shown (tracked).
    pub fn get(&self) -> Lang {
        self.lang.get()
    }

    /// Shows `lang` and remembers the choice. When the URL names a
    /// language, it names the new one, so that a reload or a copied link
    /// shows what is on screen.
    pub fn switch(&self, lang: Lang) {
        let _ = crate::web::storage::write_language(lang.tag());
        let location = self.router.location_untracked();
        if lang_in(&location.search).is_some() {
            let pairs: Vec<(String, String)> = decode_pairs(&location.search)
                .into_iter()
                .map(|(k, v)| {
                    let v = if k == LANG_PARAM {
                        lang.tag().to_owned()
                    } else {
                        v
                    };
                    (k, v)
                })
                .collect();
            let pairs: Vec<(&str, &str)> = pairs
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            self.router.go(
                &format!("{}{}", location.path, encode_pairs(&pairs)),
                Go {
                    replace: true,
                    keep_scroll: true,
                },
            );
        }
        show(lang);
        self.lang.set(lang);
    }
}

/// The `lang` parameter of the current URL, to carry over when a view
/// rewrites its own URL (the list's filters): `"lang=zh-Hans"` or `None`.
pub fn lang_param(router: &Router) -> Option<String> {
    lang_in(&router.location_untracked().search).map(|l| format!("{LANG_PARAM}={}", l.tag()))
}

/// The address of the list with this query string (`?topic=x`, or ""):
/// a language named in the current address stays named, so a link
/// followed (a page of results, a topic, back to the list, the header's)
/// shows the same language. Every link to the list is made here.
pub fn list_address(paths: &Paths, router: &Router, query: &str) -> String {
    let mut query = query.to_owned();
    if let Some(lang) = lang_param(router) {
        query.push(if query.is_empty() { '?' } else { '&' });
        query.push_str(&lang);
    }
    paths.home(&query)
}

/// The switch to the other language: a button named in that language
/// ("English" on a Chinese page, "中文" on an English one), marked with its
/// language so that screen readers say it right.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let choice = use_context::<LangChoice>()?;
    let other = choice.lang.get_untracked().other();
    let on_click = move |_| {
        choice.switch(other);
        // The page is built again: keep the keyboard where it was.
        set_timeout(
            || {
                if let Some(button) = crate::web::dom::element("lang-switch")
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    let _ = button.focus();
                }
            },
            std::time::Duration::ZERO,
        );
    };
    Some(view! {
        <button type="button" id="lang-switch" class="lang-switch" lang=other.tag() on:click=on_click>
            {other.own_name()}
        </button>
    })
}
