//! The visitor's saved seminars: a list of seminar ids, stored under one
//! key as `{"version": 1, "ids": ["…", …], "save": "…", "parent": "…"}`,
//! and shared as `/saved?ids=a,b,c`. The record is read with the
//! catalogue's own reader ([`crate::json::reader`]), so the home page,
//! where every card has a save button, carries no second JSON library.
//!
//! Two tabs can change the list at the same moment, each from its own copy
//! of storage, and the later write would hide the earlier. As with drafts,
//! every write names the write it was made from (`save`, `parent`), and
//! each tab remembers its changes until another tab's write shows it has
//! seen them ([`Unseen`]): a write that arrives without having seen them
//! gets them again, so both tabs' changes are kept.

use crate::i18n::message::{Message, Msg};
use crate::json::reader::{JsonResult, Reader};
use crate::json::Loose;

/// The record version this app writes.
pub const SAVED_VERSION: u32 = 1;

/// The most seminars a person can save, or add from a shared link; a list
/// stored longer (by another version, or by hand) is kept whole, and can
/// only shrink.
pub const MAX_SAVED: usize = 1_000;

/// A stored saved list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SavedList {
    /// The ids, oldest first, each once.
    pub ids: Vec<String>,
    /// This write's random name (`None` in lists written before writes
    /// were named).
    pub save: Option<String>,
    /// The name of the write this one was made from.
    pub parent: Option<String>,
}

/// What a stored saved list turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredSaved {
    /// Nothing stored yet.
    Empty,
    /// A list this app reads.
    List(SavedList),
    /// A list written by a newer version of the app: left as it is.
    Newer(u32),
    /// Not a list this app can read: kept aside, never written over.
    Unreadable(Message),
}

/// Reads a stored value (`None`: the key is not set). Every id is kept,
/// however many (each once).
pub fn decode(raw: Option<&str>) -> StoredSaved {
    let Some(raw) = raw else {
        return StoredSaved::Empty;
    };
    let mut r = Reader::new(raw);
    let mut version = None;
    let mut list = SavedList::default();
    let mut seen = rustc_hash::FxHashSet::default();
    let read = (|| -> JsonResult<()> {
        r.object(&mut |r, key| match key {
            // Read as the catalogue's version is, so that the reader's
            // number readers stay one copy each in the first download.
            "version" => {
                version = match r.loose()? {
                    Loose::Whole(v) => Some(v),
                    _ => None,
                };
                Ok(())
            }
            "ids" => r.list(&mut |r| {
                let id = r.text()?;
                if seen.insert(id.clone()) {
                    list.ids.push(id);
                }
                Ok(())
            }),
            "save" => {
                list.save = Some(r.text()?);
                Ok(())
            }
            "parent" => {
                list.parent = Some(r.text()?);
                Ok(())
            }
            _ => r.skip(),
        })?;
        r.end()
    })();
    match (read, version) {
        (Err(e), _) => StoredSaved::Unreadable(e.words),
        (Ok(()), Some(v)) if v == u64::from(SAVED_VERSION) => StoredSaved::List(list),
        (Ok(()), Some(v)) if v > u64::from(SAVED_VERSION) => {
            StoredSaved::Newer(u32::try_from(v).unwrap_or(u32::MAX))
        }
        (Ok(()), _) => StoredSaved::Unreadable(Message::new(Msg::VersionMissing)),
    }
}

/// Writes a list as a stored record.
pub fn encode(list: &SavedList) -> String {
    let mut out = format!("{{\"version\":{SAVED_VERSION},\"ids\":[");
    for (i, id) in list.ids.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_string(&mut out, id);
    }
    out.push(']');
    for (name, value) in [("save", &list.save), ("parent", &list.parent)] {
        if let Some(value) = value {
            out.push_str(&format!(",\"{name}\":"));
            write_string(&mut out, value);
        }
    }
    out.push('}');
    out
}

/// A change a person makes to the saved list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// "Save": adds the seminar at the end.
    Save(String),
    /// "Remove from saved".
    Remove(String),
    /// "Add N seminars" of a shared list: adds those not saved yet, in order.
    Add(Vec<String>),
}

/// A change applied to a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied {
    /// The list after it.
    pub ids: Vec<String>,
    /// How many seminars it added.
    pub added: usize,
    /// How many it would have added but could not: the list holds
    /// [`MAX_SAVED`] already.
    pub refused: usize,
}

impl Change {
    /// The list `ids` with this change made. Nothing is ever dropped but
    /// the one seminar removed; an addition to a full list is refused and
    /// counted.
    pub fn apply(&self, ids: &[String]) -> Applied {
        let mut out = ids.to_vec();
        let (mut added, mut refused) = (0, 0);
        let mut add = |out: &mut Vec<String>, id: &String| {
            if out.contains(id) {
                return;
            }
            if out.len() < MAX_SAVED {
                out.push(id.clone());
                added += 1;
            } else {
                refused += 1;
            }
        };
        match self {
            Change::Save(id) => add(&mut out, id),
            Change::Remove(id) => out.retain(|i| i != id),
            Change::Add(more) => more.iter().for_each(|id| add(&mut out, id)),
        }
        Applied {
            ids: out,
            added,
            refused,
        }
    }
}

/// The changes a tab made that other tabs may not have seen yet, each with
/// the names of this tab's writes that hold it.
#[derive(Clone, Debug, Default)]
pub struct Unseen {
    changes: Vec<(Change, Vec<String>)>,
}

/// At most this many of a tab's changes are remembered: a race is over
/// within milliseconds, and the oldest are long seen.
const UNSEEN_KEPT: usize = 100;

impl Unseen {
    /// This tab wrote `change` in the write named `save`.
    pub fn wrote(&mut self, change: Change, save: &str) {
        if self.changes.len() == UNSEEN_KEPT {
            self.changes.remove(0);
        }
        self.changes.push((change, vec![save.to_owned()]));
    }

    /// Another tab's list arrived: the changes its writer saw (those held
    /// by this tab's write it was made from, and every earlier one) are
    /// forgotten; the list with the others made again, when that differs
    /// from theirs, to be written (then [`Unseen::merged_as`]).
    /// This tab's own write needs nothing; a write that names no parent
    /// (another version's, or by hand) is taken as it is, and the changes
    /// are forgotten.
    pub fn arrived(&mut self, theirs: &SavedList) -> Option<Vec<String>> {
        if theirs
            .save
            .as_deref()
            .is_some_and(|save| self.is_ours(save))
        {
            return None;
        }
        let Some(parent) = &theirs.parent else {
            self.changes.clear();
            return None;
        };
        if let Some(seen) = self
            .changes
            .iter()
            .rposition(|(_, saves)| saves.contains(parent))
        {
            self.changes = self.changes.split_off(seen + 1);
        }
        let mut ids = theirs.ids.clone();
        for (change, _) in &self.changes {
            ids = change.apply(&ids).ids;
        }
        (ids != theirs.ids).then_some(ids)
    }

    /// The list [`Unseen::arrived`] gave was written as `save`: it holds
    /// every change remembered.
    pub fn merged_as(&mut self, save: &str) {
        for (_, saves) in &mut self.changes {
            saves.push(save.to_owned());
        }
    }

    /// Whether `save` is one of this tab's writes.
    pub fn is_ours(&self, save: &str) -> bool {
        self.changes
            .iter()
            .any(|(_, saves)| saves.iter().any(|s| s == save))
    }
}

/// A shared link's `ids` value, `a,b,c`, read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SharedIds {
    /// The seminar ids, in order, each once, at most [`MAX_SAVED`].
    pub ids: Vec<String>,
    /// The first [`NAMED_AT_MOST`] parts that cannot be seminar ids
    /// (markup, paths, capitals, escapes…), each clipped to 40 characters.
    pub ignored: Vec<String>,
    /// How many parts in all cannot be seminar ids (empty ones aside).
    pub ignored_count: usize,
    /// How many good ids came after the first [`MAX_SAVED`].
    pub beyond_max: usize,
}

/// At most this many ignored or unknown ids are named in a message; the
/// rest are counted.
pub const NAMED_AT_MOST: usize = 10;

/// Reads a shared link's `ids` value.
pub fn shared_ids(value: &str) -> SharedIds {
    let mut out = SharedIds::default();
    let mut seen = rustc_hash::FxHashSet::default();
    for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        if !crate::catalogue::validation::is_slug(id) {
            out.ignored_count += 1;
            if out.ignored.len() < NAMED_AT_MOST {
                out.ignored.push(crate::text::clip(id, 40).into_owned());
            }
        } else if seen.insert(id) {
            if out.ids.len() < MAX_SAVED {
                out.ids.push(id.to_owned());
            } else {
                out.beyond_max += 1;
            }
        }
    }
    out
}

/// The `ids` value of a shared link.
pub fn shared_value(ids: &[String]) -> String {
    ids.join(",")
}

/// What adding shared ids to a list would add: the shared ids the list
/// does not hold yet, in the shared order.
pub fn not_yet_saved(saved: &[String], shared: &[String]) -> Vec<String> {
    let saved: rustc_hash::FxHashSet<&str> = saved.iter().map(String::as_str).collect();
    shared
        .iter()
        .filter(|id| !saved.contains(id.as_str()))
        .cloned()
        .collect()
}

/// Writes a JSON string: quotes, with `"`, `\\` and control characters
/// escaped.
fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn list(items: &[&str], save: &str, parent: Option<&str>) -> SavedList {
        SavedList {
            ids: ids(items),
            save: Some(save.to_owned()),
            parent: parent.map(str::to_owned),
        }
    }

    #[test]
    fn round_trip() {
        let saved = list(&["a", "b-2", "草稿\"\\"], "s1", Some("s0"));
        assert_eq!(decode(Some(&encode(&saved))), StoredSaved::List(saved));
        assert_eq!(decode(None), StoredSaved::Empty);
        assert_eq!(
            decode(Some(r#"{"version":1,"ids":[]}"#)),
            StoredSaved::List(SavedList::default())
        );
        assert_eq!(
            encode(&SavedList {
                ids: ids(&["a"]),
                ..SavedList::default()
            }),
            r#"{"version":1,"ids":["a"]}"#
        );
    }

    #[test]
    fn a_list_longer_than_the_cap_is_read_whole_and_only_shrinks() {
        let long: Vec<String> = (0..10_000).map(|i| format!("s-{i}")).collect();
        let raw = encode(&SavedList {
            ids: long.clone(),
            ..SavedList::default()
        });
        let StoredSaved::List(read) = decode(Some(&raw)) else {
            panic!("not read");
        };
        assert_eq!(read.ids, long);
        let removed = Change::Remove("s-5".into()).apply(&read.ids);
        assert_eq!(removed.ids.len(), 9_999);
        let saved = Change::Save("new".into()).apply(&read.ids);
        assert_eq!(
            (saved.ids.len(), saved.added, saved.refused),
            (10_000, 0, 1)
        );
        assert_eq!(saved.ids, long);
    }

    #[test]
    fn other_versions_and_damage_are_told_apart() {
        assert_eq!(
            decode(Some(r#"{"version":7,"ids":["a"],"more":1}"#)),
            StoredSaved::Newer(7)
        );
        for bad in [
            "",
            "[",
            r#"{"ids":["a"]}"#,
            r#"{"version":1,"ids":"a"}"#,
            r#"{"version":1,"ids":[1]}"#,
            r#"{"version":1,"ids":[],"save":1}"#,
            "null",
        ] {
            assert!(
                matches!(decode(Some(bad)), StoredSaved::Unreadable(_)),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn changes() {
        let saved = ids(&["a", "b"]);
        let apply = |c: Change| c.apply(&saved);
        assert_eq!(apply(Change::Save("c".into())).ids, ids(&["a", "b", "c"]));
        assert_eq!(apply(Change::Save("a".into())).ids, saved);
        assert_eq!(apply(Change::Remove("a".into())).ids, ids(&["b"]));
        assert_eq!(apply(Change::Remove("z".into())).ids, saved);
        let added = apply(Change::Add(ids(&["b", "c", "c", "d"])));
        assert_eq!(
            (added.ids, added.added, added.refused),
            (ids(&["a", "b", "c", "d"]), 2, 0)
        );
        let mut full: Vec<String> = (1..MAX_SAVED).map(|i| i.to_string()).collect();
        let one_left = Change::Add(ids(&["x", "y", "z"])).apply(&full);
        assert_eq!(
            (one_left.ids.len(), one_left.added, one_left.refused),
            (MAX_SAVED, 1, 2)
        );
        full.push("last".into());
        let at_cap = Change::Save("more".into()).apply(&full);
        assert_eq!((at_cap.ids, at_cap.added, at_cap.refused), (full, 0, 1));
    }

    /// Two tabs save at the same moment, each from the same list: each
    /// learns of the other's write, and makes its own change again on top
    /// of it unless that write had seen it; whichever write comes last
    /// holds both.
    #[test]
    fn two_tabs_saving_at_once_both_keep_theirs() {
        let (mut a, mut b) = (Unseen::default(), Unseen::default());
        let base = list(&["x"], "s0", None);
        let from_a = list(&["x", "a"], "a1", Some("s0"));
        let from_b = list(&["x", "b"], "b1", Some("s0"));
        a.wrote(Change::Save("a".into()), "a1");
        b.wrote(Change::Save("b".into()), "b1");
        assert!(
            a.is_ours("a1") && !a.is_ours("b1") && !a.is_ours(base.save.as_deref().unwrap_or(""))
        );
        // Each hears of the other's first write.
        let a_merged = a.arrived(&from_b).expect("a's change again");
        assert_eq!(a_merged, ids(&["x", "b", "a"]));
        a.merged_as("a2");
        let b_merged = b.arrived(&from_a).expect("b's change again");
        assert_eq!(b_merged, ids(&["x", "a", "b"]));
        b.merged_as("b2");
        // Then of the other's merge, which saw their own: nothing to redo.
        assert_eq!(
            a.arrived(&list(
                &b_merged.iter().map(String::as_str).collect::<Vec<_>>(),
                "b2",
                Some("a1")
            )),
            None
        );
        assert_eq!(
            b.arrived(&list(
                &a_merged.iter().map(String::as_str).collect::<Vec<_>>(),
                "a2",
                Some("b1")
            )),
            None
        );
    }

    /// A write made after seeing this tab's change is taken as it is, even
    /// when it undoes the change (another tab removed what this one saved).
    #[test]
    fn a_write_that_saw_the_change_may_undo_it() {
        let mut a = Unseen::default();
        a.wrote(Change::Save("a".into()), "a1");
        assert_eq!(a.arrived(&list(&["x"], "b2", Some("a1"))), None);
        // And the change is forgotten: a later unrelated write is not
        // given it again.
        assert_eq!(a.arrived(&list(&["y"], "c3", Some("b2"))), None);
    }

    /// Of two changes, the other tab saw the first only: the second is
    /// made again.
    #[test]
    fn only_the_changes_not_seen_are_made_again() {
        let mut a = Unseen::default();
        a.wrote(Change::Save("a".into()), "a1");
        a.wrote(Change::Remove("x".into()), "a2");
        assert_eq!(
            a.arrived(&list(&["x", "a", "b"], "b1", Some("a1"))),
            Some(ids(&["a", "b"]))
        );
    }

    #[test]
    fn shared_links() {
        let shared = shared_ids("a, b,,a,<x>,c-1,javascript:alert(1),UPPER,a%2Cb,../x");
        assert_eq!(shared.ids, ids(&["a", "b", "c-1"]));
        assert_eq!(
            shared.ignored,
            ids(&["<x>", "javascript:alert(1)", "UPPER", "a%2Cb", "../x"])
        );
        assert_eq!((shared.ignored_count, shared.beyond_max), (5, 0));
        assert_eq!(shared_ids(""), SharedIds::default());
        let long = "x".repeat(100_000);
        let one = shared_ids(&format!("{long}!"));
        assert_eq!((one.ids.len(), one.ignored_count), (0, 1));
        assert_eq!(one.ignored[0].chars().count(), 41);
        let many: Vec<String> = (0..5_000).map(|i| format!("<{i}>")).collect();
        let many = shared_ids(&many.join(","));
        assert_eq!(
            (many.ignored.len(), many.ignored_count),
            (NAMED_AT_MOST, 5_000)
        );
        let lots: Vec<String> = (0..1_500).map(|i| format!("s-{i}")).collect();
        let lots = shared_ids(&lots.join(","));
        assert_eq!((lots.ids.len(), lots.beyond_max), (MAX_SAVED, 500));
        assert_eq!(shared_value(&ids(&["a", "b"])), "a,b");
        assert_eq!(
            not_yet_saved(&ids(&["b"]), &ids(&["a", "b", "c"])),
            ids(&["a", "c"])
        );
    }
}
