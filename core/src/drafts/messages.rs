//! What the drafts area says (a draft's problems, a record that does not
//! read, an import's rejections, a download or clipboard that failed):
//! [`DraftMsg`], whose words are in `locales/*/draft_messages.json`.
//! Only the drafts area's code puts them in words, so their table travels
//! with that part of the app, not in the first download. A drafts-area
//! message may hold any of the home page's ([`Msg`]), as a catalogue
//! reader's finding in an import report does.

use crate::i18n::lang::Lang;
use crate::i18n::message::{nth, Message, Msg, Words};

include!(concat!(env!("OUT_DIR"), "/draft_messages.rs"));

/// A message the drafts area shows: one of its own, or one of the home
/// page's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DraftWords {
    /// The drafts area's own.
    Own(DraftMsg),
    /// One of the home page's.
    Shared(Msg),
}

impl Words for DraftWords {
    fn template(self, lang: Lang) -> &'static str {
        match self {
            DraftWords::Own(msg) => nth(&DRAFT_MESSAGES, lang, msg as usize),
            DraftWords::Shared(msg) => msg.template(lang),
        }
    }
}

impl From<DraftMsg> for DraftWords {
    fn from(msg: DraftMsg) -> Self {
        DraftWords::Own(msg)
    }
}

impl From<Msg> for DraftWords {
    fn from(msg: Msg) -> Self {
        DraftWords::Shared(msg)
    }
}

/// A message of the drafts area with its values.
pub type DraftMessage = Message<DraftWords>;

impl Message<DraftWords> {
    /// One of the drafts area's own messages, with no values yet.
    pub fn draft(msg: DraftMsg) -> Self {
        Message::new(DraftWords::Own(msg))
    }
}

impl From<DraftMsg> for DraftMessage {
    fn from(msg: DraftMsg) -> Self {
        Message::draft(msg)
    }
}

impl From<Msg> for DraftMessage {
    fn from(msg: Msg) -> Self {
        Message::new(DraftWords::Shared(msg))
    }
}

impl From<Message> for DraftMessage {
    fn from(message: Message) -> Self {
        message.into_group()
    }
}

/// What the browser (or a parser) said of a failure, in its own words, or
/// that it gave none.
pub fn their_words(words: Option<String>) -> DraftMessage {
    match words {
        Some(words) => Message::draft(DraftMsg::TheirWords).with("words", words),
        None => Message::draft(DraftMsg::UnknownError),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drafts_message_holds_a_home_page_one() {
        let m = Message::draft(DraftMsg::ImportLimit)
            .with("limit", 200)
            .english();
        assert_eq!(m, "one import takes at most 200 listings");
        let home = Message::new(Msg::FieldMissing).with("field", "title");
        let nested = Message::draft(DraftMsg::RecordNotJson).with_said("problem", home);
        assert_eq!(
            nested.english(),
            "not a draft record: the field “title” is missing"
        );
        assert_eq!(nested.say(Lang::ZhHans), "不是草稿记录：缺少字段“title”");
    }
}
