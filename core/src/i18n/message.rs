//! What the domain code tells people (a broken rule, a file that cannot
//! be read), named by a [`Msg`] with its values, and put in words only when
//! shown, in the language shown. The words of each message in each
//! language are in `locales/*/messages.json`; `build.rs` turns them
//! into [`Msg`] and [`MESSAGES`]. The drafts area's own messages are a
//! group of their own ([`crate::drafts::messages`]), so that their words are
//! not in the first download: a [`Message`] is generic over its group.

use crate::i18n::lang::Lang;
use crate::i18n::template::fill_into;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A group of messages with its words: a template per message and language.
pub trait Words: Copy + std::fmt::Debug + PartialEq + Eq {
    /// The message's template in `lang`.
    fn template(self, lang: Lang) -> &'static str;
}

impl Words for Msg {
    fn template(self, lang: Lang) -> &'static str {
        nth(&MESSAGES, lang, self as usize)
    }
}

/// Template `n` of a group in `lang`, from each language's templates in
/// one text, separated by U+001F (see `build.rs`). Messages are said
/// seldom, and a group's text is a few kilobytes.
pub fn nth(joined: &[&'static str; 2], lang: Lang, n: usize) -> &'static str {
    joined[lang.index()]
        .split('\u{1f}')
        .nth(n)
        .unwrap_or_default()
}

/// A value in a message: a text as it is (a name, a number, a field), or
/// another message, put in words in the same language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg<M = Msg> {
    /// Inserted as it is.
    Text(String),
    /// Put in words first.
    Said(Box<Message<M>>),
}

/// A message and its values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message<M = Msg> {
    /// Which message.
    pub msg: M,
    /// Its values, by the name of the blank each fills.
    pub args: Vec<(&'static str, Arg<M>)>,
}

impl<M: Words> Message<M> {
    /// A message with no values yet.
    pub fn new(msg: M) -> Self {
        Message {
            msg,
            args: Vec::new(),
        }
    }

    /// Adds a value inserted as it is.
    pub fn with(self, name: &'static str, value: impl ToString) -> Self {
        self.arg(name, Arg::Text(value.to_string()))
    }

    /// Adds a value that is itself a message.
    pub fn with_said(self, name: &'static str, value: impl Into<Message<M>>) -> Self {
        self.arg(name, Arg::Said(Box::new(value.into())))
    }

    /// Adds a value: one copy of this code for every kind of value and
    /// every place that gives one would add up in the download.
    #[inline(never)]
    fn arg(mut self, name: &'static str, arg: Arg<M>) -> Self {
        self.args.push((name, arg));
        self
    }

    /// The message in words, in `lang`.
    pub fn say(&self, lang: Lang) -> String {
        let mut out = String::new();
        self.say_into(lang, &mut out);
        out
    }

    /// Writes the message in words, in `lang`, to `out`.
    fn say_into(&self, lang: Lang, out: &mut String) {
        fill_into(self.msg.template(lang), out, &mut |name, out| {
            let arg = self.args.iter().find(|(key, _)| *key == name);
            match arg {
                Some((_, Arg::Text(text))) => out.push_str(text),
                Some((_, Arg::Said(message))) => message.say_into(lang, out),
                None => {}
            }
            arg.is_some()
        });
    }

    /// The message in English: for logs and tests.
    pub fn english(&self) -> String {
        self.say(Lang::En)
    }

    /// The same message in a group that takes this one's messages (the
    /// drafts area's takes the home page's).
    pub fn into_group<N: Words + From<M>>(self) -> Message<N> {
        Message {
            msg: self.msg.into(),
            args: self
                .args
                .into_iter()
                .map(|(name, arg)| {
                    let arg = match arg {
                        Arg::Text(text) => Arg::Text(text),
                        Arg::Said(message) => Arg::Said(Box::new(message.into_group())),
                    };
                    (name, arg)
                })
                .collect(),
        }
    }
}

impl From<Msg> for Message {
    fn from(msg: Msg) -> Self {
        Message::new(msg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_nest_in_the_same_language() {
        let m = Message::new(Msg::CatalogueNotObject)
            .with_said("kind", Msg::KindList)
            .with("example", "{…}");
        assert_eq!(
            m.english(),
            "the file holds a list, but a catalogue is an object: {…}"
        );
        assert_eq!(
            m.say(Lang::ZhHans),
            "文件内容是一个列表，而目录应是一个对象：{…}"
        );
    }

    #[test]
    fn every_template_is_found_whole() {
        assert_eq!(
            Msg::KindList.template(Lang::En),
            "a list",
            "a template in the middle"
        );
        assert_eq!(Msg::KindNull.template(Lang::ZhHans), "null");
        assert_eq!(nth(&MESSAGES, Lang::En, 10_000), "");
    }
}
