//! The pages whose code is not in the first download. The build splits the
//! wasm module at the functions below (`wasm_split`): the drafts area and
//! the seminar page each become a part of their own, fetched the first time
//! one of their pages opens, or ahead of time once the list has painted and
//! the browser is idle. A part that cannot be fetched (offline, a host
//! error, a deploy that removed the old files) leaves the page saying so,
//! with "Try again"; nothing stored is touched, and a later try fetches it
//! afresh.

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::strings;

/// A page whose code loads on demand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LazyPage {
    /// `/seminars/{id}`.
    Seminar,
    /// `/drafts`.
    Drafts,
    /// `/drafts/new`.
    NewDraft,
    /// `/drafts/{id}`.
    DraftEditor,
    /// `/drafts/open?id=…`.
    OpenDraft,
}

/// The part holding a page's code could not be fetched.
#[derive(Clone, Debug)]
pub struct PartUnavailable;

impl From<SplitLoaderError> for PartUnavailable {
    fn from(_: SplitLoaderError) -> Self {
        PartUnavailable
    }
}

/// The drafts area: the list, the editor, import and export.
#[wasm_split(drafts, fallible, wasm_split_path = ::leptos::wasm_split, preload(preload_drafts))]
fn drafts_view(page: LazyPage) -> Result<AnyView, PartUnavailable> {
    use crate::pages::draft_editor::{DraftEditorPage, NewDraftPage, OpenDraftPage};
    use crate::pages::drafts::DraftsPage;
    Ok(match page {
        LazyPage::NewDraft => view! { <NewDraftPage /> }.into_any(),
        LazyPage::DraftEditor => view! { <DraftEditorPage /> }.into_any(),
        LazyPage::OpenDraft => view! { <OpenDraftPage /> }.into_any(),
        _ => view! { <DraftsPage /> }.into_any(),
    })
}

/// A seminar's own page.
#[wasm_split(seminar, fallible, wasm_split_path = ::leptos::wasm_split, preload(preload_seminar))]
fn seminar_view() -> Result<AnyView, PartUnavailable> {
    use crate::pages::seminar::SeminarPage;
    Ok(view! { <SeminarPage /> }.into_any())
}

/// Fetches the part holding a page's code (once; a failure is not
/// remembered, so a later call tries again).
async fn fetch_part(page: LazyPage) -> Result<(), PartUnavailable> {
    match page {
        LazyPage::Seminar => preload_seminar().await?,
        _ => preload_drafts().await?,
    }
    Ok(())
}

/// Builds a page whose part is loaded. The split functions are `async`
/// because they may have to fetch their part first; once it is here they
/// finish at their first poll, so the page is built at once, in the
/// reactive owner of the view that shows it.
fn build(page: LazyPage) -> Option<AnyView> {
    let view = match page {
        LazyPage::Seminar => now(seminar_view()),
        other => now(drafts_view(other)),
    };
    view.and_then(Result::ok)
}

/// The output of a future that is ready at its first poll.
fn now<T>(future: impl std::future::Future<Output = T>) -> Option<T> {
    poll_once(std::pin::pin!(future))
}

/// Polls a future once: its output if it is ready. A future left pending
/// can be awaited afterwards as usual.
fn poll_once<T>(future: std::pin::Pin<&mut impl std::future::Future<Output = T>>) -> Option<T> {
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match future.poll(&mut context) {
        std::task::Poll::Ready(out) => Some(out),
        std::task::Poll::Pending => None,
    }
}

/// Fetches every part ahead of time, a second after the list painted, when
/// the browser has nothing else to do. A part that fails here is simply
/// fetched again when its page opens.
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
                let _ = preload_drafts().await;
                let _ = preload_seminar().await;
            })
        },
        std::time::Duration::from_secs(1),
    );
}

/// Where fetching a page's part stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fetch {
    /// Under way.
    Fetching,
    /// The part is here.
    Ready,
    /// It could not be fetched.
    Failed,
}

/// A page whose code loads on demand: the loading line while its part
/// arrives, then the page; if the part cannot be fetched, an alert with
/// "Try again".
#[component]
pub fn Lazy(
    /// Which page.
    page: LazyPage,
) -> impl IntoView {
    let fetch = RwSignal::new(Fetch::Fetching);
    let start = move || {
        let outcome = |result: Result<(), PartUnavailable>| match result {
            Ok(()) => Fetch::Ready,
            Err(PartUnavailable) => Fetch::Failed,
        };
        // A part fetched before (or ahead of time) is ready at the first
        // poll: the page then shows at once, with no loading line between.
        let mut part = Box::pin(fetch_part(page));
        match poll_once(part.as_mut()) {
            Some(result) => fetch.set(outcome(result)),
            None => {
                fetch.set(Fetch::Fetching);
                leptos::task::spawn_local(async move {
                    let _ = fetch.try_set(outcome(part.await));
                });
            }
        }
    };
    start();
    move || match fetch.get() {
        Fetch::Ready => build(page).unwrap_or_else(|| failed(start).into_any()),
        Fetch::Failed => failed(start).into_any(),
        Fetch::Fetching => view! {
            <p class="loading" role="status">
                <span class="spinner" aria-hidden="true"></span>
                {strings::LOADING_PAGE}
            </p>
        }
        .into_any(),
    }
}

/// The alert for a part that could not be fetched, with "Try again".
fn failed(retry: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    view! {
        <section class="notice error" role="alert">
            <p>{strings::PART_UNAVAILABLE}</p>
            <button type="button" on:click=move |_| retry()>{strings::RETRY}</button>
        </section>
    }
}
