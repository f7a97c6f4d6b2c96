//! The editor's save state machine (`domain::sync`) against a model of two
//! tabs sharing localStorage as Chromium shares it: each tab reads its own
//! copy, its writes reach the shared store in order but later, and the other
//! tab learns of each write from a `storage` event, one per write, in order.
//! Under every interleaving the property test tries, no typed text is lost:
//! when the tabs fall quiet, each tab's text is either what storage holds or
//! on screen beside the conflict question.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::VecDeque;

use proptest::prelude::*;
use seminars_core::drafts::draft::{Draft, SeminarForm};
use seminars_core::drafts::sync::{AsidePlan, DraftSync, SavePlan, SaveStatus, Stored};

fn form(title: &str) -> SeminarForm {
    SeminarForm {
        title: title.to_owned(),
        ..SeminarForm::default()
    }
}

fn first_save() -> Draft {
    Draft {
        id: "tt".into(),
        form: form("Shared"),
        revision: 1,
        save: "s0".into(),
        saved_at: 1.0,
        ..Draft::default()
    }
}

/// One tab: its form, its editor state, its copy of storage, the writes it
/// sent and the events it has not handled yet.
struct Tab {
    name: &'static str,
    form: SeminarForm,
    sync: DraftSync,
    cache: Option<Draft>,
    outbox: VecDeque<Draft>,
    inbox: VecDeque<Option<Draft>>,
    saves: u32,
    typed: Vec<String>,
    /// Texts of the other tab that this tab took and showed.
    seen: Vec<String>,
}

impl Tab {
    fn new(name: &'static str) -> Self {
        Tab {
            name,
            form: first_save().form,
            sync: DraftSync::stored(&first_save()),
            cache: Some(first_save()),
            outbox: VecDeque::new(),
            inbox: VecDeque::new(),
            saves: 0,
            typed: Vec::new(),
            seen: Vec::new(),
        }
    }

    fn type_text(&mut self, n: u8) {
        let text = format!("{} version {n}", self.name);
        self.form = form(&text);
        self.typed.push(text);
        self.sync.edited();
    }

    /// What `DraftStore::save` does: plan against this tab's copy, write.
    fn save(&mut self) {
        let mine = self.form.clone();
        let stored = self.cache.clone();
        let plan = match &stored {
            Some(d) => self.sync.plan_save(Stored::Draft(d), &mine),
            None => self.sync.plan_save(Stored::Missing, &mine),
        };
        if let SavePlan::Write { revision, parent } = plan {
            self.saves += 1;
            let next = Draft {
                id: "tt".into(),
                form: mine,
                revision,
                save: format!("{}{}", self.name, self.saves),
                parent,
                saved_at: 2.0,
                ..Draft::default()
            };
            self.cache = Some(next.clone());
            self.outbox.push_back(next);
            self.sync.saved(self.cache.as_ref().unwrap());
        }
    }

    /// A `storage` event arrives: the copy changes, the editor reacts.
    fn receive(&mut self) {
        if let Some(value) = self.inbox.pop_front() {
            // The copy takes the other tab's write unless this tab has a
            // write of its own still on its way (Chromium keeps the local
            // value then); the event is delivered either way.
            if self.outbox.is_empty() {
                self.cache = value.clone();
            }
            let mine = self.form.clone();
            let stored = match &value {
                Some(d) => Stored::Draft(d),
                None => Stored::Missing,
            };
            if let Some(theirs) = self.sync.external(stored, &mine) {
                self.seen.push(theirs.title.clone());
                self.form = theirs;
            }
        }
    }
}

#[derive(Clone, Debug)]
enum Step {
    Type(bool, u8),
    Save(bool),
    Deliver(bool),
    Receive(bool),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (any::<bool>(), 0u8..4).prop_map(|(a, n)| Step::Type(a, n)),
        any::<bool>().prop_map(Step::Save),
        any::<bool>().prop_map(Step::Deliver),
        any::<bool>().prop_map(Step::Receive),
    ]
}

/// The shared store takes the oldest write of `from`, and the other tab is
/// told.
fn deliver(shared: &mut Option<Draft>, from: &mut Tab, to: &mut Tab) {
    if let Some(write) = from.outbox.pop_front() {
        *shared = Some(write.clone());
        to.inbox.push_back(Some(write));
    }
}

fn run(steps: &[Step]) -> (Tab, Tab, Option<Draft>) {
    let mut a = Tab::new("A");
    let mut b = Tab::new("B");
    let mut shared = Some(first_save());
    for step in steps {
        match *step {
            Step::Type(true, n) => a.type_text(n),
            Step::Type(false, n) => b.type_text(n),
            Step::Save(true) => a.save(),
            Step::Save(false) => b.save(),
            Step::Deliver(true) => deliver(&mut shared, &mut a, &mut b),
            Step::Deliver(false) => deliver(&mut shared, &mut b, &mut a),
            Step::Receive(true) => a.receive(),
            Step::Receive(false) => b.receive(),
        }
    }
    // The tabs fall quiet: pending saves run, every write lands, every
    // event is handled.
    for _ in 0..6 {
        a.save();
        b.save();
        while !a.outbox.is_empty() || !b.outbox.is_empty() {
            deliver(&mut shared, &mut a, &mut b);
            deliver(&mut shared, &mut b, &mut a);
        }
        while !a.inbox.is_empty() || !b.inbox.is_empty() {
            a.receive();
            b.receive();
        }
    }
    (a, b, shared)
}

fn assert_nothing_lost(a: &Tab, b: &Tab, shared: &Option<Draft>) {
    let stored = shared.as_ref().map(|d| d.form.title.clone());
    for tab in [a, b] {
        let kept = stored.as_deref() == Some(tab.form.title.as_str()) || tab.sync.in_conflict();
        assert!(
            kept,
            "tab {} shows {:?}, storage holds {:?}, status {:?}",
            tab.name,
            tab.form.title,
            stored,
            tab.sync.status()
        );
        // The last text typed in a tab is still somewhere: in storage, in
        // one of the tabs, or it was taken into the other tab, shown there,
        // and edited further on purpose.
        if let Some(last) = tab.typed.last() {
            let somewhere = stored.as_deref() == Some(last.as_str())
                || a.form.title == *last
                || b.form.title == *last
                || a.seen.contains(last)
                || b.seen.contains(last);
            assert!(somewhere, "{last:?} is gone (storage {stored:?})");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn no_interleaving_of_two_tabs_loses_text(steps in proptest::collection::vec(step(), 0..24)) {
        let (a, b, shared) = run(&steps);
        assert_nothing_lost(&a, &b, &shared);
    }
}

#[test]
fn both_tabs_typing_at_once_is_told_and_keeps_both_texts() {
    // The race of issue 9: both tabs read revision 1, both write.
    let (a, b, shared) = run(&[
        Step::Type(true, 1),
        Step::Type(false, 2),
        Step::Save(true),
        Step::Save(false),
        Step::Deliver(true),
        Step::Deliver(false),
        Step::Receive(true),
        Step::Receive(false),
    ]);
    assert_eq!(shared.unwrap().form.title, "B version 2");
    assert_eq!(a.form.title, "A version 1");
    assert!(a.sync.in_conflict(), "{:?}", a.sync.status());
    assert_eq!(b.form.title, "B version 2");
}

#[test]
fn a_change_in_one_idle_tab_appears_in_the_other() {
    let (a, b, shared) = run(&[
        Step::Type(true, 1),
        Step::Save(true),
        Step::Deliver(true),
        Step::Receive(false),
        Step::Type(true, 2),
        Step::Save(true),
        Step::Deliver(true),
        Step::Receive(false),
    ]);
    assert_eq!(shared.unwrap().form.title, "A version 2");
    assert_eq!(b.form.title, "A version 2");
    assert!(!a.sync.in_conflict() && !b.sync.in_conflict());
}

#[test]
fn the_same_text_from_another_tab_is_no_conflict() {
    // Delete then undo elsewhere brings back the very text this tab shows.
    let mut tab = Tab::new("A");
    let mine = tab.form.clone();
    assert_eq!(tab.sync.external(Stored::Missing, &mine), None);
    assert_eq!(tab.sync.status(), &SaveStatus::DeletedElsewhere);
    let restored = first_save();
    assert_eq!(tab.sync.external(Stored::Draft(&restored), &mine), None);
    assert_eq!(tab.sync.status(), &SaveStatus::Saved(1.0));
    assert!(!tab.sync.has_unsaved_text());
}

#[test]
fn keep_mine_writes_over_the_other_text_and_load_theirs_takes_it() {
    let mut tab = Tab::new("A");
    tab.type_text(1);
    let theirs = other_save("B text", "b1");
    let mine = tab.form.clone();
    tab.sync.external(Stored::Draft(&theirs), &mine);
    assert!(tab.sync.in_conflict());
    // While the question stands, nothing is written.
    assert_eq!(
        tab.sync.plan_save(Stored::Draft(&theirs), &mine),
        SavePlan::Nothing
    );
    let mut choosing = tab.sync.clone();
    assert!(choosing.keep_mine());
    assert_eq!(
        choosing.plan_save(Stored::Draft(&theirs), &mine),
        SavePlan::Write {
            revision: 3,
            parent: Some(theirs.stamp())
        }
    );
    assert_eq!(tab.sync.keep_theirs(), Some(form("B text")));
    assert!(!tab.sync.in_conflict());
}

#[test]
fn without_storage_nothing_is_due_and_the_status_says_why() {
    let denied = || {
        seminars_core::storage::StorageError::Unavailable(
            seminars_core::storage::StorageReason::Browser(Some("denied".into())),
        )
    };
    assert!(!DraftSync::not_stored(denied(), false).text_at_risk());
    assert!(DraftSync::not_stored(denied(), true).text_at_risk());
    let mut sync = DraftSync::not_stored(denied(), false);
    assert!(!sync.edited());
    assert!(!sync.save_due());
    assert!(sync.text_at_risk());
    assert!(matches!(sync.status(), SaveStatus::NotStored(_)));
}

/// Another tab's save of revision 2, made from the first save.
fn other_save(title: &str, save: &str) -> Draft {
    Draft {
        form: form(title),
        revision: 2,
        save: save.into(),
        parent: Some(first_save().stamp()),
        ..first_save()
    }
}

/// A copy of this tab's text as `DraftStore::set_aside` writes it.
fn copy_of(sync: &mut DraftSync, mine: &SeminarForm, plan: AsidePlan) -> Draft {
    let (id, revision, parent) = match plan {
        AsidePlan::New => ("copy".to_owned(), 1, None),
        AsidePlan::Update {
            id,
            revision,
            parent,
        } => (id, revision, Some(parent)),
        AsidePlan::Nothing => panic!("nothing to set aside"),
    };
    let copy = Draft {
        id,
        form: mine.clone(),
        revision,
        save: format!("c{revision}"),
        parent,
        ..Draft::default()
    };
    sync.set_aside(&copy);
    copy
}

#[test]
fn a_question_sets_the_text_aside_and_keeps_it_there_as_the_person_types() {
    let mut tab = Tab::new("A");
    tab.type_text(1);
    let theirs = other_save("B text", "b1");
    let mine = tab.form.clone();
    assert_eq!(tab.sync.plan_aside(&[&theirs], &mine), AsidePlan::Nothing);
    tab.sync.external(Stored::Draft(&theirs), &mine);
    assert!(tab.sync.in_conflict());
    // Only on screen so far: leaving now would lose it.
    assert!(tab.sync.aside_due());
    assert!(tab.sync.text_at_risk());
    let plan = tab.sync.plan_aside(&[&theirs], &mine);
    assert_eq!(plan, AsidePlan::New);
    let copy = copy_of(&mut tab.sync, &mine, plan);
    assert!(!tab.sync.aside_due());
    assert!(!tab.sync.text_at_risk());
    // Typing on while the question waits writes over that copy.
    tab.type_text(2);
    assert!(tab.sync.aside_due());
    let plan = tab.sync.plan_aside(&[&theirs, &copy], &tab.form.clone());
    assert_eq!(
        plan,
        AsidePlan::Update {
            id: "copy".into(),
            revision: 2,
            parent: copy.stamp()
        }
    );
    // A copy changed elsewhere is left alone: the text goes to a new one.
    let changed = Draft {
        save: "elsewhere".into(),
        ..copy.clone()
    };
    assert_eq!(
        tab.sync.plan_aside(&[&theirs, &changed], &tab.form.clone()),
        AsidePlan::New
    );
    // The question stays until the person answers it.
    assert!(tab.sync.in_conflict());
    assert_eq!(tab.sync.take_finished_aside(), None);
}

#[test]
fn a_text_some_stored_draft_holds_is_not_set_aside_again() {
    let mut tab = Tab::new("B");
    tab.type_text(1);
    let mine = tab.form.clone();
    let theirs = other_save("A text", "a1");
    tab.sync.external(Stored::Draft(&theirs), &mine);
    let elsewhere = Draft {
        id: "other".into(),
        form: mine.clone(),
        ..first_save()
    };
    assert_eq!(
        tab.sync.plan_aside(&[&theirs, &elsewhere], &mine),
        AsidePlan::Nothing
    );
    assert!(!tab.sync.aside_due());
    assert!(!tab.sync.text_at_risk());
}

#[test]
fn while_a_question_waits_another_tab_writing_over_this_one_changes_nothing_on_screen() {
    // Both tabs wrote from revision 1; storage ended with B's text; A then
    // keeps its own version, written on B's save. B's person has not
    // answered: B's text stays on screen and is set aside, not replaced.
    let mut b = Tab::new("B");
    b.type_text(1);
    b.save();
    let b_save = b.cache.clone().unwrap();
    let a_save = other_save("A text", "a1");
    let mine = b.form.clone();
    b.sync.external(Stored::Draft(&a_save), &mine);
    assert!(b.sync.in_conflict());
    let kept_mine = Draft {
        form: form("A text"),
        revision: 3,
        save: "a2".into(),
        parent: Some(b_save.stamp()),
        ..first_save()
    };
    assert_eq!(b.sync.external(Stored::Draft(&kept_mine), &mine), None);
    assert!(b.sync.in_conflict());
    assert_eq!(
        b.sync.plan_aside(&[&kept_mine], &mine),
        AsidePlan::New,
        "B's text is in no stored draft any more"
    );
}

#[test]
fn once_the_question_is_answered_the_copy_set_aside_is_handed_back() {
    let mut tab = Tab::new("A");
    tab.type_text(1);
    let mine = tab.form.clone();
    let theirs = other_save("B text", "b1");
    tab.sync.external(Stored::Draft(&theirs), &mine);
    let plan = tab.sync.plan_aside(&[&theirs], &mine);
    let copy = copy_of(&mut tab.sync, &mine, plan);
    assert!(tab.sync.keep_mine());
    assert_eq!(tab.sync.take_finished_aside().map(|a| a.id), Some(copy.id));
    assert_eq!(tab.sync.take_finished_aside(), None);

    // "Load the other tab's version" while storage holds this tab's text:
    // the text shown is written over it.
    let mut other = Tab::new("B");
    other.type_text(1);
    other.save();
    let own = other.cache.clone().unwrap();
    let mine = other.form.clone();
    other.sync.external(Stored::Draft(&theirs), &mine);
    assert_eq!(other.sync.keep_theirs(), Some(form("B text")));
    assert!(other.sync.write_over(Stored::Draft(&own), &form("B text")));
    assert_eq!(
        other.sync.plan_save(Stored::Draft(&own), &form("B text")),
        SavePlan::Write {
            revision: 3,
            parent: Some(own.stamp())
        }
    );
    // Storage holding the text shown already: nothing to write.
    let mut settled = Tab::new("C");
    assert!(!settled
        .sync
        .write_over(Stored::Draft(&first_save()), &first_save().form));
}
