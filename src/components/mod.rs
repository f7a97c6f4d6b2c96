//! Small reusable views.

pub mod error_list;
pub mod load_status;
pub mod rejected_notice;
pub mod seminar_card;
pub mod topic_filter;
