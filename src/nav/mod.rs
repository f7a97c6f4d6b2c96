//! The address: the router over the History API, the app's paths, and the
//! one URL encoder. May import: `web`, `seminars_core`.

pub mod paths;
pub mod router;
