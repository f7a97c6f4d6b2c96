//! The draft form's "Translation" section: the listing's texts in a second
//! language. The speakers' and agenda items' translated texts are edited
//! here, one group per row of the original, and kept in those rows, so a
//! row moved or removed above takes its translation with it.

use leptos::prelude::*;

use crate::drafts_part::drafts::form_fields::{FieldProblems, FormEditor, TextField};
use crate::i18n::texts::{self, fill, DraftTexts};
use seminars_core::catalogue::seminar::Role;
use seminars_core::drafts::draft::SeminarForm;

/// Reads one text of the form.
type FormRead = fn(&SeminarForm) -> &String;
/// Writes one text of the form.
type FormWrite = fn(&mut SeminarForm) -> &mut String;

/// Where a list's translated texts are kept in the form (speakers' or
/// agenda items'), so that one view renders the rows of either.
#[derive(Clone)]
struct TranslatedList {
    /// The list's fixed key, e.g. "speaker": ids are made from it.
    noun: &'static str,
    /// A row's heading, a template with `{n}` and `{name}`.
    heading: &'static str,
    /// Each input of a row: its label and the id's last part.
    columns: Vec<(&'static str, &'static str)>,
    /// How many rows the original has.
    count: fn(&SeminarForm) -> usize,
    /// Row `i`'s original name or title, for its heading.
    name: fn(&SeminarForm, usize) -> Option<&String>,
    /// Translated text `column` of row `i`.
    text: fn(&SeminarForm, usize, usize) -> Option<&String>,
    /// The same, to write.
    text_mut: fn(&mut SeminarForm, usize, usize) -> Option<&mut String>,
}

/// The rows of list `L` of [`Role::EVERY`] as translated rows: one input
/// each for the name in the translation's language.
fn body_list<const L: usize>(heading: &'static str) -> TranslatedList {
    fn rows(f: &SeminarForm, list: usize) -> &Vec<String> {
        f.bodies_form(Role::EVERY[list])
    }
    TranslatedList {
        noun: [
            "host",
            "organiser",
            "co-organiser",
            "supporter",
            "institution",
        ][L],
        heading: "{n}. {name}",
        columns: vec![(heading, "name")],
        count: |f| rows(f, L).len(),
        name: |f, i| rows(f, L).get(i),
        text: |f, i, _| {
            let name = rows(f, L).get(i)?;
            f.translation.body_name(L, name)
        },
        text_mut: |f, i, _| {
            let name = rows(f, L).get(i)?.clone();
            f.translation.body_name_mut(L, &name)
        },
    }
}

/// One group of inputs per row of the original (speakers or agenda items),
/// headed by the row's number and its original name or title. Rows are
/// added, moved and removed with the originals, not here.
#[component]
fn TranslatedRows(
    /// The form.
    editor: FormEditor,
    /// Which list.
    list: TranslatedList,
    /// The language tag the inputs are written in.
    lang: Signal<String>,
) -> impl IntoView {
    let TranslatedList {
        noun,
        heading,
        columns,
        count,
        name,
        text,
        text_mut,
    } = list;
    let count = Memo::new(move |_| editor.form.with(count));
    let field = match noun {
        "speaker" => "translation.speakers",
        "agenda" => "translation.agenda",
        _ => "translation.bodies",
    };
    move || {
        (0..count.get())
            .map(|index| {
                let heading = move || {
                    editor.form.with(|f| {
                        let name = name(f, index).map_or("", |n| n.trim());
                        fill(heading, &[("n", &(index + 1).to_string()), ("name", name)])
                    })
                };
                let inputs = columns
                    .iter()
                    .enumerate()
                    .map(|(column, &(label, key))| {
                        let id = format!("translation-{noun}-{index}-{key}");
                        view! {
                            <div class="field">
                                <label for=id.clone()>{label}</label>
                                <input
                                    type="text"
                                    id=id
                                    lang=lang
                                    prop:value=move || {
                                        editor.form.with(|f| text(f, index, column).cloned().unwrap_or_default())
                                    }
                                    on:blur=move |_| editor.leave(field)
                                    on:input=move |ev| {
                                        let typed = event_target_value(&ev);
                                        editor
                                            .edit(|f| {
                                                if let Some(slot) = text_mut(f, index, column) {
                                                    *slot = typed;
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
    let d = DraftTexts::of(texts::use_lang());
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
                {move || open.get().then(|| view! { <TranslationInputs editor lang /> })}
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
    let d = DraftTexts::of(texts::use_lang());
    // Memos, so that the rows are built again only when a list starts or
    // stops being empty, not at every key typed.
    let has_speakers = Memo::new(move |_| editor.form.with(|f| !f.speakers.is_empty()));
    let has_agenda = Memo::new(move |_| editor.form.with(|f| !f.agenda.is_empty()));
    let speakers = TranslatedList {
        noun: "speaker",
        heading: d.form_translated_speaker,
        columns: vec![
            (d.form_role, "role"),
            (d.form_talk, "talk"),
            (d.form_affiliation, "affiliation"),
            (d.form_name, "name"),
        ],
        count: |f| f.speakers.len(),
        name: |f, i| f.speakers.get(i).map(|s| &s.name),
        text: |f, i, column| {
            let s = f.speakers.get(i)?;
            Some(match column {
                0 => &s.translated_role,
                1 => &s.translated_talk,
                2 => &s.translated_affiliation,
                _ => &s.translated_name,
            })
        },
        text_mut: |f, i, column| {
            let s = f.speakers.get_mut(i)?;
            Some(match column {
                0 => &mut s.translated_role,
                1 => &mut s.translated_talk,
                2 => &mut s.translated_affiliation,
                _ => &mut s.translated_name,
            })
        },
    };
    // The bodies of each list, one input a row, keyed by the row's name.
    let bodies = [
        (d.form_hosts, body_list::<0>(d.form_hosts)),
        (d.form_organisers, body_list::<1>(d.form_organisers)),
        (d.form_co_organisers, body_list::<2>(d.form_co_organisers)),
        (d.form_supporters, body_list::<3>(d.form_supporters)),
        (d.form_institutions, body_list::<4>(d.form_institutions)),
    ]
    .into_iter()
    .map(|(legend, list)| {
        let count = list.count;
        let has_rows = Memo::new(move |_| editor.form.with(|f| count(f) > 0));
        move || {
            has_rows.get().then(|| {
                view! {
                    <h2 class="translated-list">{legend}</h2>
                    <TranslatedRows editor list=list.clone() lang />
                }
            })
        }
    })
    .collect_view();
    let agenda = TranslatedList {
        noun: "agenda",
        heading: d.form_translated_session,
        columns: vec![(d.form_session, "title")],
        count: |f| f.agenda.len(),
        name: |f, i| f.agenda.get(i).map(|a| &a.title),
        text: |f, i, _| f.agenda.get(i).map(|a| &a.translated_title),
        text_mut: |f, i, _| f.agenda.get_mut(i).map(|a| &mut a.translated_title),
    };
    let speakers = move || {
        has_speakers.get().then(|| {
            view! {
                <h2 class="translated-list">{d.form_speakers}</h2>
                <TranslatedRows editor list=speakers.clone() lang />
                <FieldProblems editor field="translation.speakers" id="translation-speakers-problems".to_owned() />
            }
        })
    };
    let agenda = move || {
        has_agenda.get().then(|| {
            view! {
                <h2 class="translated-list">{d.form_agenda}</h2>
                <TranslatedRows editor list=agenda.clone() lang />
                <FieldProblems editor field="translation.agenda" id="translation-agenda-problems".to_owned() />
            }
        })
    };
    // The listing's own texts: label, field, input kind, read, write.
    let texts: [(&str, &str, &str, FormRead, FormWrite); 7] = [
        (
            d.form_title,
            "translation.title",
            "text",
            |f| &f.translation.title,
            |f| &mut f.translation.title,
        ),
        (
            d.form_summary,
            "translation.summary",
            "textarea",
            |f| &f.translation.summary,
            |f| &mut f.translation.summary,
        ),
        (
            d.form_description,
            "translation.description",
            "textarea",
            |f| &f.translation.description,
            |f| &mut f.translation.description,
        ),
        (
            d.form_venue,
            "translation.venue",
            "text",
            |f| &f.translation.venue,
            |f| &mut f.translation.venue,
        ),
        (
            d.form_city,
            "translation.city",
            "text",
            |f| &f.translation.city,
            |f| &mut f.translation.city,
        ),
        (
            d.form_country,
            "translation.country",
            "text",
            |f| &f.translation.country,
            |f| &mut f.translation.country,
        ),
        (
            d.form_audience,
            "translation.audience",
            "textarea",
            |f| &f.translation.audience,
            |f| &mut f.translation.audience,
        ),
    ];
    let texts = texts
        .into_iter()
        .map(|(label, field, kind, read, write)| view! { <TextField editor label field kind lang read write /> })
        .collect_view();
    view! {
        <TextField
            editor
            label=d.form_translation_language
            field="translation.language"
            read=|f| &f.translation.language
            write=|f| &mut f.translation.language
            hint=d.form_translation_language_hint
        />
        {texts}
        {speakers}
        {agenda}
        {bodies}
        <FieldProblems editor field="translation" id="translation-problems".to_owned() />
    }
}
