//! `/drafts`: every draft in this browser, with delete and undo, duplicate,
//! export of one entry or of the whole catalogue, and import.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::components::load_status::{LoadFailed, Loading};
use crate::domain::draft::{Draft, DraftOrigin};
use crate::domain::export::{catalogue_json, entry_json, merge};
use crate::domain::import::read_import;
use crate::domain::record::{encode, Decoded};
use crate::drafts::use_drafts;
use crate::files::{download, read_chosen_file};
use crate::paths::Paths;
use crate::state::{set_document_title, use_catalogue, Listings, LoadState};
use crate::storage::{StorageError, StoredRecord};
use crate::strings;

/// A one-line message about a record, in an alert.
#[component]
pub fn RecordProblem(
    /// The message.
    message: String,
) -> impl IntoView {
    let paths = use_context::<Paths>().unwrap_or_default();
    view! {
        <div class="notice error" role="alert">
            <p>{message}</p>
            <p>
                <a href=paths.drafts()>{strings::NAV_DRAFTS}</a>
            </p>
        </div>
    }
}

/// A stored value the app cannot edit: a damaged record, kept as it is and
/// offered for download, or one from a newer version, shown read-only.
#[component]
pub fn BrokenRecord(
    /// The record.
    record: StoredRecord,
) -> impl IntoView {
    let store = use_drafts();
    let message = match &record.decoded {
        Decoded::Future { version } => strings::future_record(&record.id, *version),
        Decoded::Corrupt { reason } => strings::corrupt_record(&record.id, reason),
        _ => String::new(),
    };
    let raw = record.raw.clone();
    let name = format!("draft-{}.json", record.id);
    let id = record.id.clone();
    let is_future = matches!(record.decoded, Decoded::Future { .. });
    view! {
        <div class="notice warning broken-record" role="group" aria-label=strings::stored_draft_label(&record.id)>
            <p>{message}</p>
            {is_future.then(|| view! { <pre class="raw" tabindex="0">{record.raw.clone()}</pre> })}
            <div class="actions">
                <button type="button" on:click=move |_| { let _ = download(&name, "application/json", &raw); }>
                    {strings::DOWNLOAD_RAW}
                </button>
                {(!is_future).then(|| view! {
                    <button type="button" on:click=move |_| { let _ = store.delete(&id); }>
                        {strings::DELETE}
                    </button>
                })}
            </div>
        </div>
    }
}

/// The drafts list page.
#[component]
pub fn DraftsPage() -> impl IntoView {
    set_document_title(&format!(
        "{} · {}",
        strings::DRAFTS_TITLE,
        strings::SITE_NAME
    ));
    let catalogue = use_catalogue();
    view! {
        <h1>{strings::DRAFTS_TITLE}</h1>
        <p>{strings::DRAFTS_EXPLAINED}</p>
        {move || match catalogue.state() {
            LoadState::Loading => view! { <Loading /> }.into_any(),
            LoadState::Failed(error) => view! { <LoadFailed error /> }.into_any(),
            LoadState::Ready(listings) => view! { <DraftList listings /> }.into_any(),
        }}
    }
}

/// The list itself, with the tools that act on all drafts.
#[component]
fn DraftList(
    /// The catalogue, for validity and merging.
    listings: Arc<Listings>,
) -> impl IntoView {
    let store = use_drafts();
    let paths = use_context::<Paths>().unwrap_or_default();
    let message = RwSignal::new(None::<String>);
    let undo = RwSignal::new(None::<(String, String)>);
    let import_report = RwSignal::new(Vec::<String>::new());

    let export_catalogue = {
        let listings = listings.clone();
        move |_| {
            let drafts = store.drafts();
            let merged = merge(&listings.catalogue, &drafts);
            let count = merged.from_draft.iter().filter(|d| d.is_some()).count();
            let text = catalogue_json(&listings.catalogue, &drafts);
            message.set(Some(
                match download("seminars.json", "application/json", &text) {
                    Ok(()) => strings::exported_catalogue(count, merged.skipped.len()),
                    Err(e) => strings::save_failed(&e),
                },
            ));
        }
    };

    let on_import = {
        let listings = listings.clone();
        move |ev: leptos::ev::Event| {
            let Some(input) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let listings = listings.clone();
            spawn_local(async move {
                let file = read_chosen_file(&input).await;
                input.set_value("");
                let (lines, summary) = match file {
                    Ok(None) => return,
                    Err(e) => (Vec::new(), strings::import_failed(&e)),
                    Ok(Some((_name, text))) => match read_import(&text) {
                        Err(e) => (Vec::new(), strings::import_failed(&e)),
                        Ok(report) => {
                            let mut lines: Vec<String> = report
                                .rejected
                                .iter()
                                .map(|(position, id, reason)| {
                                    strings::import_rejection(*position, id.as_deref(), reason)
                                })
                                .collect();
                            let mut accepted = 0;
                            for seminar in &report.accepted {
                                let origin = if listings.catalogue.seminar(&seminar.id).is_some() {
                                    DraftOrigin::Edit {
                                        seminar_id: seminar.id.clone(),
                                    }
                                } else {
                                    DraftOrigin::New
                                };
                                let form = crate::domain::draft::SeminarForm::from_seminar(seminar);
                                match store.create(origin, form) {
                                    Ok(_) => accepted += 1,
                                    Err(e) => {
                                        let reason = match e {
                                            StorageError::QuotaExceeded => {
                                                strings::STORAGE_FULL.to_owned()
                                            }
                                            StorageError::Unavailable(r)
                                            | StorageError::WriteFailed(r) => r,
                                        };
                                        lines.push(strings::import_rejection(
                                            0,
                                            Some(&seminar.id),
                                            &reason,
                                        ));
                                        break;
                                    }
                                }
                            }
                            let rejected = report.accepted.len() - accepted + report.rejected.len();
                            (lines, strings::import_summary(accepted, rejected))
                        }
                    },
                };
                import_report.set(lines);
                message.set(Some(summary));
            });
        }
    };

    let rows = move || {
        let records = store.records();
        let drafts: Vec<Draft> = store.drafts();
        let all: Vec<&Draft> = drafts.iter().collect();
        records
            .into_iter()
            .map(|record| match &record.decoded {
                Decoded::Current(draft) | Decoded::Migrated { draft, .. } => {
                    let problems = draft.problems(&listings.catalogue, &all).len();
                    let migrated = match &record.decoded {
                        Decoded::Migrated { from, .. } => Some(strings::migrated_record(*from)),
                        _ => None,
                    };
                    view! { <DraftRow draft=draft.clone() problems migrated message undo listings=listings.clone() /> }
                        .into_any()
                }
                _ => view! { <li><BrokenRecord record /></li> }.into_any(),
            })
            .collect_view()
    };
    let empty = move || store.records().is_empty();
    let unavailable = move || match store.availability() {
        Err(StorageError::Unavailable(reason)) | Err(StorageError::WriteFailed(reason)) => {
            Some(strings::storage_unavailable(&reason))
        }
        _ => None,
    };

    view! {
        {move || unavailable().map(|text| view! { <p class="notice error" role="alert">{text}</p> })}
        <div class="actions toolbar">
            <a class="button" href=paths.new_draft()>{strings::NEW_DRAFT}</a>
            <button type="button" on:click=export_catalogue>{strings::EXPORT_CATALOGUE}</button>
            <input type="file" id="import-file" class="visually-hidden" accept=".json,application/json" on:change=on_import />
            <label class="button" for="import-file">{strings::IMPORT}</label>
        </div>
        <div role="status" class="list-status">
            {move || message.get()}
            {move || undo.get().map(|(id, raw)| {
                view! {
                    " "
                    <button type="button" class="link-button" on:click=move |_| {
                        let _ = store.restore(&id, &raw);
                        undo.set(None);
                        message.set(None);
                    }>{strings::UNDO}</button>
                }
            })}
        </div>
        {move || {
            let lines = import_report.get();
            (!lines.is_empty()).then(|| view! {
                <ul class="import-report">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            })
        }}
        <Show when=empty>
            <p>{strings::NO_DRAFTS}</p>
        </Show>
        <ul class="draft-list">{rows}</ul>
    }
}

/// One draft in the list.
#[component]
fn DraftRow(
    /// The draft.
    draft: Draft,
    /// How many problems it has.
    problems: usize,
    /// A note when it was migrated from an older record version.
    migrated: Option<String>,
    /// The list's status message.
    message: RwSignal<Option<String>>,
    /// What "Undo" restores.
    undo: RwSignal<Option<(String, String)>>,
    /// The catalogue.
    listings: Arc<Listings>,
) -> impl IntoView {
    let store = use_drafts();
    let paths = use_context::<Paths>().unwrap_or_default();
    let title = draft.display_title().to_owned();
    let origin = match &draft.origin {
        DraftOrigin::New => strings::ORIGIN_NEW.to_owned(),
        DraftOrigin::Edit { seminar_id } => strings::origin_edit(seminar_id),
    };
    let saved = {
        let date = js_sys::Date::new(&draft.saved_at.into());
        format!(
            "{:04}-{:02}-{:02} {:02}:{:02}",
            date.get_full_year(),
            date.get_month() + 1,
            date.get_date(),
            date.get_hours(),
            date.get_minutes()
        )
    };
    let validity = if problems == 0 {
        strings::VALID.to_owned()
    } else {
        strings::problems_count(problems)
    };
    let delete = {
        let id = draft.id.clone();
        let title = title.clone();
        move |_| match store.delete(&id) {
            Ok(Some(raw)) => {
                undo.set(Some((id.clone(), raw)));
                message.set(Some(strings::deleted(&title)));
            }
            Ok(None) => {}
            Err(e) => message.set(Some(strings::storage_error(&e))),
        }
    };
    let duplicate = {
        let draft = draft.clone();
        move |_| {
            let mut form = draft.form.clone();
            form.title = strings::copy_title(&form.title);
            if let Err(e) = store.create(DraftOrigin::New, form) {
                message.set(Some(strings::storage_error(&e)));
            }
        }
    };
    let export = {
        let draft = draft.clone();
        move |_| {
            let result = match draft
                .form
                .to_seminar(|t| listings.catalogue.topic(t).is_some())
            {
                Ok(seminar) if problems == 0 => download(
                    &format!("{}.json", seminar.id),
                    "application/json",
                    &entry_json(&seminar),
                )
                .map(|()| None),
                _ => download(
                    &format!("draft-{}.json", draft.id),
                    "application/json",
                    &encode(&draft),
                )
                .map(|()| Some(strings::EXPORTED_RECORD.to_owned())),
            };
            if let Ok(Some(text)) | Err(text) = result {
                message.set(Some(text));
            }
        }
    };
    let heading_id = format!("draft-title-{}", draft.id);
    view! {
        <li>
            <article class="draft-row" aria-labelledby=heading_id.clone()>
                <h2 id=heading_id.clone()>
                    <a href=paths.draft(&draft.id)>{title.clone()}</a>
                </h2>
                <p class="meta">
                    {origin} " · " {strings::LAST_SAVED} ": " <time>{saved}</time> " · "
                    <span class:problem=problems != 0>{validity}</span>
                </p>
                {migrated.map(|m| view! { <p class="hint">{m}</p> })}
                <div class="actions">
                    <button type="button" on:click=duplicate aria-label=format!("{} {}", strings::DUPLICATE, title)>
                        {strings::DUPLICATE}
                    </button>
                    <button type="button" on:click=export aria-label=format!("{} {}", strings::EXPORT_ENTRY, title)>
                        {strings::EXPORT_ENTRY}
                    </button>
                    <button type="button" on:click=delete aria-label=format!("{} {}", strings::DELETE, title)>
                        {strings::DELETE}
                    </button>
                </div>
            </article>
        </li>
    }
}
