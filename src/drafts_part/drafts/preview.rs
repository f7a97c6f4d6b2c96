//! The draft's preview: its list card and the seminar page's main facts,
//! written here from the listing (the seminar page's own code stays in its
//! part, so opening the editor does not fetch it). A range whose end comes
//! before its start is said as the problem it is, not printed as a range.

use leptos::prelude::*;

use crate::drafts_part::drafts::zone_field::zone_label;
use crate::i18n::dates::format_range;
use crate::i18n::texts::{self, fill, DraftTexts, Texts};
use crate::stores::catalogue::use_catalogue;
use crate::ui::seminar_card::SeminarCard;
use crate::web::intl::zone_name;
use seminars_core::catalogue::seminar::Seminar;
use seminars_core::dates::iso;
use seminars_core::drafts::draft::SeminarForm;
use seminars_core::i18n::message::{Message, Msg};

/// The preview section, `#preview`, which the link at the top of the
/// editor leads to.
#[component]
pub fn DraftPreview(
    /// The form previewed.
    form: RwSignal<SeminarForm>,
    /// The draft's id: the card links to the draft and offers no saving.
    draft_id: String,
) -> impl IntoView {
    let lang = texts::use_lang();
    let d = DraftTexts::of(lang);
    let listings = use_catalogue().listings();
    let preview = move || {
        let Some(seminar) = form.with(|f| f.preview()) else {
            return view! { <p class="hint">{d.preview_needs_dates}</p> }.into_any();
        };
        if seminar.end < seminar.start {
            let problem = Message::new(Msg::EndBeforeStart).say(lang);
            return view! {
                <p class="problem">{fill(d.preview_end_before_start, &[("problem", &problem)])}</p>
            }
            .into_any();
        }
        let topic_labels = listings
            .get()
            .map(|l| l.catalogue.topic_labels(&seminar.topics, lang))
            .unwrap_or_default();
        let facts = facts(&seminar);
        view! {
            <SeminarCard seminar topic_labels draft_id=Some(draft_id.clone()) />
            {facts}
        }
        .into_any()
    };
    view! {
        <section id="preview" tabindex="-1" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{d.preview}</h2>
            {preview}
        </section>
    }
}

/// The seminar page's main facts: dates, zone, place, format, organisers,
/// hosts, speakers and registration, each only when it has one.
fn facts(seminar: &Seminar) -> impl IntoView {
    let lang = texts::use_lang();
    let (t, d) = (Texts::of(lang), DraftTexts::of(lang));
    let zone = seminar.time_zone.as_str();
    let zone = (!zone.is_empty()).then(|| {
        zone_label(d, zone)
            .map(str::to_owned)
            .unwrap_or_else(|| zone_name(lang, zone))
    });
    let place: Vec<&str> = [
        Some(seminar.venue.name.as_str()),
        seminar.venue.address.as_deref(),
        Some(seminar.venue.city.as_str()),
        seminar.venue.country.as_deref(),
    ]
    .into_iter()
    .flatten()
    .filter(|p| !p.is_empty())
    .collect();
    let speakers: Vec<&str> = seminar
        .speakers
        .iter()
        .map(|s| s.name.as_str())
        .filter(|n| !n.is_empty())
        .collect();
    let registration = seminar.registration.as_ref().map(|r| match r.closes {
        Some(closes) => format!("{}{}{}", r.url, t.list_separator, iso(closes)),
        None => r.url.clone(),
    });
    let original = seminar.language.clone();
    let rows: Vec<(&'static str, String, bool)> = [
        (
            d.facts_dates,
            Some(format_range(lang, seminar.start, seminar.end)),
            false,
        ),
        (d.form_time_zone, zone, false),
        (
            d.form_venue,
            (!place.is_empty()).then(|| place.join(t.list_separator)),
            true,
        ),
        (
            d.form_format,
            Some(texts::format_name(t, seminar.format).to_owned()),
            false,
        ),
        (
            d.form_organisers,
            (!seminar.organisers.is_empty()).then(|| seminar.organisers.join(t.names_separator)),
            true,
        ),
        (
            d.form_hosts,
            (!seminar.hosts.is_empty()).then(|| seminar.hosts.join(t.names_separator)),
            true,
        ),
        (
            d.form_speakers,
            (!speakers.is_empty()).then(|| speakers.join(t.names_separator)),
            true,
        ),
        (d.form_registration, registration, false),
    ]
    .into_iter()
    .filter_map(|(label, value, own)| Some((label, value?, own)))
    .collect();
    view! {
        <dl class="facts preview-facts">
            {rows
                .into_iter()
                .map(|(label, value, own)| {
                    let lang = own.then(|| original.clone());
                    view! {
                        <dt>{label}</dt>
                        <dd lang=lang>{value}</dd>
                    }
                })
                .collect_view()}
        </dl>
    }
}
