//! The storage module and the draft store against the real localStorage of
//! headless Chromium: round trips, damaged and newer records, a full
//! storage, and other tabs' writes.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use seminars::domain::draft::{Draft, DraftOrigin, SeminarForm};
use seminars::domain::record::{encode, Decoded};
use seminars::drafts::{DraftStore, SaveOutcome};
use seminars::storage::{self, StorageError};
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
        assert!(matches!(
            store.save(&draft("bad", "Mine", 1), 0),
            SaveOutcome::Failed(_)
        ));
        assert!(matches!(
            store.save(&draft("next", "Mine", 1), 0),
            SaveOutcome::Failed(_)
        ));
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

        // The other tab saves revision 2, then tells this tab.
        let theirs = Draft {
            revision: mine.revision + 1,
            form: SeminarForm {
                title: "Theirs".into(),
                ..SeminarForm::default()
            },
            ..mine.clone()
        };
        storage::write(&theirs).unwrap();
        let init = web_sys::StorageEventInit::new();
        init.set_key(Some(&storage::draft_key(&mine.id)));
        let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
        web_sys::window().unwrap().dispatch_event(&event).unwrap();
        assert!(store.external_change().is_some());
        assert_eq!(store.drafts()[0].form.title, "Theirs");

        // This tab still holds revision 1: its save is refused, theirs kept.
        let stale = Draft {
            form: SeminarForm {
                title: "Mine".into(),
                ..SeminarForm::default()
            },
            ..mine.clone()
        };
        assert_eq!(
            store.save(&stale, mine.revision),
            SaveOutcome::Conflict(theirs.clone())
        );
        assert_eq!(
            storage::read(&mine.id).unwrap().map(|r| r.decoded),
            Some(Decoded::Current(theirs))
        );

        // Saved on top of the revision it has seen, it goes through.
        match store.save(&stale, mine.revision + 1) {
            SaveOutcome::Saved(saved) => assert_eq!(saved.revision, mine.revision + 2),
            other => panic!("{other:?}"),
        }
    });
    local().clear().unwrap();
}
