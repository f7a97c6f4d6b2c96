//! Finding seminars: the query a list view's address holds, the index that
//! answers it, the word index for text search, and which facet values a
//! long facet shows.

pub mod facet_values;
pub mod filter;
pub mod query;
pub mod words;
