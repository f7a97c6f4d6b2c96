//! `/drafts/new` and `/drafts/{id}`: writing a listing, saved as it is typed.
//! The editor works without the catalogue; only the checks that need it
//! (known topics, ids already published) wait for it, and say so.

use std::time::Duration;

use crate::nav::router::{use_router, Go};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::drafts_part::drafts::download::download_draft;
use crate::drafts_part::drafts::draft_form::DraftForm;
use crate::drafts_part::drafts::form_fields::{focus_later, FormEditor};
use crate::drafts_part::drafts::list::{BrokenRecord, RecordProblem};
use crate::drafts_part::drafts::preview::DraftPreview;
use crate::drafts_part::drafts::problem_summary::{check_all, ProblemSummary};
use crate::i18n::texts::drafts::{self as drafts_text};
use crate::i18n::texts::{self, fill, DraftTexts, Texts};
use crate::nav::paths::Paths;
use crate::stores::catalogue::{set_document_title, use_catalogue};
use crate::stores::drafts::{stored_state, use_drafts};
use crate::ui::load_status::{CatalogueNote, Loading};
use crate::web::files::copy_to_clipboard;
use crate::web::intl::{format_saved, MomentStyle};
use crate::web::storage::{self, ExternalChange, StorageError, StoredRecord};
use seminars_core::drafts::draft::{Draft, DraftOrigin, SeminarForm};
use seminars_core::drafts::export::entry_json;
use seminars_core::drafts::shown::ShownProblems;
use seminars_core::drafts::sync::{DraftSync, SaveStatus};

/// How long after a change the draft is written (well within a second).
pub const SAVE_DELAY: Duration = Duration::from_millis(400);

/// The page at `/drafts/new`: stores an empty draft (or the one "Edit as
/// draft" left in the page) and opens it; without storage, edits it in the
/// page.
#[component]
pub fn NewDraftPage() -> impl IntoView {
    let store = use_drafts();
    let paths = use_context::<Paths>().unwrap_or_default();
    let router = use_router();
    let visitor = crate::web::intl::use_visitor();
    let (origin, form) = store.take_in_page().unwrap_or_else(|| {
        let form = SeminarForm::new_in(texts::use_lang(), visitor.time_zone.as_deref());
        (DraftOrigin::New, form)
    });
    match store.create(origin.clone(), form.clone()) {
        Ok(draft) => {
            let editor = paths.draft(&draft.id);
            // After this render: navigating while the page is still being
            // built would dispose of it mid-build.
            request_animation_frame(move || {
                router.go(
                    &editor,
                    Go {
                        replace: true,
                        ..Go::default()
                    },
                )
            });
            view! { <Loading /> }.into_any()
        }
        Err(error) => {
            let draft = Draft {
                id: crate::web::dom::new_draft_id(),
                origin,
                form,
                ..Draft::default()
            };
            view! { <DraftEditor draft stored=Err(error) /> }.into_any()
        }
    }
}

/// The page at `/drafts/{id}`. The id is read from the raw path and
/// decoded once: the router's own parameter is decoded twice, which turns
/// a stored id such as `%2F` into `/`.
#[component]
pub fn DraftEditorPage() -> impl IntoView {
    let router = use_router();
    // A path outside the drafts area (on the way to another page) keeps the
    // id it had.
    let id =
        Memo::new(
            move |before: Option<&String>| match router.path().strip_prefix("/drafts/") {
                Some(raw) => seminars_core::url::decode(raw),
                None => before.cloned().unwrap_or_default(),
            },
        );
    move || view! { <StoredDraft id=id.get() /> }
}

/// The page at `/drafts/open?id=…`, for stored ids that cannot stand in a
/// path (empty, `.`, `..`, `new`, `open`).
#[component]
pub fn OpenDraftPage() -> impl IntoView {
    let query = crate::nav::router::use_query();
    move || {
        let id = query.with(|q| q.get("id").unwrap_or_default().to_owned());
        view! { <StoredDraft id /> }
    }
}

/// The editor of the draft stored under `id`, or why it cannot be edited.
#[component]
fn StoredDraft(
    /// The draft's id (its key without the prefix).
    id: String,
) -> impl IntoView {
    let d = DraftTexts::of(texts::use_lang());
    let store = use_drafts();
    // Storage may have refused once and allowed since: ask again.
    store.recheck();
    // Read once per id: the editor owns the draft from here, so later saves
    // must not rebuild it.
    let record = storage::read(&id)
        .ok()
        .flatten()
        .or_else(|| store.record_untracked(&id));
    match record {
        Some(record) => match record.draft().cloned() {
            Some(draft) => {
                view! { <DraftEditor draft stored=store.availability_untracked() /> }.into_any()
            }
            None => view! {
                <h1>{d.edit_draft_title}</h1>
                <BrokenRecord record />
            }
            .into_any(),
        },
        None => view! {
            <h1>{d.edit_draft_title}</h1>
            <RecordProblem message=d.draft_not_found.to_owned() />
        }
        .into_any(),
    }
}

/// The editor: the form, its save status, the preview and export.
#[component]
fn DraftEditor(
    /// The draft as loaded.
    draft: Draft,
    /// Whether storage works; without it the draft lives in the page only.
    stored: Result<(), StorageError>,
) -> impl IntoView {
    let lang = texts::use_lang();
    let (t, d) = (Texts::of(lang), DraftTexts::of(lang));
    let store = use_drafts();
    let catalogue = use_catalogue();
    let paths = use_context::<Paths>().unwrap_or_default();
    let router = use_router();
    let id = draft.id.clone();
    let origin = draft.origin.clone();
    set_document_title(&texts::page_title(t, &draft.display_title(lang)));

    let listings = catalogue.listings();
    let form = RwSignal::new(draft.form.clone());
    let sync = RwSignal::new(match stored {
        Ok(()) => DraftSync::stored(&draft),
        Err(e) => DraftSync::not_stored(e, !draft.form.is_untouched()),
    });
    let timer_set = StoredValue::new(false);

    let current = {
        let id = id.clone();
        let origin = origin.clone();
        move || Draft {
            id: id.clone(),
            origin: origin.clone(),
            form: form.get_untracked(),
            ..Draft::default()
        }
    };
    // The other drafts change only when storage does, not with each
    // keystroke, so they are copied out of the store once per change.
    let others = {
        let id = id.clone();
        Memo::new(move |_| {
            let mut drafts = store.drafts();
            drafts.retain(|d| d.id != id);
            drafts
        })
    };
    let problems = {
        let current = current.clone();
        Memo::new(move |_| {
            form.track();
            let listings = listings.get();
            others.with(|others| {
                let others: Vec<&Draft> = others.iter().collect();
                current().problems(listings.as_ref().map(|l| &l.catalogue), &others)
            })
        })
    };

    let save_now = {
        let id = id.clone();
        let origin = origin.clone();
        move || {
            let Some(text) = form.try_get_untracked() else {
                return;
            };
            sync.try_update(|sync| store.save(sync, &id, &origin, &text));
        }
    };
    let save_now = StoredValue::new_local(save_now);
    let changed = Callback::new(move |()| {
        if sync.try_update(DraftSync::edited) == Some(true) && !timer_set.get_value() {
            timer_set.set_value(true);
            set_timeout(
                move || {
                    let _ = timer_set.try_set_value(false);
                    save_now.try_with_value(|save| save());
                },
                SAVE_DELAY,
            );
        }
    });
    let editor = FormEditor {
        form,
        problems,
        changed,
        shown: RwSignal::new(ShownProblems::opening(&draft.form)),
    };

    // Leaving the page or the tab writes what is pending at once.
    let flush = move || save_now.try_with_value(|save| save());
    let hide = window_event_listener(ev::pagehide, move |_| {
        flush();
    });
    let visibility = window_event_listener(ev::visibilitychange, move |_| {
        let hidden = crate::web::dom::document().is_some_and(|d| d.hidden());
        if hidden {
            flush();
        }
    });
    // Another tab wrote or removed this draft: every write arrives as its
    // own event, in order, with the value it wrote. A question it raises
    // sets this tab's text aside at once, so that the text is stored
    // whatever happens to the tab next.
    let other_tabs = {
        let id = id.clone();
        let origin = origin.clone();
        window_event_listener(ev::storage, move |event| {
            let value = match storage::external_change(&event) {
                Some(ExternalChange::Draft { id: key, value }) if key == id => value,
                Some(ExternalChange::Cleared) => None,
                _ => return,
            };
            let record = value.map(|raw| StoredRecord::new(&id, raw));
            let mine = form.get_untracked();
            let theirs = sync.try_update(|sync| {
                let theirs = sync.external(stored_state(record.as_ref()), &mine);
                store.keep_safe(sync, &id, &origin, &mine);
                theirs
            });
            if let Some(Some(theirs)) = theirs {
                form.set(theirs);
            }
        })
    };
    // Text that cannot be saved makes the browser ask before the tab closes.
    let unload = window_event_listener(ev::beforeunload, move |event| {
        if sync.try_with_untracked(DraftSync::text_at_risk) == Some(true) {
            event.prevent_default();
            event.set_return_value("");
        }
    });
    // Without storage, a draft left for another page of the app waits in
    // the page, for "New draft" to open again.
    let keep_in_page = {
        let origin = origin.clone();
        move || {
            let unsaved = sync.try_with_untracked(|s| {
                matches!(s.status(), SaveStatus::NotStored(_)) && s.has_unsaved_text()
            });
            if unsaved == Some(true) {
                if let Some(text) = form.try_get_untracked() {
                    store.put_in_page(origin.clone(), text);
                }
            }
        }
    };
    on_cleanup(move || {
        flush();
        keep_in_page();
        hide.remove();
        visibility.remove();
        other_tabs.remove();
        unload.remove();
    });

    let keep_both = {
        let (id, origin, paths) = (id.clone(), origin.clone(), paths.clone());
        move |_| {
            let text = form.get_untracked();
            let outcome = sync.try_update(|sync| store.keep_both(sync, &id, &origin, &text));
            match outcome {
                Some(Ok(Some(home))) => router.go(&paths.draft(&home), Go::default()),
                Some(Err(e)) => sync.update(|s| s.save_failed(e)),
                _ => {}
            }
        }
    };
    let keep_mine = move |_| {
        if sync.try_update(DraftSync::keep_mine) == Some(true) {
            save_now.with_value(|save| save());
        }
    };
    let keep_theirs = {
        let (id, origin) = (id.clone(), origin.clone());
        move |_| {
            if let Some(Some(theirs)) =
                sync.try_update(|sync| store.keep_theirs(sync, &id, &origin))
            {
                form.set(theirs);
            }
        }
    };

    let clock_time = move |at: f64| format_saved(lang, at, MomentStyle::Time);
    let status = Memo::new(move |_| sync.with(|s| s.status().clone()));
    let status_line = move || match status.get() {
        SaveStatus::Unchanged(at) if at > 0.0 => fill(d.saved_at, &[("time", &clock_time(at))]),
        SaveStatus::Unchanged(_) => d.not_changed.to_owned(),
        SaveStatus::Pending => d.unsaved.to_owned(),
        SaveStatus::Saved(at) => fill(d.saved_at, &[("time", &clock_time(at))]),
        _ => String::new(),
    };
    let alert = move || match status.get() {
        SaveStatus::Failed(e) => Some(drafts_text::storage_error(lang, &e)),
        SaveStatus::NotStored(StorageError::QuotaExceeded) => Some(d.storage_full.to_owned()),
        SaveStatus::NotStored(StorageError::Unavailable(reason))
        | SaveStatus::NotStored(StorageError::WriteFailed(reason)) => {
            Some(drafts_text::storage_unavailable(lang, &reason))
        }
        SaveStatus::DeletedElsewhere => Some(d.deleted_elsewhere.to_owned()),
        _ => None,
    };
    let in_conflict = move || matches!(status.get(), SaveStatus::Conflict(_));

    let topics = Signal::derive(move || {
        listings
            .get()
            .map(|l| l.catalogue.topics.clone())
            .unwrap_or_default()
    });
    let audiences = Signal::derive(move || {
        listings
            .get()
            .map(|l| l.catalogue.audiences.clone())
            .unwrap_or_default()
    });
    let export_message = RwSignal::new(None::<String>);
    let export_entry = {
        let current = current.clone();
        Callback::new(move |()| {
            check_all(editor);
            let listings = listings.get_untracked();
            let message = others.with_untracked(|others| {
                let others: Vec<&Draft> = others.iter().collect();
                download_draft(
                    lang,
                    &current(),
                    listings.as_ref().map(|l| &l.catalogue),
                    &others,
                )
            });
            export_message.set(message);
        })
    };
    let copy_unavailable = RwSignal::new(false);
    let copy_entry = move |_| {
        check_all(editor);
        copy_unavailable.set(false);
        let text = listings
            .get_untracked()
            .filter(|_| problems.get_untracked().is_empty())
            .and_then(|_| form.get_untracked().preview())
            .map(|s| entry_json(&s));
        spawn_local(async move {
            let message = match text {
                None if listings.get_untracked().is_none() => d.copy_waits_for_catalogue.to_owned(),
                None => drafts_text::problems_count(d, problems.get_untracked().len()),
                Some(text) => match copy_to_clipboard(&text).await {
                    Ok(()) => d.copied.to_owned(),
                    Err(e) => {
                        copy_unavailable.set(true);
                        drafts_text::failed(lang, d.copy_failed, &e)
                    }
                },
            };
            export_message.set(Some(message));
        });
    };
    let origin_note = crate::i18n::texts::drafts::origin(d, &origin);

    view! {
        <p class="back">
            <a href=paths.drafts()>{t.nav_drafts}</a>
        </p>
        <h1>{d.edit_draft_title}</h1>
        <p class="origin">
            {origin_note} " · "
            <a
                href=format!("{}#preview", paths.draft(&id))
                on:click=move |ev| {
                    ev.prevent_default();
                    focus_later("preview".to_owned());
                }
            >
                {d.preview_link}
            </a>
        </p>
        <p class="save-status" role="status">{status_line}</p>
        {move || alert().map(|text| view! { <p class="notice error" role="alert">{text}</p> })}
        <Show when=in_conflict>
            <section class="notice warning" role="alert">
                <p>{d.conflict}</p>
                <div class="actions">
                    <button type="button" on:click=keep_both.clone()>{d.keep_both}</button>
                    <button type="button" on:click=keep_mine>{d.keep_mine}</button>
                    <button type="button" on:click=keep_theirs.clone()>{d.keep_theirs}</button>
                </div>
            </section>
        </Show>
        <CatalogueNote waiting=d.checks_wait_for_catalogue failed=drafts_text::checks_without_catalogue />
        <ProblemSummary editor />
        <div class="editor">
            <form class="draft" on:submit=|ev| ev.prevent_default()>
                <DraftForm editor topics audiences catalogue_ready=Signal::derive(move || listings.with(Option::is_some)) />
            </form>
            <aside class="side">
                <DraftPreview form draft_id=id.clone() />
                <section aria-labelledby="export-heading">
                    <h2 id="export-heading">{d.export}</h2>
                    <p class="validity">
                        {move || {
                            let n = problems.with(Vec::len);
                            if n == 0 { d.valid.to_owned() } else { drafts_text::problems_count(d, n) }
                        }}
                    </p>
                    <div class="actions">
                        <button type="button" class="secondary" on:click=move |_| check_all(editor)>{d.check}</button>
                        <button type="button" on:click=move |_| export_entry.run(())>{d.export_entry}</button>
                        <button type="button" on:click=copy_entry>{d.copy_entry}</button>
                    </div>
                    <div class="export-message" role="status">
                        {move || export_message.get()}
                        {move || copy_unavailable.get().then(|| view! {
                            " "
                            <button type="button" class="link-button" on:click=move |_| export_entry.run(())>
                                {d.download_instead}
                            </button>
                        })}
                    </div>
                </section>
            </aside>
        </div>
    }
}
