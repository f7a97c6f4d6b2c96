//! Every sentence the app shows, in one place, so a second language can be
//! added without touching the components.

use crate::domain::catalogue::{CatalogueError, Rejection};
use crate::domain::json::{JsonKind, Loose};
use crate::domain::seminar::Format;

/// The site's name, shown in the header and the browser tab.
pub const SITE_NAME: &str = "Climate Seminars";
/// The line under the site's name.
pub const TAGLINE: &str = "Seminars and workshops on climate policy, carbon markets, adaptation and the energy transition";
/// The home page's heading.
pub const HOME_HEADING: &str = "Seminars and workshops";
/// Shown while the catalogue is on its way.
pub const LOADING: &str = "Loading seminars…";
/// While a page's code downloads.
pub const LOADING_PAGE: &str = "Loading this page…";
/// When a page's code cannot be downloaded.
pub const PART_UNAVAILABLE: &str = "This page could not be loaded: its code did not download. You may be offline, or the site may have been updated meanwhile. Nothing you wrote is lost.";
/// From how many bytes received the loading line says how many.
pub const PROGRESS_FROM: usize = 1_000_000;
/// "3.4 MB received", in whole tenths (no float formatting in the download).
pub fn received(bytes: usize) -> String {
    let tenths = bytes / 100_000;
    format!("{}.{} MB received", tenths / 10, tenths % 10)
}
/// When the catalogue takes long.
pub const CATALOGUE_SLOW: &str = "The seminar catalogue is slow to arrive. The network may be slow, or the site may not be answering.";
/// Hides the slow notice.
pub const KEEP_WAITING: &str = "Keep waiting";
/// The retry button after a failed load.
pub const RETRY: &str = "Try again";
/// Heading of the topic filter.
pub const TOPICS: &str = "Topics";
/// Badge on illustrative listings.
pub const EXAMPLE_BADGE: &str = "Example";
/// Badge on drafts shown among the listings.
pub const DRAFT_BADGE: &str = "Draft";
/// Explains the badge to screen readers and on hover.
pub const EXAMPLE_EXPLAINED: &str =
    "Example listing: it illustrates the catalogue and describes no real event";
/// Heading of the page for an unknown address.
pub const NOT_FOUND_TITLE: &str = "Page not found";
/// Body of the not-found page.
pub const NOT_FOUND_BODY: &str =
    "There is no page at this address. It may have been moved, or the link may be mistyped.";
/// Heading when a seminar id is unknown.
pub const SEMINAR_NOT_FOUND_TITLE: &str = "Seminar not found";
/// Body when a seminar id is unknown.
pub const SEMINAR_NOT_FOUND_BODY: &str =
    "No seminar in the catalogue has this address. It may have been removed or renamed.";
/// Link back to the list.
pub const BACK_TO_LIST: &str = "Back to all seminars";
/// The search box's label.
pub const SEARCH_LABEL: &str = "Search seminars";
/// The search box's hint.
pub const SEARCH_HINT: &str = "Title, speaker, organiser, city… Press / to search.";
/// Heading of the format facet.
pub const FORMATS: &str = "Format";
/// Heading of the city facet.
pub const CITIES: &str = "City";
/// Heading of the organiser facet.
pub const ORGANISERS_FACET: &str = "Organiser";
/// Heading of the date filters.
pub const DATES: &str = "Dates";
/// Upcoming seminars, including those in progress.
pub const WHEN_UPCOMING: &str = "Upcoming and in progress";
/// Past seminars.
pub const WHEN_PAST: &str = "Past";
/// Every date.
pub const WHEN_ALL: &str = "All dates";
/// Label of the start of the date range.
pub const FROM: &str = "From";
/// Label of the end of the date range.
pub const TO: &str = "To";
/// Label of the sort order.
pub const SORT_BY: &str = "Sort by";
/// Sort options.
pub const SORT_DATE: &str = "Date, soonest first";
/// Sort options.
pub const SORT_DATE_DESC: &str = "Date, latest first";
/// Sort options.
pub const SORT_TITLE: &str = "Title";
/// Label of the site navigation.
pub const NAV_LABEL: &str = "Site";
/// Label of the filter panel.
pub const FILTERS: &str = "Filters";
/// Label of the active-filter chips.
pub const ACTIVE_FILTERS: &str = "Active filters";
/// Removes every filter.
pub const CLEAR_ALL: &str = "Clear all";
/// Removes every filter, from the empty state.
pub const CLEAR_ALL_FILTERS: &str = "Clear all filters";
/// Heading of the empty state.
pub const NO_MATCHES: &str = "No seminars match";
/// The empty state's explanation.
pub const EMPTY_EXPLAINED: &str = "Together, these filters exclude every seminar:";
/// Label of the paging links.
pub const PAGINATION: &str = "Pages";
/// Link to the previous page.
pub const PREVIOUS_PAGE: &str = "Previous";
/// Link to the next page.
pub const NEXT_PAGE: &str = "Next";
/// Labels of the seminar page's sections.
pub const WHEN: &str = "When";
/// Label of the venue.
pub const WHERE: &str = "Where";
/// Label of the format.
pub const FORMAT: &str = "Format";
/// Label of the organisers.
pub const ORGANISERS: &str = "Organised by";
/// Label of the hosts.
pub const HOSTS: &str = "Hosted by";
/// Label of the speakers.
pub const SPEAKERS: &str = "Speakers";
/// Label of the audience.
pub const AUDIENCE: &str = "Audience";
/// Label of the expected attendance.
pub const ATTENDANCE: &str = "Expected attendance";
/// Label of the agenda.
pub const AGENDA: &str = "Agenda";
/// Label of the source note.
pub const SOURCE: &str = "Source";
/// Label of the time zone.
pub const TIME_ZONE: &str = "Time zone";
/// Heading of the crash screen.
pub const CRASH_TITLE: &str = "Something went wrong";
/// Body of the crash screen.
pub const CRASH_BODY: &str = "The page stopped working because of an error in the app. Your drafts are stored in this browser and are not affected. Reloading usually helps.";
/// Link on the crash screen.
pub const CRASH_RELOAD: &str = "Reload the page";

/// "1 seminar", "12 seminars".
pub fn seminar_count(n: usize) -> String {
    if n == 1 {
        "1 seminar".to_owned()
    } else {
        format!("{n} seminars")
    }
}

/// "50 or more people".
pub fn attendance(n: u32) -> String {
    format!("{n} or more people")
}

/// The name of a format.
pub fn format_name(format: Format) -> &'static str {
    match format {
        Format::InPerson => "In person",
        Format::Online => "Online",
        Format::Hybrid => "Hybrid",
    }
}

/// "an object", "a list", … for messages about a file's shape.
fn json_kind(kind: JsonKind) -> &'static str {
    match kind {
        JsonKind::Object => "an object",
        JsonKind::List => "a list",
        JsonKind::Text => "a text",
        JsonKind::Number => "a number",
        JsonKind::Boolean => "true or false",
        JsonKind::Null => "null",
    }
}

/// Says what stopped the catalogue from loading, in words an operator
/// can act on.
pub fn catalogue_error(error: &CatalogueError) -> String {
    let what = match error {
        CatalogueError::Http(status) => {
            format!("the server answered with HTTP status {status}")
        }
        CatalogueError::Network(detail) => {
            format!("the request did not get an answer ({detail})")
        }
        CatalogueError::NotJson { detail, place } => format!(
            "the file is not valid JSON: {detail}, at line {}, column {}",
            place.line, place.column
        ),
        CatalogueError::NotAnObject(kind) => format!(
            "the file holds {}, but a catalogue is an object: {{\"version\": 1, \"topics\": […], \"seminars\": […]}}",
            json_kind(*kind)
        ),
        CatalogueError::BadList { field, found: None } => {
            format!("the file has no \"{field}\" list")
        }
        CatalogueError::BadList {
            field,
            found: Some(kind),
        } => format!(
            "\"{field}\" must be a list ([…]), but the file gives {}",
            json_kind(*kind)
        ),
        CatalogueError::UnsupportedVersion(None) => {
            "the file does not say which catalogue version it is: add \"version\": 1".to_owned()
        }
        CatalogueError::UnsupportedVersion(Some(Loose::Whole(v))) => {
            format!("the file is catalogue version {v}, and this app reads version 1")
        }
        CatalogueError::UnsupportedVersion(Some(Loose::Number(n))) => format!(
            "the file gives its version as {n}; this app reads version 1, written as the whole number 1"
        ),
        CatalogueError::UnsupportedVersion(Some(Loose::Text(t))) => format!(
            "the file gives its version as the text \"{}\"; write it as the number 1, without quotes",
            t.chars().take(40).collect::<String>()
        ),
        CatalogueError::UnsupportedVersion(Some(Loose::Other(kind))) => format!(
            "the file gives its version as {}; write \"version\": 1",
            json_kind(*kind)
        ),
        CatalogueError::Other(detail) => format!("the file is not a valid catalogue ({detail})"),
    };
    format!("The seminar catalogue could not be loaded: {what}.")
}

/// Heading of the notice about skipped records.
pub fn rejected_summary(n: usize) -> String {
    if n == 1 {
        "1 record in the catalogue is invalid and is not shown.".to_owned()
    } else {
        format!("{n} records in the catalogue are invalid and are not shown.")
    }
}

/// Under the first skipped records listed.
pub fn more_rejected(n: usize) -> String {
    format!("…and {n} more, not listed here.")
}

/// The home page when the catalogue holds no seminar at all.
pub const CATALOGUE_EMPTY: &str = "The catalogue has no seminars yet.";

/// The home page when every seminar in the catalogue was skipped.
pub const CATALOGUE_ALL_REJECTED: &str =
    "None of the catalogue's seminars can be shown: every one of them breaks a rule (see the list above).";

/// One skipped record, e.g. "Seminar 3 (“bad-one”): title: A title is required."
pub fn rejection(r: &Rejection) -> String {
    let kind = if r.kind == "topic" {
        "Topic"
    } else {
        "Seminar"
    };
    match &r.id {
        Some(id) => format!("{kind} {} (“{id}”): {}", r.position, r.reason),
        None => format!("{kind} {}: {}", r.position, r.reason),
    }
}

/// "Show all 12 cities".
pub fn show_all(n: usize, facet_name: &str) -> String {
    format!("Show all {n} ({facet_name})")
}

/// The label of a long facet's filter box: "Filter City".
pub fn filter_facet(facet_name: &str) -> String {
    format!("Find a value ({facet_name})")
}

/// Under an opened long facet: how many matching values are not shown.
pub fn more_values(n: usize, facet_name: &str) -> String {
    if n == 1 {
        format!("1 more value ({facet_name}): type above to narrow the list.")
    } else {
        format!("{n} more values ({facet_name}): type above to narrow the list.")
    }
}

/// "Show fewer".
pub const SHOW_FEWER: &str = "Show fewer";

/// "Page 2 of 5".
pub fn page_of(page: usize, pages: usize) -> String {
    format!("Page {page} of {pages}")
}

/// "Showing 21–40 of 95".
pub fn showing_range(first: usize, last: usize, total: usize) -> String {
    format!("Showing {first}–{last} of {total}")
}

/// The note beside dates in another time zone than the visitor's.
pub fn time_zone_note(zone: &str) -> String {
    format!("(dates in {zone} time)")
}

/// How a filter reads in a chip and in the empty state.
pub fn filter_description(kind: crate::domain::query::FilterKind, value: &str) -> String {
    use crate::domain::query::FilterKind;
    match kind {
        FilterKind::Text => format!("Search: “{value}”"),
        FilterKind::Topic => format!("Topic: {value}"),
        FilterKind::Format => format!("Format: {value}"),
        FilterKind::City => format!("City: {value}"),
        FilterKind::Organiser => format!("Organiser: {value}"),
        FilterKind::When => format!("Dates: {value}"),
        FilterKind::From => format!("From {value}"),
        FilterKind::To => format!("To {value}"),
    }
}

/// The accessible name of a chip's remove button.
pub fn remove_filter(description: &str) -> String {
    format!("Remove filter {description}")
}

/// The name of a date choice.
pub fn when_name(when: crate::domain::query::When) -> &'static str {
    use crate::domain::query::When;
    match when {
        When::Upcoming => WHEN_UPCOMING,
        When::Past => WHEN_PAST,
        When::All => WHEN_ALL,
    }
}

/// The name of an order.
pub fn sort_name(sort: crate::domain::query::Sort) -> &'static str {
    use crate::domain::query::Sort;
    match sort {
        Sort::Date => SORT_DATE,
        Sort::DateDescending => SORT_DATE_DESC,
        Sort::Title => SORT_TITLE,
    }
}

/// The heading of a facet.
pub fn facet_name(facet: crate::domain::query::Facet) -> &'static str {
    use crate::domain::query::Facet;
    match facet {
        Facet::Topic => TOPICS,
        Facet::Format => FORMATS,
        Facet::City => CITIES,
        Facet::Organiser => ORGANISERS_FACET,
    }
}

// Drafts.

/// Header link to the drafts list.
pub const NAV_DRAFTS: &str = "Drafts";
/// Header link to the list.
pub const NAV_SEMINARS: &str = "Seminars";
/// Heading of the drafts list.
pub const DRAFTS_TITLE: &str = "Your drafts";
/// Explains where drafts live.
pub const DRAFTS_EXPLAINED: &str = "Drafts are saved in this browser as you type. To publish, export the catalogue and put it on your site as seminars.json.";
/// Starts a new draft.
pub const NEW_DRAFT: &str = "New draft";
/// Heading of the editor.
pub const EDIT_DRAFT_TITLE: &str = "Edit draft";
/// Shown when there are no drafts.
pub const NO_DRAFTS: &str = "No drafts yet.";
/// Starts a draft from a seminar.
pub const EDIT_AS_DRAFT: &str = "Edit as draft";
/// Home-page switch.
pub const SHOW_DRAFTS: &str = "Show my drafts among the listings";
/// Storage missing.
pub fn storage_unavailable(reason: &str) -> String {
    format!("Drafts cannot be saved in this browser ({reason}). You can still write a draft here and export it before you leave the page.")
}
/// Any storage failure, in a sentence.
pub fn storage_error(error: &crate::storage::StorageError) -> String {
    use crate::storage::StorageError;
    match error {
        StorageError::QuotaExceeded => STORAGE_FULL.to_owned(),
        StorageError::Unavailable(reason) => storage_unavailable(reason),
        StorageError::WriteFailed(reason) => save_failed(reason),
    }
}
/// The name of a stored record's box.
pub fn stored_draft_label(id: &str) -> String {
    format!("Stored draft {id}")
}
/// The title of a duplicated draft.
pub fn copy_title(title: &str) -> String {
    format!("{title} (copy)")
}
/// Storage full.
pub const STORAGE_FULL: &str = "The browser's storage is full, so the latest changes are not saved. Your text is still in the form: export it now, or delete other drafts to make room. Nothing stored before was changed.";
/// A draft kept in the page because it could not be stored.
pub fn in_page_draft(title: &str) -> String {
    format!(
        "“{title}” could not be stored and is kept in this page only until you close it or reload."
    )
}
/// The link back to it.
pub const CONTINUE_IN_PAGE: &str = "Continue writing it";
/// Storage full when starting a draft.
pub const STORAGE_FULL_NEW: &str = "The browser's storage is full, so a new draft cannot be stored. Delete drafts you no longer need, or download them first, then try again.";
/// Another storage failure.
pub fn save_failed(reason: &str) -> String {
    format!("The latest changes could not be saved ({reason}). Your text is still in the form: export it to keep it.")
}
/// "Saved at 21:34:05".
pub fn saved_at(time: &str) -> String {
    format!("Saved at {time}")
}
/// Before the first change.
pub const NOT_CHANGED: &str = "No changes yet";
/// While a save is pending.
pub const UNSAVED: &str = "Saving…";
/// A draft changed in another tab.
pub const CONFLICT: &str = "This draft was also changed in another tab. Nothing has been overwritten: choose what to keep.";
/// Keep both versions.
pub const KEEP_BOTH: &str = "Keep both as separate drafts";
/// Overwrite the other tab's version.
pub const KEEP_MINE: &str = "Keep my version";
/// Take the other tab's version.
pub const KEEP_THEIRS: &str = "Load the other tab's version";
/// The draft was deleted elsewhere.
pub const DELETED_ELSEWHERE: &str = "This draft was deleted in another tab. Your text is still here and is saved again with your next change.";
/// Draft not found.
pub const DRAFT_NOT_FOUND: &str = "There is no draft at this address in this browser.";
/// Draft list columns and labels.
pub const LAST_SAVED: &str = "Last saved";
/// A valid draft.
pub const VALID: &str = "Ready to publish";
/// An invalid draft.
pub fn problems_count(n: usize) -> String {
    if n == 1 {
        "1 problem to fix".to_owned()
    } else {
        format!("{n} problems to fix")
    }
}
/// A new listing.
pub const ORIGIN_NEW: &str = "New listing";
/// An edit.
pub fn origin_edit(seminar_id: &str) -> String {
    format!("Edit of {seminar_id}")
}
/// Buttons.
pub const DELETE: &str = "Delete";
/// Buttons.
pub const DUPLICATE: &str = "Duplicate";
/// Buttons.
pub const UNDO: &str = "Undo";
/// Buttons.
pub const EXPORT_ENTRY: &str = "Download entry";
/// Buttons.
pub const COPY_ENTRY: &str = "Copy entry";
/// Buttons.
pub const EXPORT_CATALOGUE: &str = "Export catalogue";
/// Buttons.
pub const IMPORT: &str = "Import listings from a JSON file";
/// Buttons.
pub const DOWNLOAD_RAW: &str = "Download the stored text";
/// After a delete.
pub fn deleted(title: &str) -> String {
    format!("Deleted “{title}”.")
}
/// After a copy.
pub const COPIED: &str = "Copied the entry to the clipboard.";
/// When a copy fails.
pub fn copy_failed(reason: &str) -> String {
    format!("Copying is not available here ({reason}).")
}
/// A download that the browser refused.
pub fn download_failed(reason: &str) -> String {
    format!("The browser refused the download ({reason}).")
}
/// After a download of a draft while the catalogue's checks cannot run.
pub const EXPORTED_RECORD_UNCHECKED: &str = "The catalogue is not loaded, so this draft could not be checked; it was downloaded as a draft record, which Import reads back.";
/// Copy waits for the checks.
pub const COPY_WAITS_FOR_CATALOGUE: &str = "The entry can be copied once the catalogue has loaded and the draft is checked. Download entry works now.";
/// Offered when copying is not possible.
pub const DOWNLOAD_INSTEAD: &str = "Download the entry instead";
/// While the catalogue loads, in the editor.
pub const CHECKS_WAIT_FOR_CATALOGUE: &str = "The catalogue is still loading: the topics to choose from, and whether an id is already published, are checked once it is here. Everything else works now.";
/// When the catalogue failed, in the editor and the drafts list.
pub fn checks_without_catalogue(error: &CatalogueError) -> String {
    format!(
        "{} Your drafts are safe and can be edited and downloaded; the topics to choose from, and whether an id is already published, are checked once it loads.",
        catalogue_error(error)
    )
}
/// Why a save cannot go over a stored record.
pub fn record_unwritable(decoded: &crate::domain::record::Decoded) -> String {
    use crate::domain::record::Decoded;
    match decoded {
        Decoded::Future { version } => format!("a newer version of the app (record version {version}) stored this draft; it is left as it is"),
        _ => "the stored record cannot be read; it is left as it is".to_owned(),
    }
}
/// While the catalogue loads, on the drafts list.
pub const LIST_WAITS_FOR_CATALOGUE: &str = "The catalogue is still loading. Your drafts can be opened, edited and downloaded now; exporting the catalogue, importing, and the checks of topics and published ids wait for it.";
/// When the catalogue failed, on the drafts list.
pub fn list_without_catalogue(error: &CatalogueError) -> String {
    format!(
        "{} Your drafts can still be opened, edited and downloaded; exporting the catalogue, importing, and the checks of topics and published ids wait for it.",
        catalogue_error(error)
    )
}
/// An import that storage stopped part-way.
pub fn import_stopped(error: &crate::storage::StorageError) -> String {
    format!("The import stopped here: {}", storage_error(error))
}
/// Heading of the drafts deleted in this visit.
pub const DELETED_HEADING: &str = "Deleted in this visit";
/// Buttons.
pub const DOWNLOAD: &str = "Download";
/// Buttons.
pub const FORGET: &str = "Dismiss";
/// The accessible name of a deleted draft's Undo button.
pub fn undo_delete(title: &str) -> String {
    format!("Undo deleting “{title}”")
}
/// The accessible name of a deleted draft's Download button.
pub fn download_deleted(title: &str) -> String {
    format!("Download deleted draft “{title}”")
}
/// The accessible name of a deleted draft's Dismiss button.
pub fn forget_deleted(title: &str) -> String {
    format!("Dismiss “{title}” for good")
}
/// A deleted draft whose id was taken meanwhile.
pub fn restored_as_copy(title: &str) -> String {
    format!("“{title}” is back as a separate draft: another draft was stored under its id meanwhile, and it was left as it is.")
}
/// A deleted draft that could not be put back.
pub fn restore_failed(
    title: &str,
    error: &crate::storage::StorageError,
    downloaded: bool,
) -> String {
    use crate::storage::StorageError;
    let why = match error {
        StorageError::QuotaExceeded => "the browser's storage is full".to_owned(),
        StorageError::Unavailable(reason) | StorageError::WriteFailed(reason) => reason.clone(),
    };
    let kept = if downloaded {
        "Its text was downloaded as a file, which Import reads back; it also stays in this list, so you can try again after making room."
    } else {
        "It stays in this list: download it, or try again after making room."
    };
    format!("“{title}” could not be put back ({why}). {kept}")
}
/// A draft that passes every check that can run without the catalogue.
pub const VALID_SO_FAR: &str =
    "No problems so far (topics and ids are checked when the catalogue loads)";
/// What to say after "Download entry".
pub fn downloaded_draft(kind: crate::domain::export::DraftFileKind) -> Option<&'static str> {
    use crate::domain::export::DraftFileKind;
    match kind {
        DraftFileKind::Entry => None,
        DraftFileKind::Record => Some(EXPORTED_RECORD),
        DraftFileKind::Unchecked => Some(EXPORTED_RECORD_UNCHECKED),
    }
}
/// After a download of an invalid draft.
pub const EXPORTED_RECORD: &str =
    "This draft is not valid yet, so it was downloaded as a draft record, which Import reads back.";
/// After exporting the catalogue.
pub fn exported_catalogue(merged: usize, skipped: usize) -> String {
    format!("Exported seminars.json with {merged} draft(s) merged in; {skipped} draft(s) with problems were left out.")
}
/// A broken record.
pub fn corrupt_record(id: &str, reason: &str) -> String {
    format!("The draft stored as “{id}” cannot be read ({reason}). It is kept exactly as it is; download it, or delete it if you no longer need it.")
}
/// A record from a newer version.
pub fn future_record(id: &str, version: u64) -> String {
    format!("The draft stored as “{id}” was written by a newer version of this app (record version {version}). It is shown read-only and left untouched.")
}
/// A migrated record.
pub fn migrated_record(from: u64) -> String {
    format!("Brought up to date from record version {from}; saved in the new format with the next change.")
}
/// Import results.
pub fn import_summary(accepted: usize, rejected: usize) -> String {
    format!("Imported {accepted} listing(s) as drafts; rejected {rejected}.")
}
/// An import that failed as a whole.
pub fn import_failed(reason: &str) -> String {
    format!("Nothing was imported: {reason}.")
}
/// One rejected import entry.
pub fn import_rejection(position: usize, id: Option<&str>, reason: &str) -> String {
    match id {
        Some(id) => format!("Entry {position} (“{id}”): {reason}"),
        None => format!("Entry {position}: {reason}"),
    }
}
/// A topic id the catalogue does not have, in the draft form.
pub fn unknown_topic(id: &str) -> String {
    format!("“{id}” (not a topic of this catalogue: uncheck to remove it)")
}
/// A topic id while the catalogue loads, in the draft form.
pub fn unchecked_topic(id: &str) -> String {
    format!("“{id}” (checked against the catalogue once it loads)")
}
/// Heading of the preview.
pub const PREVIEW: &str = "Preview";
/// When the preview cannot be drawn.
pub const PREVIEW_NEEDS_DATES: &str =
    "The preview appears once the start date, the end date and the format are filled in.";
/// Heading of the export section.
pub const EXPORT: &str = "Export";
/// Row controls.
pub fn move_up(noun: &str, n: usize) -> String {
    format!("Move {noun} {n} up")
}
/// Row controls.
pub fn move_down(noun: &str, n: usize) -> String {
    format!("Move {noun} {n} down")
}
/// Row controls.
pub fn remove_row(noun: &str, n: usize) -> String {
    format!("Remove {noun} {n}")
}
/// Row controls.
pub fn add_row(noun: &str) -> String {
    format!("Add {noun}")
}
/// A numbered row label: "Speaker 2".
pub fn row_label(noun: &str, n: usize) -> String {
    let mut chars = noun.chars();
    let capital: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    format!("{capital} {n}")
}

/// Labels and hints of the draft form.
pub mod form {
    /// Form text.
    pub const TITLE: &str = "Title";
    /// Form text.
    pub const SUMMARY: &str = "Summary";
    /// Form text.
    pub const SUMMARY_HINT: &str = "One or two sentences shown in the list.";
    /// Form text.
    pub const DESCRIPTION: &str = "Description";
    /// Form text.
    pub const ID: &str = "Id";
    /// Form text.
    pub const ID_HINT: &str =
        "Lower-case letters, digits and hyphens; the seminar's address becomes /seminars/{id}.";
    /// Form text.
    pub const START_DATE: &str = "Start date";
    /// Form text.
    pub const END_DATE: &str = "End date";
    /// Form text.
    pub const TIME_ZONE: &str = "Time zone";
    /// Form text.
    pub const TIME_ZONE_HINT: &str = "An IANA name such as Asia/Shanghai or Europe/London.";
    /// Form text.
    pub const LANGUAGE: &str = "Language";
    /// Form text.
    pub const LANGUAGE_HINT: &str = "The language of the listing's text, e.g. en or zh.";
    /// Form text.
    pub const VENUE: &str = "Venue";
    /// Form text.
    pub const CITY: &str = "City";
    /// Form text.
    pub const ADDRESS: &str = "Address";
    /// Form text.
    pub const COUNTRY: &str = "Country";
    /// Form text.
    pub const ORGANISERS: &str = "Organisers";
    /// Form text.
    pub const ORGANISER: &str = "organiser";
    /// Form text.
    pub const HOSTS: &str = "Hosts";
    /// Form text.
    pub const HOST: &str = "host";
    /// Form text.
    pub const SPEAKERS: &str = "Speakers";
    /// Form text.
    pub const SPEAKER: &str = "speaker";
    /// Form text.
    pub const NAME: &str = "Name";
    /// Form text.
    pub const ROLE: &str = "Role";
    /// Form text.
    pub const AFFILIATION: &str = "Affiliation";
    /// Form text.
    pub const TALK: &str = "Talk";
    /// Form text.
    pub const AUDIENCE: &str = "Audience";
    /// Form text.
    pub const EXPECTED_ATTENDANCE: &str = "Expected attendance";
    /// Form text.
    pub const ATTENDANCE_HINT: &str = "At least how many people; a whole number.";
    /// Form text.
    pub const AGENDA: &str = "Agenda";
    /// Form text.
    pub const AGENDA_ITEM: &str = "agenda item";
    /// Form text.
    pub const DATE: &str = "Date";
    /// Form text.
    pub const START_TIME: &str = "Start time";
    /// Form text.
    pub const END_TIME: &str = "End time";
    /// Form text.
    pub const SESSION: &str = "Session";
    /// Form text.
    pub const LED_BY: &str = "Led by";
    /// Form text.
    pub const SOURCE: &str = "Source";
    /// Form text.
    pub const SOURCE_HINT: &str = "Where the facts come from, and what was inferred.";
    /// Form text.
    pub const EXAMPLE: &str = "Example listing (describes no real event)";
}
