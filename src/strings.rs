//! Every sentence the app shows, in one place, so a second language can be
//! added without touching the components.

use crate::domain::catalogue::{CatalogueError, Rejection};
use crate::domain::seminar::Format;

/// The site's name, shown in the header and the browser tab.
pub const SITE_NAME: &str = "Climate Seminars";
/// The line under the site's name.
pub const TAGLINE: &str = "Seminars and workshops on climate policy, carbon markets, adaptation and the energy transition";
/// The home page's heading.
pub const HOME_HEADING: &str = "Seminars and workshops";
/// Shown while the catalogue is on its way.
pub const LOADING: &str = "Loading seminars…";
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

/// Says what stopped the catalogue from loading.
pub fn catalogue_error(error: &CatalogueError) -> String {
    let what = match error {
        CatalogueError::Http(status) => {
            format!("the server answered with HTTP status {status}")
        }
        CatalogueError::Network(detail) => {
            format!("the request did not get an answer ({detail})")
        }
        CatalogueError::InvalidJson(detail) => {
            format!("the file is not a valid catalogue ({detail})")
        }
        CatalogueError::UnsupportedVersion(Some(v)) => {
            format!("the file is catalogue version {v}, and this app reads version 1")
        }
        CatalogueError::UnsupportedVersion(None) => {
            "the file does not say which catalogue version it is (expected \"version\": 1)"
                .to_owned()
        }
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
    format!("Could not copy to the clipboard ({reason}). Use Download entry instead.")
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
