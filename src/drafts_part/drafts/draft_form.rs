//! The whole draft form: every catalogue field, with repeatable speakers,
//! organisers, hosts and agenda items, and a translation of its texts.

use leptos::prelude::*;

use crate::drafts_part::drafts::form_fields::{
    row_callbacks, row_texts, AddRowButton, FieldProblems, FormEditor, RowControls, TextField,
    TextListField,
};
use crate::drafts_part::drafts::translation_fields::TranslationFields;
use crate::drafts_part::drafts::zone_field::ZoneField;
use crate::i18n::texts::drafts::RowTexts;
use crate::i18n::texts::{self, fill, DraftTexts, Texts};
use seminars_core::catalogue::seminar::{Format, Status, Topic};
use seminars_core::drafts::draft::{AgendaForm, SeminarForm, SpeakerForm};

/// Reads one text of a structured row (a speaker's name, an item's title).
type RowRead<T> = fn(&T) -> &String;
/// Writes one text of a structured row.
type RowWrite<T> = fn(&mut T) -> &mut String;

/// The rows of speakers or agenda items, each a small group of inputs.
#[component]
fn StructuredRows<T: Clone + Default + Send + Sync + 'static>(
    /// The form.
    editor: FormEditor,
    /// The legend.
    legend: &'static str,
    /// What a row is called.
    noun: &'static str,
    /// The field's name in problems.
    field: &'static str,
    /// Reads the rows.
    read: fn(&SeminarForm) -> &Vec<T>,
    /// Writes the rows.
    write: fn(&mut SeminarForm) -> &mut Vec<T>,
    /// Each input of a row: label, input type, read, write.
    columns: Vec<(&'static str, &'static str, RowRead<T>, RowWrite<T>)>,
) -> impl IntoView {
    let count = Memo::new(move |_| editor.form.with(|f| read(f).len()));
    let (on_move, on_remove) = row_callbacks(editor, noun, write);
    let rows = move || {
        let count = count.get();
        (0..count)
            .map(|index| {
                let inputs = columns
                    .iter()
                    .enumerate()
                    .map(|(column, &(label, kind, get, set))| {
                        let id = format!("{noun}-{index}-{column}");
                        view! {
                            <div class="field">
                                <label for=id.clone()>{label}</label>
                                <input
                                    type=kind
                                    id=id
                                    prop:value=move || {
                                        editor.form.with(|f| read(f).get(index).map(|r| get(r).clone()).unwrap_or_default())
                                    }
                                    on:blur=move |_| editor.leave(field)
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
                    <li>
                        <fieldset class="row-group">
                            <legend>{RowTexts::numbered(row_texts(noun).label, index + 1)}</legend>
                            {inputs}
                            <RowControls index count noun on_move on_remove />
                        </fieldset>
                    </li>
                }
            })
            .collect_view()
    };
    let problems_id = format!("{field}-problems");
    view! {
        <fieldset class="repeatable">
            <legend>{legend}</legend>
            <ol>{rows}</ol>
            <FieldProblems editor field id=problems_id />
            <AddRowButton editor noun write count first_input="-0" />
        </fieldset>
    }
}

/// One checkbox per catalogue topic, and one for each topic id the draft
/// holds that the catalogue does not (an imported entry's, or any while
/// the catalogue loads), so that every topic can be removed.
#[component]
fn TopicsField(
    /// The form.
    editor: FormEditor,
    /// The catalogue's topics (empty until it loads).
    topics: Signal<Vec<Topic>>,
    /// Whether the catalogue is loaded.
    catalogue_ready: Signal<bool>,
) -> impl IntoView {
    let lang = texts::use_lang();
    let (t, d) = (Texts::of(lang), DraftTexts::of(lang));
    let toggle = move |id: String, on: bool| {
        editor.edit(|f| {
            f.topics.retain(|t| *t != id);
            if on {
                f.topics.push(id);
            }
        })
    };
    let known = move || {
        topics
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, topic)| {
                let input_id = format!("draft-topic-{index}");
                let checked_id = topic.id.clone();
                let (label, label_lang) = topic.label_for(lang);
                view! {
                    <li>
                        <input
                            type="checkbox"
                            id=input_id.clone()
                            prop:checked=move || editor.form.with(|f| f.topics.contains(&checked_id))
                            on:change=move |ev| toggle(topic.id.clone(), event_target_checked(&ev))
                            on:blur=move |_| editor.leave("topics")
                        />
                        <label for=input_id lang=label_lang>{label}</label>
                    </li>
                }
            })
            .collect_view()
    };
    // Such ids stay listed once seen, checked or not, so that unchecking
    // one does not pull the box from under the pointer. Only the set of
    // them re-renders their boxes, not every change.
    let seen = StoredValue::new(Vec::<String>::new());
    let others = Memo::new(move |_| {
        topics.with(|known| {
            editor.form.with(|f| {
                seen.update_value(|seen| {
                    for t in &f.topics {
                        if !seen.contains(t) {
                            seen.push(t.clone());
                        }
                    }
                });
                seen.get_value()
                    .into_iter()
                    .filter(|t| !known.iter().any(|k| k.id == *t))
                    .collect::<Vec<_>>()
            })
        })
    });
    let unknown = move || {
        let ready = catalogue_ready.get();
        others
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, id)| {
                let input_id = format!("draft-other-topic-{index}");
                let label = if ready {
                    fill(d.unknown_topic, &[("id", &id)])
                } else {
                    fill(d.unchecked_topic, &[("id", &id)])
                };
                let checked_id = id.clone();
                view! {
                    <li>
                        <input
                            type="checkbox"
                            id=input_id.clone()
                            prop:checked=move || editor.form.with(|f| f.topics.contains(&checked_id))
                            on:change=move |ev| toggle(id.clone(), event_target_checked(&ev))
                            on:blur=move |_| editor.leave("topics")
                        />
                        <label for=input_id>{label}</label>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="filter" aria-describedby="topics-problems">
            <legend>{t.topics}</legend>
            <ul>{known} {unknown}</ul>
            <FieldProblems editor field="topics" id="topics-problems".to_owned() />
        </fieldset>
    }
}

/// In person, online or hybrid.
#[component]
fn FormatField(
    /// The form.
    editor: FormEditor,
) -> impl IntoView {
    let lang = texts::use_lang();
    let (t, d) = (Texts::of(lang), DraftTexts::of(lang));
    let radios = Format::ALL
        .into_iter()
        .map(|format| {
            let id = format!("draft-format-{}", format.as_str());
            view! {
                <li>
                    <input
                        type="radio"
                        name="draft-format"
                        id=id.clone()
                        prop:checked=move || editor.form.with(|f| f.format == format.as_str())
                        on:change=move |_| editor.edit(|f| f.format = format.as_str().to_owned())
                        on:blur=move |_| editor.leave("format")
                    />
                    <label for=id>{texts::format_name(t, format)}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="filter">
            <legend>{d.form_format}</legend>
            <ul>{radios}</ul>
            <FieldProblems editor field="format" id="format-problems".to_owned() />
        </fieldset>
    }
}

/// Whether the seminar goes ahead as listed, and the earlier dates of a
/// rescheduled one.
#[component]
fn StatusField(
    /// The form.
    editor: FormEditor,
) -> impl IntoView {
    let d = DraftTexts::of(texts::use_lang());
    let options = Status::ALL
        .into_iter()
        .map(|status| {
            let word = match status {
                Status::Scheduled => d.status_scheduled,
                Status::Cancelled => d.status_cancelled,
                Status::Postponed => d.status_postponed,
                Status::Rescheduled => d.status_rescheduled,
                Status::MovedOnline => d.status_moved_online,
            };
            view! {
                <option
                    value=status.as_str()
                    prop:selected=move || editor.form.with(|f| f.status == status.as_str())
                >
                    {word}
                </option>
            }
        })
        .collect_view();
    let rescheduled = move || {
        editor
            .form
            .with(|f| f.status == Status::Rescheduled.as_str())
    };
    view! {
        <div class="field">
            <label for="field-status">{d.form_status}</label>
            <select
                id="field-status"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    editor.edit(|f| f.status = value)
                }
            >
                {options}
            </select>
            <FieldProblems editor field="status" id="status-problems".to_owned() />
        </div>
        <Show when=rescheduled>
            <div class="field-pair">
                <TextField editor label=d.form_previous_start field="previous_dates" kind="date" read=|f| &f.previous_start write=|f| &mut f.previous_start />
                <TextField editor label=d.form_previous_end field="previous_dates" kind="date" read=|f| &f.previous_end write=|f| &mut f.previous_end />
            </div>
        </Show>
    }
}

/// One checkbox per audience group of the catalogue.
#[component]
fn AudiencesField(
    /// The form.
    editor: FormEditor,
    /// The catalogue's audience groups (empty until it loads).
    audiences: Signal<Vec<Topic>>,
) -> impl IntoView {
    let lang = texts::use_lang();
    let d = DraftTexts::of(lang);
    let boxes = move || {
        audiences
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, group)| {
                let input_id = format!("draft-audience-{index}");
                let (checked_id, id) = (group.id.clone(), group.id.clone());
                let (label, label_lang) = group.label_for(lang);
                view! {
                    <li>
                        <input
                            type="checkbox"
                            id=input_id.clone()
                            prop:checked=move || editor.form.with(|f| f.audiences.contains(&checked_id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                let id = id.clone();
                                editor.edit(|f| {
                                    f.audiences.retain(|a| *a != id);
                                    if on {
                                        f.audiences.push(id);
                                    }
                                })
                            }
                        />
                        <label for=input_id lang=label_lang>{label}</label>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=move || audiences.with(|a| !a.is_empty())>
            <fieldset class="filter">
                <legend>{d.form_audiences}</legend>
                <ul>{boxes}</ul>
            </fieldset>
        </Show>
    }
}

/// Every field of a listing.
#[component]
pub fn DraftForm(
    /// The form.
    editor: FormEditor,
    /// The catalogue's topics (empty until it loads).
    topics: Signal<Vec<Topic>>,
    /// The catalogue's audience groups (empty until it loads).
    audiences: Signal<Vec<Topic>>,
    /// Whether the catalogue is loaded.
    catalogue_ready: Signal<bool>,
) -> impl IntoView {
    let d = DraftTexts::of(texts::use_lang());
    view! {
        <div class="draft-form">
            <TextField editor label=d.form_title field="title" read=|f| &f.title write=|f| &mut f.title />
            <TextField
                editor
                label=d.form_summary
                field="summary"
                kind="textarea"
                read=|f| &f.summary
                write=|f| &mut f.summary
                hint=d.form_summary_hint
            />
            <TextField
                editor
                label=d.form_description
                field="description"
                kind="textarea"
                read=|f| &f.description
                write=|f| &mut f.description
            />
            <TextField
                editor
                label=d.form_id
                field="id"
                read=|f| &f.id
                write=|f| &mut f.id
                hint=d.form_id_hint
            />
            <div class="field-pair">
                <TextField editor label=d.form_start_date field="start" kind="date" read=|f| &f.start write=|f| &mut f.start />
                <TextField editor label=d.form_end_date field="end" kind="date" read=|f| &f.end write=|f| &mut f.end />
            </div>
            <ZoneField editor />
            <TextField
                editor
                label=d.form_language
                field="language"
                read=|f| &f.language
                write=|f| &mut f.language
                hint=d.form_language_hint
            />
            <FormatField editor />
            <StatusField editor />
            <TextField editor label=d.form_venue field="venue.name" read=|f| &f.venue_name write=|f| &mut f.venue_name />
            <TextField editor label=d.form_city field="venue.city" read=|f| &f.city write=|f| &mut f.city />
            <TextField editor label=d.form_address field="venue.address" read=|f| &f.address write=|f| &mut f.address />
            <TextField editor label=d.form_country field="venue.country" read=|f| &f.country write=|f| &mut f.country />
            <TopicsField editor topics catalogue_ready />
            <TextListField editor legend=d.form_hosts noun="host" field="hosts" read=|f| &f.hosts write=|f| &mut f.hosts />
            <TextListField editor legend=d.form_organisers noun="organiser" field="organisers" read=|f| &f.organisers write=|f| &mut f.organisers />
            <TextListField editor legend=d.form_co_organisers noun="co-organiser" field="co_organisers" read=|f| &f.co_organisers write=|f| &mut f.co_organisers />
            <TextListField editor legend=d.form_supporters noun="supporter" field="supporters" read=|f| &f.supporters write=|f| &mut f.supporters />
            <TextListField editor legend=d.form_institutions noun="institution" field="institutions" read=|f| &f.institutions write=|f| &mut f.institutions />
            <StructuredRows
                editor
                legend=d.form_speakers
                noun="speaker"
                field="speakers"
                read=|f: &SeminarForm| &f.speakers
                write=|f: &mut SeminarForm| &mut f.speakers
                columns=vec![
                    (d.form_name, "text", (|s: &SpeakerForm| &s.name) as RowRead<SpeakerForm>, (|s: &mut SpeakerForm| &mut s.name) as RowWrite<SpeakerForm>),
                    (d.form_role, "text", |s| &s.role, |s| &mut s.role),
                    (d.form_affiliation, "text", |s| &s.affiliation, |s| &mut s.affiliation),
                    (d.form_talk, "text", |s| &s.talk, |s| &mut s.talk),
                ]
            />
            <TextField editor label=d.form_audience field="audience" kind="textarea" read=|f| &f.audience write=|f| &mut f.audience />
            <TextField
                editor
                label=d.form_expected_attendance
                field="expected_attendance"
                kind="text"
                read=|f| &f.expected_attendance
                write=|f| &mut f.expected_attendance
                hint=d.form_attendance_hint
            />
            <AudiencesField editor audiences />
            <div class="field-pair">
                <TextField editor label=d.form_places field="places" read=|f| &f.places write=|f| &mut f.places />
                <TextField editor label=d.form_hours field="hours" read=|f| &f.hours write=|f| &mut f.hours />
            </div>
            <div class="field checkbox-field">
                <input
                    type="checkbox"
                    id="field-certificate"
                    prop:checked=move || editor.form.with(|f| f.certificate)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        editor.edit(|f| f.certificate = on)
                    }
                />
                <label for="field-certificate">{d.form_certificate}</label>
            </div>
            <StructuredRows
                editor
                legend=d.form_agenda
                noun="agenda"
                field="agenda"
                read=|f: &SeminarForm| &f.agenda
                write=|f: &mut SeminarForm| &mut f.agenda
                columns=vec![
                    (d.form_date, "date", (|a: &AgendaForm| &a.date) as RowRead<AgendaForm>, (|a: &mut AgendaForm| &mut a.date) as RowWrite<AgendaForm>),
                    (d.form_start_time, "time", |a| &a.start_time, |a| &mut a.start_time),
                    (d.form_end_time, "time", |a| &a.end_time, |a| &mut a.end_time),
                    (d.form_session, "text", |a| &a.title, |a| &mut a.title),
                    (d.form_led_by, "text", |a| &a.speaker, |a| &mut a.speaker),
                ]
            />
            <fieldset class="links">
                <legend>{d.form_links}</legend>
                <p class="hint">{d.form_links_hint}</p>
                <TextField editor label=d.form_website field="website" kind="url" read=|f| &f.website write=|f| &mut f.website />
                <div class="field-pair">
                    <TextField
                        editor
                        label=d.form_registration
                        field="registration.url"
                        kind="url"
                        read=|f| &f.registration_url
                        write=|f| &mut f.registration_url
                    />
                    <TextField
                        editor
                        label=d.form_registration_closes
                        field="registration.closes"
                        kind="date"
                        read=|f| &f.registration_closes
                        write=|f| &mut f.registration_closes
                    />
                </div>
                <TextField editor label=d.form_online field="online" kind="url" read=|f| &f.online write=|f| &mut f.online />
                <TextField editor label=d.form_contact field="contact" kind="email" read=|f| &f.contact write=|f| &mut f.contact />
                <TextField editor label=d.form_contact_name field="contact_name" read=|f| &f.contact_name write=|f| &mut f.contact_name />
                <TextField editor label=d.form_phone field="phone" kind="tel" read=|f| &f.phone write=|f| &mut f.phone />
                <TextField editor label=d.form_notice_number field="notice.number" read=|f| &f.notice_number write=|f| &mut f.notice_number />
                <TextField editor label=d.form_notice_url field="notice.url" kind="url" read=|f| &f.notice_url write=|f| &mut f.notice_url />
            </fieldset>
            <TextField
                editor
                label=d.form_source
                field="source"
                kind="textarea"
                read=|f| &f.source
                write=|f| &mut f.source
                hint=d.form_source_hint
            />
            <div class="field checkbox-field">
                <input
                    type="checkbox"
                    id="field-example"
                    prop:checked=move || editor.form.with(|f| f.example)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        editor.edit(|f| f.example = on)
                    }
                />
                <label for="field-example">{d.form_example}</label>
            </div>
            <TranslationFields editor />
        </div>
    }
}
