//! Features in the part "drafts", fetched when the drafts area opens:
//! the organisers' drafts. A feature may import `web`, `nav`, `i18n`,
//! `ui`, `stores` and `seminars_core`, never another feature.

pub mod drafts;
