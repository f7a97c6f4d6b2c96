//! The visitor's saved seminars: the ids in storage
//! ([`crate::web::storage::SAVED_KEY`]), kept in step with other tabs through
//! the `storage` event.
//!
//! Built for the home page's download, which holds only what draws the
//! buttons: each card's "Save" button is drawn hidden, with the seminar's
//! id and title, and one listener on the document sends clicks on those
//! buttons, and other tabs' changes, to the seminar page's part
//! ([`crate::split`]). That part reads the list ([`start`]), shows every
//! button with its state and name, the header's count and the notice, and
//! keeps them so as the page changes (a `MutationObserver`) and as the list
//! changes ([`toggle`], [`reload`]); the saved page follows through
//! [`track_changes`]. The part is fetched once the list has painted, so the
//! buttons appear a moment after the first listing, never in a wrong
//! state. Drawn by the first download with a signal per button, they cost
//! about three times as much of it.
//!
//! Each change reads storage afresh and writes the whole list back, named
//! after the write it was made from; a tab told of another's write that had
//! not seen its own change makes the change again on top of it
//! ([`seminars_core::saved::Unseen`]), so two tabs saving different
//! seminars at the same moment both keep theirs. A list longer than
//! [`MAX_SAVED`] (written by hand or by another version) is kept whole; at
//! that size Save says the list is full. When storage cannot
//! take the list (none, full, a newer version's list), the change holds in
//! this tab and the page says how long it lasts; nothing is written over
//! that cannot be read back.

pub mod page;

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::texts::{fill, Texts};
use crate::ui::save_button::faces;
use crate::web::dom::random_word;
use crate::web::dom::{element, say_in};
use crate::web::storage::{self, StorageError};
use seminars_core::saved::{
    decode, encode, Applied, Change, SavedList, StoredSaved, Unseen, MAX_SAVED,
};

/// The list as this tab holds it.
#[derive(Default)]
struct State {
    /// The saved ids, oldest first.
    ids: Vec<String>,
    /// The list holds changes storage does not: the next change builds on
    /// it, not on storage.
    pending: bool,
    /// Read from storage, and the page followed.
    started: bool,
    /// The name of the stored write the list was last read from or
    /// written as: the next write is made from it.
    stored_save: Option<String>,
    /// This tab's changes that other tabs may not have seen yet.
    unseen: Unseen,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
    /// Told of every change, for the saved page.
    static CHANGED: ArcTrigger = ArcTrigger::new();
}

/// Why the saved list is not (only) in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SavedNotice {
    /// This browser keeps nothing: the list lasts until the tab closes.
    NotStored,
    /// Storage is full: the last change lasts until the tab closes.
    Full,
    /// The stored list is a newer version's: left alone.
    Newer,
    /// The stored list could not be read: it is kept aside, under this key.
    Unreadable(String),
    /// The list holds [`MAX_SAVED`] seminars or more: nothing more can be
    /// saved until some are removed.
    ListFull,
}

/// The saved ids, read from storage the first time.
pub fn ids() -> Vec<String> {
    start();
    STATE.with(|s| s.borrow().ids.clone())
}

/// Whether the seminar is saved.
pub fn is_saved(id: &str) -> bool {
    ids().iter().any(|i| i == id)
}

/// Reads storage into the tab's list (unless the tab holds changes of its
/// own); what to say about it, if anything. Another tab's write that had
/// not seen this tab's changes gets them again, and is written back.
fn read_stored() -> Option<SavedNotice> {
    read_value(storage::read_saved())
}

/// Takes a stored value (storage's, or another tab's write as its
/// `storage` event gives it) into the tab's list, as [`read_stored`].
fn read_value(raw: Result<Option<String>, StorageError>) -> Option<SavedNotice> {
    let stored = raw.as_ref().map(|raw| decode(raw.as_deref()));
    if STATE.with(|s| s.borrow().pending) {
        return None;
    }
    match stored {
        Ok(StoredSaved::List(theirs)) => return take_theirs(theirs),
        Ok(StoredSaved::Empty) => STATE.with(|s| {
            let mut s = s.borrow_mut();
            s.ids.clear();
            s.stored_save = None;
        }),
        Ok(StoredSaved::Newer(_)) => return Some(SavedNotice::Newer),
        Ok(StoredSaved::Unreadable(_)) => {
            let raw = raw.ok().flatten().unwrap_or_default();
            let key = storage::unreadable_saved_key(&raw)
                .unwrap_or_else(|_| storage::SAVED_UNREADABLE_KEY.to_owned());
            return Some(SavedNotice::Unreadable(key));
        }
        Err(_) => {}
    }
    None
}

/// Takes a stored list as the tab's, with this tab's changes it has not
/// seen made again (and written).
fn take_theirs(theirs: SavedList) -> Option<SavedNotice> {
    let merged = STATE.with(|s| s.borrow_mut().unseen.arrived(&theirs));
    let Some(ids) = merged else {
        STATE.with(|s| {
            let mut s = s.borrow_mut();
            s.ids = theirs.ids;
            s.stored_save = theirs.save;
        });
        return None;
    };
    let save = random_word();
    let list = SavedList {
        ids,
        save: Some(save.clone()),
        parent: theirs.save,
    };
    match storage::write_saved(&encode(&list)) {
        Ok(()) => {
            STATE.with(|s| {
                let mut s = s.borrow_mut();
                s.unseen.merged_as(&save);
                s.ids = list.ids;
                s.stored_save = Some(save);
            });
            None
        }
        Err(error) => {
            hold(list.ids, not_stored(&error));
            None
        }
    }
}

/// Reads the list (the first time) and keeps the page's buttons, count and
/// notice in step with it from now on. Part of the seminar page's part.
pub fn start() {
    if STATE.with(|s| std::mem::replace(&mut s.borrow_mut().started, true)) {
        return;
    }
    let notice = read_stored();
    show_notice(notice);
    sync_document();
    observe_document();
}

/// Brings new buttons up to date as the page draws them.
fn observe_document() {
    use wasm_bindgen::closure::Closure;
    let Some(body) = crate::web::dom::document().and_then(|d| d.body()) else {
        return;
    };
    let changed = Closure::<dyn FnMut()>::new(sync_document);
    let Ok(observer) = web_sys::MutationObserver::new(changed.as_ref().unchecked_ref()) else {
        return;
    };
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    if observer.observe_with_options(&body, &options).is_ok() {
        // Lives as long as the page.
        changed.forget();
    }
}

/// A button's accessible name.
fn name(t: &'static Texts, on: bool, title: &str) -> String {
    let template = if on { t.unsave_seminar } else { t.save_seminar };
    fill(template, &[("title", title)])
}

/// Changes to follow the saved list: the saved page reads this.
pub fn track_changes() {
    CHANGED.with(|c| c.track());
}

/// Saves or removes one seminar: the opposite of its state now. Part of
/// the seminar page's part.
pub fn toggle(id: &str) {
    let save = !is_saved(id);
    set(id, save);
}

/// Saves or removes one seminar; a save the full list cannot take is
/// said.
pub fn set(id: &str, save: bool) {
    let applied = change(if save {
        Change::Save(id.to_owned())
    } else {
        Change::Remove(id.to_owned())
    });
    if applied.refused > 0 {
        show_notice(Some(SavedNotice::ListFull));
    }
}

/// Adds seminars (a shared list's), after the ones already saved: how many
/// were added, and how many the full list could not take.
pub fn add_all(more: &[String]) -> Applied {
    change(Change::Add(more.to_vec()))
}

/// Another tab wrote the list (`new_value`, as its `storage` event gives
/// it): taken in turn, every write, so that none is passed over.
pub fn reload(new_value: Option<String>) {
    if !STATE.with(|s| s.borrow().started) {
        return start();
    }
    let notice = read_value(Ok(new_value));
    if notice.is_some() {
        show_notice(notice);
    }
    changed();
}

/// Applies a change to the current list (storage's, or this tab's when
/// storage is behind it), writes the result, and brings the page up to
/// date; what the change did.
fn change(change: Change) -> Applied {
    let shown = ids();
    let (pending, own_save) = STATE.with(|s| {
        let s = s.borrow();
        (s.pending, s.stored_save.clone())
    });
    let stored = storage::read_saved().map(|raw| (decode(raw.as_deref()), raw));
    let (base, parent) = match stored {
        _ if pending => (shown, own_save),
        // A write this tab has not been told of yet may lack its own
        // changes: they are made again first.
        Ok((StoredSaved::List(list), _)) => {
            let merged = STATE.with(|s| s.borrow_mut().unseen.arrived(&list));
            (merged.unwrap_or(list.ids), list.save)
        }
        Ok((StoredSaved::Empty, _)) => (Vec::new(), None),
        // A list this app cannot read is kept aside first; a newer
        // version's is never written over.
        Ok((StoredSaved::Unreadable(_), Some(raw))) => match storage::keep_unreadable_saved(&raw) {
            Ok(_) => (Vec::new(), None),
            Err(_) => {
                let key = storage::SAVED_UNREADABLE_KEY.to_owned();
                return held(change.apply(&shown), SavedNotice::Unreadable(key));
            }
        },
        Ok((StoredSaved::Unreadable(_), None)) => (Vec::new(), None),
        Ok((StoredSaved::Newer(_), _)) => return held(change.apply(&shown), SavedNotice::Newer),
        Err(_) => return held(change.apply(&shown), SavedNotice::NotStored),
    };
    let applied = change.apply(&base);
    if applied.ids == base {
        // Nothing to write (already so, or the list is full).
        STATE.with(|s| {
            let mut s = s.borrow_mut();
            s.ids = base;
            s.stored_save = parent;
        });
        changed();
        return applied;
    }
    let save = random_word();
    let list = SavedList {
        ids: applied.ids.clone(),
        save: Some(save.clone()),
        parent,
    };
    match storage::write_saved(&encode(&list)) {
        Ok(()) => {
            STATE.with(|s| {
                let mut s = s.borrow_mut();
                s.ids = list.ids;
                s.pending = false;
                s.stored_save = Some(save.clone());
                s.unseen.wrote(change, &save);
            });
            show_notice(None);
            changed();
        }
        Err(error) => hold(list.ids, not_stored(&error)),
    }
    applied
}

/// Why a write failed, as the notice says it.
fn not_stored(error: &StorageError) -> SavedNotice {
    match error {
        StorageError::QuotaExceeded => SavedNotice::Full,
        _ => SavedNotice::NotStored,
    }
}

/// [`hold`]s a change's list, and returns what the change did.
fn held(applied: Applied, why: SavedNotice) -> Applied {
    hold(applied.ids.clone(), why);
    applied
}

/// Keeps a list in this tab only, and says why.
fn hold(ids: Vec<String>, why: SavedNotice) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.ids = ids;
        s.pending = true;
    });
    show_notice(Some(why));
    changed();
}

/// Brings the document up to date and tells the saved page.
fn changed() {
    sync_document();
    CHANGED.with(|c| c.notify());
}

/// Every "Save" button's state and name, and the header's count, as the
/// list now is.
fn sync_document() {
    let Some(document) = crate::web::dom::document() else {
        return;
    };
    let t = Texts::of(crate::i18n::language::shown());
    let ids = ids();
    if let Some(count) = element("saved-count") {
        set_text(&count, &ids.len().to_string());
        set_attr(&count, "hidden", ids.is_empty().then_some(""));
    }
    let Ok(buttons) = document.query_selector_all("button[data-save]") else {
        return;
    };
    for button in (0..buttons.length()).filter_map(|i| buttons.item(i)) {
        let Ok(button) = button.dyn_into::<web_sys::Element>() else {
            continue;
        };
        let id = button.get_attribute("data-save").unwrap_or_default();
        let title = button.get_attribute("data-title").unwrap_or_default();
        let on = ids.contains(&id);
        let (star, label) = faces(t, on);
        set_attr(
            &button,
            "aria-pressed",
            Some(if on { "true" } else { "false" }),
        );
        set_attr(&button, "aria-label", Some(&name(t, on, &title)));
        set_attr(&button, "hidden", None);
        for (selector, text) in [(".star", star), (".label", label)] {
            if let Ok(Some(part)) = button.query_selector(selector) {
                set_text(&part, text);
            }
        }
    }
}

/// Sets an attribute (`None`: removes it), only when it changes: the
/// page's observer is told of every change, and would be again.
fn set_attr(element: &web_sys::Element, name: &str, value: Option<&str>) {
    if element.get_attribute(name).as_deref() != value {
        let _ = match value {
            Some(value) => element.set_attribute(name, value),
            None => element.remove_attribute(name),
        };
    }
}

/// Sets an element's text, only when it changes.
fn set_text(element: &web_sys::Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// Shows why the list is not stored, or hides the notice.
fn show_notice(notice: Option<SavedNotice>) {
    let t = crate::i18n::texts::SeminarTexts::of(crate::i18n::language::shown());
    match notice {
        None => {
            if let Some(place) = element("saved-notice") {
                set_attr(&place, "hidden", Some(""));
            }
        }
        Some(notice) => {
            let text = match notice {
                SavedNotice::NotStored => t.saved_not_stored.to_owned(),
                SavedNotice::Full => t.saved_full.to_owned(),
                SavedNotice::Newer => t.saved_newer.to_owned(),
                SavedNotice::Unreadable(key) => fill(t.saved_unreadable, &[("key", &key)]),
                SavedNotice::ListFull => {
                    fill(t.saved_list_full, &[("max", &MAX_SAVED.to_string())])
                }
            };
            say_in("saved-notice", &text);
        }
    }
}
