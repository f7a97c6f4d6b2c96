//! The storage module and the draft store against the real localStorage of
//! headless Chromium: round trips, damaged and newer records, a full
//! storage, and other tabs' writes.
#![cfg(target_arch = "wasm32")]
// A test stands where the browser is, and reaches it directly.
#![allow(clippy::disallowed_methods)]

use leptos::prelude::*;
use seminars::stores::drafts::{DraftStore, Restored};
use seminars::web::storage::{self, StorageError};
use seminars_core::drafts::draft::{Draft, DraftOrigin, SeminarForm};
use seminars_core::drafts::record::{encode, Decoded};
use seminars_core::drafts::sync::{DraftSync, SaveStatus};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn draft(id: &str, title: &str, revision: u64) -> Draft {
    Draft {
        id: id.into(),
        origin: DraftOrigin::New,
        form: SeminarForm {
            title: title.into(),
            ..SeminarForm::default()
        },
        saved_at: 1.0,
        revision,
        ..Draft::default()
    }
}

#[wasm_bindgen_test]
fn drafts_round_trip_under_prefixed_keys() {
    local().clear().unwrap();
    storage::write(&draft("a", "First", 1)).unwrap();
    storage::write(&draft("b", "Second", 1)).unwrap();
    local().set_item("unrelated", "x").unwrap();
    assert_eq!(
        local().get_item("seminars:draft:a").unwrap(),
        Some(encode(&draft("a", "First", 1)))
    );
    let records = storage::read_all().unwrap();
    assert_eq!(
        records.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        vec!["a", "b"]
    );
    assert_eq!(
        records[1].decoded,
        Decoded::Current(draft("b", "Second", 1))
    );
    assert_eq!(
        storage::remove("a").unwrap(),
        Some(encode(&draft("a", "First", 1)))
    );
    assert_eq!(storage::read("a").unwrap(), None);
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn damaged_and_newer_records_are_never_written_over() {
    local().clear().unwrap();
    local().set_item("seminars:draft:bad", "{oops").unwrap();
    let future = r#"{"version": 7, "draft": {"id": "next"}}"#;
    local().set_item("seminars:draft:next", future).unwrap();
    let owner = Owner::new();
    owner.with(|| {
        let store = DraftStore::open();
        let records = store.records();
        assert!(matches!(records[0].decoded, Decoded::Corrupt { .. }));
        assert_eq!(records[1].decoded, Decoded::Future { version: 7 });
        for id in ["bad", "next"] {
            let mut sync = DraftSync::stored(&draft(id, "Mine", 0));
            sync.edited();
            store.save(&mut sync, id, &DraftOrigin::New, &draft(id, "Mine", 1).form);
            assert!(
                matches!(sync.status(), SaveStatus::Failed(_)),
                "{id}: {:?}",
                sync.status()
            );
        }
    });
    assert_eq!(
        local().get_item("seminars:draft:bad").unwrap().as_deref(),
        Some("{oops")
    );
    assert_eq!(
        local().get_item("seminars:draft:next").unwrap().as_deref(),
        Some(future)
    );
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_full_storage_refuses_the_write_and_keeps_what_it_had() {
    local().clear().unwrap();
    storage::write(&draft("kept", "Kept", 1)).unwrap();
    // Fill storage to its quota with filler values.
    let chunk = "x".repeat(512 * 1024);
    let mut filled = 0;
    while local()
        .set_item(&format!("filler-{filled}"), &chunk)
        .is_ok()
    {
        filled += 1;
        assert!(filled < 200, "storage never filled up");
    }
    let small = "x".repeat(1024);
    let mut extra = 0;
    while local().set_item(&format!("small-{extra}"), &small).is_ok() {
        extra += 1;
    }
    let big = draft("new", &"words ".repeat(20_000), 1);
    assert_eq!(storage::write(&big), Err(StorageError::QuotaExceeded));
    assert_eq!(
        storage::read("kept").unwrap().map(|r| r.decoded),
        Some(Decoded::Current(draft("kept", "Kept", 1)))
    );
    assert_eq!(storage::read("new").unwrap(), None);
    local().clear().unwrap();
}

fn title(text: &str) -> SeminarForm {
    SeminarForm {
        title: text.into(),
        ..SeminarForm::default()
    }
}

#[wasm_bindgen_test]
fn another_tabs_write_is_seen_and_a_stale_save_is_refused() {
    local().clear().unwrap();
    let owner = Owner::new();
    owner.with(|| {
        let store = DraftStore::open();
        let mine = store
            .create(DraftOrigin::New, SeminarForm::default())
            .unwrap();
        assert_eq!(store.drafts().len(), 1);
        let mut sync = DraftSync::stored(&mine);

        // The other tab saves revision 2 on top of revision 1, then this
        // tab hears of it: the list follows.
        let theirs = Draft {
            revision: mine.revision + 1,
            save: "theirs".into(),
            parent: Some(mine.stamp()),
            form: title("Theirs"),
            ..mine.clone()
        };
        storage::write(&theirs).unwrap();
        let init = web_sys::StorageEventInit::new();
        init.set_key(Some(&storage::draft_key(&mine.id)));
        let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
        web_sys::window().unwrap().dispatch_event(&event).unwrap();
        assert_eq!(store.drafts()[0].form.title, "Theirs");

        // This tab typed on top of revision 1: its save is refused and the
        // person is asked; storage keeps theirs.
        sync.edited();
        store.save(&mut sync, &mine.id, &mine.origin, &title("Mine"));
        assert_eq!(
            sync.status(),
            &SaveStatus::Conflict(Box::new(theirs.clone()))
        );
        assert_eq!(
            storage::read(&mine.id).unwrap().map(|r| r.decoded),
            Some(Decoded::Current(theirs.clone()))
        );

        // "Keep my version": written on top of theirs.
        assert!(sync.keep_mine());
        store.save(&mut sync, &mine.id, &mine.origin, &title("Mine"));
        let stored = storage::read(&mine.id).unwrap().unwrap();
        let saved = stored.draft().unwrap();
        assert_eq!(saved.form.title, "Mine");
        assert_eq!(saved.revision, theirs.revision + 1);
        assert_eq!(saved.parent, Some(theirs.stamp()));
        assert!(matches!(sync.status(), SaveStatus::Saved(_)));
    });
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_deleted_draft_comes_back_and_never_over_another() {
    local().clear().unwrap();
    let owner = Owner::new();
    owner.with(|| {
        let store = DraftStore::open();
        let a = store.create(DraftOrigin::New, title("A")).unwrap();
        let b = store.create(DraftOrigin::New, title("B")).unwrap();
        store.delete(&a.id).unwrap();
        store.delete(&b.id).unwrap();
        // Both deletions stay on offer, not only the latest.
        let deleted = store.deleted();
        assert_eq!(deleted.len(), 2);
        assert_eq!(deleted[0].title.as_deref(), Some("A"));
        assert_eq!(storage::read(&a.id).unwrap(), None);

        assert_eq!(store.restore(&a.id), Ok(Restored::InPlace));
        assert_eq!(storage::read(&a.id).unwrap().unwrap().raw, encode(&a));

        // Meanwhile another tab stored a draft under B's id: B comes back
        // as a copy, and the other draft is left as it is.
        let other = Draft {
            id: b.id.clone(),
            form: title("Other"),
            ..b.clone()
        };
        storage::write(&other).unwrap();
        let Ok(Restored::AsCopy(copy)) = store.restore(&b.id) else {
            panic!("B should come back as a copy");
        };
        assert_eq!(storage::read(&b.id).unwrap().unwrap().raw, encode(&other));
        let back = storage::read(&copy).unwrap().unwrap();
        assert_eq!(back.draft().unwrap().form.title, "B");
        assert_eq!(back.draft().unwrap().id, copy);
        assert!(store.deleted().is_empty());
    });
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_deleted_draft_that_cannot_come_back_stays_on_offer() {
    local().clear().unwrap();
    let owner = Owner::new();
    owner.with(|| {
        let store = DraftStore::open();
        let big = store
            .create(DraftOrigin::New, title(&"words ".repeat(100_000)))
            .unwrap();
        store.delete(&big.id).unwrap();
        // Storage fills up while the draft is deleted.
        let chunk = "x".repeat(256 * 1024);
        let mut filled = 0;
        while local()
            .set_item(&format!("filler-{filled}"), &chunk)
            .is_ok()
        {
            filled += 1;
            assert!(filled < 400, "storage never filled up");
        }
        assert_eq!(store.restore(&big.id), Err(StorageError::QuotaExceeded));
        assert_eq!(store.deleted().len(), 1);
        assert_eq!(store.deleted()[0].raw, encode(&big));
        // Room is made: it comes back.
        for i in 0..filled {
            local().remove_item(&format!("filler-{i}")).unwrap();
        }
        assert_eq!(store.restore(&big.id), Ok(Restored::InPlace));
    });
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_record_whose_stored_id_differs_from_its_key_is_read_by_its_key() {
    local().clear().unwrap();
    let mut record = draft("inside", "Stored under another key", 1);
    local()
        .set_item("seminars:draft:a/b ?#", &encode(&record))
        .unwrap();
    let read = storage::read("a/b ?#").unwrap().unwrap();
    record.id = "a/b ?#".into();
    assert_eq!(read.decoded, Decoded::Current(record));
    assert!(storage::remove("a/b ?#").unwrap().is_some());
    assert_eq!(local().length().unwrap(), 0);
    local().clear().unwrap();
}

/// The saved list under its one key: written whole, read back, and an
/// unreadable list kept aside, each under a key of its own, rather than
/// written over.
#[wasm_bindgen_test]
fn saved_seminars_round_trip_and_an_unreadable_list_is_kept_aside() {
    use seminars_core::saved::{decode, encode, SavedList, StoredSaved};
    local().clear().unwrap();
    assert_eq!(storage::read_saved().unwrap(), None);
    let list = SavedList {
        ids: vec!["a".to_owned(), "b-2".to_owned()],
        save: Some("s2".to_owned()),
        parent: Some("s1".to_owned()),
    };
    storage::write_saved(&encode(&list)).unwrap();
    assert_eq!(
        local().get_item("seminars:saved").unwrap().as_deref(),
        Some(r#"{"version":1,"ids":["a","b-2"],"save":"s2","parent":"s1"}"#)
    );
    assert_eq!(
        decode(storage::read_saved().unwrap().as_deref()),
        StoredSaved::List(list)
    );
    // Each unreadable list moved aside keeps a key of its own; one kept
    // already is not kept twice.
    assert_eq!(
        storage::keep_unreadable_saved("first damage").unwrap(),
        "seminars:saved:unreadable"
    );
    assert_eq!(
        storage::keep_unreadable_saved("second damage").unwrap(),
        "seminars:saved:unreadable:2"
    );
    assert_eq!(
        storage::keep_unreadable_saved("first damage").unwrap(),
        "seminars:saved:unreadable"
    );
    assert_eq!(
        storage::unreadable_saved_key("third damage").unwrap(),
        "seminars:saved:unreadable:3"
    );
    for (key, kept) in [
        ("seminars:saved:unreadable", "first damage"),
        ("seminars:saved:unreadable:2", "second damage"),
    ] {
        assert_eq!(local().get_item(key).unwrap().as_deref(), Some(kept));
    }
    assert_eq!(
        local().get_item("seminars:saved:unreadable:3").unwrap(),
        None
    );
    storage::write_zone_choice("visitor").unwrap();
    assert_eq!(storage::read_zone_choice().as_deref(), Some("visitor"));
}

/// Saving: a change reads storage afresh, so another tab's save written
/// meanwhile is kept; a newer version's list is never written over, and
/// the change holds in the tab.
#[wasm_bindgen_test]
fn saving_builds_on_what_storage_holds_and_leaves_a_newer_list_alone() {
    use seminars::seminar_part::saved;
    local().clear().unwrap();
    saved::set("mine", true);
    // Another tab saves meanwhile (its storage event may not have come yet).
    local()
        .set_item("seminars:saved", r#"{"version":1,"ids":["mine","theirs"]}"#)
        .unwrap();
    saved::set("more", true);
    let stored = |ids: &[&str]| {
        let raw = local().get_item("seminars:saved").unwrap();
        match seminars_core::saved::decode(raw.as_deref()) {
            seminars_core::saved::StoredSaved::List(list) => list.ids == ids,
            _ => false,
        }
    };
    assert!(stored(&["mine", "theirs", "more"]));
    assert!(saved::is_saved("theirs"));
    saved::toggle("mine");
    assert_eq!(saved::ids(), vec!["theirs".to_owned(), "more".to_owned()]);

    let newer = r#"{"version":9,"ids":["x"],"lists":{}}"#;
    local().set_item("seminars:saved", newer).unwrap();
    saved::set("kept-here", true);
    assert!(saved::is_saved("kept-here"));
    assert_eq!(
        local().get_item("seminars:saved").unwrap().as_deref(),
        Some(newer)
    );
}

/// Another tab's writes are taken in turn, as their `storage` events give
/// them: one that removed what this tab saved, after seeing it, is not
/// undone, even when a later write is stored by the time the first is
/// read; and a write that names no parent (another version's, or by hand)
/// is taken as it is.
#[wasm_bindgen_test]
fn other_tabs_writes_are_taken_in_turn_and_a_removal_is_not_undone() {
    use seminars::seminar_part::saved;
    use seminars_core::saved::{decode, StoredSaved};
    local().clear().unwrap();
    saved::set("x", true);
    let raw = local().get_item("seminars:saved").unwrap();
    let StoredSaved::List(mine) = decode(raw.as_deref()) else {
        panic!("not stored: {raw:?}");
    };
    let mine = mine.save.expect("named");
    let first = format!(r#"{{"version":1,"ids":["x","y"],"save":"b1","parent":"{mine}"}}"#);
    let second = r#"{"version":1,"ids":["y"],"save":"b2","parent":"b1"}"#;
    local().set_item("seminars:saved", second).unwrap();
    saved::reload(Some(first));
    saved::reload(Some(second.to_owned()));
    assert!(!saved::is_saved("x") && saved::is_saved("y"));
    assert_eq!(
        local().get_item("seminars:saved").unwrap().as_deref(),
        Some(second)
    );

    saved::set("z", true);
    let by_hand = r#"{"version":1,"ids":["y"]}"#;
    local().set_item("seminars:saved", by_hand).unwrap();
    saved::reload(Some(by_hand.to_owned()));
    assert!(!saved::is_saved("z"));
    assert_eq!(
        local().get_item("seminars:saved").unwrap().as_deref(),
        Some(by_hand)
    );
}
