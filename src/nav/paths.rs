//! The app's addresses. The app may be served from a sub-path
//! (`trunk build --public-url /some/path/`), so every link is built here from
//! the document's base URL rather than written as a literal.

use seminars_core::url;

/// The path prefix the app is served under: `""` at a domain's root,
/// `"/some/path"` under a sub-path (no trailing slash).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paths {
    base: String,
}

impl Paths {
    /// Paths under the given prefix; a trailing slash is dropped.
    pub fn new(base: &str) -> Self {
        Paths {
            base: base.trim_end_matches('/').to_owned(),
        }
    }

    /// Reads the prefix from the document's `<base href>`, which Trunk writes
    /// from `--public-url`.
    pub fn from_document() -> Self {
        let base = crate::web::dom::document()
            .and_then(|d| d.base_uri().ok().flatten())
            .and_then(|uri| web_sys::Url::new(&uri).ok())
            .map(|url| url.pathname())
            .unwrap_or_default();
        Paths::new(&base)
    }

    /// The prefix, for the router.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The list, with an optional query string such as `"?topic=energy"`.
    pub fn home(&self, query: &str) -> String {
        format!("{}/{query}", self.base)
    }

    /// The drafts list.
    pub fn drafts(&self) -> String {
        format!("{}/drafts", self.base)
    }

    /// A new draft.
    pub fn new_draft(&self) -> String {
        format!("{}/drafts/new", self.base)
    }

    /// A draft's editor. The id is encoded: a stored id may hold any text.
    /// Ids that cannot stand as a path segment (empty, `.`, `..`, and the
    /// names of the other draft routes) go in the query instead.
    pub fn draft(&self, id: &str) -> String {
        let encoded = url::segment(id);
        if matches!(id, "" | "." | ".." | "new" | "open") {
            format!("{}/drafts/open?id={encoded}", self.base)
        } else {
            format!("{}/drafts/{encoded}", self.base)
        }
    }

    /// A seminar's page.
    pub fn seminar(&self, id: &str) -> String {
        format!("{}/seminars/{id}", self.base)
    }

    /// The saved seminars, or a shared list of them (`ids`: `a,b,c`).
    pub fn saved(&self, ids: Option<&str>) -> String {
        match ids {
            Some(ids) => format!("{}/saved?ids={}", self.base, url::id_list(ids)),
            None => format!("{}/saved", self.base),
        }
    }
}

/// An address built here, made absolute with the page's origin
/// (`https://example.org`): for links that leave the page (a copied or
/// shared link, a calendar entry's URL).
pub fn absolute(href: &str) -> String {
    let origin = crate::web::dom::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{href}")
}

/// The page an address names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the list.
    Home,
    /// `/seminars/{id}`, with the id decoded.
    Seminar(String),
    /// `/saved`, with `?ids=` for a shared list.
    Saved,
    /// `/drafts`.
    Drafts,
    /// `/drafts/new`, `/drafts/open?id=…`, `/drafts/{id}`: told apart by
    /// the drafts area, whose code loads on demand.
    DraftsWithin,
    /// Anything else.
    NotFound,
}

impl Route {
    /// Reads a path under the app's base, percent-encoded as the browser
    /// has it. A trailing slash changes nothing.
    pub fn of(path: &str) -> Route {
        let trimmed = path.strip_suffix('/').unwrap_or(path);
        let mut parts = trimmed.split('/').skip(1);
        match (parts.next(), parts.next(), parts.next()) {
            (None | Some(""), None, None) => Route::Home,
            (Some("seminars"), Some(id), None) if !id.is_empty() => Route::Seminar(url::decode(id)),
            (Some("saved"), None, None) => Route::Saved,
            (Some("drafts"), None, None) => Route::Drafts,
            (Some("drafts"), Some(rest), _) if !rest.is_empty() => Route::DraftsWithin,
            _ => Route::NotFound,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_prefix() {
        let root = Paths::new("/");
        assert_eq!(root.home(""), "/");
        assert_eq!(root.seminar("a"), "/seminars/a");
        let sub = Paths::new("/some/path/");
        assert_eq!(sub.base(), "/some/path");
        assert_eq!(sub.home("?topic=x"), "/some/path/?topic=x");
        assert_eq!(sub.seminar("a"), "/some/path/seminars/a");
        assert_eq!(sub.saved(None), "/some/path/saved");
        assert_eq!(root.saved(Some("a,b-1")), "/saved?ids=a,b-1");
    }

    #[test]
    fn addresses_name_their_pages() {
        assert_eq!(Route::of("/"), Route::Home);
        assert_eq!(Route::of(""), Route::Home);
        assert_eq!(
            Route::of("/seminars/guangxi-2021"),
            Route::Seminar("guangxi-2021".into())
        );
        assert_eq!(Route::of("/seminars/a%20b/"), Route::Seminar("a b".into()));
        assert_eq!(Route::of("/seminars/"), Route::NotFound);
        assert_eq!(Route::of("/seminars/a/b"), Route::NotFound);
        assert_eq!(Route::of("/saved"), Route::Saved);
        assert_eq!(Route::of("/saved/"), Route::Saved);
        assert_eq!(Route::of("/saved/x"), Route::NotFound);
        assert_eq!(Route::of("/drafts"), Route::Drafts);
        assert_eq!(Route::of("/drafts/"), Route::Drafts);
        assert_eq!(Route::of("/drafts/new"), Route::DraftsWithin);
        assert_eq!(Route::of("/drafts/a%2Fb"), Route::DraftsWithin);
        assert_eq!(Route::of("/elsewhere"), Route::NotFound);
        assert_eq!(Route::of("/index.html"), Route::NotFound);
    }

    #[test]
    fn every_draft_id_has_a_link_that_reads_back() {
        let root = Paths::new("");
        assert_eq!(root.draft("m1k2-abc"), "/drafts/m1k2-abc");
        assert_eq!(root.draft("a/b?c#d"), "/drafts/a%2Fb%3Fc%23d");
        assert_eq!(root.draft("%2F"), "/drafts/%252F");
        assert_eq!(root.draft("<b> x"), "/drafts/%3Cb%3E%20x");
        assert_eq!(root.draft("草稿"), "/drafts/%E8%8D%89%E7%A8%BF");
        for id in ["", ".", "..", "new", "open"] {
            assert!(root.draft(id).starts_with("/drafts/open?id="), "{id:?}");
        }
        assert_eq!(root.draft(".."), "/drafts/open?id=..");
    }
}
