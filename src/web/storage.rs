//! The only code that touches localStorage. Every key starts with
//! `seminars:`; each draft has its own key, so one write can never damage
//! another draft. Records go through the versioned codec in
//! [`seminars_core::drafts::record`]. Failures come back as [`StorageError`]; nothing
//! here panics or throws, and a value that cannot be read is never written
//! over.
//!
//! Storage is reached through `web-sys` alone, with every call's error
//! handled: reading `window.localStorage` may throw on any call (privacy
//! modes, some embedded browsers), and `gloo-storage` turns such a throw
//! into an uncatchable exception.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use crate::web::dom::describe_js_error;
use seminars_core::drafts::draft::Draft;
use seminars_core::drafts::messages::their_words;
use seminars_core::drafts::record::{decode, encode, Decoded};
pub use seminars_core::storage::{StorageError, StorageReason};

/// The prefix of every key the app writes.
pub const KEY_PREFIX: &str = "seminars:";
/// The prefix of draft keys: `seminars:draft:{draft id}`.
pub const DRAFT_PREFIX: &str = "seminars:draft:";

/// One stored draft key, read and decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredRecord {
    /// The draft id from the key. A readable record's draft carries this
    /// id too, whatever id its stored text names: the key is what the app
    /// reads, writes and deletes.
    pub id: String,
    /// The value exactly as stored, for download and undo.
    pub raw: String,
    /// What the value turned out to be.
    pub decoded: Decoded,
}

impl StoredRecord {
    /// Reads a stored value found under the draft id `id`.
    pub fn new(id: &str, raw: String) -> Self {
        let mut decoded = decode(&raw);
        if let Decoded::Current(draft) | Decoded::Migrated { draft, .. } = &mut decoded {
            draft.id = id.to_owned();
        }
        StoredRecord {
            id: id.to_owned(),
            raw,
            decoded,
        }
    }

    /// The draft, when the record reads as one.
    pub fn draft(&self) -> Option<&Draft> {
        match &self.decoded {
            Decoded::Current(draft) | Decoded::Migrated { draft, .. } => Some(draft),
            _ => None,
        }
    }
}

/// The key of the visitor's choice of language: its tag, `en` or `zh-Hans`.
pub const LANG_KEY: &str = "seminars:lang";

/// The language the visitor chose, as stored; `None` when there is no
/// choice or no storage.
pub fn read_language() -> Option<String> {
    storage().ok()?.get_item(LANG_KEY).ok().flatten()
}

/// Remembers the visitor's choice of language. Without storage the choice
/// holds for this visit only, which is all the page can do.
pub fn write_language(tag: &str) -> Result<(), StorageError> {
    storage()?.set_item(LANG_KEY, tag).map_err(write_error)
}

/// The key of the visitor's choice of time zone for a seminar's times:
/// `event` or `visitor`.
pub const ZONE_KEY: &str = "seminars:zone";

/// The stored choice of time zone, if any.
pub fn read_zone_choice() -> Option<String> {
    storage().ok()?.get_item(ZONE_KEY).ok().flatten()
}

/// Remembers the choice of time zone (for this visit only without storage).
pub fn write_zone_choice(choice: &str) -> Result<(), StorageError> {
    storage()?.set_item(ZONE_KEY, choice).map_err(write_error)
}

/// The key of the saved seminars (see [`seminars_core::saved`]).
pub const SAVED_KEY: &str = "seminars:saved";
/// Where an unreadable saved list is kept, untouched, before a new one is
/// started; a second one goes under `…:2`, a third under `…:3`, and so on.
pub const SAVED_UNREADABLE_KEY: &str = "seminars:saved:unreadable";

/// The stored saved list, as stored.
pub fn read_saved() -> Result<Option<String>, StorageError> {
    storage()?.get_item(SAVED_KEY).map_err(read_error)
}

/// Writes the saved list.
pub fn write_saved(raw: &str) -> Result<(), StorageError> {
    storage()?.set_item(SAVED_KEY, raw).map_err(write_error)
}

/// Where the unreadable saved list `raw` is kept aside, or would be: the
/// key that holds exactly it already, else the first free one of
/// [`SAVED_UNREADABLE_KEY`], `…:2`, `…:3`, … Every unreadable list the app
/// moves aside keeps a key of its own.
pub fn unreadable_saved_key(raw: &str) -> Result<String, StorageError> {
    let storage = storage()?;
    let count = storage.length().map_err(read_error)?;
    let key = |n: u32| match n {
        1 => SAVED_UNREADABLE_KEY.to_owned(),
        n => format!("{SAVED_UNREADABLE_KEY}:{n}"),
    };
    // Some key among the first `count + 1` is free.
    for n in 1..=count.saturating_add(1) {
        match storage.get_item(&key(n)).map_err(read_error)? {
            None => return Ok(key(n)),
            Some(kept) if kept == raw => return Ok(key(n)),
            Some(_) => {}
        }
    }
    Ok(key(count.saturating_add(2)))
}

/// Keeps an unreadable saved list aside (see [`unreadable_saved_key`]), so
/// that a new list can be written without losing it; the key it is kept
/// under.
pub fn keep_unreadable_saved(raw: &str) -> Result<String, StorageError> {
    let key = unreadable_saved_key(raw)?;
    storage()?.set_item(&key, raw).map_err(write_error)?;
    Ok(key)
}

/// Whether a `storage` event concerns the saved list (or all of storage).
pub fn is_saved_change(event: &web_sys::StorageEvent) -> bool {
    let local = storage().ok();
    if event.storage_area().is_some() && event.storage_area() != local {
        return false;
    }
    event.key().is_none_or(|k| k == SAVED_KEY)
}

/// The key of a draft.
pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

thread_local! {
    /// The storage object once the browser has handed it out: asking again
    /// could throw where the first call did not.
    static HANDLE: RefCell<Option<web_sys::Storage>> = const { RefCell::new(None) };
}

/// localStorage, or why there is none.
fn storage() -> Result<web_sys::Storage, StorageError> {
    if let Some(handle) = HANDLE.with(|h| h.borrow().clone()) {
        return Ok(handle);
    }
    let window = web_sys::window().ok_or(StorageError::Unavailable(StorageReason::NoWindow))?;
    match window.local_storage() {
        Ok(Some(handle)) => {
            HANDLE.with(|h| *h.borrow_mut() = Some(handle.clone()));
            Ok(handle)
        }
        Ok(None) => Err(StorageError::Unavailable(StorageReason::NoLocalStorage)),
        Err(e) => Err(StorageError::Unavailable(browser_said(&e))),
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
        StorageError::WriteFailed(browser_said(&e))
    }
}

fn read_error(e: wasm_bindgen::JsValue) -> StorageError {
    StorageError::Unavailable(browser_said(&e))
}

/// What the browser said of a refusal.
fn browser_said(e: &wasm_bindgen::JsValue) -> StorageReason {
    StorageReason::Browser(describe_js_error(e))
}

/// Every draft key with its decoded value, in key order. A key whose value
/// cannot be read is listed as damaged, so it can still be deleted.
pub fn read_all() -> Result<Vec<StoredRecord>, StorageError> {
    let storage = storage()?;
    let count = storage.length().map_err(read_error)?;
    let mut keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(DRAFT_PREFIX))
        .collect();
    keys.sort_unstable();
    Ok(keys
        .into_iter()
        .filter_map(|key| {
            let id = &key[DRAFT_PREFIX.len()..];
            match storage.get_item(&key) {
                Ok(Some(raw)) => Some(StoredRecord::new(id, raw)),
                Ok(None) => None,
                Err(e) => Some(StoredRecord {
                    id: id.to_owned(),
                    raw: String::new(),
                    decoded: Decoded::Corrupt {
                        reason: their_words(describe_js_error(&e)),
                    },
                }),
            }
        })
        .collect())
}

/// One draft's record, if there is one.
pub fn read(id: &str) -> Result<Option<StoredRecord>, StorageError> {
    let raw = storage()?.get_item(&draft_key(id)).map_err(read_error)?;
    Ok(raw.map(|raw| StoredRecord::new(id, raw)))
}

/// Writes a draft under its key.
pub fn write(draft: &Draft) -> Result<(), StorageError> {
    write_raw(&draft.id, &encode(draft))
}

/// Writes a raw value under a draft key.
pub fn write_raw(id: &str, raw: &str) -> Result<(), StorageError> {
    storage()?
        .set_item(&draft_key(id), raw)
        .map_err(write_error)
}

/// Writes a raw value under a draft key only when the key is free. Returns
/// whether it wrote.
pub fn write_raw_if_free(id: &str, raw: &str) -> Result<bool, StorageError> {
    let storage = storage()?;
    let key = draft_key(id);
    if storage.get_item(&key).map_err(read_error)?.is_some() {
        return Ok(false);
    }
    storage.set_item(&key, raw).map_err(write_error)?;
    Ok(true)
}

/// Removes a draft's key, returning the value it held so it can be restored.
pub fn remove(id: &str) -> Result<Option<String>, StorageError> {
    let storage = storage()?;
    let key = draft_key(id);
    let raw = storage.get_item(&key).map_err(read_error)?;
    storage
        .remove_item(&key)
        .map_err(|e| StorageError::WriteFailed(browser_said(&e)))?;
    Ok(raw)
}

/// A change another tab made to storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExternalChange {
    /// A draft key was written (`Some` value) or removed (`None`).
    Draft {
        /// The draft id from the key.
        id: String,
        /// What the key holds now.
        value: Option<String>,
    },
    /// Storage was cleared.
    Cleared,
}

/// Reads a window `storage` event, which the browser fires in every other
/// tab of the same site for each write, in order. Keys outside the app's
/// prefix are ignored.
pub fn external_change(event: &web_sys::StorageEvent) -> Option<ExternalChange> {
    let local = storage().ok();
    if event.storage_area().is_some() && event.storage_area() != local {
        return None;
    }
    match event.key() {
        None => Some(ExternalChange::Cleared),
        Some(key) => key
            .strip_prefix(DRAFT_PREFIX)
            .map(|id| ExternalChange::Draft {
                id: id.to_owned(),
                value: event.new_value(),
            }),
    }
}
