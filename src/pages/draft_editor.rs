//! `/drafts/new` and `/drafts/{id}`: writing a listing, saved as it is typed.

use std::sync::Arc;
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};
use leptos_router::NavigateOptions;

use crate::components::draft_form::DraftForm;
use crate::components::form_fields::FormEditor;
use crate::components::load_status::{LoadFailed, Loading};
use crate::components::seminar_card::SeminarCard;
use crate::domain::draft::{Draft, DraftOrigin, SeminarForm};
use crate::domain::export::entry_json;
use crate::domain::record::{encode, Decoded};
use crate::drafts::{use_drafts, SaveOutcome};
use crate::files::{copy_to_clipboard, download};
use crate::pages::drafts::{BrokenRecord, RecordProblem};
use crate::paths::Paths;
use crate::state::{set_document_title, use_catalogue, Listings, LoadState};
use crate::storage::StorageError;
use crate::strings;

/// How long after a change the draft is written (well within a second).
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// Where saving stands, as the status line says it.
#[derive(Clone, Debug, PartialEq)]
enum SaveStatus {
    /// Nothing typed since the draft was opened.
    Unchanged(f64),
    /// A change waits for its save.
    Pending,
    /// Written at this time (ms since 1970).
    Saved(f64),
    /// Storage refused.
    Failed(StorageError),
    /// Another tab saved a different version.
    Conflict(Box<Draft>),
    /// Another tab deleted it.
    DeletedElsewhere,
    /// No storage: the draft lives only in this page.
    NotStored(StorageError),
}

/// "21:34:05" in the visitor's time.
fn clock_time(ms: f64) -> String {
    let date = js_sys::Date::new(&ms.into());
    format!(
        "{:02}:{:02}:{:02}",
        date.get_hours(),
        date.get_minutes(),
        date.get_seconds()
    )
}

/// The page at `/drafts/new`: stores an empty draft and opens it; without
/// storage, opens one that lives in the page.
#[component]
pub fn NewDraftPage() -> impl IntoView {
    let store = use_drafts();
    let paths = use_context::<Paths>().unwrap_or_default();
    let navigate = use_navigate();
    match store.create(DraftOrigin::New, SeminarForm::default()) {
        Ok(draft) => {
            navigate(
                &paths.draft(&draft.id),
                NavigateOptions {
                    replace: true,
                    ..NavigateOptions::default()
                },
            );
            view! { <Loading /> }.into_any()
        }
        Err(error) => {
            let draft = Draft {
                id: crate::drafts::new_draft_id(),
                origin: DraftOrigin::New,
                form: SeminarForm::default(),
                saved_at: 0.0,
                revision: 0,
            };
            view! { <EditorWithCatalogue draft stored=Err(error) /> }.into_any()
        }
    }
}

/// The page at `/drafts/{id}`.
#[component]
pub fn DraftEditorPage() -> impl IntoView {
    let store = use_drafts();
    let params = use_params_map();
    move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        // Read once per id: the editor owns the draft from here, so later
        // saves must not rebuild it.
        let record = store.record_untracked(&id);
        match record.map(|r| (r.decoded.clone(), r)) {
            Some((Decoded::Current(draft), _)) | Some((Decoded::Migrated { draft, .. }, _)) => {
                view! { <EditorWithCatalogue draft stored=store.availability_untracked() /> }
                    .into_any()
            }
            Some((_, record)) => view! {
                <h1>{strings::EDIT_DRAFT_TITLE}</h1>
                <BrokenRecord record />
            }
            .into_any(),
            None => view! {
                <h1>{strings::EDIT_DRAFT_TITLE}</h1>
                <RecordProblem message=strings::DRAFT_NOT_FOUND.to_owned() />
            }
            .into_any(),
        }
    }
}

/// Waits for the catalogue (for topics and ids), then shows the editor.
#[component]
fn EditorWithCatalogue(
    /// The draft to edit.
    draft: Draft,
    /// Whether storage works.
    stored: Result<(), StorageError>,
) -> impl IntoView {
    let catalogue = use_catalogue();
    move || match catalogue.state() {
        LoadState::Loading => view! { <Loading /> }.into_any(),
        LoadState::Failed(error) => view! { <LoadFailed error /> }.into_any(),
        LoadState::Ready(listings) => {
            view! { <DraftEditor draft=draft.clone() stored=stored.clone() listings /> }.into_any()
        }
    }
}

/// The editor: the form, its save status, the preview and export.
#[component]
fn DraftEditor(
    /// The draft as loaded.
    draft: Draft,
    /// Whether storage works; without it the draft lives in the page only.
    stored: Result<(), StorageError>,
    /// The catalogue, for topics and id checks.
    listings: Arc<Listings>,
) -> impl IntoView {
    let store = use_drafts();
    let paths = use_context::<Paths>().unwrap_or_default();
    let navigate = use_navigate();
    let id = draft.id.clone();
    let origin = draft.origin.clone();
    set_document_title(&format!(
        "{} · {}",
        draft.display_title(),
        strings::SITE_NAME
    ));

    let form = RwSignal::new(draft.form.clone());
    let base_revision = StoredValue::new(draft.revision);
    let dirty = StoredValue::new(false);
    let timer_set = StoredValue::new(false);
    let status = RwSignal::new(match &stored {
        Ok(()) => SaveStatus::Unchanged(draft.saved_at),
        Err(e) => SaveStatus::NotStored(e.clone()),
    });
    let persisted = stored.is_ok();

    let current = {
        let id = id.clone();
        let origin = origin.clone();
        move || Draft {
            id: id.clone(),
            origin: origin.clone(),
            form: form.get_untracked(),
            saved_at: 0.0,
            revision: base_revision.get_value(),
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
        let listings = listings.clone();
        let current = current.clone();
        Memo::new(move |_| {
            form.track();
            others.with(|others| {
                let others: Vec<&Draft> = others.iter().collect();
                current().problems(&listings.catalogue, &others)
            })
        })
    };

    let save_now = {
        let current = current.clone();
        move || {
            let blocked = matches!(
                status.try_get_untracked(),
                None | Some(SaveStatus::Conflict(_)) | Some(SaveStatus::NotStored(_))
            );
            if !persisted || blocked || dirty.try_get_value() != Some(true) {
                return;
            }
            match store.save(&current(), base_revision.get_value()) {
                SaveOutcome::Saved(saved) => {
                    base_revision.set_value(saved.revision);
                    dirty.set_value(false);
                    status.set(SaveStatus::Saved(saved.saved_at));
                }
                SaveOutcome::Conflict(theirs) => status.set(SaveStatus::Conflict(Box::new(theirs))),
                SaveOutcome::Failed(e) => status.set(SaveStatus::Failed(e)),
            }
        }
    };
    let save_now = StoredValue::new_local(save_now);
    let changed = Callback::new(move |()| {
        dirty.set_value(true);
        if matches!(
            status.get_untracked(),
            SaveStatus::Conflict(_) | SaveStatus::NotStored(_)
        ) {
            return;
        }
        status.set(SaveStatus::Pending);
        if !timer_set.get_value() {
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
    };

    // Leaving the page or the tab writes what is pending at once.
    let flush = move || save_now.try_with_value(|save| save());
    let hide = window_event_listener(ev::pagehide, move |_| {
        flush();
    });
    let visibility = window_event_listener(ev::visibilitychange, move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.hidden());
        if hidden {
            flush();
        }
    });
    on_cleanup(move || {
        flush();
        hide.remove();
        visibility.remove();
    });

    // Another tab wrote this draft: take its text when nothing here is
    // unsaved, otherwise ask.
    {
        let id = id.clone();
        Effect::new(move |_| {
            let Some((_, _change)) = store.external_change() else {
                return;
            };
            let record = store.record_untracked(&id);
            match record.map(|r| r.decoded) {
                Some(Decoded::Current(theirs)) | Some(Decoded::Migrated { draft: theirs, .. }) => {
                    if theirs.revision == base_revision.get_value() {
                        return;
                    }
                    if dirty.get_value() {
                        status.set(SaveStatus::Conflict(Box::new(theirs)));
                    } else {
                        base_revision.set_value(theirs.revision);
                        form.set(theirs.form);
                        status.set(SaveStatus::Saved(theirs.saved_at));
                    }
                }
                None if persisted => {
                    base_revision.set_value(0);
                    dirty.set_value(true);
                    status.set(SaveStatus::DeletedElsewhere);
                }
                _ => {}
            }
        });
    }

    let keep_both = {
        let origin = origin.clone();
        let paths = paths.clone();
        let navigate = navigate.clone();
        move |_| {
            dirty.set_value(false);
            match store.create(origin.clone(), form.get_untracked()) {
                Ok(copy) => navigate(&paths.draft(&copy.id), NavigateOptions::default()),
                Err(e) => status.set(SaveStatus::Failed(e)),
            }
        }
    };
    let keep_mine = move |_| {
        if let SaveStatus::Conflict(theirs) = status.get_untracked() {
            base_revision.set_value(theirs.revision);
            dirty.set_value(true);
            status.set(SaveStatus::Pending);
            save_now.with_value(|save| save());
        }
    };
    let keep_theirs = move |_| {
        if let SaveStatus::Conflict(theirs) = status.get_untracked() {
            base_revision.set_value(theirs.revision);
            dirty.set_value(false);
            form.set(theirs.form);
            status.set(SaveStatus::Saved(theirs.saved_at));
        }
    };

    let status_line = move || match status.get() {
        SaveStatus::Unchanged(at) if at > 0.0 => strings::saved_at(&clock_time(at)),
        SaveStatus::Unchanged(_) => strings::NOT_CHANGED.to_owned(),
        SaveStatus::Pending => strings::UNSAVED.to_owned(),
        SaveStatus::Saved(at) => strings::saved_at(&clock_time(at)),
        _ => String::new(),
    };
    let alert = move || match status.get() {
        SaveStatus::Failed(StorageError::QuotaExceeded) => Some(strings::STORAGE_FULL.to_owned()),
        SaveStatus::Failed(StorageError::WriteFailed(reason))
        | SaveStatus::Failed(StorageError::Unavailable(reason)) => {
            Some(strings::save_failed(&reason))
        }
        SaveStatus::NotStored(StorageError::Unavailable(reason))
        | SaveStatus::NotStored(StorageError::WriteFailed(reason)) => {
            Some(strings::storage_unavailable(&reason))
        }
        SaveStatus::NotStored(StorageError::QuotaExceeded) => {
            Some(strings::STORAGE_FULL.to_owned())
        }
        SaveStatus::DeletedElsewhere => Some(strings::DELETED_ELSEWHERE.to_owned()),
        _ => None,
    };
    let in_conflict = move || matches!(status.get(), SaveStatus::Conflict(_));

    let topics = listings.catalogue.topics.clone();
    let preview = {
        let listings = listings.clone();
        move || {
            form.with(|f| f.preview()).map(|seminar| {
                let topic_labels = listings.catalogue.topic_labels(&seminar.topics);
                view! { <SeminarCard seminar topic_labels /> }
            })
        }
    };
    let export_message = RwSignal::new(None::<String>);
    let export_entry = {
        let listings = listings.clone();
        let current = current.clone();
        move |_| {
            let draft = current();
            let result = match draft
                .form
                .to_seminar(|t| listings.catalogue.topic(t).is_some())
            {
                Ok(seminar) => download(
                    &format!("{}.json", seminar.id),
                    "application/json",
                    &entry_json(&seminar),
                )
                .map(|()| None),
                Err(_) => download(
                    &format!("draft-{}.json", draft.id),
                    "application/json",
                    &encode(&draft),
                )
                .map(|()| Some(strings::EXPORTED_RECORD.to_owned())),
            };
            export_message.set(match result {
                Ok(message) => message,
                Err(e) => Some(strings::save_failed(&e)),
            });
        }
    };
    let copy_entry = {
        let listings = listings.clone();
        move |_| {
            let text = form
                .get_untracked()
                .preview()
                .filter(|_| problems.get_untracked().is_empty())
                .map(|s| entry_json(&s));
            let _ = &listings;
            spawn_local(async move {
                let message = match text {
                    None => strings::problems_count(problems.get_untracked().len()),
                    Some(text) => match copy_to_clipboard(&text).await {
                        Ok(()) => strings::COPIED.to_owned(),
                        Err(e) => strings::copy_failed(&e),
                    },
                };
                export_message.set(Some(message));
            });
        }
    };
    let origin_note = match &origin {
        DraftOrigin::New => strings::ORIGIN_NEW.to_owned(),
        DraftOrigin::Edit { seminar_id } => strings::origin_edit(seminar_id),
    };

    view! {
        <p class="back">
            <a href=paths.drafts()>{strings::NAV_DRAFTS}</a>
        </p>
        <h1>{strings::EDIT_DRAFT_TITLE}</h1>
        <p class="origin">{origin_note}</p>
        <p class="save-status" role="status">{status_line}</p>
        {move || alert().map(|text| view! { <p class="notice error" role="alert">{text}</p> })}
        <Show when=in_conflict>
            <section class="notice warning" role="alert">
                <p>{strings::CONFLICT}</p>
                <div class="actions">
                    <button type="button" on:click=keep_both.clone()>{strings::KEEP_BOTH}</button>
                    <button type="button" on:click=keep_mine>{strings::KEEP_MINE}</button>
                    <button type="button" on:click=keep_theirs>{strings::KEEP_THEIRS}</button>
                </div>
            </section>
        </Show>
        <div class="editor">
            <form class="draft" on:submit=|ev| ev.prevent_default()>
                <DraftForm editor topics />
            </form>
            <aside class="side">
                <section aria-labelledby="preview-heading">
                    <h2 id="preview-heading">{strings::PREVIEW}</h2>
                    {move || match preview() {
                        Some(card) => card.into_any(),
                        None => view! { <p class="hint">{strings::PREVIEW_NEEDS_DATES}</p> }.into_any(),
                    }}
                </section>
                <section aria-labelledby="export-heading">
                    <h2 id="export-heading">{strings::EXPORT}</h2>
                    <p class="validity">
                        {move || {
                            let n = problems.with(Vec::len);
                            if n == 0 { strings::VALID.to_owned() } else { strings::problems_count(n) }
                        }}
                    </p>
                    <div class="actions">
                        <button type="button" on:click=export_entry>{strings::EXPORT_ENTRY}</button>
                        <button type="button" on:click=copy_entry>{strings::COPY_ENTRY}</button>
                    </div>
                    <p class="export-message" role="status">{move || export_message.get()}</p>
                </section>
            </aside>
        </div>
    }
}
