//! The interface's languages, and how the one shown is chosen: a `lang`
//! URL parameter, then the visitor's stored choice, then the browser's
//! preferred languages, then English.

/// A language the interface is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    ZhHans,
}

impl Lang {
    /// Every language, in the order of the text tables.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhHans];

    /// The BCP 47 tag written in `lang` attributes, URLs and storage.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
        }
    }

    /// What goes between a text and a note in brackets after it: a space
    /// in English, nothing in Chinese, whose brackets are full-width and
    /// carry their own space ("24–28 May 2021 (dates in …)",
    /// "2021年5月24日至28日（日期按…）").
    pub fn gap_before_note(self) -> &'static str {
        match self {
            Lang::En => " ",
            Lang::ZhHans => "",
        }
    }

    /// The language's name in itself, as the language switch shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHans => "中文",
        }
    }

    /// The other language, which the switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::ZhHans,
            Lang::ZhHans => Lang::En,
        }
    }

    /// The locale passed to the browser's `Intl` formatters: British
    /// English writes "24–28 May 2021", Chinese "2021年5月24日至28日".
    pub fn intl_locale(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::ZhHans => "zh-Hans-CN",
        }
    }

    /// The position of the language in the text tables.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The interface language a language tag asks for, if it names one
    /// the interface is written in: `en` and any English (`en-US`,
    /// `en-GB`, …), and any Chinese written in Simplified characters
    /// (`zh`, `zh-CN`, `zh-SG`, `zh-Hans`, `zh-Hans-HK`, …). Chinese in
    /// Traditional characters (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) is
    /// not Simplified Chinese, so it gives `None`. Tags are compared
    /// without regard to case, and `_` is read as `-`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        // ASCII white space and letters only, as the loader reads a tag
        // (tools/boot.js): `\u{feff}zh` is no tag in either.
        let tag = tag.trim_ascii().to_ascii_lowercase().replace('_', "-");
        let mut subtags = tag.split('-');
        match subtags.next() {
            Some("en") => Some(Lang::En),
            Some("zh") => {
                let rest: Vec<&str> = subtags.collect();
                if rest.contains(&"hans") {
                    return Some(Lang::ZhHans);
                }
                let traditional = rest
                    .iter()
                    .any(|s| matches!(*s, "hant" | "tw" | "hk" | "mo"));
                (!traditional).then_some(Lang::ZhHans)
            }
            _ => None,
        }
    }

    /// The language to show a visitor who has not chosen one: the first
    /// of the browser's preferred languages that the interface is written
    /// in, or English.
    pub fn from_preferences<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// The language to show: the URL's `lang` parameter when it names one,
    /// else the stored choice, else the browser's preferences. A URL
    /// parameter or stored value naming no language of the interface is
    /// passed over.
    pub fn choose<'a>(
        url: Option<&str>,
        stored: Option<&str>,
        preferred: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        url.and_then(Lang::from_tag)
            .or_else(|| stored.and_then(Lang::from_tag))
            .unwrap_or_else(|| Lang::from_preferences(preferred))
    }

    /// Whether a text's language tag (a listing's `language`, a
    /// translation's key) is this language, so a text in it needs no
    /// `lang` attribute of its own and is the one to show.
    pub fn matches(self, tag: &str) -> bool {
        Lang::from_tag(tag) == Some(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_of_simplified_chinese() {
        for tag in [
            "zh",
            "zh-CN",
            "zh-cn",
            "zh_CN",
            "zh-SG",
            "zh-Hans",
            "zh-Hans-CN",
            "zh-Hans-HK",
            "ZH",
        ] {
            assert_eq!(Lang::from_tag(tag), Some(Lang::ZhHans), "{tag}");
        }
    }

    #[test]
    fn traditional_chinese_is_not_simplified() {
        for tag in [
            "zh-Hant",
            "zh-TW",
            "zh-HK",
            "zh-MO",
            "zh-Hant-CN",
            "zh-hant",
        ] {
            assert_eq!(Lang::from_tag(tag), None, "{tag}");
        }
    }

    #[test]
    fn english_and_others() {
        assert_eq!(Lang::from_tag("en"), Some(Lang::En));
        assert_eq!(Lang::from_tag("en-US"), Some(Lang::En));
        for tag in ["fr", "", "e", "english", "zhx", "ja-JP"] {
            assert_eq!(Lang::from_tag(tag), None, "{tag}");
        }
    }

    #[test]
    fn preferences_in_order() {
        assert_eq!(Lang::from_preferences(["zh-CN", "en"]), Lang::ZhHans);
        assert_eq!(Lang::from_preferences(["en-US", "zh-CN"]), Lang::En);
        assert_eq!(Lang::from_preferences(["fr", "zh"]), Lang::ZhHans);
        assert_eq!(Lang::from_preferences(["zh-TW", "en"]), Lang::En);
        assert_eq!(Lang::from_preferences(["zh-TW"]), Lang::En);
        assert_eq!(Lang::from_preferences(["fr", "de"]), Lang::En);
        assert_eq!(Lang::from_preferences([]), Lang::En);
    }

    #[test]
    fn url_then_stored_then_browser() {
        let zh = ["zh-CN"];
        assert_eq!(Lang::choose(Some("en"), Some("zh-Hans"), zh), Lang::En);
        assert_eq!(Lang::choose(None, Some("en"), zh), Lang::En);
        assert_eq!(Lang::choose(None, None, zh), Lang::ZhHans);
        assert_eq!(Lang::choose(Some("xx"), Some("en"), zh), Lang::En);
        assert_eq!(Lang::choose(Some("zh-Hans"), None, ["en"]), Lang::ZhHans);
        assert_eq!(Lang::choose(None, Some("garbage"), ["en-GB"]), Lang::En);
    }

    #[test]
    fn tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
            assert_eq!(lang.other().other(), lang);
            assert_eq!(Lang::ALL[lang.index()], lang);
        }
    }
}
