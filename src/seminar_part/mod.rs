//! Features in the part "seminar", fetched when a seminar page or the
//! saved list opens, or a second after the first listing: the seminar
//! page, saved seminars, and (shared by them, the one file here that is
//! not a feature) calendar files. A feature may import `web`, `nav`,
//! `i18n`, `ui`, `stores`, `seminars_core` and [`calendar`], never another
//! feature.

pub mod calendar;
pub mod saved;
pub mod seminar;
