//! The draft form's "Translation" section: the listing's texts in a second
//! language. The speakers' and agenda items' translated texts are edited
//! here, one group per row of the original, and kept in those rows, so a
//! row moved or removed above takes its translation with it.

use leptos::prelude::*;

use crate::components::form_fields::{FieldProblems, FormEditor, TextField};
use crate::domain::draft::{AgendaForm, SeminarForm, SpeakerForm};
use crate::strings::{self, fill, DraftTexts};

/// Reads one text of a row.
type RowRead<T> = fn(&T) -> &String;
/// Writes one text of a row.
type RowWrite<T> = fn(&mut T) -> &mut String;

/// One group of inputs per row of the original (speakers or agenda items),
/// headed by the row's number and its original name or title. Rows are
/// added, moved and removed with the originals, not here.
#[component]
fn TranslatedRows<T: Send + Sync + 'static>(
    /// The form.
    editor: FormEditor,
    /// The group's heading, a template with `{n}` and `{name}`.
    heading: &'static str,
    /// The list's fixed key, e.g. "speaker": ids are made from it.
    noun: &'static str,
    /// Reads the rows.
    read: fn(&SeminarForm) -> &Vec<T>,
    /// Writes the rows.
    write: fn(&mut SeminarForm) -> &mut Vec<T>,
    /// The row's original name or title, for its heading.
    name: RowRead<T>,
    /// Each input of a row: label, id suffix, read, write.
    columns: Vec<(&'static str, &'static str, RowRead<T>, RowWrite<T>)>,
    /// The language tag the inputs are written in.
    lang: Signal<String>,
) -> impl IntoView {
    let count = Memo::new(move |_| editor.form.with(|f| read(f).len()));
    move || {
        (0..count.get())
            .map(|index| {
                let heading = move || {
                    editor.form.with(|f| {
                        let name = read(f).get(index).map(name).map_or("", |n| n.trim());
                        fill(heading, &[("n", &(index + 1).to_string()), ("name", name)])
                    })
                };
                let inputs = columns
                    .iter()
                    .map(|&(label, key, get, set)| {
                        let id = format!("translation-{noun}-{index}-{key}");
                        view! {
                            <div class="field">
                                <label for=id.clone()>{label}</label>
                                <input
                                    type="text"
                                    id=id
                                    lang=lang
                                    prop:value=move || {
                                        editor.form.with(|f| read(f).get(index).map(|r| get(r).clone()).unwrap_or_default())
                                    }
                                    on:input=move |ev| {
                                        let text = event_target_value(&ev);
                                        editor
                                            .edit(|f| {
                                                if let Some(row) = write(f).get_mut(index) {
                                                    *set(row) = text;
                                                }
                                            })
                                    }
                                />
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset class="row-group">
                        <legend>{heading}</legend>
                        {inputs}
                    </fieldset>
                }
            })
            .collect_view()
    }
}

/// The listing's title, summary, description, venue, city, audience,
/// speakers' roles and talks, and agenda titles in a second language,
/// whose tag is typed or, left empty, the other language of the interface.
/// Saved in the draft, exported in the listing's `translations`.
#[component]
pub fn TranslationFields(
    /// The form.
    editor: FormEditor,
) -> impl IntoView {
    let d = DraftTexts::of(strings::use_lang());
    let lang = Signal::derive(move || editor.form.with(SeminarForm::translation_language));
    // Closed until asked for: most listings have no translation, and the
    // form is long. It opens by itself when one of its fields has a problem.
    let open = RwSignal::new(false);
    Effect::new(move |_| {
        let problem = editor
            .problems
            .with(|p| p.iter().any(|p| p.field.starts_with("translation")));
        if problem {
            open.set(true);
        }
    });
    let held = move || {
        let held = editor.form.with(SeminarForm::has_translation);
        (held && !open.get()).then(|| {
            let text = fill(d.form_translation_held, &[("lang", &lang.get())]);
            view! { <p class="hint">{text}</p> }
        })
    };
    let toggle = move || {
        if open.get() {
            d.form_translation_hide
        } else {
            d.form_translation_show
        }
    };
    view! {
        <fieldset class="repeatable" id="translation" aria-describedby="translation-explained">
            <legend>{d.form_translation}</legend>
            <p id="translation-explained" class="hint">{d.form_translation_explained}</p>
            {held}
            <button
                type="button"
                id="translation-toggle"
                aria-expanded=move || open.get().to_string()
                aria-controls="translation-fields"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {toggle}
            </button>
            <div id="translation-fields" hidden=move || !open.get()>
                <Show when=move || open.get()>
                    <TranslationInputs editor lang />
                </Show>
            </div>
        </fieldset>
    }
}

/// The inputs of the translation, shown once the section is opened.
#[component]
fn TranslationInputs(
    /// The form.
    editor: FormEditor,
    /// The translation's language tag.
    lang: Signal<String>,
) -> impl IntoView {
    let d = DraftTexts::of(strings::use_lang());
    let has_speakers = move || editor.form.with(|f| !f.speakers.is_empty());
    let has_agenda = move || editor.form.with(|f| !f.agenda.is_empty());
    view! {
            <TextField
                editor
                label=d.form_translation_language
                field="translation.language"
                read=|f| &f.translation.language
                write=|f| &mut f.translation.language
                hint=d.form_translation_language_hint
            />
            <TextField editor label=d.form_title field="translation.title" lang read=|f| &f.translation.title write=|f| &mut f.translation.title />
            <TextField
                editor
                label=d.form_summary
                field="translation.summary"
                kind="textarea"
                lang
                read=|f| &f.translation.summary
                write=|f| &mut f.translation.summary
            />
            <TextField
                editor
                label=d.form_description
                field="translation.description"
                kind="textarea"
                lang
                read=|f| &f.translation.description
                write=|f| &mut f.translation.description
            />
            <TextField editor label=d.form_venue field="translation.venue" lang read=|f| &f.translation.venue write=|f| &mut f.translation.venue />
            <TextField editor label=d.form_city field="translation.city" lang read=|f| &f.translation.city write=|f| &mut f.translation.city />
            <TextField
                editor
                label=d.form_audience
                field="translation.audience"
                kind="textarea"
                lang
                read=|f| &f.translation.audience
                write=|f| &mut f.translation.audience
            />
            <Show when=has_speakers>
                <h3>{d.form_speakers}</h3>
                <TranslatedRows
                    editor
                    heading=d.form_translated_speaker
                    noun="speaker"
                    read=|f: &SeminarForm| &f.speakers
                    write=|f: &mut SeminarForm| &mut f.speakers
                    name=|s: &SpeakerForm| &s.name
                    columns=vec![
                        (d.form_role, "role", (|s: &SpeakerForm| &s.translated_role) as RowRead<SpeakerForm>, (|s: &mut SpeakerForm| &mut s.translated_role) as RowWrite<SpeakerForm>),
                        (d.form_talk, "talk", |s| &s.translated_talk, |s| &mut s.translated_talk),
                    ]
                    lang
                />
                <FieldProblems editor field="translation.speakers" id="translation-speakers-problems".to_owned() />
            </Show>
            <Show when=has_agenda>
                <h3>{d.form_agenda}</h3>
                <TranslatedRows
                    editor
                    heading=d.form_translated_session
                    noun="agenda"
                    read=|f: &SeminarForm| &f.agenda
                    write=|f: &mut SeminarForm| &mut f.agenda
                    name=|a: &AgendaForm| &a.title
                    columns=vec![
                        (d.form_session, "title", (|a: &AgendaForm| &a.translated_title) as RowRead<AgendaForm>, (|a: &mut AgendaForm| &mut a.translated_title) as RowWrite<AgendaForm>),
                    ]
                    lang
                />
                <FieldProblems editor field="translation.agenda" id="translation-agenda-problems".to_owned() />
            </Show>
            <FieldProblems editor field="translation" id="translation-problems".to_owned() />
    }
}
