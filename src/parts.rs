//! The code that is not in the first download. The build splits the wasm
//! module at the `wasm_split` functions below: the drafts area (its pages,
//! and the drafts shown among the listings) and the seminar page each
//! become a part of their own, fetched the first time they are needed, or
//! ahead of time once the list has painted. A part that cannot be fetched
//! (offline, a host error, a deploy that removed the old files) leaves the
//! page saying so, with "Try again"; nothing stored is touched, and a later
//! try fetches it afresh.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::state::Listings;
use crate::strings;

/// A part of the app fetched on demand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The drafts area.
    Drafts,
    /// The seminar page.
    Seminar,
}

/// A page of the drafts area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftsPage {
    /// `/drafts`.
    List,
    /// `/drafts/new`, `/drafts/open?id=…` or `/drafts/{id}`, told apart by
    /// the path.
    Within,
}

/// The part holding some code could not be fetched.
#[derive(Clone, Debug)]
pub struct PartUnavailable;

impl From<SplitLoaderError> for PartUnavailable {
    fn from(_: SplitLoaderError) -> Self {
        PartUnavailable
    }
}

/// A page of the drafts area.
#[wasm_split(drafts, fallible, wasm_split_path = ::leptos::wasm_split, preload(preload_drafts))]
fn drafts_view(page: DraftsPage) -> Result<AnyView, PartUnavailable> {
    use crate::pages::draft_editor::{DraftEditorPage, NewDraftPage, OpenDraftPage};
    use crate::pages::drafts::DraftsPage as List;
    if page == DraftsPage::List {
        return Ok(view! { <List /> }.into_any());
    }
    let router = crate::router::use_router();
    // Which page the path names; a path outside the drafts area (on the way
    // to another page) changes nothing.
    let which = Memo::new(move |before: Option<&u8>| {
        match router.path().strip_prefix("/drafts/").map(str::to_owned) {
            Some(rest) if rest == "new" => 0,
            Some(rest) if rest == "open" => 1,
            Some(_) => 2,
            None => before.copied().unwrap_or(2),
        }
    });
    Ok((move || match which.get() {
        0 => view! { <NewDraftPage /> }.into_any(),
        1 => view! { <OpenDraftPage /> }.into_any(),
        _ => view! { <DraftEditorPage /> }.into_any(),
    })
    .into_any())
}

/// The listings with this browser's valid drafts among them (the home
/// page's "Show my drafts among the listings"); it follows the drafts as
/// they change.
#[wasm_split(drafts, fallible, wasm_split_path = ::leptos::wasm_split, preload(preload_listings_with_drafts))]
fn listings_with_drafts(listings: Arc<Listings>) -> Result<Arc<Listings>, PartUnavailable> {
    Ok(listings.with_drafts(&crate::drafts::use_drafts().drafts()))
}

/// A seminar's own page.
#[wasm_split(seminar, fallible, wasm_split_path = ::leptos::wasm_split, preload(preload_seminar))]
fn seminar_view(id: String) -> Result<AnyView, PartUnavailable> {
    use crate::pages::seminar::SeminarPage;
    Ok(view! { <SeminarPage id /> }.into_any())
}

/// Fetches a part (once; a failure is not remembered, so a later call
/// tries again). Each split function has a loader of its own, which knows
/// once its part is here: every function of the part is awaited, so that
/// after this each of them is ready at its first poll (see [`now`]).
async fn fetch(part: Part) -> Result<(), PartUnavailable> {
    match part {
        Part::Drafts => {
            preload_drafts().await?;
            preload_listings_with_drafts().await?;
        }
        Part::Seminar => preload_seminar().await?,
    }
    Ok(())
}

/// Builds a page of the drafts area; `None` until its part is here.
pub fn drafts_page(page: DraftsPage) -> Option<AnyView> {
    now(drafts_view(page)).and_then(Result::ok)
}

/// Builds the page of the seminar with this id; `None` until its part is here.
pub fn seminar_page(id: String) -> Option<AnyView> {
    now(seminar_view(id)).and_then(Result::ok)
}

/// The listings with the drafts among them; `None` until the drafts part
/// is here.
pub fn with_drafts(listings: Arc<Listings>) -> Option<Arc<Listings>> {
    now(listings_with_drafts(listings)).and_then(Result::ok)
}

/// The output of a future that is ready at its first poll: the split
/// functions are `async` because they may have to fetch their part first;
/// once it is here they finish at once, so what they build is built in the
/// reactive owner of the view that shows it.
fn now<T>(future: impl Future<Output = T>) -> Option<T> {
    poll_once(std::pin::pin!(future))
}

/// Polls a future once: its output if it is ready. A future left pending
/// can be awaited afterwards as usual.
fn poll_once<T>(future: Pin<&mut impl Future<Output = T>>) -> Option<T> {
    match future.poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(out) => Some(out),
        Poll::Pending => None,
    }
}

/// Fetches every part ahead of time, a second after the list painted. A
/// part that fails here is simply fetched again when it is needed.
pub fn preload_parts() {
    thread_local! {
        static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if STARTED.with(|s| s.replace(true)) {
        return;
    }
    set_timeout(
        || {
            leptos::task::spawn_local(async {
                let _ = fetch(Part::Drafts).await;
                let _ = fetch(Part::Seminar).await;
            })
        },
        std::time::Duration::from_secs(1),
    );
}

/// Where fetching a part stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fetch {
    /// Under way.
    Fetching,
    /// The part is here.
    Ready,
    /// It could not be fetched.
    Failed,
}

/// What needs a part: the loading line while the part arrives, then what
/// `content` makes (rebuilt when what it reads changes); if the part cannot
/// be fetched, an alert with "Try again".
#[component]
pub fn OnDemand<B>(
    /// The part needed.
    part: Part,
    /// Makes the view once the part is here.
    content: B,
) -> impl IntoView
where
    B: Fn() -> Option<AnyView> + Send + Sync + 'static,
{
    let t = strings::use_texts();
    let state = RwSignal::new(Fetch::Fetching);
    let start = move || {
        let outcome = |result: Result<(), PartUnavailable>| match result {
            Ok(()) => Fetch::Ready,
            Err(PartUnavailable) => Fetch::Failed,
        };
        // A part fetched before (or ahead of time) is ready at the first
        // poll: what needs it then shows at once, with no loading line.
        let mut fetching = Box::pin(fetch(part));
        match poll_once(fetching.as_mut()) {
            Some(result) => state.set(outcome(result)),
            None => {
                state.set(Fetch::Fetching);
                leptos::task::spawn_local(async move {
                    let _ = state.try_set(outcome(fetching.await));
                });
            }
        }
    };
    start();
    move || match state.get() {
        Fetch::Ready => content().unwrap_or_else(|| unavailable(t, start).into_any()),
        Fetch::Failed => unavailable(t, start).into_any(),
        Fetch::Fetching => view! {
            <p class="loading" role="status">
                <span class="spinner" aria-hidden="true"></span>
                {t.loading_page}
            </p>
        }
        .into_any(),
    }
}

/// The alert for a part that could not be fetched, with "Try again".
fn unavailable(
    t: &'static strings::Texts,
    retry: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <section class="notice error" role="alert">
            <p>{t.part_unavailable}</p>
            <button type="button" on:click=move |_| retry()>{t.retry}</button>
        </section>
    }
}
