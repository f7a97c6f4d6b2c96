//! Plain Rust domain logic: no Leptos, no web APIs, tested natively.

pub mod catalogue;
pub mod dates;
pub mod filter;
mod fold_table;
pub mod query;
pub mod seminar;
pub mod text;
pub mod validation;
