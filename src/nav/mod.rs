//! The address: the router over the History API and the app's paths
//! (escaped by the core's one URL encoder, `seminars_core::url`). May
//! import: `web`, `seminars_core`.

pub mod paths;
pub mod router;
