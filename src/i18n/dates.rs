//! Dates in sentences: a range of days, with the browser's own month and
//! day names (`crate::web::intl`) inside each language's template.

use time::Date;

use crate::i18n::texts::{fill, Lang, Texts};
use crate::web::intl::{date_parts, format_day, DateStyle};

/// A range of dates as the language writes it, sharing what its ends
/// share: "24–28 May 2021", "2021年5月24日至28日". The months, days and
/// years are the browser's; the sentence around them is a template of
/// each language (browsers' own `formatRange` differs between ICU
/// versions: some write "2021/5/24 – 2021/5/28" for Chinese).
pub fn format_range(lang: Lang, start: Date, end: Date) -> String {
    if start == end {
        return format_day(lang, start, DateStyle::Day);
    }
    let t = Texts::of(lang);
    let whole = || {
        let (a, b) = (
            format_day(lang, start, DateStyle::Day),
            format_day(lang, end, DateStyle::Day),
        );
        fill(t.date_range, &[("start", &a), ("end", &b)])
    };
    if start.year() != end.year() {
        return whole();
    }
    let (Some([year, m1, d1]), Some([_, m2, d2])) =
        (date_parts(lang, start), date_parts(lang, end))
    else {
        return whole();
    };
    let template = if start.month() == end.month() {
        t.date_range_same_month
    } else {
        t.date_range_same_year
    };
    fill(
        template,
        &[
            ("year", &year),
            ("m1", &m1),
            ("d1", &d1),
            ("m2", &m2),
            ("d2", &d2),
        ],
    )
}
