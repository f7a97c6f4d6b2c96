//! Calendar dates: parsing, serde, and the way date ranges are written for people.

use time::{Date, Month};

/// Serde for dates written `YYYY-MM-DD`, as the catalogue stores them (the
/// catalogue is read by `super::json_reader`, which reads dates itself).
pub mod iso_date {
    use serde::Serializer;
    use time::Date;

    /// Writes `2021-05-24`.
    pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::iso(*date))
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

/// Writes a date as `2021-05-24`.
pub fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

fn month_name(month: Month) -> &'static str {
    match month {
        Month::January => "January",
        Month::February => "February",
        Month::March => "March",
        Month::April => "April",
        Month::May => "May",
        Month::June => "June",
        Month::July => "July",
        Month::August => "August",
        Month::September => "September",
        Month::October => "October",
        Month::November => "November",
        Month::December => "December",
    }
}

/// Writes one day as "24 May 2021".
pub fn format_day(date: Date) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

/// Writes a range as people read it, sharing what the two ends share:
/// "24 May 2021", "24–28 May 2021", "30 May – 2 June 2021",
/// "30 December 2021 – 2 January 2022".
pub fn format_date_range(start: Date, end: Date) -> String {
    if start == end {
        format_day(start)
    } else if start.year() != end.year() {
        format!("{} – {}", format_day(start), format_day(end))
    } else if start.month() != end.month() {
        format!(
            "{} {} – {}",
            start.day(),
            month_name(start.month()),
            format_day(end)
        )
    } else {
        format!("{}–{}", start.day(), format_day(end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        parse_iso_date(text).unwrap()
    }

    #[test]
    fn ranges_share_what_their_ends_share() {
        assert_eq!(
            format_date_range(date("2021-05-24"), date("2021-05-24")),
            "24 May 2021"
        );
        assert_eq!(
            format_date_range(date("2021-05-24"), date("2021-05-28")),
            "24–28 May 2021"
        );
        assert_eq!(
            format_date_range(date("2021-05-30"), date("2021-06-02")),
            "30 May – 2 June 2021"
        );
        assert_eq!(
            format_date_range(date("2021-12-30"), date("2022-01-02")),
            "30 December 2021 – 2 January 2022"
        );
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
