//! Plain Rust domain logic: no Leptos, no web APIs, tested natively.

pub mod calendar;
pub mod catalogue;
pub mod catalogue_feed;
pub mod dates;
pub mod draft;
pub mod draft_message;
pub mod export;
pub mod facet_values;
pub mod filter;
mod fold_table;
pub mod import;
pub mod json;
pub mod json_reader;
pub mod lang;
pub mod links;
pub mod message;
pub mod query;
pub mod record;
pub mod saved;
pub mod seminar;
pub mod sync;
pub mod template;
pub mod text;
pub mod translation;
pub mod validation;
pub mod words;
