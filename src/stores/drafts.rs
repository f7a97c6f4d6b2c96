//! The drafts in this browser, as reactive state shared through context. It
//! reads and writes through [`crate::web::storage`] only, follows other tabs'
//! writes through the window's `storage` event, and keeps what was deleted
//! in this visit so it can be put back.

use leptos::ev;
use leptos::prelude::*;

use crate::web::dom::{clock_ms, new_draft_id, random_word};
use crate::web::storage::{self, StorageError, StoredRecord};
use seminars_core::drafts::draft::{Draft, DraftOrigin, SeminarForm, Stamp};
use seminars_core::drafts::messages::{DraftMessage, DraftMsg};
use seminars_core::drafts::record::Decoded;
use seminars_core::drafts::sync::{AsidePlan, DraftSync, SavePlan, Stored};
use seminars_core::i18n::lang::Lang;
use seminars_core::storage::StorageReason;

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
        self.records.with(|records| readable(records))
    }

    /// The drafts that read, without tracking.
    pub fn drafts_untracked(&self) -> Vec<Draft> {
        self.records.with_untracked(|records| readable(records))
    }

    /// Stores a new draft and returns it.
    pub fn create(&self, origin: DraftOrigin, form: SeminarForm) -> Result<Draft, StorageError> {
        let draft = save_of(new_draft_id(), &origin, &form, 1, None);
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
    /// due and storage still holds the save the text builds on; while a
    /// conflict waits, sets the text aside instead (see [`Self::keep_safe`]).
    /// `sync` records the outcome.
    pub fn save(&self, sync: &mut DraftSync, id: &str, origin: &DraftOrigin, form: &SeminarForm) {
        if sync.save_due() {
            crate::web::timing::measure("draft-save", || self.write_save(sync, id, origin, form));
        }
        self.keep_safe(sync, id, origin, form);
    }

    /// Writes the save `sync` plans against what storage holds now.
    fn write_save(&self, sync: &mut DraftSync, id: &str, origin: &DraftOrigin, form: &SeminarForm) {
        let record = match storage::read(id) {
            Ok(record) => record,
            Err(e) => return sync.save_failed(e),
        };
        let stored = stored_state(record.as_ref());
        let SavePlan::Write { revision, parent } = sync.plan_save(stored, form) else {
            return;
        };
        let next = save_of(id.to_owned(), origin, form, revision, parent);
        match storage::write(&next) {
            Ok(()) => {
                sync.saved(&next);
                self.refresh(id);
            }
            Err(e) => sync.save_failed(e),
        }
    }

    /// While a conflict waits, makes sure a stored draft holds the editor's
    /// text (a copy set aside, when none does), so that nothing typed lives
    /// only on screen; once the conflict is over, removes a copy that the
    /// draft's own key now holds word for word.
    pub fn keep_safe(
        &self,
        sync: &mut DraftSync,
        id: &str,
        origin: &DraftOrigin,
        form: &SeminarForm,
    ) {
        if sync.aside_due() {
            self.set_aside(sync, origin, form);
        }
        if let Some(aside) = sync.take_finished_aside() {
            let copy = storage::read(&aside.id).ok().flatten();
            let own = storage::read(id).ok().flatten();
            let copy = copy.as_ref().and_then(StoredRecord::draft);
            let duplicate = copy.is_some_and(|c| {
                c.stamp() == aside.stamp
                    && own
                        .as_ref()
                        .and_then(StoredRecord::draft)
                        .is_some_and(|d| d.form == c.form)
            });
            if duplicate && storage::remove(&aside.id).is_ok() {
                self.reload();
            }
        }
    }

    /// Stores the editor's text in a draft of its own, if no stored draft
    /// holds it. A failure leaves the text at risk, which the page says
    /// when it is closed; the next change or leaving the page tries again.
    fn set_aside(&self, sync: &mut DraftSync, origin: &DraftOrigin, form: &SeminarForm) {
        let Ok(records) = storage::read_all() else {
            return;
        };
        let drafts: Vec<&Draft> = records.iter().filter_map(StoredRecord::draft).collect();
        let (id, revision, parent) = match sync.plan_aside(&drafts, form) {
            AsidePlan::Nothing => return,
            AsidePlan::New => (new_draft_id(), 1, None),
            AsidePlan::Update {
                id,
                revision,
                parent,
            } => (id, revision, Some(parent)),
        };
        let copy = save_of(id, origin, form, revision, parent);
        if storage::write(&copy).is_ok() {
            sync.set_aside(&copy);
            self.reload();
        }
    }

    /// "Keep both as separate drafts": leaves this editor's text and the
    /// other tab's each in one stored draft (storing the other text only
    /// when no draft holds it, so that no text is stored twice). Returns
    /// the id of the draft that now holds this editor's text when it is
    /// not this one, for the page to open.
    pub fn keep_both(
        &self,
        sync: &mut DraftSync,
        id: &str,
        origin: &DraftOrigin,
        form: &SeminarForm,
    ) -> Result<Option<String>, StorageError> {
        let Some(theirs) = sync.theirs().cloned() else {
            return Ok(None);
        };
        self.set_aside(sync, origin, form);
        let records = storage::read_all()?;
        let holding = |text: &SeminarForm| {
            records
                .iter()
                .filter_map(StoredRecord::draft)
                .find(|d| d.form == *text)
                .cloned()
        };
        if holding(&theirs.form).is_none() {
            self.create(theirs.origin.clone(), theirs.form.clone())?;
        }
        let own = records
            .iter()
            .find(|r| r.id == id)
            .and_then(StoredRecord::draft);
        if let Some(own) = own.filter(|d| d.form == *form) {
            sync.answered_with(own);
            return Ok(None);
        }
        let home = match holding(form) {
            Some(draft) => draft.id,
            None => self.create(origin.clone(), form.clone())?.id,
        };
        sync.handed_over();
        Ok(Some(home))
    }

    /// "Load the other tab's version": the text to show, after which
    /// storage holds it under the draft's key (written over this tab's own
    /// text when that was written last) and the copy set aside, if any, is
    /// deleted, with undo on the drafts page.
    pub fn keep_theirs(
        &self,
        sync: &mut DraftSync,
        id: &str,
        origin: &DraftOrigin,
    ) -> Option<SeminarForm> {
        let aside = sync.aside().cloned();
        let theirs = sync.keep_theirs()?;
        if let Ok(record) = storage::read(id) {
            if sync.write_over(stored_state(record.as_ref()), &theirs) {
                self.save(sync, id, origin, &theirs);
            }
        }
        let _ = sync.take_finished_aside();
        if let Some(aside) = aside {
            let untouched = storage::read(&aside.id)
                .ok()
                .flatten()
                .and_then(|r| r.draft().map(Draft::stamp))
                == Some(aside.stamp);
            if untouched {
                let _ = self.delete(&aside.id);
            }
        }
        Some(theirs)
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

/// The drafts among stored records that read, current or migrated.
fn readable(records: &[StoredRecord]) -> Vec<Draft> {
    records.iter().filter_map(|r| r.draft().cloned()).collect()
}

/// A save of a draft, stamped now with a random save id.
fn save_of(
    id: String,
    origin: &DraftOrigin,
    form: &SeminarForm,
    revision: u64,
    parent: Option<Stamp>,
) -> Draft {
    Draft {
        id,
        origin: origin.clone(),
        form: form.clone(),
        saved_at: clock_ms(),
        revision,
        save: random_word(),
        parent,
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
