//! Features in the first download, which the first listing needs: the
//! home page's browsing, and the offline and update notices. Each folder
//! is a feature; it may import `web`, `nav`, `i18n`, `ui`, `stores` and
//! `seminars_core`, never another feature.

pub mod browse;
pub mod offline;
