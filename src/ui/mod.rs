//! Views that two or more features use. May import: `web`, `nav`, `i18n`,
//! `stores`, `seminars_core`; never a feature.

pub mod crash;
pub mod highlighted;
pub mod load_status;
pub mod not_found;
pub mod save_button;
pub mod seminar_card;
pub mod share_actions;
