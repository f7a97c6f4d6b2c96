//! The visitor's saved seminars: a list of seminar ids, stored under one
//! key as `{"version": 1, "ids": ["…", …]}`, and shared as
//! `/saved?ids=a,b,c`. The record is read with the catalogue's own reader
//! ([`crate::json::reader`]), so the home page, where every card has a save
//! button, carries no second JSON library.

use crate::i18n::message::{Message, Msg};
use crate::json::reader::{JsonResult, Reader};
use crate::json::Loose;

/// The record version this app writes.
pub const SAVED_VERSION: u32 = 1;

/// At most this many seminars are kept or taken from a shared link.
pub const MAX_SAVED: usize = 1_000;

/// What a stored saved list turned out to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredSaved {
    /// Nothing stored yet.
    Empty,
    /// A list this app reads.
    Ids(Vec<String>),
    /// A list written by a newer version of the app: left as it is.
    Newer(u32),
    /// Not a list this app can read: kept aside, never written over.
    Unreadable(Message),
}

/// Reads a stored value (`None`: the key is not set).
pub fn decode(raw: Option<&str>) -> StoredSaved {
    let Some(raw) = raw else {
        return StoredSaved::Empty;
    };
    let mut r = Reader::new(raw);
    let mut version = None;
    let mut ids = Vec::new();
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
                if ids.len() < MAX_SAVED && !ids.contains(&id) {
                    ids.push(id);
                }
                Ok(())
            }),
            _ => r.skip(),
        })?;
        r.end()
    })();
    match (read, version) {
        (Err(e), _) => StoredSaved::Unreadable(e.words),
        (Ok(()), Some(v)) if v == u64::from(SAVED_VERSION) => StoredSaved::Ids(ids),
        (Ok(()), Some(v)) if v > u64::from(SAVED_VERSION) => {
            StoredSaved::Newer(u32::try_from(v).unwrap_or(u32::MAX))
        }
        (Ok(()), _) => StoredSaved::Unreadable(Message::new(Msg::VersionMissing)),
    }
}

/// Writes a list of ids as a stored record.
pub fn encode(ids: &[String]) -> String {
    let mut out = format!("{{\"version\":{SAVED_VERSION},\"ids\":[");
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_string(&mut out, id);
    }
    out.push_str("]}");
    out
}

/// The list with `id` added (at the end) or removed.
pub fn toggled(ids: &[String], id: &str, save: bool) -> Vec<String> {
    let mut out: Vec<String> = ids.iter().filter(|i| *i != id).cloned().collect();
    if save && out.len() < MAX_SAVED {
        out.push(id.to_owned());
    }
    out
}

/// The list with `more` added after it (a shared list's): each id once, at
/// most [`MAX_SAVED`] in all.
pub fn with_added(ids: &[String], more: &[String]) -> Vec<String> {
    let mut out = ids.to_vec();
    for id in more {
        if !out.contains(id) && out.len() < MAX_SAVED {
            out.push(id.clone());
        }
    }
    out
}

/// The ids of a shared link's `ids` value, `a,b,c`: in order, each once,
/// empty ones and ones that cannot be seminar ids dropped.
pub fn shared_ids(value: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in value.split(',').map(str::trim) {
        if crate::catalogue::validation::is_slug(id) && !out.iter().any(|o| o == id) {
            out.push(id.to_owned());
        }
        if out.len() == MAX_SAVED {
            break;
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
    shared
        .iter()
        .filter(|id| !saved.contains(id))
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

    #[test]
    fn round_trip() {
        let list = ids(&["a", "b-2", "草稿\"\\"]);
        assert_eq!(decode(Some(&encode(&list))), StoredSaved::Ids(list));
        assert_eq!(decode(None), StoredSaved::Empty);
        assert_eq!(
            decode(Some(r#"{"version":1,"ids":[]}"#)),
            StoredSaved::Ids(vec![])
        );
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
            "null",
        ] {
            assert!(
                matches!(decode(Some(bad)), StoredSaved::Unreadable(_)),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn toggling() {
        let list = ids(&["a", "b"]);
        assert_eq!(toggled(&list, "c", true), ids(&["a", "b", "c"]));
        assert_eq!(toggled(&list, "a", true), ids(&["b", "a"]));
        assert_eq!(toggled(&list, "a", false), ids(&["b"]));
        assert_eq!(toggled(&list, "z", false), list);
        assert_eq!(
            with_added(&list, &ids(&["b", "c", "c", "d"])),
            ids(&["a", "b", "c", "d"])
        );
        let full: Vec<String> = (0..MAX_SAVED).map(|i| i.to_string()).collect();
        assert_eq!(with_added(&full, &ids(&["more"])), full);
    }

    #[test]
    fn shared_links() {
        assert_eq!(
            shared_ids("a, b,,a,<x>,c-1,javascript:alert(1)"),
            ids(&["a", "b", "c-1"])
        );
        assert_eq!(shared_value(&ids(&["a", "b"])), "a,b");
        assert_eq!(
            not_yet_saved(&ids(&["b"]), &ids(&["a", "b", "c"])),
            ids(&["a", "c"])
        );
    }
}
