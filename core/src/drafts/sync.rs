//! How an open editor keeps its draft in step with storage and with other
//! tabs, as a plain state machine: the page feeds it what it reads from
//! storage and what other tabs write, and it says what to write, what to
//! show, and when to ask the person. It never lets a tab's text disappear:
//!
//! - Every save names the save it was made from ([`Draft::parent`]). A tab
//!   writes only over the save its text builds on ([`DraftSync::plan_save`]).
//! - Two tabs can still both pass that check at the same moment, because
//!   each reads its own copy of storage. The browser then tells each tab of
//!   the other's write (the window `storage` event, one per write, in
//!   order). A tab whose save is not the parent of what arrived knows its
//!   text was written over without being seen, and keeps it and asks
//!   ([`DraftSync::external`]) — even when it has nothing unsaved.
//! - Whenever the other text is the same as this tab's, there is nothing to
//!   ask: the tab takes the other save as its base.
//! - While the question waits, this tab's text is never only on screen: if
//!   no stored draft holds it, it is set aside as a draft of its own
//!   ([`DraftSync::plan_aside`]), and kept there as the person types on,
//!   so closing or reloading the tab, or going to another page, loses
//!   nothing. "Keep both" then leaves each text in one draft, never two
//!   copies of one text; the other answers remove the copy set aside.

use crate::drafts::draft::{Draft, SeminarForm, Stamp};
use crate::drafts::messages::{their_words, DraftMessage, DraftMsg};
use crate::i18n::message::Message;
use crate::storage::{StorageError, StorageReason};

impl StorageReason {
    /// The reason in words, to be said in the language shown.
    pub fn message(&self) -> DraftMessage {
        match self {
            StorageReason::NoWindow => DraftMsg::NoWindow.into(),
            StorageReason::NoLocalStorage => DraftMsg::NoLocalStorage.into(),
            StorageReason::Browser(words) => their_words(words.clone()),
            StorageReason::UnreadableRecord => DraftMsg::RecordUnwritable.into(),
            StorageReason::NewerRecord(version) => {
                Message::draft(DraftMsg::RecordUnwritableFuture).with("version", version)
            }
        }
    }
}

/// What storage holds under a draft's key, as far as the editor cares.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored<'a> {
    /// Nothing: the draft was never stored, or it was deleted.
    Missing,
    /// A draft this app can read.
    Draft(&'a Draft),
    /// A record this app must not write over (damaged, or from a newer
    /// version), with why.
    Unwritable(StorageReason),
}

/// Where saving stands, as the editor shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Nothing typed since the draft was opened; it was last saved at this
    /// time (ms since 1970; 0 when never).
    Unchanged(f64),
    /// A change waits for its save.
    Pending,
    /// Written at this time (ms since 1970).
    Saved(f64),
    /// Storage refused; the text is still in the form.
    Failed(StorageError),
    /// Another tab saved a different text that this tab's text would
    /// replace, or that replaced this tab's: the person chooses.
    Conflict(Box<Draft>),
    /// Another tab deleted the draft; the text here is saved again with the
    /// next change.
    DeletedElsewhere,
    /// No storage: the draft lives only in this page.
    NotStored(StorageError),
}

/// What to do when a save is due.
#[derive(Clone, Debug, PartialEq)]
pub enum SavePlan {
    /// Nothing to write.
    Nothing,
    /// Write this revision, made from `parent`.
    Write {
        /// The new revision number.
        revision: u64,
        /// The save the text builds on.
        parent: Option<Stamp>,
    },
}

/// What to do to keep this tab's text while a conflict waits.
#[derive(Clone, Debug, PartialEq)]
pub enum AsidePlan {
    /// Nothing: a stored draft holds the text already.
    Nothing,
    /// Store the text as a new draft.
    New,
    /// Write it over the copy set aside before, as this revision made
    /// from that copy's save.
    Update {
        /// The copy's draft id.
        id: String,
        /// The new revision number.
        revision: u64,
        /// The copy's save it replaces.
        parent: Stamp,
    },
}

/// The draft this tab's text was set aside in while a conflict waits.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    /// The copy's draft id.
    pub id: String,
    /// Its save as this tab wrote it.
    pub stamp: Stamp,
}

/// One open editor's view of its draft in storage.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftSync {
    /// The stored save this editor's text builds on; `None` when the draft
    /// is not in storage (never stored, deleted elsewhere, no storage).
    base: Option<Stamp>,
    /// Whether the text changed since `base`.
    dirty: bool,
    status: SaveStatus,
    /// The copy of this tab's text set aside during a conflict, if any.
    aside: Option<SetAside>,
    /// Whether a stored draft holds the text as it is now (only asked
    /// during a conflict).
    kept: bool,
}

impl DraftSync {
    /// An editor opened on a stored draft.
    pub fn stored(draft: &Draft) -> Self {
        DraftSync {
            base: Some(draft.stamp()),
            dirty: false,
            status: SaveStatus::Unchanged(draft.saved_at),
            aside: None,
            kept: true,
        }
    }

    /// An editor whose draft cannot be stored: it lives in the page. A
    /// draft that already holds text (one carried over from another page)
    /// is unsaved text from the start.
    pub fn not_stored(error: StorageError, has_text: bool) -> Self {
        DraftSync {
            base: None,
            dirty: has_text,
            status: SaveStatus::NotStored(error),
            aside: None,
            kept: true,
        }
    }

    /// The status to show.
    pub fn status(&self) -> &SaveStatus {
        &self.status
    }

    /// Whether this page holds text that storage does not.
    pub fn has_unsaved_text(&self) -> bool {
        self.dirty
    }

    /// Whether leaving the page now would lose text: it could not be saved
    /// (no storage, storage refused), or it waits for a choice between two
    /// texts and no stored draft holds it yet. Text that is merely pending
    /// is written when the page is left.
    pub fn text_at_risk(&self) -> bool {
        match self.status {
            SaveStatus::Conflict(_) => !self.kept,
            SaveStatus::Failed(_) | SaveStatus::NotStored(_) => self.dirty,
            _ => false,
        }
    }

    /// Whether the person must choose between two texts.
    pub fn in_conflict(&self) -> bool {
        matches!(self.status, SaveStatus::Conflict(_))
    }

    /// The person changed the text. Returns whether a save should be
    /// scheduled (not without storage; while a conflict waits for a
    /// choice, the save sets the text aside, see [`DraftSync::plan_aside`]).
    pub fn edited(&mut self) -> bool {
        self.dirty = true;
        match self.status {
            SaveStatus::NotStored(_) => false,
            SaveStatus::Conflict(_) => {
                self.kept = false;
                true
            }
            _ => {
                self.status = SaveStatus::Pending;
                true
            }
        }
    }

    /// Whether a save is due: there is unsaved text, storage exists, and no
    /// conflict waits for a choice.
    pub fn save_due(&self) -> bool {
        self.dirty && !self.in_conflict() && !matches!(self.status, SaveStatus::NotStored(_))
    }

    /// A save is due and storage holds `stored`: what to write. When the
    /// stored save is not the one this text builds on, nothing is written
    /// and the person is asked, unless both texts are the same.
    pub fn plan_save(&mut self, stored: Stored, mine: &SeminarForm) -> SavePlan {
        if !self.save_due() {
            return SavePlan::Nothing;
        }
        match stored {
            Stored::Missing => SavePlan::Write {
                revision: self.base.as_ref().map_or(1, |b| b.revision + 1),
                parent: None,
            },
            Stored::Unwritable(reason) => {
                self.status = SaveStatus::Failed(StorageError::WriteFailed(reason));
                SavePlan::Nothing
            }
            Stored::Draft(theirs) if Some(theirs.stamp()) == self.base => SavePlan::Write {
                revision: theirs.revision + 1,
                parent: Some(theirs.stamp()),
            },
            Stored::Draft(theirs) if theirs.form == *mine => {
                self.take_base(theirs);
                SavePlan::Nothing
            }
            Stored::Draft(theirs) => {
                self.ask(theirs);
                SavePlan::Nothing
            }
        }
    }

    /// The planned save was written as `saved`.
    pub fn saved(&mut self, saved: &Draft) {
        self.take_base(saved);
    }

    /// The planned save failed; the text stays unsaved.
    pub fn save_failed(&mut self, error: StorageError) {
        self.status = SaveStatus::Failed(error);
    }

    /// Another tab wrote (or removed) this draft. Returns the text to show
    /// when this editor should take the other tab's text.
    pub fn external(&mut self, stored: Stored, mine: &SeminarForm) -> Option<SeminarForm> {
        if matches!(self.status, SaveStatus::NotStored(_)) {
            return None;
        }
        match stored {
            Stored::Unwritable(_) => None,
            Stored::Missing => {
                if self.base.take().is_some() {
                    self.dirty = true;
                    self.status = SaveStatus::DeletedElsewhere;
                }
                None
            }
            Stored::Draft(theirs) if Some(theirs.stamp()) == self.base => None,
            Stored::Draft(theirs) if theirs.form == *mine => {
                self.take_base(theirs);
                None
            }
            // A write made from this tab's save, which this tab has not
            // changed since: taken, unless a question waits (the person
            // there has not chosen yet, and their text stays).
            Stored::Draft(theirs)
                if !self.dirty
                    && !self.in_conflict()
                    && self.base.is_some()
                    && theirs.parent == self.base =>
            {
                self.take_base(theirs);
                Some(theirs.form.clone())
            }
            Stored::Draft(theirs) => {
                self.ask(theirs);
                None
            }
        }
    }

    /// "Keep my version": this text is written over the other tab's. Returns
    /// whether a save should follow at once.
    pub fn keep_mine(&mut self) -> bool {
        let SaveStatus::Conflict(theirs) = &self.status else {
            return false;
        };
        self.base = Some(theirs.stamp());
        self.dirty = true;
        self.status = SaveStatus::Pending;
        true
    }

    /// The question is answered with the text `stored` holds, which is
    /// the text shown ("Keep both" when this tab's text is the one under
    /// the draft's own key).
    pub fn answered_with(&mut self, stored: &Draft) {
        self.take_base(stored);
    }

    /// After "Load the other tab's version": when storage holds yet
    /// another text than the one now shown (this tab's own, written last),
    /// what is shown is written over it, so that the screen and storage
    /// agree. Returns whether a save is due.
    pub fn write_over(&mut self, stored: Stored, shown: &SeminarForm) -> bool {
        match stored {
            Stored::Draft(d) if Some(d.stamp()) != self.base && d.form != *shown => {
                self.base = Some(d.stamp());
                self.dirty = true;
                self.status = SaveStatus::Pending;
                true
            }
            _ => false,
        }
    }

    /// "Load the other tab's version": returns the text to show.
    pub fn keep_theirs(&mut self) -> Option<SeminarForm> {
        let SaveStatus::Conflict(theirs) = &self.status else {
            return None;
        };
        let theirs = theirs.clone();
        self.take_base(&theirs);
        Some(theirs.form)
    }

    /// "Keep both": this text is in another draft now (the copy set aside),
    /// so this editor has nothing of its own left to save.
    pub fn handed_over(&mut self) {
        self.dirty = false;
        self.aside = None;
        self.kept = true;
    }

    /// The other text of the question waiting, if one waits.
    pub fn theirs(&self) -> Option<&Draft> {
        match &self.status {
            SaveStatus::Conflict(theirs) => Some(theirs),
            _ => None,
        }
    }

    /// Whether this tab's text must be set aside: a conflict waits and no
    /// stored draft is known to hold the text as it is now.
    pub fn aside_due(&self) -> bool {
        self.in_conflict() && !self.kept
    }

    /// A conflict waits; `stored` is every draft storage holds that reads.
    /// When none of them holds this tab's text (`mine`), it goes into a
    /// draft of its own: the copy set aside before, if storage still holds
    /// it as this tab wrote it, else a new one.
    pub fn plan_aside(&mut self, stored: &[&Draft], mine: &SeminarForm) -> AsidePlan {
        if !self.aside_due() {
            return AsidePlan::Nothing;
        }
        if stored.iter().any(|d| d.form == *mine) {
            self.kept = true;
            return AsidePlan::Nothing;
        }
        match &self.aside {
            Some(aside)
                if stored
                    .iter()
                    .any(|d| d.id == aside.id && d.stamp() == aside.stamp) =>
            {
                AsidePlan::Update {
                    id: aside.id.clone(),
                    revision: aside.stamp.revision + 1,
                    parent: aside.stamp.clone(),
                }
            }
            _ => AsidePlan::New,
        }
    }

    /// The text was set aside as `copy`.
    pub fn set_aside(&mut self, copy: &Draft) {
        self.aside = Some(SetAside {
            id: copy.id.clone(),
            stamp: copy.stamp(),
        });
        self.kept = true;
    }

    /// The copy set aside during a conflict that is over, taken so that it
    /// is dealt with once: the text it holds is now under the draft's own
    /// key (or was let go), so the copy is no longer needed.
    pub fn take_finished_aside(&mut self) -> Option<SetAside> {
        if self.in_conflict() {
            return None;
        }
        self.aside.take()
    }

    /// The copy set aside, if any.
    pub fn aside(&self) -> Option<&SetAside> {
        self.aside.as_ref()
    }

    /// Asks the person to choose between this text and `theirs`.
    fn ask(&mut self, theirs: &Draft) {
        self.status = SaveStatus::Conflict(Box::new(theirs.clone()));
        self.kept = false;
    }

    fn take_base(&mut self, draft: &Draft) {
        self.base = Some(draft.stamp());
        self.dirty = false;
        self.status = SaveStatus::Saved(draft.saved_at);
    }
}
