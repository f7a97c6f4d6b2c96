//! Every sentence the app shows, in Simplified Chinese and English. The
//! words are in `locales/{en,zh-Hans}/*.json`, one file per part of the
//! app, each sentence a whole template with named blanks (`{n}`); `build.rs`
//! turns each file into a struct with a field per key ([`Texts`],
//! [`SeminarTexts`], [`DraftTexts`]), so a key the code uses that a file
//! lacks does not compile, and `core/tests/i18n.rs` checks that both languages
//! have every key with the same blanks. The seminar page's and the drafts
//! area's texts are only read by the code of their own parts, so they are
//! fetched with those parts, not in the first download.
//!
//! The functions below put the domain's values (formats, filters, errors)
//! in words.

use leptos::prelude::use_context;

use seminars_core::browse::query::{Facet, FilterKind, Sort, When};
use seminars_core::catalogue::seminar::Format;
use seminars_core::catalogue::{CatalogueError, Rejection};
pub use seminars_core::i18n::lang::Lang;
use seminars_core::i18n::message::{Message, Msg};
pub use seminars_core::i18n::template::{fill, Plural};
use seminars_core::json::Loose;

include!(concat!(env!("OUT_DIR"), "/texts.rs"));

impl Texts {
    /// The texts in `lang`.
    pub fn of(lang: Lang) -> &'static Texts {
        &COMMON[lang.index()]
    }
}

impl SeminarTexts {
    /// The seminar page's texts in `lang`.
    pub fn of(lang: Lang) -> &'static SeminarTexts {
        &SEMINAR[lang.index()]
    }
}

impl DraftTexts {
    /// The drafts area's texts in `lang`.
    pub fn of(lang: Lang) -> &'static DraftTexts {
        &DRAFTS[lang.index()]
    }
}

/// The language shown, as [`crate::App`] provides it to the page it builds.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The common texts in the language shown.
pub fn use_texts() -> &'static Texts {
    Texts::of(use_lang())
}

/// "Page · Climate Seminars", for the browser tab.
pub fn page_title(t: &Texts, page: &str) -> String {
    fill(t.page_title, &[("page", page), ("site", t.site_name)])
}

/// From how many bytes received the loading line says how many.
pub const PROGRESS_FROM: usize = 1_000_000;

/// "3.4 MB received", in whole tenths (no float formatting in the download).
pub fn received(t: &Texts, bytes: usize) -> String {
    let tenths = bytes / 100_000;
    let mb = format!("{}.{}", tenths / 10, tenths % 10);
    fill(t.received, &[("mb", &mb)])
}

/// "1 seminar", "12 seminars".
pub fn seminar_count(t: &Texts, n: usize) -> String {
    fill(t.seminar_count.get(n), &[("n", &n.to_string())])
}

/// The name of a format.
pub fn format_name(t: &Texts, format: Format) -> &'static str {
    match format {
        Format::InPerson => t.format_in_person,
        Format::Online => t.format_online,
        Format::Hybrid => t.format_hybrid,
    }
}

/// The name of a date choice.
pub fn when_name(t: &Texts, when: When) -> &'static str {
    match when {
        When::Upcoming => t.when_upcoming,
        When::Past => t.when_past,
        When::All => t.when_all,
    }
}

/// The name of an order.
pub fn sort_name(t: &Texts, sort: Sort) -> &'static str {
    match sort {
        Sort::Date => t.sort_date,
        Sort::DateDescending => t.sort_date_desc,
        Sort::Title => t.sort_title,
    }
}

/// The heading of a facet.
pub fn facet_name(t: &Texts, facet: Facet) -> &'static str {
    match facet {
        Facet::Topic => t.topics,
        Facet::Format => t.formats,
        Facet::City => t.cities,
        Facet::Organiser => t.organisers_facet,
        Facet::Audience => t.audiences_facet,
    }
}

/// How a filter reads in a chip and in the empty state.
pub fn filter_description(t: &Texts, kind: FilterKind, value: &str) -> String {
    fill(filter_template(t, kind), &[("value", value)])
}

/// The template of a filter's description, with a `{value}` blank.
pub fn filter_template(t: &Texts, kind: FilterKind) -> &'static str {
    match kind {
        FilterKind::Text => t.filter_text,
        FilterKind::Topic => t.filter_topic,
        FilterKind::Format => t.filter_format,
        FilterKind::City => t.filter_city,
        FilterKind::Organiser => t.filter_organiser,
        FilterKind::Audience => t.filter_audience,
        FilterKind::When => t.filter_when,
        FilterKind::From => t.filter_from,
        FilterKind::To => t.filter_to,
    }
}

/// What stopped the catalogue from loading, as a message.
pub fn catalogue_problem(error: &CatalogueError) -> Message {
    match error {
        // In words an official reads, the status kept for whoever runs the site.
        CatalogueError::Http(status) => {
            let msg = match status {
                404 | 410 => Msg::CatalogueHttpMissing,
                500..=599 => Msg::CatalogueHttpDown,
                _ => Msg::CatalogueHttp,
            };
            Message::new(msg).with("status", status)
        }
        CatalogueError::Network(Some(detail)) => {
            Message::new(Msg::CatalogueNetwork).with("detail", detail)
        }
        CatalogueError::Network(None) => Message::new(Msg::CatalogueNoAnswer),
        CatalogueError::NotJson { detail, place } => Message::new(Msg::CatalogueNotJson)
            .with_said("detail", detail.clone())
            .with("line", place.line)
            .with("column", place.column),
        CatalogueError::NotAnObject(kind) => Message::new(Msg::CatalogueNotObject)
            .with_said("kind", kind.name())
            .with(
                "example",
                "{\"version\": 1, \"topics\": […], \"seminars\": […]}",
            ),
        CatalogueError::BadList { field, found: None } => {
            Message::new(Msg::CatalogueNoList).with("field", field)
        }
        CatalogueError::BadList {
            field,
            found: Some(kind),
        } => Message::new(Msg::CatalogueBadList)
            .with("field", field)
            .with_said("kind", kind.name()),
        CatalogueError::UnsupportedVersion(None) => Message::new(Msg::VersionMissing),
        CatalogueError::UnsupportedVersion(Some(Loose::Whole(v))) => {
            Message::new(Msg::VersionWhole).with("version", v)
        }
        CatalogueError::UnsupportedVersion(Some(Loose::Number(n))) => {
            Message::new(Msg::VersionNumber).with("version", n)
        }
        CatalogueError::UnsupportedVersion(Some(Loose::Text(t))) => {
            Message::new(Msg::VersionText).with("version", t.chars().take(40).collect::<String>())
        }
        CatalogueError::UnsupportedVersion(Some(Loose::Other(kind))) => {
            Message::new(Msg::VersionKind).with_said("kind", kind.name())
        }
        CatalogueError::Other(detail) => {
            Message::new(Msg::CatalogueOther).with_said("detail", detail.clone())
        }
    }
}

/// Says what stopped the catalogue from loading, in words an operator
/// can act on.
pub fn catalogue_error(lang: Lang, error: &CatalogueError) -> String {
    let reason = catalogue_problem(error).say(lang);
    fill(Texts::of(lang).catalogue_error, &[("reason", &reason)])
}

/// One skipped record, e.g. "Seminar 3 (“bad-one”): title: A title is required."
pub fn rejection(lang: Lang, r: &Rejection) -> String {
    let t = Texts::of(lang);
    let template = match (r.kind, r.id.is_some()) {
        ("topic", true) => t.rejected_topic_id,
        ("topic", false) => t.rejected_topic,
        ("audience", true) => t.rejected_audience_id,
        ("audience", false) => t.rejected_audience,
        (_, true) => t.rejected_seminar_id,
        (_, false) => t.rejected_seminar,
    };
    let n = r.position.to_string();
    let reason = r.reason.say(lang);
    fill(
        template,
        &[
            ("n", &n),
            ("id", r.id.as_deref().unwrap_or_default()),
            ("reason", &reason),
        ],
    )
}

/// The text of a template before and after one blank, for a sentence
/// with something other than text in it (a link, marked search matches):
/// "Organised by: {names}" gives ("Organised by: ", "").
pub fn around(template: &'static str, blank: &str) -> (&'static str, &'static str) {
    let marker = format!("{{{blank}}}");
    match template.find(&marker) {
        Some(at) => (&template[..at], &template[at + marker.len()..]),
        None => (template, ""),
    }
}

/// A count filled into a plural text.
pub fn count(plural: Plural, n: usize) -> String {
    fill(plural.get(n), &[("n", &n.to_string())])
}

/// The drafts area's sentences that need values put in words.
pub mod drafts {
    use super::{catalogue_error, fill, DraftTexts, Lang};
    use crate::web::storage::{StorageError, StorageReason};
    use seminars_core::catalogue::CatalogueError;
    use seminars_core::drafts::draft::DraftOrigin;
    use seminars_core::drafts::export::DraftFileKind;
    use seminars_core::drafts::messages::DraftMessage;

    /// Where a draft came from: "New listing" or "Edit of {id}".
    pub fn origin(d: &DraftTexts, origin: &DraftOrigin) -> String {
        match origin {
            DraftOrigin::New => d.origin_new.to_owned(),
            DraftOrigin::Edit { seminar_id } => fill(d.origin_edit, &[("id", seminar_id)]),
        }
    }

    /// Storage missing.
    pub fn storage_unavailable(lang: Lang, reason: &StorageReason) -> String {
        let reason = reason.message().say(lang);
        fill(
            DraftTexts::of(lang).storage_unavailable,
            &[("reason", &reason)],
        )
    }

    /// Any storage failure, in a sentence.
    pub fn storage_error(lang: Lang, error: &StorageError) -> String {
        let d = DraftTexts::of(lang);
        match error {
            StorageError::QuotaExceeded => d.storage_full.to_owned(),
            StorageError::Unavailable(reason) => storage_unavailable(lang, reason),
            StorageError::WriteFailed(reason) => {
                fill(d.save_failed, &[("reason", &reason.message().say(lang))])
            }
        }
    }

    /// An invalid draft: "3 problems to fix".
    pub fn problems_count(d: &DraftTexts, n: usize) -> String {
        super::count(d.problems_count, n)
    }

    /// When the catalogue failed, in the editor.
    pub fn checks_without_catalogue(lang: Lang, error: &CatalogueError) -> String {
        let error = catalogue_error(lang, error);
        fill(
            DraftTexts::of(lang).checks_without_catalogue,
            &[("error", &error)],
        )
    }

    /// When the catalogue failed, on the drafts list.
    pub fn list_without_catalogue(lang: Lang, error: &CatalogueError) -> String {
        let error = catalogue_error(lang, error);
        fill(
            DraftTexts::of(lang).list_without_catalogue,
            &[("error", &error)],
        )
    }

    /// A deleted draft that could not be put back.
    pub fn restore_failed(
        lang: Lang,
        title: &str,
        error: &StorageError,
        downloaded: bool,
    ) -> String {
        let d = DraftTexts::of(lang);
        let reason = match error {
            StorageError::QuotaExceeded => d.storage_full_reason.to_owned(),
            StorageError::Unavailable(reason) | StorageError::WriteFailed(reason) => {
                reason.message().say(lang)
            }
        };
        let template = if downloaded {
            d.restore_failed_downloaded
        } else {
            d.restore_failed
        };
        fill(template, &[("title", title), ("reason", &reason)])
    }

    /// Why something failed, in a template of the drafts area with a
    /// `{reason}` blank.
    pub fn failed(lang: Lang, template: &str, reason: &DraftMessage) -> String {
        fill(template, &[("reason", &reason.say(lang))])
    }

    /// What to say after "Download entry".
    pub fn downloaded_draft(d: &DraftTexts, kind: DraftFileKind) -> Option<&'static str> {
        match kind {
            DraftFileKind::Entry => None,
            DraftFileKind::Record => Some(d.exported_record),
            DraftFileKind::Unchecked => Some(d.exported_record_unchecked),
        }
    }

    /// One rejected import entry.
    pub fn import_rejection(
        lang: Lang,
        position: usize,
        id: Option<&str>,
        reason: &DraftMessage,
    ) -> String {
        let d = DraftTexts::of(lang);
        let reason = reason.say(lang);
        let template = if id.is_some() {
            d.import_rejection_id
        } else {
            d.import_rejection
        };
        let n = position.to_string();
        fill(
            template,
            &[
                ("n", &n),
                ("id", id.unwrap_or_default()),
                ("reason", &reason),
            ],
        )
    }

    /// The texts of a list of rows in the draft form.
    #[derive(Clone, Copy, Debug)]
    pub struct RowTexts {
        /// "Speaker {n}".
        pub label: &'static str,
        /// "Move speaker {n} up".
        pub move_up: &'static str,
        /// "Move speaker {n} down".
        pub move_down: &'static str,
        /// "Remove speaker {n}".
        pub remove: &'static str,
        /// "Add speaker".
        pub add: &'static str,
    }

    impl RowTexts {
        /// A row's template with its number filled in.
        pub fn numbered(template: &str, n: usize) -> String {
            fill(template, &[("n", &n.to_string())])
        }

        /// The rows of a list, by the list's fixed key.
        pub fn of(d: &DraftTexts, key: &str) -> RowTexts {
            match key {
                "organiser" => RowTexts {
                    label: d.organiser_label,
                    move_up: d.organiser_move_up,
                    move_down: d.organiser_move_down,
                    remove: d.organiser_remove,
                    add: d.organiser_add,
                },
                "host" => RowTexts {
                    label: d.host_label,
                    move_up: d.host_move_up,
                    move_down: d.host_move_down,
                    remove: d.host_remove,
                    add: d.host_add,
                },
                "co-organiser" => RowTexts {
                    label: d.co_organiser_label,
                    move_up: d.co_organiser_move_up,
                    move_down: d.co_organiser_move_down,
                    remove: d.co_organiser_remove,
                    add: d.co_organiser_add,
                },
                "supporter" => RowTexts {
                    label: d.supporter_label,
                    move_up: d.supporter_move_up,
                    move_down: d.supporter_move_down,
                    remove: d.supporter_remove,
                    add: d.supporter_add,
                },
                "institution" => RowTexts {
                    label: d.institution_label,
                    move_up: d.institution_move_up,
                    move_down: d.institution_move_down,
                    remove: d.institution_remove,
                    add: d.institution_add,
                },
                "speaker" => RowTexts {
                    label: d.speaker_label,
                    move_up: d.speaker_move_up,
                    move_down: d.speaker_move_down,
                    remove: d.speaker_remove,
                    add: d.speaker_add,
                },
                _ => RowTexts {
                    label: d.agenda_label,
                    move_up: d.agenda_move_up,
                    move_down: d.agenda_move_down,
                    remove: d.agenda_remove,
                    add: d.agenda_add,
                },
            }
        }
    }
}
