//! The drafts in this browser, as reactive state shared through context. It
//! reads and writes through [`crate::storage`] only, follows other tabs'
//! writes through the window's `storage` event, and keeps what was deleted
//! in this visit so it can be put back.

use leptos::ev;
use leptos::prelude::*;

use crate::browser::{clock_ms, new_draft_id, random_word};
use crate::domain::draft::{Draft, DraftOrigin, SeminarForm};
use crate::domain::draft_message::{DraftMessage, DraftMsg};
use crate::domain::lang::Lang;
use crate::domain::record::Decoded;
use crate::domain::sync::{DraftSync, SavePlan, StorageReason, Stored};
use crate::storage::{self, StorageError, StoredRecord};

/// A draft deleted in this visit, kept until it is put back or let go.
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    /// The id it was stored under.
    pub id: String,
    /// Its stored text, exactly.
    pub raw: String,
    /// Its title; its id when it has none that reads; `None` for a
    /// draft that reads but has no title (said as "(untitled)" in the
    /// language shown).
    pub title: Option<String>,
}

impl Deleted {
    /// Its title as shown, in `lang`.
    pub fn shown_title(&self, lang: Lang) -> String {
        match &self.title {
            Some(title) => title.clone(),
            None => DraftMessage::draft(DraftMsg::Untitled).say(lang),
        }
    }
}

/// How a deleted draft came back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Restored {
    /// Under its own id.
    InPlace,
    /// Under a new id, because another draft took its id meanwhile.
    AsCopy(String),
}

/// Drafts and storage status for every page.
#[derive(Clone, Copy)]
pub struct DraftStore {
    records: RwSignal<Vec<StoredRecord>>,
    availability: RwSignal<Result<(), StorageError>>,
    deleted: RwSignal<Vec<Deleted>>,
    in_page: RwSignal<Option<(DraftOrigin, SeminarForm)>>,
}

impl DraftStore {
    /// Reads every stored draft and starts following other tabs' changes.
    pub fn open() -> Self {
        let store = DraftStore {
            records: RwSignal::new(Vec::new()),
            availability: RwSignal::new(Ok(())),
            deleted: RwSignal::new(Vec::new()),
            in_page: RwSignal::new(None),
        };
        store.recheck();
        let listener = window_event_listener(ev::storage, move |event| {
            if storage::external_change(&event).is_some() {
                store.reload();
            }
        });
        on_cleanup(move || listener.remove());
        store
    }

    /// Asks the browser again whether storage works (it may have refused
    /// once and then allowed), and reads every draft.
    pub fn recheck(&self) {
        // Full storage still reads: only a missing one stops drafts.
        self.availability.set(match storage::check_available() {
            Err(StorageError::QuotaExceeded) => Ok(()),
            other => other,
        });
        self.reload();
    }

    /// Reads storage again.
    pub fn reload(&self) {
        self.records.set(storage::read_all().unwrap_or_default());
    }

    /// One draft's record as last read, without tracking.
    pub fn record_untracked(&self, id: &str) -> Option<StoredRecord> {
        self.records
            .with_untracked(|records| records.iter().find(|r| r.id == id).cloned())
    }

    /// Whether drafts can be stored, without tracking.
    pub fn availability_untracked(&self) -> Result<(), StorageError> {
        self.availability.get_untracked()
    }

    /// Whether drafts can be stored (tracked).
    pub fn availability(&self) -> Result<(), StorageError> {
        self.availability.get()
    }

    /// Every stored record (tracked).
    pub fn records(&self) -> Vec<StoredRecord> {
        self.records.get()
    }

    /// The drafts that read, current or migrated (tracked).
    pub fn drafts(&self) -> Vec<Draft> {
        self.records
            .with(|records| records.iter().filter_map(|r| r.draft().cloned()).collect())
    }

    /// The drafts that read, without tracking.
    pub fn drafts_untracked(&self) -> Vec<Draft> {
        self.records
            .with_untracked(|records| records.iter().filter_map(|r| r.draft().cloned()).collect())
    }

    /// Stores a new draft and returns it.
    pub fn create(&self, origin: DraftOrigin, form: SeminarForm) -> Result<Draft, StorageError> {
        let draft = Draft {
            id: new_draft_id(),
            origin,
            form,
            saved_at: clock_ms(),
            revision: 1,
            save: random_word(),
            parent: None,
        };
        storage::write(&draft)?;
        self.reload();
        Ok(draft)
    }

    /// Leaves a draft for `/drafts/new` to open, for when it cannot be
    /// stored ("Edit as draft" without storage).
    pub fn put_in_page(&self, origin: DraftOrigin, form: SeminarForm) {
        self.in_page.set(Some((origin, form)));
    }

    /// The title of the draft left by [`DraftStore::put_in_page`], if any,
    /// in `lang` (tracked).
    pub fn in_page_title(&self, lang: Lang) -> Option<String> {
        self.in_page.with(|d| {
            d.as_ref().map(|(_, form)| {
                Draft {
                    form: form.clone(),
                    ..Draft::default()
                }
                .display_title(lang)
                .into_owned()
            })
        })
    }

    /// Takes the draft left by [`DraftStore::put_in_page`].
    pub fn take_in_page(&self) -> Option<(DraftOrigin, SeminarForm)> {
        self.in_page.try_update(Option::take).flatten()
    }

    /// Saves what the editor of draft `id` holds, if `sync` says a save is
    /// due and storage still holds the save the text builds on. `sync`
    /// records the outcome.
    pub fn save(&self, sync: &mut DraftSync, id: &str, origin: &DraftOrigin, form: &SeminarForm) {
        if !sync.save_due() {
            return;
        }
        crate::timing::measure("draft-save", || {
            let record = match storage::read(id) {
                Ok(record) => record,
                Err(e) => return sync.save_failed(e),
            };
            let stored = stored_state(record.as_ref());
            let SavePlan::Write { revision, parent } = sync.plan_save(stored, form) else {
                return;
            };
            let next = Draft {
                id: id.to_owned(),
                origin: origin.clone(),
                form: form.clone(),
                saved_at: clock_ms(),
                revision,
                save: random_word(),
                parent,
            };
            match storage::write(&next) {
                Ok(()) => {
                    sync.saved(&next);
                    self.refresh(id);
                }
                Err(e) => sync.save_failed(e),
            }
        });
    }

    /// Reads one draft's key again, leaving the others as they are.
    fn refresh(&self, id: &str) {
        if let Ok(record) = storage::read(id) {
            self.records.update(|records| {
                records.retain(|r| r.id != id);
                if let Some(record) = record {
                    let at = records.partition_point(|r| r.id < record.id);
                    records.insert(at, record);
                }
            });
        }
    }

    /// Removes a stored record and keeps its text among the deleted ones,
    /// to be put back on request.
    pub fn delete(&self, id: &str) -> Result<(), StorageError> {
        let title = match self.record_untracked(id) {
            Some(record) => match record.draft() {
                Some(draft) => draft.title().map(|t| t.into_owned()),
                None => Some(id.to_owned()),
            },
            None => Some(id.to_owned()),
        };
        let removed = storage::remove(id);
        self.reload();
        if let Some(raw) = removed? {
            self.deleted.update(|deleted| {
                deleted.retain(|d| d.id != id);
                deleted.push(Deleted {
                    id: id.to_owned(),
                    raw,
                    title,
                });
            });
        }
        Ok(())
    }

    /// What was deleted in this visit and not yet put back or let go (tracked).
    pub fn deleted(&self) -> Vec<Deleted> {
        self.deleted.get()
    }

    /// Puts a deleted draft back: under its own id when that is free, else
    /// under a new one, so that nothing stored meanwhile is written over.
    /// On failure it stays among the deleted ones.
    pub fn restore(&self, id: &str) -> Result<Restored, StorageError> {
        let Some(deleted) = self
            .deleted
            .with_untracked(|all| all.iter().find(|d| d.id == id).cloned())
        else {
            return Ok(Restored::InPlace);
        };
        let restored = if storage::write_raw_if_free(&deleted.id, &deleted.raw)? {
            Restored::InPlace
        } else {
            let copy = new_draft_id();
            storage::write_raw(&copy, &deleted.raw)?;
            Restored::AsCopy(copy)
        };
        self.forget(id);
        self.reload();
        Ok(restored)
    }

    /// Lets a deleted draft go for good.
    pub fn forget(&self, id: &str) {
        self.deleted
            .update(|deleted| deleted.retain(|d| d.id != id));
    }
}

/// What a stored record means to an editor.
pub fn stored_state(record: Option<&StoredRecord>) -> Stored<'_> {
    match record {
        None => Stored::Missing,
        Some(record) => match record.draft() {
            Some(draft) => Stored::Draft(draft),
            None => Stored::Unwritable(match record.decoded {
                Decoded::Future { version } => StorageReason::NewerRecord(version),
                _ => StorageReason::UnreadableRecord,
            }),
        },
    }
}

/// Where the app keeps its draft store: made the first time something needs
/// it (the drafts area, "Edit as draft", drafts among the listings), so that
/// the home page neither reads the drafts nor carries their code, and owned
/// by the app's root so that it lives as long as the app.
#[derive(Clone)]
pub struct DraftStoreSlot {
    root: Owner,
    store: StoredValue<Option<DraftStore>>,
}

/// Gives the app its (not yet made) draft store; called by [`crate::App`].
pub fn provide_draft_store_slot() {
    if let Some(root) = Owner::current() {
        provide_context(DraftStoreSlot {
            root,
            store: StoredValue::new(None),
        });
    }
}

/// The app's draft store, made on first use.
pub fn use_drafts() -> DraftStore {
    let Some(slot) = use_context::<DraftStoreSlot>() else {
        return DraftStore::open();
    };
    if let Some(store) = slot.store.get_value() {
        return store;
    }
    let store = slot.root.with(DraftStore::open);
    slot.store.set_value(Some(store));
    store
}
