//! The visitor's calendar and languages, read from the browser: today's
//! date, the time zone, the preferred languages, and dates written as each
//! language writes them (the browser's `Intl.DateTimeFormat`, which knows
//! every language's months, weekdays and ranges).

use time::{Date, Month, PrimitiveDateTime, Time};

use wasm_bindgen::{JsCast, JsValue};

use seminars_core::i18n::lang::Lang;

/// Today in the visitor's local time zone, which decides what is upcoming.
pub fn visitor_today() -> Date {
    local_day(&js_sys::Date::new_0())
}

/// The day of an instant in the visitor's local time zone.
fn local_day(now: &js_sys::Date) -> Date {
    let month = u8::try_from(now.get_month() + 1)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .unwrap_or(Month::January);
    let day = u8::try_from(now.get_date()).unwrap_or(1);
    let year = i32::try_from(now.get_full_year()).unwrap_or(1970);
    Date::from_calendar_date(year, month, day).unwrap_or(Date::MIN)
}

/// The visitor's IANA time zone, e.g. "Europe/London", when the browser says.
pub fn visitor_time_zone() -> Option<String> {
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
    js_sys::Reflect::get(&format.resolved_options(), &"timeZone".into())
        .ok()
        .and_then(|zone| zone.as_string())
}

/// The visitor's calendar, read once when the app starts and shared through context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visitor {
    /// Today's date where the visitor is.
    pub today: Date,
    /// The visitor's time zone, when the browser says.
    pub time_zone: Option<String>,
}

impl Visitor {
    /// Reads the browser's clock and time zone.
    pub fn from_browser() -> Self {
        Visitor {
            today: visitor_today(),
            time_zone: visitor_time_zone(),
        }
    }

    /// Whether an event's time zone differs from the visitor's, so its dates need naming it.
    /// A draft's empty zone has no name to say.
    pub fn needs_zone_note(&self, zone: &str) -> bool {
        !zone.is_empty() && self.time_zone.as_deref() != Some(zone)
    }
}

/// The visitor provided by [`crate::App`]; read from the browser if missing.
pub fn use_visitor() -> Visitor {
    leptos::prelude::use_context::<Visitor>().unwrap_or_else(Visitor::from_browser)
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default()
}

/// A date at midnight UTC, which the formatters below read in UTC: a
/// seminar's dates are calendar dates, not instants.
fn js_date(date: Date) -> js_sys::Date {
    js_sys::Date::new(&utc_ms(date, Time::MIDNIGHT).into())
}

/// Which parts of a date a formatter writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// "24 May 2021", "2021年5月24日".
    Day,
    /// "Monday 24 May 2021", "2021年5月24日星期一".
    Weekday,
}

/// A new `Intl.DateTimeFormat`, or `None` where the browser refuses the
/// options (an unknown time zone from a catalogue throws a RangeError).
fn new_formatter(lang: Lang, options: &[(&str, &str)]) -> Option<js_sys::Intl::DateTimeFormat> {
    let object = js_sys::Object::new();
    for (key, value) in options {
        js_sys::Reflect::set(&object, &(*key).into(), &(*value).into()).ok()?;
    }
    // Not checked with `instanceof`: test clocks (Playwright's) stand in
    // for `Intl.DateTimeFormat` with plain objects that have its methods.
    construct_intl("DateTimeFormat", lang, &object).map(|f| f.unchecked_into())
}

/// `new Intl[name](lang's locale, options)`, when the browser has it; no
/// exception reaches the app.
fn construct_intl(name: &str, lang: Lang, options: &js_sys::Object) -> Option<JsValue> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: js_sys::Function = js_sys::Reflect::get(&intl, &name.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let locales = js_sys::Array::of1(&lang.intl_locale().into());
    js_sys::Reflect::construct(&constructor, &js_sys::Array::of2(&locales, options)).ok()
}

thread_local! {
    /// One formatter per language and style: making one costs far more
    /// than using it.
    static FORMATTERS: std::cell::RefCell<Vec<((Lang, DateStyle), js_sys::Intl::DateTimeFormat)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The browser's date formatter for a language and style, in UTC.
fn formatter(lang: Lang, style: DateStyle) -> Option<js_sys::Intl::DateTimeFormat> {
    FORMATTERS.with(|cache| {
        if let Some((_, f)) = cache.borrow().iter().find(|(key, _)| *key == (lang, style)) {
            return Some(f.clone());
        }
        let mut options = vec![
            ("timeZone", "UTC"),
            ("year", "numeric"),
            ("month", "long"),
            ("day", "numeric"),
        ];
        if style == DateStyle::Weekday {
            options.push(("weekday", "long"));
        }
        let f = new_formatter(lang, &options)?;
        cache.borrow_mut().push(((lang, style), f.clone()));
        Some(f)
    })
}

/// A date as the language writes it: "24 May 2021", "2021年5月24日".
pub fn format_day(lang: Lang, date: Date, style: DateStyle) -> String {
    formatter(lang, style)
        .and_then(|f| {
            f.format()
                .call1(&wasm_bindgen::JsValue::NULL, &js_date(date))
                .ok()
        })
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| seminars_core::dates::iso(date))
}

/// An ISO 8601 instant as the language writes a date and time in the
/// visitor's time zone: "29 Nov 2026, 14:05", "2026年11月29日 14:05"; as
/// given where the browser cannot read or write it.
pub fn format_moment(lang: Lang, iso: &str) -> String {
    format_instant(lang, &iso.into(), MomentStyle::DateAndTime).unwrap_or_else(|| iso.to_owned())
}

/// What [`format_saved`] writes of an instant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MomentStyle {
    /// "29 Nov 2026, 14:05", "2026年11月29日 14:05".
    DateAndTime,
    /// "14:05:09", in either language.
    Time,
}

/// A moment of this visitor's (a draft's save, in milliseconds since
/// 1970) as the language writes it, in the visitor's time zone.
pub fn format_saved(lang: Lang, ms: f64, style: MomentStyle) -> String {
    format_instant(lang, &ms.into(), style).unwrap_or_else(|| {
        // Where the browser cannot write it: the visitor's wall clock, as
        // digits every language reads.
        let d = js_sys::Date::new(&ms.into());
        format!(
            "{:04}-{:02}-{:02} {:02}:{:02}",
            d.get_full_year(),
            d.get_month() + 1,
            d.get_date(),
            d.get_hours(),
            d.get_minutes()
        )
    })
}

/// A moment of this visitor's (a draft's save, in milliseconds since
/// 1970), the day as [`format_day`] writes every date of the app and the
/// time to the minute, in the visitor's time zone: ("3 December 2026",
/// "02:03"), ("2026年12月3日", "02:03").
pub fn saved_day_and_time(lang: Lang, ms: f64) -> (String, String) {
    let d = js_sys::Date::new(&ms.into());
    let time = format!("{:02}:{:02}", d.get_hours(), d.get_minutes());
    (format_day(lang, local_day(&d), DateStyle::Day), time)
}

/// An instant (what `new Date(value)` reads) in the browser's words.
fn format_instant(lang: Lang, value: &wasm_bindgen::JsValue, style: MomentStyle) -> Option<String> {
    let options: &[(&str, &str)] = match style {
        MomentStyle::DateAndTime => &[("dateStyle", "medium"), ("timeStyle", "short")],
        MomentStyle::Time => &[("timeStyle", "medium"), ("hourCycle", "h23")],
    };
    let f = new_formatter(lang, options)?;
    f.format()
        .call1(&wasm_bindgen::JsValue::NULL, &js_sys::Date::new(value))
        .ok()?
        .as_string()
}

/// What a formatter writes for `date`, part by part: its `type` ("year",
/// "month", "timeZoneName"…) and its text; `None` if a part lacks either.
fn parts_of(
    format: &js_sys::Intl::DateTimeFormat,
    date: &js_sys::Date,
) -> Option<Vec<(String, String)>> {
    format
        .format_to_parts(date)
        .iter()
        .map(|part| {
            let text = |key: &str| js_sys::Reflect::get(&part, &key.into()).ok()?.as_string();
            Some((text("type")?, text("value")?))
        })
        .collect()
}

/// The year, month and day of a date as the language writes each
/// ("2021", "May", "24"; "2021", "5", "24"), from the browser.
pub fn date_parts(lang: Lang, date: Date) -> Option<[String; 3]> {
    let mut out: [String; 3] = Default::default();
    for (kind, value) in parts_of(&formatter(lang, DateStyle::Day)?, &js_date(date))? {
        match kind.as_str() {
            "year" => out[0] = value,
            "month" => out[1] = value,
            "day" => out[2] = value,
            _ => {}
        }
    }
    Some(out)
}

thread_local! {
    /// Time zone names asked for, by language and zone.
    static ZONE_NAMES: std::cell::RefCell<Vec<((Lang, String), String)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The order in which labels sort for readers of `lang`: by the browser's
/// collation for it (Chinese by pinyin), or by code point where the
/// browser has none.
pub fn sorted_order(lang: Lang, labels: &[(String, String)]) -> Vec<usize> {
    let mut order: Vec<u32> = (0..labels.len() as u32).collect();
    let compare = collator_compare(lang);
    let label = |i: u32| labels[i as usize].0.as_str();
    seminars_core::browse::filter::sort_indices(&mut order, &|a, b| {
        let by_browser = compare.as_ref().and_then(|f| {
            f.call2(&JsValue::NULL, &label(a).into(), &label(b).into())
                .ok()?
                .as_f64()
        });
        match by_browser {
            Some(n) if n < 0.0 => std::cmp::Ordering::Less,
            Some(n) if n > 0.0 => std::cmp::Ordering::Greater,
            _ => label(a).cmp(label(b)).then(a.cmp(&b)),
        }
    });
    order.into_iter().map(|i| i as usize).collect()
}

/// `Intl.Collator(locale).compare`, when the browser has it.
fn collator_compare(lang: Lang) -> Option<js_sys::Function> {
    let collator = construct_intl("Collator", lang, &js_sys::Object::new())?;
    js_sys::Reflect::get(&collator, &"compare".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// A time zone's name in the language, as the browser knows it ("China
/// Standard Time", "中国标准时间"); the IANA name where the browser has none
/// or does not know the zone.
pub fn zone_name(lang: Lang, zone: &str) -> String {
    let known = ZONE_NAMES.with(|names| {
        names
            .borrow()
            .iter()
            .find(|((l, z), _)| *l == lang && z == zone)
            .map(|(_, name)| name.clone())
    });
    if let Some(name) = known {
        return name;
    }
    let name = new_formatter(lang, &[("timeZone", zone), ("timeZoneName", "longGeneric")])
        .and_then(|f| {
            parts_of(&f, &js_sys::Date::new_0())?
                .into_iter()
                .find_map(|(kind, value)| (kind == "timeZoneName").then_some(value))
        })
        .unwrap_or_else(|| zone.to_owned());
    ZONE_NAMES.with(|names| {
        names
            .borrow_mut()
            .push(((lang, zone.to_owned()), name.clone()))
    });
    name
}

/// The wall clock in an IANA zone at an instant (milliseconds since 1970,
/// UTC): year, month, day, hour, minute, second; `None` where the browser
/// does not know the zone.
fn wall_clock(zone: &str, ms: f64) -> Option<[i64; 6]> {
    let format = new_formatter(
        Lang::En,
        &[
            ("timeZone", zone),
            ("hourCycle", "h23"),
            ("year", "numeric"),
            ("month", "numeric"),
            ("day", "numeric"),
            ("hour", "numeric"),
            ("minute", "numeric"),
            ("second", "numeric"),
        ],
    )?;
    let mut out = [0i64; 6];
    let mut found = 0;
    for (kind, value) in parts_of(&format, &js_sys::Date::new(&ms.into()))? {
        let slot = match kind.as_str() {
            "year" => 0,
            "month" => 1,
            "day" => 2,
            "hour" => 3,
            "minute" => 4,
            "second" => 5,
            _ => continue,
        };
        out[slot] = value.parse().ok()?;
        found += 1;
    }
    // Some engines write midnight as hour 24.
    out[3] %= 24;
    (found == 6).then_some(out)
}

/// Milliseconds since 1970 of a date and wall clock read as if in UTC.
fn utc_ms(date: Date, time: Time) -> f64 {
    js_sys::Date::utc(
        f64::from(date.year()),
        f64::from(u8::from(date.month())) - 1.0,
    ) + (f64::from(date.day()) - 1.0) * 86_400_000.0
        + f64::from(time.hour()) * 3_600_000.0
        + f64::from(time.minute()) * 60_000.0
}

/// The date and time of an instant (milliseconds since 1970, UTC).
fn date_time_of(ms: f64) -> Option<PrimitiveDateTime> {
    let seconds = (ms / 1000.0).floor() as i64;
    time::OffsetDateTime::from_unix_timestamp(seconds)
        .ok()
        .map(|t| PrimitiveDateTime::new(t.date(), t.time()))
}

/// How far a zone's wall clock is ahead of UTC at an instant, in ms.
fn zone_offset_ms(zone: &str, ms: f64) -> Option<f64> {
    let [y, mo, d, h, mi, s] = wall_clock(zone, ms)?;
    let wall = js_sys::Date::utc(y as f64, (mo - 1) as f64)
        + ((d - 1) * 86_400_000 + h * 3_600_000 + mi * 60_000 + s * 1000) as f64;
    Some(wall - (ms / 1000.0).floor() * 1000.0)
}

/// The UTC date and time of a wall-clock time in an IANA zone, from the
/// browser's time zone data; `None` where the browser does not know the
/// zone. A time that a clock change skips reads as the offset before it.
pub fn zone_to_utc(zone: &str, date: Date, time: Time) -> Option<PrimitiveDateTime> {
    let wall = utc_ms(date, time);
    let first = zone_offset_ms(zone, wall)?;
    let mut utc = wall - first;
    let second = zone_offset_ms(zone, utc)?;
    if second != first {
        utc = wall - second;
    }
    date_time_of(utc)
}

/// A wall-clock time in one zone as the wall clock of another (the
/// visitor's): `None` where the browser knows either zone not.
pub fn between_zones(from: &str, to: &str, date: Date, time: Time) -> Option<PrimitiveDateTime> {
    let utc = zone_to_utc(from, date, time)?;
    let ms = utc.assume_utc().unix_timestamp() as f64 * 1000.0;
    let [y, mo, d, h, mi, _] = wall_clock(to, ms)?;
    let date = Date::from_calendar_date(
        i32::try_from(y).ok()?,
        Month::try_from(u8::try_from(mo).ok()?).ok()?,
        u8::try_from(d).ok()?,
    )
    .ok()?;
    let time = Time::from_hms(u8::try_from(h).ok()?, u8::try_from(mi).ok()?, 0).ok()?;
    Some(PrimitiveDateTime::new(date, time))
}

/// Now, in UTC, from the browser's clock.
pub fn now_utc() -> Option<PrimitiveDateTime> {
    date_time_of(js_sys::Date::now())
}
