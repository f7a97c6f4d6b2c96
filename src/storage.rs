//! The only code that touches localStorage. Every key starts with
//! `seminars:`; each draft has its own key, so one write can never damage
//! another draft. Records go through the versioned codec in
//! [`crate::domain::record`]. Failures come back as [`StorageError`]; nothing
//! here panics, and a value that cannot be read is never written over.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

use crate::catalogue::describe_js_error;
use crate::domain::draft::Draft;
use crate::domain::record::{decode, encode, Decoded};

/// The prefix of every key the app writes.
pub const KEY_PREFIX: &str = "seminars:";
/// The prefix of draft keys: `seminars:draft:{draft id}`.
pub const DRAFT_PREFIX: &str = "seminars:draft:";

/// What went wrong with storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser offers no localStorage here (disabled, private mode, a sandbox).
    Unavailable(String),
    /// The browser refused the write because storage is full.
    QuotaExceeded,
    /// Some other refusal.
    WriteFailed(String),
}

/// One stored draft key, read and decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredRecord {
    /// The draft id from the key.
    pub id: String,
    /// The value exactly as stored, for download and undo.
    pub raw: String,
    /// What the value turned out to be.
    pub decoded: Decoded,
}

/// The key of a draft.
pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

/// localStorage, once it has shown it can be read. gloo-storage's own
/// accessor panics when storage is missing, so availability is checked
/// through web-sys first.
fn storage() -> Result<web_sys::Storage, StorageError> {
    let window =
        web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".to_owned()))?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        Ok(None) => Err(StorageError::Unavailable(
            "this browser offers no local storage".to_owned(),
        )),
        Err(e) => Err(StorageError::Unavailable(describe_js_error(&e))),
    }
}

/// Whether drafts can be saved here: storage exists and accepts a write.
pub fn check_available() -> Result<(), StorageError> {
    let storage = storage()?;
    let probe = format!("{KEY_PREFIX}probe");
    storage.set_item(&probe, "1").map_err(write_error)?;
    let _ = storage.remove_item(&probe);
    Ok(())
}

fn write_error(e: wasm_bindgen::JsValue) -> StorageError {
    let quota = e
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|d| d.name() == "QuotaExceededError" || d.code() == 22);
    if quota {
        StorageError::QuotaExceeded
    } else {
        StorageError::WriteFailed(describe_js_error(&e))
    }
}

/// Every draft key with its decoded value, in key order.
pub fn read_all() -> Result<Vec<StoredRecord>, StorageError> {
    let storage = storage()?;
    let count = storage
        .length()
        .map_err(|e| StorageError::Unavailable(describe_js_error(&e)))?;
    let mut keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(DRAFT_PREFIX))
        .collect();
    keys.sort();
    Ok(keys
        .into_iter()
        .filter_map(|key| {
            let raw = storage.get_item(&key).ok().flatten()?;
            Some(StoredRecord {
                id: key[DRAFT_PREFIX.len()..].to_owned(),
                decoded: decode(&raw),
                raw,
            })
        })
        .collect())
}

/// One draft's record, if there is one.
pub fn read(id: &str) -> Result<Option<StoredRecord>, StorageError> {
    let storage = storage()?;
    let raw = storage
        .get_item(&draft_key(id))
        .map_err(|e| StorageError::Unavailable(describe_js_error(&e)))?;
    Ok(raw.map(|raw| StoredRecord {
        id: id.to_owned(),
        decoded: decode(&raw),
        raw,
    }))
}

/// Writes a draft under its key.
pub fn write(draft: &Draft) -> Result<(), StorageError> {
    write_raw(&draft.id, &encode(draft))
}

/// Writes a raw value under a draft key (used to undo a delete).
pub fn write_raw(id: &str, raw: &str) -> Result<(), StorageError> {
    storage()?
        .set_item(&draft_key(id), raw)
        .map_err(write_error)
}

/// Removes a draft's key, returning the value it held so it can be restored.
pub fn remove(id: &str) -> Result<Option<String>, StorageError> {
    let storage = storage()?;
    let key = draft_key(id);
    let raw = storage.get_item(&key).ok().flatten();
    storage
        .remove_item(&key)
        .map_err(|e| StorageError::WriteFailed(describe_js_error(&e)))?;
    Ok(raw)
}

/// A change another tab made to storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExternalChange {
    /// A draft key was written or removed.
    Draft(String),
    /// Storage was cleared.
    Cleared,
}

/// Reads a window `storage` event, which the browser fires for writes made
/// by other tabs of the same site. Keys outside the app's prefix are ignored.
pub fn external_change(event: &web_sys::StorageEvent) -> Option<ExternalChange> {
    match event.key() {
        None => Some(ExternalChange::Cleared),
        Some(key) => key
            .strip_prefix(DRAFT_PREFIX)
            .map(|id| ExternalChange::Draft(id.to_owned())),
    }
}
