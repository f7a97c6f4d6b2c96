//! What a browser's storage can answer when it fails, as plain values:
//! every store of the app (drafts, the saved list, the choice of language)
//! reports through these, and the drafts area puts them in words.

/// What went wrong with storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser offers no localStorage here (disabled, private mode, a sandbox).
    Unavailable(StorageReason),
    /// The browser refused the write because storage is full.
    QuotaExceeded,
    /// Some other refusal.
    WriteFailed(StorageReason),
}

/// Why storage failed: a plain value, which only the drafts area puts in
/// words (`StorageReason::message`, in [`crate::drafts::sync`]), so that
/// the home page, which stores the choice of language, carries no words
/// of the drafts area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageReason {
    /// The page has no window.
    NoWindow,
    /// The browser offers no local storage.
    NoLocalStorage,
    /// The browser refused, in its own words when it gave any.
    Browser(Option<String>),
    /// The stored record cannot be read, so it is not written over.
    UnreadableRecord,
    /// The stored record is of a newer version (this one), so it is not
    /// written over.
    NewerRecord(u64),
}
