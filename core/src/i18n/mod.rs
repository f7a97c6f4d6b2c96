//! The languages and the sentences the core says in them: a message names
//! its template without knowing any language, and is put in words by
//! [`message::Message::say`] from the tables the build script writes.

pub mod lang;
pub mod message;
pub mod template;
