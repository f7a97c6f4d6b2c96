//! What the domain code tells people (a broken rule, a file that cannot
//! be read), named by a [`Msg`] with its values, and put in words only when
//! shown, in the language shown. The words of each message in each
//! language are in `src/locales/*/messages.json`; `build.rs` turns them
//! into [`Msg`] and [`MESSAGES`].

use super::lang::Lang;
use super::template::fill;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A value in a message: a text as it is (a name, a number, a field), or
/// another message, put in words in the same language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Inserted as it is.
    Text(String),
    /// Put in words first.
    Said(Box<Message>),
}

/// A message and its values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// Which message.
    pub msg: Msg,
    /// Its values, by the name of the blank each fills.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message with no values yet.
    pub fn new(msg: Msg) -> Self {
        Message {
            msg,
            args: Vec::new(),
        }
    }

    /// Adds a value inserted as it is.
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// Adds a value that is itself a message.
    pub fn with_said(mut self, name: &'static str, value: impl Into<Message>) -> Self {
        self.args.push((name, Arg::Said(Box::new(value.into()))));
        self
    }

    /// The message's template in a language.
    pub fn template(msg: Msg, lang: Lang) -> &'static str {
        MESSAGES[lang.index()][msg as usize]
    }

    /// The message in words, in `lang`.
    pub fn say(&self, lang: Lang) -> String {
        let values: Vec<(&str, String)> = self
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => text.clone(),
                    Arg::Said(message) => message.say(lang),
                };
                (*name, value)
            })
            .collect();
        let pairs: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        fill(Message::template(self.msg, lang), &pairs)
    }

    /// The message in English: for logs and tests.
    pub fn english(&self) -> String {
        self.say(Lang::En)
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
}
