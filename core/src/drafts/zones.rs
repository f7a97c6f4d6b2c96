//! The time zones the editor offers by name, and the zone and language a
//! new draft starts with.

use crate::drafts::draft::SeminarForm;
use crate::i18n::lang::Lang;

/// The zones offered, in the order shown: China and its neighbours first,
/// then Europe, the Americas, and UTC. A draft holding any other zone keeps
/// it as one more choice.
pub const COMMON_ZONES: [&str; 16] = [
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Asia/Singapore",
    "Asia/Bangkok",
    "Asia/Kolkata",
    "Australia/Sydney",
    "Europe/London",
    "Europe/Paris",
    "Europe/Berlin",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "UTC",
];

/// The zone a Chinese interface's new draft starts with.
pub const CHINA: &str = "Asia/Shanghai";

impl SeminarForm {
    /// An empty form for a new listing written in the interface's
    /// language: a Chinese one is in `zh-Hans` and in Beijing time; an
    /// English one in the visitor's zone, when the browser says.
    pub fn new_in(lang: Lang, visitor_zone: Option<&str>) -> Self {
        let time_zone = match lang {
            Lang::ZhHans => CHINA,
            Lang::En => visitor_zone.unwrap_or_default(),
        };
        SeminarForm {
            language: lang.tag().to_owned(),
            time_zone: time_zone.trim().to_owned(),
            ..SeminarForm::default()
        }
    }

    /// Whether nothing is written in the form beyond what a new one
    /// starts with (its language, zone and format).
    pub fn is_untouched(&self) -> bool {
        let defaults = SeminarForm::default();
        SeminarForm {
            language: defaults.language.clone(),
            time_zone: defaults.time_zone.clone(),
            format: defaults.format.clone(),
            ..self.clone()
        } == defaults
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_form_starts_in_the_interfaces_language_and_zone() {
        let zh = SeminarForm::new_in(Lang::ZhHans, Some("Europe/London"));
        assert_eq!(
            (zh.language.as_str(), zh.time_zone.as_str()),
            ("zh-Hans", "Asia/Shanghai")
        );
        let en = SeminarForm::new_in(Lang::En, Some("Europe/London"));
        assert_eq!(
            (en.language.as_str(), en.time_zone.as_str()),
            ("en", "Europe/London")
        );
        assert_eq!(SeminarForm::new_in(Lang::En, None).time_zone, "");
        assert!(zh.is_untouched() && en.is_untouched());
        let typed = SeminarForm {
            title: "x".to_owned(),
            ..zh
        };
        assert!(!typed.is_untouched());
    }
}
