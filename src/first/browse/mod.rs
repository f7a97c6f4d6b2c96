//! Browsing the listings: the home page, its search box, facets, date
//! filter, active filter chips, pagination and the catalogue's rejected
//! records. In the first download.

pub mod active_filters;
pub mod date_filter;
pub mod facet_filter;
pub mod offline_note;
pub mod page;
pub mod pagination;
pub mod rejected_notice;
pub mod search_box;
