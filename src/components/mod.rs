//! Small reusable views.

pub mod active_filters;
pub mod date_filter;
pub mod draft_form;
pub mod facet_filter;
pub mod form_fields;
pub mod highlighted;
pub mod load_status;
pub mod pagination;
pub mod rejected_notice;
pub mod search_box;
pub mod seminar_card;
pub mod share_actions;
pub mod translation_fields;
