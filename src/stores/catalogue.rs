//! The loaded catalogue, shared with every page through context.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::web::catalogue_fetch::{load_catalogue, Which};
use seminars_core::browse::filter::SearchIndex;
use seminars_core::catalogue::{Catalogue, CatalogueError};
use seminars_core::drafts::draft::Draft;
use seminars_core::drafts::export::merge;

/// A loaded catalogue with its search index, built once.
#[derive(Debug)]
pub struct Listings {
    /// The catalogue as loaded.
    pub catalogue: Catalogue,
    /// The catalogue prepared for queries.
    pub index: SearchIndex,
    /// For each seminar, the id of the draft it shows, when drafts are shown.
    pub from_draft: Vec<Option<String>>,
    /// When the catalogue arrived (an ISO 8601 instant), if it is the copy
    /// kept for offline use, read because the network could not be
    /// reached; `None` for the network's own answer.
    pub copy_of: Option<String>,
    /// Why the site's catalogue could not be read, when the listings are
    /// the last copy this browser could read instead.
    pub unreadable: Option<CatalogueError>,
}

impl Listings {
    /// Indexes a catalogue.
    pub fn new(catalogue: Catalogue) -> Arc<Self> {
        Self::loaded(catalogue, None, None)
    }

    /// Indexes a catalogue, marked as the copy kept for offline use when
    /// `copy_of` says when it arrived, and read because the site's could
    /// not be when `unreadable` says why.
    pub fn loaded(
        catalogue: Catalogue,
        copy_of: Option<String>,
        unreadable: Option<CatalogueError>,
    ) -> Arc<Self> {
        let index = crate::web::timing::measure("catalogue-index", || SearchIndex::new(&catalogue));
        let from_draft = vec![None; catalogue.seminars.len()];
        Arc::new(Listings {
            catalogue,
            index,
            from_draft,
            copy_of,
            unreadable,
        })
    }

    /// Builds the word index for text search in steps of about 8 ms between
    /// other tasks, so that the list paints first and typing never waits
    /// for the whole index. A search before it is done finishes it at once.
    pub fn prepare_search_in_background(self: &Arc<Self>) {
        // After the next frame: the first list paints before any indexing.
        let listings = self.clone();
        request_animation_frame(move || listings.index_a_slice());
    }

    /// Indexes for about 8 ms, then leaves the rest to a later task.
    fn index_a_slice(self: &Arc<Self>) {
        /// Seminars indexed between two looks at the clock.
        const STEP: usize = 16;
        /// How long one task may index, in milliseconds.
        const SLICE_MS: f64 = 8.0;
        let listings = self.clone();
        set_timeout(
            move || {
                let started = crate::web::timing::now_ms();
                while !listings.index.prepare_words(&listings.catalogue, STEP) {
                    if crate::web::timing::now_ms() - started > SLICE_MS {
                        listings.index_a_slice();
                        return;
                    }
                }
            },
            std::time::Duration::ZERO,
        );
    }

    /// The listings with the valid drafts merged in, each marked with its draft.
    pub fn with_drafts(&self, drafts: &[Draft]) -> Arc<Self> {
        let merged = merge(&self.catalogue, drafts);
        let catalogue = Catalogue {
            topics: self.catalogue.topics.clone(),
            audiences: self.catalogue.audiences.clone(),
            seminars: merged.seminars,
            rejected: self.catalogue.rejected.clone(),
            ends_early: self.catalogue.ends_early,
        };
        let index = SearchIndex::new(&catalogue);
        Arc::new(Listings {
            catalogue,
            index,
            from_draft: merged.from_draft,
            copy_of: self.copy_of.clone(),
            unreadable: self.unreadable.clone(),
        })
    }
}

/// Where the catalogue download stands.
#[derive(Clone, Debug)]
pub enum LoadState {
    /// The request is under way.
    Loading,
    /// It failed; the app offers a retry.
    Failed(CatalogueError),
    /// The catalogue is here.
    Ready(Arc<Listings>),
}

/// How long the catalogue may take before the page says it is slow.
pub const SLOW_AFTER: std::time::Duration = std::time::Duration::from_secs(15);

/// The catalogue's load state and a way to load it again.
#[derive(Clone, Copy)]
pub struct CatalogueStore {
    state: RwSignal<LoadState>,
    slow: RwSignal<bool>,
    /// Bytes of the catalogue received so far.
    received: RwSignal<usize>,
    /// Counts loads, so that the answer to an abandoned request is ignored.
    attempt: StoredValue<u64>,
}

impl CatalogueStore {
    /// Starts loading the catalogue and returns the store that will hold it.
    pub fn load() -> Self {
        let store = CatalogueStore {
            state: RwSignal::new(LoadState::Loading),
            slow: RwSignal::new(false),
            received: RwSignal::new(0),
            attempt: StoredValue::new(0),
        };
        store.reload();
        store
    }

    /// Fetches the catalogue again, showing the loading state meanwhile. A
    /// request still under way is abandoned: whatever it brings is ignored.
    pub fn reload(&self) {
        self.fetch(true);
    }

    /// Fetches the catalogue again while the listings shown stay, and
    /// shows the new ones once they are here: for a page showing the copy
    /// kept for offline use when the network comes back. A failure changes
    /// nothing.
    pub fn refresh(&self) {
        self.fetch(false);
    }

    /// Fetches the catalogue, abandoning a request under way; `loading`
    /// shows the loading state meanwhile and any failure.
    fn fetch(&self, loading: bool) {
        let store = *self;
        store.attempt.update_value(|n| *n += 1);
        let attempt = store.attempt.get_value();
        if loading {
            store.state.set(LoadState::Loading);
            store.received.set(0);
            store.keep_waiting();
        }
        spawn_local(async move {
            let current = move || store.attempt.try_get_value() == Some(attempt);
            let received = move |n| {
                if current() && loading {
                    store.received.set(n);
                }
            };
            let next = match load_catalogue(Which::Site, &received).await {
                Ok(loaded) => {
                    // A file cut off is shown, but never kept for
                    // offline use over a whole one.
                    if loaded.copy_of.is_none() && loaded.catalogue.ends_early.is_none() {
                        let arrived = loaded.arrived.as_deref().unwrap_or("unstamped");
                        crate::web::loader::catalogue_read(arrived);
                    }
                    LoadState::Ready(Listings::loaded(loaded.catalogue, loaded.copy_of, None))
                }
                // The site's file cannot be read (not JSON, a host's HTML
                // page, a newer version): the last copy this browser could
                // read, if the worker keeps one, with why.
                Err(error)
                    if !matches!(error, CatalogueError::Network(_) | CatalogueError::Http(_)) =>
                {
                    match load_catalogue(Which::LastGood, &|_| {}).await {
                        Ok(good) if good.copy_of.is_some() => LoadState::Ready(Listings::loaded(
                            good.catalogue,
                            good.copy_of,
                            Some(error),
                        )),
                        _ if !loading => return,
                        _ => LoadState::Failed(error),
                    }
                }
                Err(_) if !loading => return,
                Err(error) => LoadState::Failed(error),
            };
            if current() {
                store.slow.set(false);
                store.state.set(next);
                crate::web::loader::first_page_shown();
            }
        });
    }

    /// Hides the "slow" notice and shows it again if the load still has not
    /// finished after [`SLOW_AFTER`].
    pub fn keep_waiting(&self) {
        let store = *self;
        store.slow.set(false);
        let attempt = store.attempt.get_value();
        set_timeout(
            move || {
                let loading = matches!(store.state.try_get_untracked(), Some(LoadState::Loading));
                if loading && store.attempt.try_get_value() == Some(attempt) {
                    store.slow.set(true);
                }
            },
            SLOW_AFTER,
        );
    }

    /// The listings once they are here (tracked): `None` while loading or
    /// after a failure.
    pub fn listings(&self) -> Signal<Option<Arc<Listings>>> {
        let store = *self;
        Signal::derive(move || match store.state() {
            LoadState::Ready(listings) => Some(listings),
            _ => None,
        })
    }

    /// The current state (tracked).
    pub fn state(&self) -> LoadState {
        self.state.get()
    }

    /// The current state, without tracking it.
    pub fn state_untracked(&self) -> LoadState {
        self.state.get_untracked()
    }

    /// Bytes of the catalogue received so far (tracked).
    pub fn received(&self) -> usize {
        self.received.get()
    }

    /// Whether the load has taken longer than [`SLOW_AFTER`] (tracked).
    pub fn is_slow(&self) -> bool {
        self.slow.get()
    }
}

/// The store provided by [`crate::App`].
pub fn use_catalogue() -> CatalogueStore {
    // The App always provides it; a missing one is a programming error caught by every test.
    use_context::<CatalogueStore>().unwrap_or_else(|| CatalogueStore {
        state: RwSignal::new(LoadState::Failed(CatalogueError::Network(None))),
        slow: RwSignal::new(false),
        received: RwSignal::new(0),
        attempt: StoredValue::new(0),
    })
}

/// Sets the browser tab's title.
pub fn set_document_title(title: &str) {
    if let Some(document) = crate::web::dom::document() {
        document.set_title(title);
    }
}
