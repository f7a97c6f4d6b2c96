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

use crate::i18n::texts;
use crate::stores::catalogue::Listings;

/// A part of the wasm module that the build splits off and the app fetches
/// on demand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModulePart {
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

/// Which page of the drafts area a path under `/drafts/` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DraftsWithin {
    /// `/drafts/new`: a new draft.
    New,
    /// `/drafts/open?id=…`: a draft whose id is not a path segment.
    Open,
    /// `/drafts/{id}`: a draft's editor.
    Edit,
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
    use crate::drafts_part::drafts::editor::{DraftEditorPage, NewDraftPage, OpenDraftPage};
    use crate::drafts_part::drafts::list::DraftsPage as List;
    if page == DraftsPage::List {
        return Ok(view! { <List /> }.into_any());
    }
    let router = crate::nav::router::use_router();
    // Which page the path names; a path outside the drafts area (on the way
    // to another page) changes nothing.
    let which = Memo::new(move |before: Option<&DraftsWithin>| {
        match router.path().strip_prefix("/drafts/") {
            Some("new") => DraftsWithin::New,
            Some("open") => DraftsWithin::Open,
            Some(_) => DraftsWithin::Edit,
            None => before.copied().unwrap_or(DraftsWithin::Edit),
        }
    });
    Ok((move || match which.get() {
        DraftsWithin::New => view! { <NewDraftPage /> }.into_any(),
        DraftsWithin::Open => view! { <OpenDraftPage /> }.into_any(),
        DraftsWithin::Edit => view! { <DraftEditorPage /> }.into_any(),
    })
    .into_any())
}

/// The listings with this browser's valid drafts among them (the home
/// page with `?drafts=show`, linked from the drafts page); it follows the
/// drafts as they change.
#[wasm_split(drafts, fallible, wasm_split_path = ::leptos::wasm_split, preload(preload_listings_with_drafts))]
fn listings_with_drafts(listings: Arc<Listings>) -> Result<Arc<Listings>, PartUnavailable> {
    Ok(listings.with_drafts(&crate::stores::drafts::use_drafts().drafts()))
}

/// A seminar's own page.
#[wasm_split(seminar, fallible, wasm_split_path = ::leptos::wasm_split, preload(preload_seminar))]
fn seminar_view(id: String) -> Result<AnyView, PartUnavailable> {
    use crate::seminar_part::seminar::SeminarPage;
    // Shows the page's "Save" button with its state.
    crate::seminar_part::saved::start();
    Ok(view! { <SeminarPage id /> }.into_any())
}

/// The saved seminars' page, `/saved` (with the seminar page: both are
/// what a visitor does after finding a seminar).
#[wasm_split(seminar, fallible, wasm_split_path = ::leptos::wasm_split, preload(preload_saved))]
fn saved_view() -> Result<AnyView, PartUnavailable> {
    use crate::seminar_part::saved::page::SavedPage;
    Ok(view! { <SavedPage /> }.into_any())
}

/// Writes the calendar file of the home page's results and offers it as a
/// download: what to tell the visitor, if anything.
#[wasm_split(seminar, fallible, wasm_split_path = ::leptos::wasm_split, preload(preload_results_calendar))]
fn results_calendar_file(listings: Arc<Listings>, search: String) -> Result<(), PartUnavailable> {
    crate::seminar_part::calendar::download_results(&listings, &search);
    Ok(())
}

/// Saves a seminar, or removes it from the saved list (a "Save" button's
/// click; see [`crate::seminar_part::saved`]).
#[wasm_split(seminar, fallible, wasm_split_path = ::leptos::wasm_split, preload(preload_toggle_saved))]
fn toggle_saved_now(id: String) -> Result<(), PartUnavailable> {
    crate::seminar_part::saved::toggle(&id);
    Ok(())
}

/// Reads the saved list again (another tab changed it) and says what is
/// wrong with it, if anything.
#[wasm_split(seminar, fallible, wasm_split_path = ::leptos::wasm_split, preload(preload_reload_saved))]
fn reload_saved_now(new_value: Option<String>) -> Result<(), PartUnavailable> {
    crate::seminar_part::saved::reload(new_value);
    Ok(())
}

/// A "Save" button's click, once the seminar page's part is here (it
/// usually is: parts are fetched once the list has painted).
pub async fn toggle_saved(id: String) {
    if toggle_saved_now(id).await.is_err() {
        say_unavailable("saved-notice");
    }
}

/// Another tab changed the saved list to `new_value` (the `storage`
/// event's; each is read in turn, so no write is passed over).
pub async fn reload_saved(new_value: Option<String>) {
    let _ = reload_saved_now(new_value).await;
}

/// Says, in the element with this id, that what was asked could not be
/// done because a part could not be fetched.
fn say_unavailable(place: &str) {
    crate::web::dom::say_in(place, texts::use_texts().part_missing);
}

/// Fetches a part (once; a failure is not remembered, so a later call
/// tries again). Each split function has a loader of its own, which knows
/// once its part is here: every function of the part is awaited, so that
/// after this each of them is ready at its first poll (see [`now`]).
async fn fetch(part: ModulePart) -> Result<(), PartUnavailable> {
    match part {
        ModulePart::Drafts => {
            preload_drafts().await?;
            preload_listings_with_drafts().await?;
        }
        ModulePart::Seminar => {
            preload_seminar().await?;
            preload_saved().await?;
            preload_results_calendar().await?;
            preload_toggle_saved().await?;
            preload_reload_saved().await?;
        }
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

/// Builds the saved seminars' page; `None` until its part is here.
pub fn saved_page() -> Option<AnyView> {
    now(saved_view()).and_then(Result::ok)
}

/// Follows clicks on buttons whose code is in a part, anywhere in the
/// page: "Save" (`data-save`, see [`crate::seminar_part::saved`]) and the home page's
/// calendar of its results (`data-calendar`); and other tabs' changes to
/// the saved list. The first download holds the buttons and this listener
/// only. Called once, by [`crate::App`].
pub fn handle_part_buttons() {
    use wasm_bindgen::JsCast;
    let store = crate::stores::catalogue::use_catalogue();
    let clicks = window_event_listener(leptos::ev::click, move |event| {
        let Some(button) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| {
                e.closest("button[data-save], button[data-calendar]")
                    .ok()
                    .flatten()
            })
        else {
            return;
        };
        if let Some(id) = button.get_attribute("data-save") {
            leptos::task::spawn_local(toggle_saved(id));
        } else if let crate::stores::catalogue::LoadState::Ready(listings) = store.state_untracked()
        {
            let search = crate::web::dom::window()
                .and_then(|w| w.location().search().ok())
                .unwrap_or_default();
            leptos::task::spawn_local(async move {
                if results_calendar_file(listings, search).await.is_err() {
                    say_unavailable("calendar-status");
                }
            });
        }
    });
    let tabs = window_event_listener(leptos::ev::storage, |event| {
        if crate::web::storage::is_saved_change(&event) {
            leptos::task::spawn_local(reload_saved(event.new_value()));
        }
    });
    on_cleanup(move || {
        clicks.remove();
        tabs.remove();
    });
}

/// The listings with the drafts among them; `None` until the drafts part
/// is here.
fn with_drafts(listings: Arc<Listings>) -> Option<Arc<Listings>> {
    now(listings_with_drafts(listings)).and_then(Result::ok)
}

/// The home page's listings with the drafts among them, drawn by
/// `browser` once the drafts' part is here.
pub fn drafts_among(listings: Arc<Listings>, browser: Callback<Arc<Listings>, AnyView>) -> AnyView {
    let build = move || with_drafts(listings.clone()).map(|listings| browser.run(listings));
    view! { <OnDemand part=ModulePart::Drafts content=build /> }.into_any()
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
                // The seminar page's part first: it shows the "Save" buttons.
                // (Started here, it reads storage; started already, it
                // takes what storage holds now.)
                let now = crate::web::storage::read_saved().ok().flatten();
                let _ = reload_saved_now(now).await;
                let _ = fetch(ModulePart::Seminar).await;
                let _ = fetch(ModulePart::Drafts).await;
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
    part: ModulePart,
    /// Makes the view once the part is here.
    content: B,
) -> impl IntoView
where
    B: Fn() -> Option<AnyView> + Send + Sync + 'static,
{
    // One copy of the code below for every page that needs a part.
    on_demand(part, Arc::new(content))
}

/// [`OnDemand`], for any content.
fn on_demand(part: ModulePart, content: Arc<dyn Fn() -> Option<AnyView> + Send + Sync>) -> AnyView {
    let t = texts::use_texts();
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
    (move || match state.get() {
        Fetch::Ready => content().unwrap_or_else(|| unavailable(t, start).into_any()),
        Fetch::Failed => unavailable(t, start).into_any(),
        Fetch::Fetching => view! {
            <p class="loading" role="status">
                <span class="spinner" aria-hidden="true"></span>
                {t.loading_page}
            </p>
        }
        .into_any(),
    })
    .into_any()
}

/// The alert for a part that could not be fetched, with "Try again".
fn unavailable(
    t: &'static texts::Texts,
    retry: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <section class="notice error" role="alert">
            <p>{t.part_unavailable}</p>
            <button type="button" on:click=move |_| retry()>{t.retry}</button>
        </section>
    }
}
