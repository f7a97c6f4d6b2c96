//! `/drafts`: every draft in this browser, with delete and undo, duplicate,
//! export of one entry or of the whole catalogue, and import. The list
//! works without the catalogue; only exporting the catalogue, importing and
//! the checks that need it wait for it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::drafts_part::drafts::download::download_draft;
use crate::i18n::language::list_address;
use crate::i18n::texts::drafts::{self as drafts_text};
use crate::i18n::texts::{self, fill, DraftTexts, Lang, Texts};
use crate::nav::paths::Paths;
use crate::nav::router::use_router;
use crate::stores::catalogue::{set_document_title, use_catalogue, Listings};
use crate::stores::drafts::{use_drafts, Deleted, DraftStore, Restored};
use crate::ui::load_status::CatalogueNote;
use crate::web::files::{download, read_chosen_file};
use crate::web::intl::saved_day_and_time;
use crate::web::storage::{StorageError, StoredRecord};
use seminars_core::drafts::draft::{Draft, DraftOrigin};
use seminars_core::drafts::export::{catalogue_json, merge, record_file_name};
use seminars_core::drafts::import::{read_import, Imported};
use seminars_core::drafts::record::Decoded;

/// A one-line message about a record, in an alert.
#[component]
pub fn RecordProblem(
    /// The message.
    message: String,
) -> impl IntoView {
    let t = texts::use_texts();
    let paths = use_context::<Paths>().unwrap_or_default();
    view! {
        <div class="notice error" role="alert">
            <p>{message}</p>
            <p>
                <a href=paths.drafts()>{t.nav_drafts}</a>
            </p>
        </div>
    }
}

/// A stored value the app cannot edit: a damaged record, kept as it is,
/// offered for download, and deleted only on request (with undo), or one
/// from a newer version, shown read-only and left alone.
#[component]
pub fn BrokenRecord(
    /// The record.
    record: StoredRecord,
) -> impl IntoView {
    let lang = texts::use_lang();
    let d = DraftTexts::of(lang);
    let store = use_drafts();
    let message = match &record.decoded {
        Decoded::Future { version } => fill(
            d.future_record,
            &[("id", &record.id), ("version", &version.to_string())],
        ),
        Decoded::Corrupt { reason } => fill(
            d.corrupt_record,
            &[("id", &record.id), ("reason", &reason.say(lang))],
        ),
        _ => String::new(),
    };
    let raw = record.raw.clone();
    let id_for_file = record.id.clone();
    let id = record.id.clone();
    let is_future = matches!(record.decoded, Decoded::Future { .. });
    let failed = RwSignal::new(None::<String>);
    view! {
        <div class="notice warning broken-record" role="group" aria-label=fill(d.stored_draft_label, &[("id", &record.id)])>
            <p>{message}</p>
            {is_future.then(|| view! { <pre class="raw" tabindex="0">{record.raw.clone()}</pre> })}
            <div class="actions">
                <button type="button" on:click=move |_| {
                    if let Err(e) = download_record(&id_for_file, &raw) {
                        failed.set(Some(drafts_text::failed(lang, d.download_failed, &e)));
                    }
                }>
                    {d.download_raw}
                </button>
                {(!is_future).then(|| view! {
                    <button type="button" class="danger" on:click=move |_| {
                        if let Err(e) = store.delete(&id) {
                            failed.set(Some(drafts_text::storage_error(lang, &e)));
                        }
                    }>
                        {d.delete}
                    </button>
                })}
            </div>
            {move || failed.get().map(|m| view! { <p class="problem" role="alert">{m}</p> })}
        </div>
    }
}

/// The drafts list page.
#[component]
pub fn DraftsPage() -> impl IntoView {
    let lang = texts::use_lang();
    let (t, d) = (Texts::of(lang), DraftTexts::of(lang));
    set_document_title(&texts::page_title(t, d.drafts_title));
    let store = use_drafts();
    // Storage may have refused once and allowed since: ask again.
    store.recheck();
    // The list with the drafts among it: an organiser's view, offered here
    // rather than to every reader of the home page.
    let among = list_address(
        &use_context::<Paths>().unwrap_or_default(),
        &use_router(),
        "?drafts=show",
    );
    view! {
        <h1>{d.drafts_title}</h1>
        <p>{d.drafts_explained}</p>
        <p class="drafts-among">
            <a href=among>{t.show_drafts}</a>
        </p>
        <DraftList />
    }
}

/// Turns what an import found into drafts, and reports on it.
fn import_into(
    lang: Lang,
    store: DraftStore,
    listings: &Listings,
    text: &str,
) -> (Vec<String>, String) {
    let d = DraftTexts::of(lang);
    let report = match read_import(text) {
        Err(e) => return (Vec::new(), drafts_text::failed(lang, d.import_failed, &e)),
        Ok(report) => report,
    };
    let mut lines: Vec<String> = report
        .rejected
        .iter()
        .map(|(position, id, reason)| {
            drafts_text::import_rejection(lang, *position, id.as_deref(), reason)
        })
        .collect();
    let mut accepted = 0;
    for entry in &report.accepted {
        let origin = match entry {
            Imported::Draft { origin, .. } => origin.clone(),
            Imported::Listing(seminar) if listings.catalogue.seminar(&seminar.id).is_some() => {
                DraftOrigin::Edit {
                    seminar_id: seminar.id.clone(),
                }
            }
            Imported::Listing(_) => DraftOrigin::New,
        };
        match store.create(origin, entry.form()) {
            Ok(_) => accepted += 1,
            Err(e) => {
                lines.push(fill(
                    d.import_stopped,
                    &[("reason", &drafts_text::storage_error(lang, &e))],
                ));
                break;
            }
        }
    }
    let rejected = report.accepted.len() - accepted + report.rejected.len();
    (
        lines,
        fill(
            d.import_summary,
            &[
                ("accepted", &accepted.to_string()),
                ("rejected", &rejected.to_string()),
            ],
        ),
    )
}

/// The list itself, with the tools that act on all drafts.
#[component]
fn DraftList() -> impl IntoView {
    let lang = texts::use_lang();
    let d = DraftTexts::of(lang);
    let store = use_drafts();
    let catalogue = use_catalogue();
    let paths = use_context::<Paths>().unwrap_or_default();
    let listings = catalogue.listings();
    let message = RwSignal::new(None::<String>);
    let import_report = RwSignal::new(Vec::<String>::new());

    // Set when no draft would be merged: the file would be the published
    // catalogue as it is, so the export asks first.
    let nothing_merged = RwSignal::new(false);
    let export_catalogue = move |anyway: bool| {
        let Some(listings) = listings.get_untracked() else {
            return;
        };
        let drafts = store.drafts();
        let merged = merge(&listings.catalogue, &drafts);
        let count = merged.from_draft.iter().filter(|d| d.is_some()).count();
        nothing_merged.set(count == 0 && !anyway);
        if count == 0 && !anyway {
            message.set(Some(fill(
                d.export_nothing_merged,
                &[("skipped", &merged.skipped.len().to_string())],
            )));
            return;
        }
        let text = catalogue_json(&listings.catalogue, &drafts);
        message.set(Some(
            match download("seminars.json", "application/json", &text) {
                Ok(()) => fill(
                    d.exported_catalogue,
                    &[
                        ("merged", &count.to_string()),
                        ("skipped", &merged.skipped.len().to_string()),
                    ],
                ),
                Err(e) => drafts_text::failed(lang, d.download_failed, &e),
            },
        ));
    };

    let on_import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(listings) = listings.get_untracked() else {
            return;
        };
        spawn_local(async move {
            let file = read_chosen_file(&input).await;
            input.set_value("");
            let (lines, summary) = match file {
                Ok(None) => return,
                Err(e) => (Vec::new(), drafts_text::failed(lang, d.import_failed, &e)),
                Ok(Some((_name, text))) => import_into(lang, store, &listings, &text),
            };
            import_report.set(lines);
            message.set(Some(summary));
        });
    };

    let rows = move || {
        let records = store.records();
        let drafts: Vec<Draft> = store.drafts();
        let all: Vec<&Draft> = drafts.iter().collect();
        let listings = listings.get();
        records
            .into_iter()
            .enumerate()
            .map(|(position, record)| match &record.decoded {
                Decoded::Current(draft) | Decoded::Migrated { draft, .. } => {
                    let catalogue = listings.as_ref().map(|l| &l.catalogue);
                    let problems = draft.problems(catalogue, &all).len();
                    let migrated = match &record.decoded {
                        Decoded::Migrated { from, .. } => {
                            Some(fill(d.migrated_record, &[("from", &from.to_string())]))
                        }
                        _ => None,
                    };
                    view! {
                        <DraftRow
                            draft=draft.clone()
                            position
                            problems
                            migrated
                            message
                            listings=listings.clone()
                        />
                    }
                    .into_any()
                }
                _ => view! { <li><BrokenRecord record /></li> }.into_any(),
            })
            .collect_view()
    };
    let empty = move || store.records().is_empty();
    let unavailable = move || match store.availability() {
        Err(StorageError::Unavailable(reason)) | Err(StorageError::WriteFailed(reason)) => {
            Some(drafts_text::storage_unavailable(lang, &reason))
        }
        _ => None,
    };
    let waiting = move || listings.with(Option::is_none);

    let new_draft = paths.new_draft();
    view! {
        {move || unavailable().map(|text| view! { <p class="notice error" role="alert">{text}</p> })}
        {move || store.in_page_title(lang).map(|title| view! {
            <p class="notice warning">
                {fill(d.in_page_draft, &[("title", &title)])} " "
                <a href=new_draft.clone()>{d.continue_in_page}</a>
            </p>
        })}
        <CatalogueNote waiting=d.list_waits_for_catalogue failed=drafts_text::list_without_catalogue />
        <div class="actions toolbar">
            <a class="button" href=paths.new_draft()>{d.new_draft}</a>
            <button type="button" on:click=move |_| export_catalogue(false) disabled=waiting>{d.export_catalogue}</button>
            <input
                type="file"
                id="import-file"
                class="visually-hidden"
                accept=".json,application/json"
                disabled=waiting
                on:change=on_import
            />
            <label class="button" class:disabled=waiting for="import-file">{d.import}</label>
        </div>
        <p role="status" class="list-status">
            {move || message.get()}
            {move || nothing_merged.get().then(|| view! {
                " "
                <button type="button" class="link-button" on:click=move |_| export_catalogue(true)>
                    {d.export_anyway}
                </button>
            })}
        </p>
        <DeletedDrafts />
        {move || {
            let lines = import_report.get();
            (!lines.is_empty()).then(|| view! {
                <ul class="import-report">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            })
        }}
        <Show when=empty>
            <p>{d.no_drafts}</p>
        </Show>
        <ul class="draft-list">{rows}</ul>
    }
}

/// The drafts deleted in this visit, each of which can be put back,
/// downloaded, or let go. When putting one back fails (storage full), its
/// text is downloaded and it stays here.
#[component]
fn DeletedDrafts() -> impl IntoView {
    let lang = texts::use_lang();
    let d = DraftTexts::of(lang);
    let store = use_drafts();
    let problem = RwSignal::new(None::<String>);
    let restore = move |deleted: &Deleted| match store.restore(&deleted.id) {
        Ok(Restored::InPlace) => problem.set(None),
        Ok(Restored::AsCopy(_)) => problem.set(Some(fill(
            d.restored_as_copy,
            &[("title", &deleted.shown_title(lang))],
        ))),
        Err(e) => {
            let saved = download_record(&deleted.id, &deleted.raw);
            problem.set(Some(drafts_text::restore_failed(
                lang,
                &deleted.shown_title(lang),
                &e,
                saved.is_ok(),
            )));
        }
    };
    let items = move || {
        store
            .deleted()
            .into_iter()
            .rev()
            .map(|deleted| {
                let (for_undo, for_download, for_forget) =
                    (deleted.clone(), deleted.clone(), deleted.id.clone());
                let title = deleted.shown_title(lang);
                view! {
                    <li>
                        {fill(d.deleted, &[("title", &title)])} " "
                        <button
                            type="button"
                            class="link-button"
                            aria-label=fill(d.undo_delete, &[("title", &title)])
                            on:click=move |_| restore(&for_undo)
                        >
                            {d.undo}
                        </button>
                        " "
                        <button
                            type="button"
                            class="link-button"
                            aria-label=fill(d.download_deleted, &[("title", &title)])
                            on:click=move |_| {
                                if let Err(e) = download_record(&for_download.id, &for_download.raw) {
                                    problem.set(Some(drafts_text::failed(lang, d.download_failed, &e)));
                                }
                            }
                        >
                            {d.download}
                        </button>
                        " "
                        <button
                            type="button"
                            class="link-button"
                            aria-label=fill(d.forget_deleted, &[("title", &title)])
                            on:click=move |_| store.forget(&for_forget)
                        >
                            {d.forget}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        {move || problem.get().map(|m| view! { <p class="notice error" role="alert">{m}</p> })}
        <Show when=move || !store.deleted().is_empty()>
            <section class="deleted" aria-labelledby="deleted-heading">
                <h2 id="deleted-heading">{d.deleted_heading}</h2>
                <ul role="status">{items}</ul>
            </section>
        </Show>
    }
}

/// One draft in the list.
#[component]
fn DraftRow(
    /// The draft.
    draft: Draft,
    /// Its place in the list, for element ids (a draft id may hold any text).
    position: usize,
    /// How many problems it has.
    problems: usize,
    /// A note when it was migrated from an older record version.
    migrated: Option<String>,
    /// The list's status message.
    message: RwSignal<Option<String>>,
    /// The catalogue, once loaded.
    listings: Option<Arc<Listings>>,
) -> impl IntoView {
    let lang = texts::use_lang();
    let d = DraftTexts::of(lang);
    let store = use_drafts();
    let paths = use_context::<Paths>().unwrap_or_default();
    let title = draft.display_title(lang).into_owned();
    let origin = crate::i18n::texts::drafts::origin(d, &draft.origin);
    let (day, time) = saved_day_and_time(lang, draft.saved_at);
    let saved = fill(d.saved_day_time, &[("date", &day), ("time", &time)]);
    let validity = match (problems, &listings) {
        (0, Some(_)) => d.valid.to_owned(),
        (0, None) => d.valid_so_far.to_owned(),
        (n, _) => drafts_text::problems_count(d, n),
    };
    let delete = {
        let id = draft.id.clone();
        move |_| {
            if let Err(e) = store.delete(&id) {
                message.set(Some(drafts_text::storage_error(lang, &e)));
            }
        }
    };
    let duplicate = {
        let draft = draft.clone();
        move |_| {
            let mut form = draft.form.clone();
            form.title = fill(d.copy_title, &[("title", &form.title)]);
            if let Err(e) = store.create(DraftOrigin::New, form) {
                message.set(Some(drafts_text::storage_error(lang, &e)));
            }
        }
    };
    let export = {
        let draft = draft.clone();
        move |_| {
            let others = store.drafts_untracked();
            let others: Vec<&Draft> = others.iter().collect();
            let catalogue = listings.as_ref().map(|l| &l.catalogue);
            message.set(download_draft(lang, &draft, catalogue, &others));
        }
    };
    let heading_id = format!("draft-title-{position}");
    let named = |template: &str| fill(template, &[("title", &title)]);
    let (duplicate_label, export_label, delete_label) = (
        named(d.duplicate_named),
        named(d.export_entry_named),
        named(d.delete_named),
    );

    view! {
        <li>
            <article class="draft-row" aria-labelledby=heading_id.clone()>
                <h2 id=heading_id.clone()>
                    <a href=paths.draft(&draft.id)>{title.clone()}</a>
                </h2>
                <p class="meta">
                    {origin} " · " {fill(d.last_saved, &[("time", &saved)])} " · "
                    <span class:problem=problems != 0>{validity}</span>
                </p>
                {migrated.map(|m| view! { <p class="hint">{m}</p> })}
                <div class="actions">
                    <button type="button" on:click=duplicate aria-label=duplicate_label>
                        {d.duplicate}
                    </button>
                    <button type="button" on:click=export aria-label=export_label>
                        {d.export_entry}
                    </button>
                    <button type="button" class="danger" on:click=delete aria-label=delete_label>
                        {d.delete}
                    </button>
                </div>
            </article>
        </li>
    }
}

/// Offers a stored record as it is (`draft-{id}.json`), for a record the
/// app cannot read or a deleted draft.
fn download_record(
    id: &str,
    raw: &str,
) -> Result<(), seminars_core::drafts::messages::DraftMessage> {
    download(&record_file_name(id), "application/json", raw)
}
