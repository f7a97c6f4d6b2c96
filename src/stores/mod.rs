//! What several features read: the catalogue (loaded with the first
//! page) and the drafts' store (its slot is in the first download; its
//! code arrives with the first part that opens it). May import: `web`,
//! `seminars_core`.

pub mod catalogue;
pub mod drafts;
