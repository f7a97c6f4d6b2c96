//! The draft form's fields. Each is labelled, shows the problems that
//! concern it right beside it, and writes through [`FormEditor`], which
//! marks the draft as changed so it gets saved.

use leptos::prelude::*;

use crate::i18n::texts::drafts::RowTexts;
use crate::i18n::texts::{self, DraftTexts, Lang};
use seminars_core::drafts::draft::{DraftProblem, SeminarForm};
use seminars_core::drafts::shown::ShownProblems;

/// The form being edited and what to do after each change.
#[derive(Clone, Copy)]
pub struct FormEditor {
    /// The form's content.
    pub form: RwSignal<SeminarForm>,
    /// The problems with it, as they stand.
    pub problems: Memo<Vec<DraftProblem>>,
    /// Called after every change (schedules the save).
    pub changed: Callback<()>,
    /// Which problems are shown (none on an untouched new draft).
    pub shown: RwSignal<ShownProblems>,
}

impl FormEditor {
    /// Changes the form and schedules a save.
    /// The id made from the date and title follows them (see
    /// [`SeminarForm::follow_id`]).
    pub fn edit(&self, change: impl FnOnce(&mut SeminarForm)) {
        self.form.update(|form| {
            let before = form.clone();
            change(form);
            form.follow_id(&before);
        });
        self.changed.run(());
    }

    /// The organiser left a field: its problems show from now on.
    /// A field can lose focus as the page goes away (the editor's signals
    /// already disposed of), so this never assumes they are still there.
    pub fn leave(&self, field: &'static str) {
        if self.shown.try_with_untracked(|s| !s.shows(field)) == Some(true) {
            self.shown.try_update(|s| s.leave(field));
        }
    }

    /// The problems shown, as they stand (tracked).
    pub fn shown_problems(&self) -> Vec<DraftProblem> {
        self.shown.with(|shown| {
            self.problems
                .with(|problems| shown.of(problems).into_iter().cloned().collect())
        })
    }

    /// The shown messages about one field, in `lang` (tracked).
    pub fn messages(&self, field: &'static str, lang: Lang) -> Vec<String> {
        if !self.shown.with(|s| s.shows(field)) {
            return Vec::new();
        }
        self.problems.with(|problems| {
            problems
                .iter()
                .filter(|p| p.field == field)
                .map(|p| p.message.say(lang))
                .collect()
        })
    }

    /// Whether a field has problems that are shown (tracked).
    pub fn has_problems(&self, field: &'static str) -> bool {
        self.shown.with(|s| s.shows(field))
            && self
                .problems
                .with(|problems| problems.iter().any(|p| p.field == field))
    }
}

/// The messages about a field, in an element inputs can point to.
#[component]
pub fn FieldProblems(
    /// The form.
    editor: FormEditor,
    /// The field's name in problems.
    field: &'static str,
    /// The element id.
    id: String,
) -> impl IntoView {
    let lang = texts::use_lang();
    view! {
        <div id=id class="problems" aria-live="polite">
            {move || {
                editor
                    .messages(field, lang)
                    .into_iter()
                    .map(|m| view! { <p class="problem">{m}</p> })
                    .collect_view()
            }}
        </div>
    }
}

/// A labelled text input or text area bound to one form field.
#[component]
pub fn TextField(
    /// The form.
    editor: FormEditor,
    /// The visible label.
    label: &'static str,
    /// The field's name in problems and its input's id.
    field: &'static str,
    /// Reads the field.
    read: fn(&SeminarForm) -> &String,
    /// Writes the field.
    write: fn(&mut SeminarForm) -> &mut String,
    /// The input type, e.g. "text" or "date"; "textarea" for several lines.
    #[prop(default = "text")]
    kind: &'static str,
    /// A hint under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The language tag the text is written in, when it is not the page's
    /// (a translation's).
    #[prop(optional, into)]
    lang: Option<Signal<String>>,
) -> impl IntoView {
    let id = format!("field-{}", field.replace('.', "-"));
    let problems_id = format!("{id}-problems");
    let hint_id = format!("{id}-hint");
    let described = if hint.is_some() {
        format!("{hint_id} {problems_id}")
    } else {
        problems_id.clone()
    };
    let invalid = move || editor.has_problems(field).to_string();
    let lang = move || lang.map(|l| l.get());
    let value = move || editor.form.with(|f| read(f).clone());
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        editor.edit(|f| *write(f) = text);
    };
    let input = if kind == "textarea" {
        view! {
            <textarea
                id=id.clone()
                rows="4"
                lang=lang
                aria-describedby=described
                aria-invalid=invalid
                prop:value=value
                on:input=on_input
                on:blur=move |_| editor.leave(field)
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type=kind
                id=id.clone()
                lang=lang
                aria-describedby=described
                aria-invalid=invalid
                prop:value=value
                on:input=on_input
                on:blur=move |_| editor.leave(field)
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
            {input}
            <FieldProblems editor field id=problems_id />
        </div>
    }
}

/// Move up, move down and remove buttons for one row of a repeatable field.
#[component]
pub fn RowControls(
    /// The row's position, from 0.
    index: usize,
    /// How many rows there are.
    count: usize,
    /// The list's fixed key, e.g. "speaker": ids are made from it.
    noun: &'static str,
    /// Moves a row by -1 or +1.
    on_move: Callback<(usize, bool)>,
    /// Removes a row.
    on_remove: Callback<usize>,
) -> impl IntoView {
    let texts = row_texts(noun);
    let n = index + 1;
    let last = n >= count;
    view! {
        <div class="row-controls">
            <button
                type="button"
                class="small"
                id=format!("{noun}-{index}-up")
                disabled=index == 0
                aria-label=RowTexts::numbered(texts.move_up, n)
                on:click=move |_| on_move.run((index, true))
            >
                "↑"
            </button>
            <button
                type="button"
                class="small"
                id=format!("{noun}-{index}-down")
                disabled=last
                aria-label=RowTexts::numbered(texts.move_down, n)
                on:click=move |_| on_move.run((index, false))
            >
                "↓"
            </button>
            <button
                type="button"
                class="small"
                aria-label=RowTexts::numbered(texts.remove, n)
                on:click=move |_| on_remove.run(index)
            >
                "✕"
            </button>
        </div>
    }
}

/// Moves `items[index]` one place up or down, if it can.
pub fn move_row<T>(items: &mut [T], index: usize, up: bool) -> Option<usize> {
    let to = if up { index.checked_sub(1)? } else { index + 1 };
    (to < items.len()).then(|| {
        items.swap(index, to);
        to
    })
}

/// The button that keeps focus after a row moved to `to`: the same
/// direction's button, or the other one where that is disabled at an end.
pub fn move_focus_target(noun: &str, to: usize, rows: usize, up: bool) -> String {
    let direction = match (up, to) {
        (true, 0) => "down",
        (true, _) => "up",
        (false, t) if t + 1 >= rows => "up",
        (false, _) => "down",
    };
    format!("{noun}-{to}-{direction}")
}

/// The move and remove actions of a repeatable field's rows; focus follows
/// a moved row, and goes to the field's "Add" button after a removal.
pub fn row_callbacks<T: Send + Sync + 'static>(
    editor: FormEditor,
    noun: &'static str,
    write: fn(&mut SeminarForm) -> &mut Vec<T>,
) -> (Callback<(usize, bool)>, Callback<usize>) {
    let on_move = Callback::new(move |(index, up): (usize, bool)| {
        let mut moved = None;
        let mut rows = 0;
        editor.edit(|f| {
            moved = move_row(write(f), index, up);
            rows = write(f).len();
        });
        if let Some(to) = moved {
            focus_later(move_focus_target(noun, to, rows, up));
        }
    });
    let on_remove = Callback::new(move |index: usize| {
        editor.edit(|f| {
            if index < write(f).len() {
                write(f).remove(index);
            }
        });
        focus_later(format!("add-{noun}"));
    });
    (on_move, on_remove)
}

/// The "Add …" button of a repeatable field: appends an empty row and puts
/// focus in its first input, whose id is `{noun}-{row}{first_input}`.
#[component]
pub fn AddRowButton<T: Default + Send + Sync + 'static>(
    /// The form.
    editor: FormEditor,
    /// The list's fixed key, e.g. "speaker": ids are made from it.
    noun: &'static str,
    /// Writes the rows.
    write: fn(&mut SeminarForm) -> &mut Vec<T>,
    /// How many rows there are.
    count: Memo<usize>,
    /// What follows the row's position in its first input's id.
    first_input: &'static str,
) -> impl IntoView {
    view! {
        <button
            type="button"
            id=format!("add-{noun}")
            on:click=move |_| {
                editor.edit(|f| write(f).push(T::default()));
                focus_later(format!("{noun}-{}{first_input}", count.get_untracked().saturating_sub(1)));
            }
        >
            {row_texts(noun).add}
        </button>
    }
}

/// The texts of the rows of the list with this key, in the language shown.
pub fn row_texts(noun: &str) -> RowTexts {
    RowTexts::of(DraftTexts::of(texts::use_lang()), noun)
}

/// Puts keyboard focus on an element by id, after the view has updated.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = crate::web::dom::element(&id) {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// A list of one-line texts (organisers, hosts): add, remove, reorder.
#[component]
pub fn TextListField(
    /// The form.
    editor: FormEditor,
    /// The legend, e.g. "Organisers".
    legend: &'static str,
    /// The list's fixed key, e.g. "organiser": ids are made from it.
    noun: &'static str,
    /// The field's name in problems.
    field: &'static str,
    /// Reads the list.
    read: fn(&SeminarForm) -> &Vec<String>,
    /// Writes the list.
    write: fn(&mut SeminarForm) -> &mut Vec<String>,
) -> impl IntoView {
    let count = Memo::new(move |_| editor.form.with(|f| read(f).len()));
    let (on_move, on_remove) = row_callbacks(editor, noun, write);
    let texts = row_texts(noun);
    let rows = move || {
        let count = count.get();
        (0..count)
            .map(|index| {
                let id = format!("{noun}-{index}");
                view! {
                    <li class="row">
                        <label for=id.clone()>{RowTexts::numbered(texts.label, index + 1)}</label>
                        <input
                            type="text"
                            id=id
                            prop:value=move || {
                                editor.form.with(|f| read(f).get(index).cloned().unwrap_or_default())
                            }
                            on:blur=move |_| editor.leave(field)
                            on:input=move |ev| {
                                let text = event_target_value(&ev);
                                editor
                                    .edit(|f| {
                                        if let Some(slot) = write(f).get_mut(index) {
                                            *slot = text;
                                        }
                                    })
                            }
                        />
                        <RowControls index count noun on_move on_remove />
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="repeatable">
            <legend>{legend}</legend>
            <ol>{rows}</ol>
            <FieldProblems editor field id=format!("{field}-problems") />
            <AddRowButton editor noun write count first_input="" />
        </fieldset>
    }
}
