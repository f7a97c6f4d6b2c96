//! A seminar's own page, at `/seminars/{id}`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::dates::format_range;
use crate::i18n::language::list_address;
use crate::i18n::texts::{self, fill, SeminarTexts, Texts};
use crate::nav::paths::Paths;
use crate::stores::catalogue::set_document_title;
use crate::ui::load_status::with_catalogue;
use crate::ui::not_found::NotFoundMessage;
use crate::ui::seminar_card::{example_badge, status_badge};
use crate::ui::share_actions::ShareActions;
use crate::web::intl::{between_zones, format_day, use_visitor, zone_name, DateStyle, Visitor};
use seminars_core::browse::query::SearchQuery;
use seminars_core::catalogue::links::{mailto_href, tel_href, web_href};
use seminars_core::catalogue::seminar::{AgendaItem, Registration, Role, Seminar, Status};
use seminars_core::catalogue::shown::Shown;
use seminars_core::catalogue::Catalogue;
use seminars_core::dates::{iso, parse_hhmm};

/// Looks the seminar up by the id in the address and shows every field, or
/// a not-found message with a way back.
#[component]
pub fn SeminarPage(
    /// The seminar's id, from the address.
    id: String,
) -> impl IntoView {
    let lang = texts::use_lang();
    let (t, s) = (Texts::of(lang), SeminarTexts::of(lang));
    with_catalogue(
        move |listings| match listings.catalogue.seminar(&id).cloned() {
            Some(seminar) => {
                let title = seminar.shown_in(lang).title().text;
                set_document_title(&texts::page_title(t, title));
                view! { <SeminarDetails listings seminar /> }.into_any()
            }
            None => {
                set_document_title(&texts::page_title(t, s.not_found_title));
                view! { <NotFoundMessage title=s.not_found_title body=s.not_found_body /> }
                    .into_any()
            }
        },
    )
}

/// A labelled line of the facts list, left out when there is nothing to
/// say; `lang` marks a value in the listing's own words.
fn fact(label: &'static str, value: Option<String>, lang: Option<&str>) -> Option<impl IntoView> {
    let lang = lang.map(str::to_owned);
    value.map(|value| {
        view! {
            <dt>{label}</dt>
            <dd lang=lang>{value}</dd>
        }
    })
}

/// An untranslated text, in the listing's language.
fn original<'a>(text: &'a Option<String>, lang: &'a str) -> Option<Shown<'a>> {
    text.as_deref().map(|text| Shown { text, lang })
}

/// A text in its own language.
fn in_lang(shown: Shown) -> impl IntoView {
    view! { <span lang=shown.lang.to_owned()>{shown.text.to_owned()}</span> }
}

/// Starts a draft that edits this seminar and opens it.
#[component]
fn EditAsDraft(
    /// The seminar to edit.
    seminar: Seminar,
) -> impl IntoView {
    let store = crate::stores::drafts::use_drafts();
    let paths = use_context::<Paths>().unwrap_or_default();
    let router = crate::nav::router::use_router();
    let s = SeminarTexts::of(texts::use_lang());
    let failed = RwSignal::new(None::<String>);
    use crate::web::storage::StorageError;
    let start = move |_| {
        let origin = seminars_core::drafts::draft::DraftOrigin::Edit {
            seminar_id: seminar.id.clone(),
        };
        let form = seminars_core::drafts::draft::SeminarForm::from_seminar(&seminar);
        match store.create(origin.clone(), form.clone()) {
            Ok(draft) => router.go(&paths.draft(&draft.id), Default::default()),
            // Without storage, the editor keeps the draft in the page and
            // says so; a full storage is said here, where nothing is lost.
            Err(StorageError::QuotaExceeded) => failed.set(Some(s.storage_full_new.to_owned())),
            Err(_) => {
                store.put_in_page(origin, form);
                router.go(&paths.new_draft(), Default::default());
            }
        }
    };
    view! {
        <p class="edit-as-draft">
            <button type="button" on:click=start>{s.edit_as_draft}</button>
        </p>
        {move || failed.get().map(|m| view! { <p class="notice error" role="alert">{m}</p> })}
    }
}

/// The agenda grouped by day, in the order the catalogue gives, each item
/// with its position.
fn agenda_by_day(agenda: &[AgendaItem]) -> Vec<(time::Date, Vec<(usize, &AgendaItem)>)> {
    let mut days: Vec<(time::Date, Vec<(usize, &AgendaItem)>)> = Vec::new();
    for (i, item) in agenda.iter().enumerate() {
        match days.iter_mut().find(|(day, _)| *day == item.date) {
            Some((_, items)) => items.push((i, item)),
            None => days.push((item.date, vec![(i, item)])),
        }
    }
    days.sort_by_key(|(day, _)| *day);
    days
}

/// Every field of a seminar: its translation into the language shown where
/// it has one, else the original, each text marked with its language.
#[component]
fn SeminarDetails(
    /// The catalogue and its index.
    listings: Arc<crate::stores::catalogue::Listings>,
    /// The seminar shown.
    seminar: Seminar,
) -> impl IntoView {
    let catalogue: &Catalogue = &listings.catalogue;
    let paths = use_context::<Paths>().unwrap_or_default();
    let router = crate::nav::router::use_router();
    let visitor = use_visitor();
    let shown = texts::use_lang();
    let (t, s) = (Texts::of(shown), SeminarTexts::of(shown));
    let lang = seminar.language.clone();
    let shown_in = seminar.shown_in(shown);
    let original = |text| original(text, shown_in.original_lang());
    // Name, address, city, country: the name and the city may be translated.
    let venue = [
        Some(shown_in.venue_name()),
        original(&seminar.venue.address),
        (seminar.venue.city != seminar.venue.name).then(|| shown_in.city()),
        shown_in.country(),
    ]
    .into_iter()
    .flatten()
    .enumerate()
    .map(|(i, part)| view! { {(i > 0).then_some(t.list_separator)} {in_lang(part)} })
    .collect_view();
    let topics = seminar
        .topics
        .iter()
        .filter_map(|id| catalogue.topic(id))
        .map(|topic| {
            let query = SearchQuery {
                topics: vec![topic.id.clone()],
                ..SearchQuery::new()
            };
            let (label, label_lang) = topic.label_for(shown);
            view! {
                <li>
                    <a href=list_address(&paths, &router, &query.to_query_string()) lang=label_lang>
                        {label}
                    </a>
                </li>
            }
        })
        .collect_view();
    let speakers = seminar
        .speakers
        .iter()
        .enumerate()
        .map(|(i, speaker)| {
            let about = [shown_in.speaker_role(i), shown_in.speaker_affiliation(i)]
                .into_iter()
                .flatten()
                .map(|part| view! { {t.list_separator} {in_lang(part)} })
                .collect_view();
            let talk = shown_in.speaker_talk(i).map(|talk| {
                view! { <p class="talk" lang=talk.lang.to_owned()>{talk.text.to_owned()}</p> }
            });
            let name = shown_in.speaker_name(i).unwrap_or(Shown {
                text: &speaker.name,
                lang: &lang,
            });
            view! {
                <li>
                    <strong lang=name.lang.to_owned()>{name.text.to_owned()}</strong>
                    {about}
                    {talk}
                </li>
            }
        })
        .collect_view();
    let in_visitor_zone =
        RwSignal::new(crate::web::storage::read_zone_choice().as_deref() == Some("visitor"));
    let zone_switch = zone_switch(&seminar, &visitor, in_visitor_zone);
    let agenda = agenda_by_day(&seminar.agenda)
        .into_iter()
        .map(|(day, items)| {
            let items = items
                .into_iter()
                .map(|(i, item)| {
                    let title = shown_in.agenda_title(i).unwrap_or(Shown {
                        text: &item.title,
                        lang: &lang,
                    });
                    let time = {
                        let (start, end) = (item.start_time.clone(), item.end_time.clone());
                        let (zone, visitor_zone, date) = (seminar.time_zone.clone(), visitor.time_zone.clone(), item.date);
                        move || agenda_time(date, &start, &end, &zone, visitor_zone.as_deref().filter(|_| in_visitor_zone.get()), shown)
                    };
                    view! {
                        <li>
                            <span class="agenda-time">{time}</span>
                            " "
                            <span class="agenda-title" lang=title.lang.to_owned()>{title.text.to_owned()}</span>
                            {item.speaker.clone().map(|name| {
                                let (before, after) = texts::around(s.agenda_led_by, "name");
                                view! { <span class="agenda-speaker">{before} <span lang=lang.clone()>{name}</span> {after}</span> }
                            })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li>
                    <h3>
                        <time datetime=iso(day)>{format_day(shown, day, DateStyle::Weekday)}</time>
                    </h3>
                    <ul>{items}</ul>
                </li>
            }
        })
        .collect_view();
    let (title, summary) = (shown_in.title(), shown_in.summary());
    let (audience, description) = (shown_in.audience(), shown_in.description());
    let dates = format_range(shown, seminar.start, seminar.end);
    let other_zone = visitor.needs_zone_note(&seminar.time_zone);
    let zone = zone_name(shown, &seminar.time_zone);
    let when = if other_zone {
        let note = texts::fill(t.time_zone_note, &[("zone", &zone)]);
        format!("{dates}{}{note}", shown.gap_before_note())
    } else {
        dates.clone()
    };
    let days = (seminar.end - seminar.start).whole_days().max(0) as usize + 1;
    let duration = fill(s.duration.get(days), &[("n", &days.to_string())]);
    let over = seminar.end < visitor.today;
    let (place_name, place_city, place_lang) = shown_in.place();
    let place_line = match place_city {
        Some(city) => format!("{place_name}{}{city}", t.list_separator),
        None => place_name.to_owned(),
    };
    let format_name = texts::format_name(t, seminar.format);
    let key_format = (place_name != format_name).then(|| view! { " · " {format_name} });
    let state = state_notice(&seminar, visitor.today, shown);
    let bodies = Role::ALL
        .into_iter()
        .zip([
            s.hosted_by,
            s.organised_by,
            s.co_organised_by,
            s.supported_by,
        ])
        .map(|(role, label)| {
            let names = shown_in.bodies(role);
            let names_lang = names.first().map(|n| n.lang.to_owned());
            let joined = names
                .iter()
                .map(|n| n.text)
                .collect::<Vec<_>>()
                .join(t.names_separator);
            fact(
                label,
                (!names.is_empty()).then_some(joined),
                names_lang.as_deref(),
            )
        })
        .collect_view();
    let institutions = shown_in.bodies(Role::Teaching);
    let institutions = (!institutions.is_empty()).then(|| {
        let items = institutions
            .iter()
            .map(|n| view! { <li lang=n.lang.to_owned()>{n.text.to_owned()}</li> })
            .collect_view();
        view! {
            <dt>{s.teaching_institutions}</dt>
            <dd><ul class="institutions">{items}</ul></dd>
        }
    });
    let groups = seminar
        .audiences
        .iter()
        .filter_map(|id| catalogue.audience(id))
        .map(|a| a.label_in(shown).text.to_owned())
        .collect::<Vec<_>>();
    let groups = (!groups.is_empty()).then(|| groups.join(t.list_separator));
    let attendance = seminar.expected_attendance.map(|n| {
        let (label, template) = if over {
            (s.attendance_past, s.attendance_past_value)
        } else {
            (s.attendance, s.attendance_value)
        };
        (label, fill(template, &[("n", &n.to_string())]))
    });
    let number = |template: &'static str, n: Option<u32>| {
        n.map(|n| fill(template, &[("n", &n.to_string())]))
    };
    let notice = seminar.notice.as_ref().map(|n| {
        let number = n.number.clone();
        let shown = match n.url.as_deref() {
            Some(url) => external(url, number),
            None => view! { <span>{number}</span> }.into_any(),
        };
        view! { <dt>{s.notice}</dt> <dd>{shown}</dd> }
    });
    let phone = seminar.phone.as_ref().map(|phone| {
        let shown = match tel_href(phone) {
            Some(href) => view! { <a href=href>{phone.clone()}</a> }.into_any(),
            None => view! { <span>{phone.clone()}</span> }.into_any(),
        };
        view! { <dt>{s.phone}</dt> <dd>{shown}</dd> }
    });
    view! {
        <article class="seminar-page">
            <p class="back">
                <a href=list_address(&paths, &router, "")>{t.back_to_list}</a>
            </p>
            <h1 lang=title.lang.to_owned()>{title.text.to_owned()}</h1>
            <p class="badges">
                {seminar.example.then(|| example_badge(t))}
                {status_badge(t, &seminar, visitor.today)}
            </p>
            {state}
            <p class="key-facts">
                <time datetime=iso(seminar.start)>{dates}</time>
                " · "
                {duration}
                <br />
                <span lang=place_lang.to_owned()>{place_line}</span>
                {key_format}
            </p>
            <SeminarActions seminar=seminar.clone() title=title.text.to_owned() today=visitor.today />
            <p class="summary" lang=summary.lang.to_owned()>{summary.text.to_owned()}</p>
            <dl class="facts">
                {fact(s.when, Some(when), None)}
                {fact(s.time_zone, other_zone.then_some(zone), None)}
                <dt>{s.place}</dt>
                <dd>{venue}</dd>
                {fact(s.format, Some(format_name.to_owned()), None)}
                {bodies}
                {institutions}
                {fact(s.audience_groups, groups, None)}
                {fact(s.audience, audience.map(|a| a.text.to_owned()), audience.map(|a| a.lang))}
                {attendance.map(|(label, value)| fact(label, Some(value), None))}
                {fact(s.places, number(s.places_value, seminar.places), None)}
                {fact(s.hours, number(s.hours_value, seminar.hours), None)}
                {seminar.certificate.then(|| view! { <dt>{s.certificate_label}</dt> <dd>{s.certificate}</dd> })}
                {notice}
                {fact(s.contact_person, seminar.contact_name.clone(), Some(&lang))}
                {phone}
            </dl>
            {description
                .map(|d| view! { <p class="description" lang=d.lang.to_owned()>{d.text.to_owned()}</p> })}
            {links(&seminar, visitor.today, s, shown)}
            <section aria-labelledby="topics-heading">
                <h2 id="topics-heading">{t.topics}</h2>
                <ul class="topic-links">{topics}</ul>
            </section>
            {(!seminar.speakers.is_empty())
                .then(|| {
                    view! {
                        <section aria-labelledby="speakers-heading">
                            <h2 id="speakers-heading">{s.speakers}</h2>
                            <ul class="speakers">{speakers}</ul>
                        </section>
                    }
                })}
            {(!seminar.agenda.is_empty())
                .then(|| {
                    view! {
                        <section aria-labelledby="agenda-heading">
                            <h2 id="agenda-heading">{s.agenda}</h2>
                            {zone_switch}
                            <ol class="agenda">{agenda}</ol>
                        </section>
                    }
                })}
            <section aria-labelledby="source-heading">
                <h2 id="source-heading">{s.source}</h2>
                <p class="source" lang=lang.clone()>{seminar.source.clone()}</p>
            </section>
            <OrganiserTools seminar=seminar.clone() />
        </article>
    }
}

/// What a reader needs to know first when the seminar does not go ahead
/// as listed, or is over.
fn state_notice(seminar: &Seminar, today: time::Date, lang: texts::Lang) -> Option<impl IntoView> {
    let s = SeminarTexts::of(lang);
    let text = match seminar.status {
        Status::Cancelled => s.cancelled.to_owned(),
        Status::Postponed => s.postponed.to_owned(),
        Status::Rescheduled => match seminar.previous_dates {
            Some(p) => fill(
                s.rescheduled,
                &[("dates", &format_range(lang, p.start, p.end))],
            ),
            None => return None,
        },
        Status::MovedOnline => s.moved_online.to_owned(),
        Status::Scheduled if seminar.end < today => fill(
            s.over,
            &[("date", &format_day(lang, seminar.end, DateStyle::Day))],
        ),
        Status::Scheduled => return None,
    };
    let class = if seminar.status == Status::Cancelled {
        "notice error state"
    } else {
        "notice state"
    };
    Some(view! { <p class=class>{text}</p> })
}

/// Whether a reader can still register: the listing goes ahead, has not
/// ended, and its registration has not closed.
fn registration_open(seminar: &Seminar, today: time::Date) -> bool {
    seminar.status != Status::Cancelled
        && seminar.end >= today
        && seminar
            .registration
            .as_ref()
            .is_some_and(|r| r.closes.is_none_or(|closes| closes >= today))
}

/// The organisers' tools, at the foot of the page, off the reader's path:
/// edit the listing as a draft, and see one's drafts among the listings.
#[component]
fn OrganiserTools(
    /// The seminar.
    seminar: Seminar,
) -> impl IntoView {
    let paths = use_context::<Paths>().unwrap_or_default();
    let router = crate::nav::router::use_router();
    let s = SeminarTexts::of(texts::use_lang());
    let with_drafts = SearchQuery {
        drafts: true,
        ..SearchQuery::new()
    };
    view! {
        <section class="organiser-tools" aria-labelledby="organiser-tools-heading">
            <h2 id="organiser-tools-heading">{s.organiser_tools}</h2>
            <EditAsDraft seminar />
            <p>
                <a href=list_address(&paths, &router, &with_drafts.to_query_string())>{s.show_my_drafts}</a>
            </p>
        </section>
    }
}

/// One primary action (register while registration is open, else save),
/// then in one quiet row: save, add to a calendar (while the seminar is
/// not over), copy the link, share.
#[component]
fn SeminarActions(
    /// The seminar.
    seminar: Seminar,
    /// Its title as shown.
    title: String,
    /// The visitor's today.
    today: time::Date,
) -> impl IntoView {
    let paths = use_context::<Paths>().unwrap_or_default();
    let lang = texts::use_lang();
    let s = SeminarTexts::of(lang);
    let said = RwSignal::new(None::<String>);
    let url = crate::nav::paths::absolute(&paths.seminar(&seminar.id));
    let id = seminar.id.clone();
    let register = seminar
        .registration
        .as_ref()
        .and_then(|r| web_href(&r.url))
        .filter(|_| registration_open(&seminar, today))
        .map(|href| {
            view! {
                <a class="button primary register" href=href.to_owned() rel="external noopener noreferrer">
                    {s.register}
                </a>
            }
        });
    let closed = seminar
        .registration
        .as_ref()
        .filter(|_| {
            register.is_none() && seminar.end >= today && seminar.status != Status::Cancelled
        })
        .map(|_| view! { <p class="registration-closed">{s.registration_closed_label}</p> });
    let save = crate::ui::save_button::save_button(id, title.clone());
    let (primary_save, quiet_save) = if register.is_some() {
        (None, Some(save))
    } else {
        (Some(save), None)
    };
    let calendar = (seminar.end >= today).then(|| {
        let add_to_calendar = move |_| {
            said.set(crate::seminar_part::calendar::download_one(
                &seminar, lang, &paths,
            ))
        };
        view! { <button type="button" class="add-to-calendar quiet" on:click=add_to_calendar>{s.add_to_calendar}</button> }
    });
    view! {
        <section class="seminar-actions" aria-label=s.actions>
            <div class="primary-action">{register} {closed} {primary_save}</div>
            <div class="quiet-actions">
                {quiet_save}
                {calendar}
                <ShareActions url title copy_label=s.copy_link address_label=s.page_address field_id="page-address" />
            </div>
            <p role="status">{move || said.get()}</p>
        </section>
    }
}

/// An external link: `rel="noopener noreferrer"`, and only for an address
/// [`web_href`] accepts; anything else is shown as text.
fn external(url: &str, text: String) -> AnyView {
    match web_href(url) {
        Some(href) => view! {
            <a href=href.to_owned() rel="external noopener noreferrer">{text}</a>
        }
        .into_any(),
        None => view! { <span>{text}</span> }.into_any(),
    }
}

/// Website, registration (with its closing date, or that it closed),
/// online meeting and contact; nothing when the listing has none.
fn links(
    seminar: &Seminar,
    today: time::Date,
    s: &'static SeminarTexts,
    lang: texts::Lang,
) -> Option<impl IntoView> {
    if seminar.website.is_none()
        && seminar.registration.is_none()
        && seminar.online.is_none()
        && seminar.contact.is_none()
    {
        return None;
    }
    let website = seminar.website.as_ref().map(|url| {
        view! { <dt>{s.website}</dt> <dd>{external(url, url.clone())}</dd> }
    });
    let open = registration_open(seminar, today);
    let registration = seminar.registration.as_ref().map(|Registration { url, closes }| {
        let closes = closes.map(|day| {
            let date = format_day(lang, day, DateStyle::Day);
            if day < today {
                view! { <p class="closed">{fill(s.registration_closed, &[("date", &date)])}</p> }.into_any()
            } else {
                view! { <p>{fill(s.registration_until, &[("date", &date)])}</p> }.into_any()
            }
        });
        // Once registration is over, its page is not offered as a link.
        let page = if open {
            external(url, url.clone())
        } else {
            view! { <span class="closed-link">{url.clone()}</span> }.into_any()
        };
        view! { <dt>{s.registration}</dt> <dd>{page} {closes}</dd> }
    });
    let online = seminar.online.as_ref().map(|url| {
        view! { <dt>{s.online}</dt> <dd>{external(url, url.clone())}</dd> }
    });
    let contact = seminar.contact.as_ref().map(|email| {
        let link = match mailto_href(email) {
            Some(href) => {
                view! { <a href=href rel="noopener noreferrer">{email.clone()}</a> }.into_any()
            }
            None => view! { <span>{email.clone()}</span> }.into_any(),
        };
        view! { <dt>{s.contact}</dt> <dd>{link}</dd> }
    });
    Some(view! {
        <section aria-labelledby="links-heading">
            <h2 id="links-heading">{s.links}</h2>
            <dl class="facts links">{website} {registration} {online} {contact}</dl>
        </section>
    })
}

/// "Show times in: the event's time zone / your time zone", when the
/// agenda has times and the visitor's zone is another; the choice is
/// remembered like the language.
fn zone_switch(
    seminar: &Seminar,
    visitor: &Visitor,
    in_visitor_zone: RwSignal<bool>,
) -> Option<impl IntoView> {
    let has_times = seminar.agenda.iter().any(|a| a.start_time.is_some());
    let mine = visitor.time_zone.clone()?;
    if !has_times || !visitor.needs_zone_note(&seminar.time_zone) {
        return None;
    }
    let lang = texts::use_lang();
    let s = SeminarTexts::of(lang);
    let theirs = fill(
        s.zone_event,
        &[("zone", &zone_name(lang, &seminar.time_zone))],
    );
    let yours = fill(s.zone_visitor, &[("zone", &zone_name(lang, &mine))]);
    let choose = move |visitor: bool| {
        in_visitor_zone.set(visitor);
        let _ = crate::web::storage::write_zone_choice(if visitor { "visitor" } else { "event" });
    };
    Some(view! {
        <fieldset class="zone-switch">
            <legend>{s.times_in}</legend>
            <input type="radio" name="zone" id="zone-event" prop:checked=move || !in_visitor_zone.get() on:change=move |_| choose(false) />
            <label for="zone-event">{theirs}</label>
            <input type="radio" name="zone" id="zone-visitor" prop:checked=move || in_visitor_zone.get() on:change=move |_| choose(true) />
            <label for="zone-visitor">{yours}</label>
        </fieldset>
    })
}

/// An agenda item's times: as the catalogue gives them (the event's zone),
/// or, given the visitor's zone, converted to it, with the visitor's date
/// when it is another day.
fn agenda_time(
    date: time::Date,
    start: &Option<String>,
    end: &Option<String>,
    zone: &str,
    visitor_zone: Option<&str>,
    lang: texts::Lang,
) -> String {
    let convert = |hhmm: &Option<String>| -> Option<String> {
        let text = hhmm.as_deref()?;
        let Some(to) = visitor_zone else {
            return Some(text.to_owned());
        };
        // A time that does not read, or a zone the browser does not
        // know, is shown as the catalogue writes it.
        let Some(there) = parse_hhmm(text).and_then(|time| between_zones(zone, to, date, time))
        else {
            return Some(text.to_owned());
        };
        let clock = format!("{:02}:{:02}", there.hour(), there.minute());
        Some(if there.date() == date {
            clock
        } else {
            format!(
                "{clock} ({})",
                format_day(lang, there.date(), DateStyle::Day)
            )
        })
    };
    match (convert(start), convert(end)) {
        (Some(a), Some(b)) => format!("{a}–{b}"),
        (Some(a), None) => a,
        _ => String::new(),
    }
}
