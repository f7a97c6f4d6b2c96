//! The address bar: which page the URL names, following the app's links
//! and the browser's back and forward without reloading, and changing the
//! URL when a view changes (filters, search, paging).
//!
//! A router of our own rather than `leptos_router`: the app has five routes
//! and needs the path, the query and `history`; `leptos_router`'s general
//! nested routing cost about 20 KB gzip of the home page's download
//! (measured: 55 KB of the wasm module before compression), more than any
//! feature of the page. The end-to-end tests walk every route, deep links on
//! three kinds of host, back and forward.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use seminars_core::url::decode_pairs;

/// The part of the URL the app reads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// The path, as the browser has it (percent-encoded), base included.
    pub path: String,
    /// The query string, without its `?`.
    pub search: String,
}

impl Location {
    /// Where the browser is now.
    fn current() -> Location {
        let location = crate::web::dom::window().map(|w| w.location());
        Location {
            path: location
                .as_ref()
                .and_then(|l| l.pathname().ok())
                .unwrap_or_else(|| "/".to_owned()),
            search: location
                .and_then(|l| l.search().ok())
                .map(|s| s.trim_start_matches('?').to_owned())
                .unwrap_or_default(),
        }
    }
}

/// The query string's pairs, decoded once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query(Vec<(String, String)>);

impl Query {
    /// The pairs of a query string, with or without its `?`.
    pub fn parse(search: &str) -> Query {
        Query(decode_pairs(search.trim_start_matches('?')))
    }

    /// Every value of a key, in order.
    pub fn all(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// The first value of a key.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// How to go to an address.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Go {
    /// Replace the current history entry instead of adding one.
    pub replace: bool,
    /// Keep the scroll position (a view of the same page changing).
    pub keep_scroll: bool,
}

/// The URL as reactive state, shared through context.
#[derive(Clone, Copy)]
pub struct Router {
    location: RwSignal<Location>,
    base: StoredValue<String>,
}

impl Router {
    /// Follows the browser's address from now on: back and forward, and
    /// clicks on the app's own links. `base` is the path prefix the app is
    /// served under (`""` at a domain's root).
    pub fn provide(base: &str) -> Router {
        let router = Router {
            location: RwSignal::new(Location::current()),
            base: StoredValue::new(base.trim_end_matches('/').to_owned()),
        };
        provide_context(router);
        let back_forward = window_event_listener(ev::popstate, move |_| {
            router.location.set(Location::current());
        });
        let clicks = window_event_listener(ev::click, move |event| router.follow_link(&event));
        on_cleanup(move || {
            back_forward.remove();
            clicks.remove();
        });
        router
    }

    /// The current location (tracked).
    pub fn location(&self) -> Location {
        self.location.get()
    }

    /// The current location, without tracking it.
    pub fn location_untracked(&self) -> Location {
        self.location.get_untracked()
    }

    /// The path under the base, still percent-encoded: `"/"`, `"/drafts"`, …
    /// (tracked).
    pub fn path(&self) -> String {
        let base = self.base.get_value();
        self.location.with(|l| {
            let path = l.path.strip_prefix(&base).unwrap_or(&l.path);
            if path.is_empty() {
                "/".to_owned()
            } else {
                path.to_owned()
            }
        })
    }

    /// Goes to `href` (a path with an optional query, as [`crate::nav::paths`]
    /// builds it) without reloading the page.
    pub fn go(&self, href: &str, how: Go) {
        let Some(window) = crate::web::dom::window() else {
            return;
        };
        let Ok(history) = window.history() else {
            return;
        };
        let state = wasm_bindgen::JsValue::NULL;
        let written = if how.replace {
            history.replace_state_with_url(&state, "", Some(href))
        } else {
            history.push_state_with_url(&state, "", Some(href))
        };
        if written.is_err() {
            // Not an address history can hold: let the browser go there.
            let _ = window.location().set_href(href);
            return;
        }
        self.location.set(Location::current());
        if !how.keep_scroll {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// Follows a click on one of the app's own links without reloading;
    /// leaves every other click (new tab, download, another site, another
    /// path prefix, a jump within the page) to the browser.
    fn follow_link(&self, event: &web_sys::MouseEvent) {
        if event.default_prevented()
            || event.button() != 0
            || event.meta_key()
            || event.ctrl_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        let Some(link) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        let elsewhere = !link.target().is_empty() && link.target() != "_self";
        if elsewhere || link.has_attribute("download") || link.rel().contains("external") {
            return;
        }
        let Ok(url) = web_sys::Url::new(&link.href()) else {
            return;
        };
        let here = Location::current();
        let origin = crate::web::dom::window().and_then(|w| w.location().origin().ok());
        let base = self.base.get_value();
        let inside = url.pathname() == base || url.pathname().starts_with(&format!("{base}/"));
        let same_page = url.pathname() == here.path
            && url.search().trim_start_matches('?') == here.search
            && !url.hash().is_empty();
        if Some(url.origin()) != origin || !inside || same_page {
            return;
        }
        event.prevent_default();
        self.go(
            &format!("{}{}{}", url.pathname(), url.search(), url.hash()),
            Go::default(),
        );
    }
}

/// The router provided by [`crate::App`].
pub fn use_router() -> Router {
    use_context::<Router>().unwrap_or_else(|| Router::provide(""))
}

/// The query string's pairs (tracked through the memo).
pub fn use_query() -> Memo<Query> {
    let router = use_router();
    Memo::new(move |_| router.location.with(|l| Query::parse(&l.search)))
}
