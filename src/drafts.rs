//! The drafts in this browser, as reactive state shared through context. It
//! reads and writes through [`crate::storage`] only, follows other tabs'
//! writes through the window's `storage` event, and refuses to write over a
//! record that another tab changed since this one read it.

use leptos::ev;
use leptos::prelude::*;

use crate::domain::draft::{Draft, DraftOrigin, SeminarForm};
use crate::domain::record::Decoded;
use crate::storage::{self, ExternalChange, StorageError, StoredRecord};

/// What came of a save.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveOutcome {
    /// Written; the draft as stored, with its new revision and time.
    Saved(Draft),
    /// Another tab saved this draft since it was read: nothing was written.
    Conflict(Draft),
    /// Storage refused: nothing was written, nothing stored was touched.
    Failed(StorageError),
}

/// Drafts and storage status for every page.
#[derive(Clone, Copy)]
pub struct DraftStore {
    records: RwSignal<Vec<StoredRecord>>,
    availability: RwSignal<Result<(), StorageError>>,
    external: RwSignal<Option<(u64, ExternalChange)>>,
}

/// Milliseconds since 1970, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A new draft id: the time and a random part, in base 36.
pub fn new_draft_id() -> String {
    fn base36(mut n: u64) -> String {
        let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
        let mut out = Vec::new();
        loop {
            out.push(digits[(n % 36) as usize]);
            n /= 36;
            if n == 0 {
                break;
            }
        }
        out.reverse();
        String::from_utf8(out).unwrap_or_default()
    }
    let random = (js_sys::Math::random() * 36f64.powi(6)) as u64;
    format!("{}-{}", base36(now_ms() as u64), base36(random))
}

impl DraftStore {
    /// Reads every stored draft and starts following other tabs' changes.
    pub fn open() -> Self {
        let store = DraftStore {
            records: RwSignal::new(Vec::new()),
            availability: RwSignal::new(Ok(())),
            external: RwSignal::new(None),
        };
        store.reload();
        let counter = StoredValue::new(0u64);
        let listener = window_event_listener(ev::storage, move |event| {
            if let Some(change) = storage::external_change(&event) {
                store.reload();
                counter.update_value(|c| *c += 1);
                store.external.set(Some((counter.get_value(), change)));
            }
        });
        on_cleanup(move || listener.remove());
        store
    }

    /// Reads storage again.
    pub fn reload(&self) {
        let availability = storage::check_available();
        match storage::read_all() {
            Ok(records) => self.records.set(records),
            Err(_) => self.records.set(Vec::new()),
        }
        // Full storage still reads: only a missing one stops drafts.
        self.availability.set(match availability {
            Err(StorageError::QuotaExceeded) => Ok(()),
            other => other,
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
        self.records.with(|records| {
            records
                .iter()
                .filter_map(|r| match &r.decoded {
                    Decoded::Current(d) | Decoded::Migrated { draft: d, .. } => Some(d.clone()),
                    _ => None,
                })
                .collect()
        })
    }

    /// The latest change another tab made (tracked).
    pub fn external_change(&self) -> Option<(u64, ExternalChange)> {
        self.external.get()
    }

    /// Stores a new draft and returns it.
    pub fn create(&self, origin: DraftOrigin, form: SeminarForm) -> Result<Draft, StorageError> {
        let draft = Draft {
            id: new_draft_id(),
            origin,
            form,
            saved_at: now_ms(),
            revision: 1,
        };
        storage::write(&draft)?;
        self.reload();
        Ok(draft)
    }

    /// Saves `draft` if storage still holds `base_revision` of it (or
    /// nothing); otherwise reports the other tab's version untouched.
    pub fn save(&self, draft: &Draft, base_revision: u64) -> SaveOutcome {
        crate::timing::measure("draft-save", || self.save_unmeasured(draft, base_revision))
    }

    fn save_unmeasured(&self, draft: &Draft, base_revision: u64) -> SaveOutcome {
        let stored = match storage::read(&draft.id) {
            Ok(stored) => stored,
            Err(e) => return SaveOutcome::Failed(e),
        };
        let mut next = draft.clone();
        match stored.map(|r| r.decoded) {
            Some(Decoded::Current(theirs)) | Some(Decoded::Migrated { draft: theirs, .. })
                if theirs.revision != base_revision =>
            {
                return SaveOutcome::Conflict(theirs);
            }
            Some(Decoded::Future { version }) => {
                return SaveOutcome::Failed(StorageError::WriteFailed(format!(
                    "a newer version of the app (record version {version}) stored this draft; it is left as it is"
                )))
            }
            Some(Decoded::Corrupt { .. }) => {
                return SaveOutcome::Failed(StorageError::WriteFailed(
                    "the stored record cannot be read; it is left as it is".to_owned(),
                ))
            }
            _ => {}
        }
        next.revision = base_revision + 1;
        next.saved_at = now_ms();
        match storage::write(&next) {
            Ok(()) => {
                self.refresh(&next.id);
                SaveOutcome::Saved(next)
            }
            Err(e) => SaveOutcome::Failed(e),
        }
    }

    /// Removes a draft, returning its stored text for undo.
    pub fn delete(&self, id: &str) -> Result<Option<String>, StorageError> {
        let raw = storage::remove(id);
        self.reload();
        raw
    }

    /// Puts back a value removed by [`DraftStore::delete`].
    pub fn restore(&self, id: &str, raw: &str) -> Result<(), StorageError> {
        let result = storage::write_raw(id, raw);
        self.reload();
        result
    }
}

/// The store provided by [`crate::App`].
pub fn use_drafts() -> DraftStore {
    use_context::<DraftStore>().unwrap_or_else(DraftStore::open)
}
