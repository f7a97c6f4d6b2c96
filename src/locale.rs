//! The visitor's calendar, read from the browser: today's date and the time zone.

use time::{Date, Month};

/// Today in the visitor's local time zone, which decides what is upcoming.
pub fn visitor_today() -> Date {
    let now = js_sys::Date::new_0();
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
    pub fn needs_zone_note(&self, zone: &str) -> bool {
        self.time_zone.as_deref() != Some(zone)
    }
}

/// The visitor provided by [`crate::App`]; read from the browser if missing.
pub fn use_visitor() -> Visitor {
    leptos::prelude::use_context::<Visitor>().unwrap_or_else(Visitor::from_browser)
}
