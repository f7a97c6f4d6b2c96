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
/// Shown when no seminar matches.
pub const NO_MATCHES: &str = "No seminars match the chosen topics.";
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
