//! Calendar dates: parsing, serde, and the way date ranges are written for people.

use time::{Date, Month};

/// Serde for dates written `YYYY-MM-DD`, as the catalogue stores them (the
/// catalogue is read by `crate::json::reader`, which reads dates itself).
pub mod iso_date {
    use serde::Serializer;
    use time::Date;

    /// Writes `2021-05-24`.
    pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::iso(*date))
    }

    /// Writes `2021-05-24` for a date that is there (skip the field when not).
    pub fn serialize_optional<S: Serializer>(
        date: &Option<Date>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serialize(date, serializer),
            None => serializer.serialize_none(),
        }
    }
}

/// Parses an ISO 8601 calendar date such as `2021-05-24`. The `time` crate
/// checks the calendar; the shape is read here, which keeps `time`'s general
/// format parser out of the download.
pub fn parse_iso_date(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shaped {
        return None;
    }
    let year: i32 = text[0..4].parse().ok()?;
    let month: u8 = text[5..7].parse().ok()?;
    let day: u8 = text[8..10].parse().ok()?;
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

/// Reads a time written `HH:MM` (24-hour clock, two digits each), white
/// space around it ignored.
pub fn parse_hhmm(text: &str) -> Option<time::Time> {
    let (h, m) = text.trim().split_once(':')?;
    let digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || !digits(m) {
        return None;
    }
    time::Time::from_hms(h.parse().ok()?, m.parse().ok()?, 0).ok()
}

/// Writes a date as `2021-05-24`.
pub fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_only_as_hh_mm() {
        let t = |h, m| time::Time::from_hms(h, m, 0).ok();
        assert_eq!(parse_hhmm("09:00"), t(9, 0));
        assert_eq!(parse_hhmm(" 23:59 "), t(23, 59));
        for bad in [
            "9:00", "09:0", "24:00", "12:60", "0900", "ab:cd", "", "09:00:00",
        ] {
            assert_eq!(parse_hhmm(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn iso_dates_round_trip_and_reject_nonsense() {
        let d = parse_iso_date("2021-05-24").unwrap();
        assert_eq!(iso(d), "2021-05-24");
        assert_eq!(parse_iso_date("2021-02-30"), None);
        assert_eq!(parse_iso_date("24/05/2021"), None);
        assert_eq!(parse_iso_date(""), None);
        assert_eq!(parse_iso_date("2021-5-24"), None);
        assert_eq!(parse_iso_date("+021-05-24"), None);
        assert_eq!(parse_iso_date("2021-13-01"), None);
    }
}
