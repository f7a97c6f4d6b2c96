//! The list view's state as it lives in the URL's query string, so that every
//! view can be reloaded, shared, and reached with back and forward.
//!
//! Reading is forgiving: unknown parameters are ignored, and values the
//! catalogue does not know, malformed dates or nonsense numbers fall back to
//! their defaults. Writing is canonical: defaults are left out and values come
//! in a fixed order, so one view has one URL.

use time::Date;

use crate::catalogue::seminar::Format;
use crate::catalogue::Catalogue;
use crate::dates::{iso, parse_iso_date};
use crate::url::encode_pairs;

/// Which part of the calendar the list covers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum When {
    /// Seminars that have not ended: upcoming and in progress.
    #[default]
    Upcoming,
    /// Seminars that have ended.
    Past,
    /// Every seminar.
    All,
}

impl When {
    /// Every choice, in the order offered.
    pub const ALL: [When; 3] = [When::Upcoming, When::Past, When::All];

    /// The URL value.
    pub fn as_str(self) -> &'static str {
        match self {
            When::Upcoming => "upcoming",
            When::Past => "past",
            When::All => "all",
        }
    }

    /// The value its parameter holds (`upcoming`, `past`, `all`).
    pub fn parse(value: &str) -> Option<When> {
        When::ALL.into_iter().find(|w| w.as_str() == value)
    }
}

/// The order of the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Soonest first.
    Date,
    /// Latest first.
    DateDescending,
    /// By title, A to Z.
    Title,
}

impl Sort {
    /// Every order, in the order offered.
    pub const ALL: [Sort; 3] = [Sort::Date, Sort::DateDescending, Sort::Title];

    /// The URL value.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Date => "date",
            Sort::DateDescending => "-date",
            Sort::Title => "title",
        }
    }

    /// The value its parameter holds.
    pub fn parse(value: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// A facet: a property of seminars offered as checkboxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Facet {
    /// Topic ids.
    Topic,
    /// Format values.
    Format,
    /// City names.
    City,
    /// Names of organising bodies, of any role.
    Organiser,
    /// Audience group ids.
    Audience,
}

impl Facet {
    /// Every facet, in the order shown.
    pub const ALL: [Facet; 5] = [
        Facet::Topic,
        Facet::Format,
        Facet::City,
        Facet::Organiser,
        Facet::Audience,
    ];

    /// The URL parameter that holds the facet's values.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Topic => "topic",
            Facet::Format => "format",
            Facet::City => "city",
            Facet::Organiser => "organiser",
            Facet::Audience => "audience",
        }
    }
}

/// What the visitor asked the list for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchQuery {
    /// The search box's text (`q=`), as typed.
    pub text: String,
    /// Checked topic ids, in the catalogue's order.
    pub topics: Vec<String>,
    /// Checked formats, in [`Format::ALL`] order.
    pub formats: Vec<Format>,
    /// Checked cities, sorted.
    pub cities: Vec<String>,
    /// Checked organisers, sorted.
    pub organisers: Vec<String>,
    /// Checked audience groups, sorted.
    pub audiences: Vec<String>,
    /// Upcoming, past or all.
    pub when: When,
    /// Only seminars that end on or after this day.
    pub from: Option<Date>,
    /// Only seminars that start on or before this day.
    pub to: Option<Date>,
    /// The order asked for; `None` means the default for `when`.
    pub sort: Option<Sort>,
    /// The page of results, from 1.
    pub page: usize,
    /// Whether the visitor's drafts show among the listings (`drafts=show`).
    pub drafts: bool,
}

/// The values of a catalogue that URLs may name.
pub trait KnownValues {
    /// Whether the catalogue has a topic with this id.
    fn knows_topic(&self, id: &str) -> bool;
    /// Topic ids in catalogue order.
    fn topic_order(&self) -> Vec<&str>;
    /// Whether some seminar is in this city.
    fn knows_city(&self, city: &str) -> bool;
    /// Whether some seminar has this organising body, of any role.
    fn knows_organiser(&self, organiser: &str) -> bool;
    /// Whether the catalogue has an audience group with this id.
    fn knows_audience(&self, id: &str) -> bool;
}

impl KnownValues for Catalogue {
    fn knows_topic(&self, id: &str) -> bool {
        self.topics.iter().any(|t| t.id == id)
    }
    fn topic_order(&self) -> Vec<&str> {
        self.topics.iter().map(|t| t.id.as_str()).collect()
    }
    fn knows_city(&self, city: &str) -> bool {
        self.seminars.iter().any(|s| s.filed_city() == Some(city))
    }
    fn knows_organiser(&self, organiser: &str) -> bool {
        self.seminars
            .iter()
            .any(|s| s.filed_bodies().contains(&organiser))
    }
    fn knows_audience(&self, id: &str) -> bool {
        self.audiences.iter().any(|a| a.id == id)
    }
}

/// The kind of an active filter, for describing it to people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterKind {
    /// The search text.
    Text,
    /// A checked topic (value: its id).
    Topic,
    /// A checked format (value: its URL value).
    Format,
    /// A checked city.
    City,
    /// A checked organiser.
    Organiser,
    /// A checked audience group (value: its id).
    Audience,
    /// Past or all dates instead of upcoming (value: its URL value).
    When,
    /// The start of the date range (value: ISO date).
    From,
    /// The end of the date range (value: ISO date).
    To,
}

/// One filter in force, and the query without it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActiveFilter {
    /// What kind of filter it is.
    pub kind: FilterKind,
    /// Its value as the URL holds it.
    pub value: String,
    /// The same query with this filter removed, back on page 1.
    pub without: SearchQuery,
}

/// The largest page number a URL may ask for; larger ones read as page 1.
const MAX_PAGE: usize = 1_000_000;

fn sorted_unique(mut values: Vec<String>) -> Vec<String> {
    // Equal strings are alike: the unstable sort's order is the same.
    values.sort_unstable();
    values.dedup();
    values
}

impl SearchQuery {
    /// A query showing the default view: upcoming seminars, page 1.
    pub fn new() -> Self {
        SearchQuery {
            page: 1,
            ..SearchQuery::default()
        }
    }

    /// Reads the state from URL parameters; `get_all` returns every value
    /// of a parameter, in order.
    pub fn from_params(get_all: impl Fn(&str) -> Vec<String>, known: &impl KnownValues) -> Self {
        let first = |key: &str| get_all(key).into_iter().next();
        let topics_asked = get_all("topic");
        let topics = known
            .topic_order()
            .into_iter()
            .filter(|id| topics_asked.iter().any(|a| a == id))
            .map(str::to_owned)
            .collect();
        let formats_asked = get_all("format");
        let formats = Format::ALL
            .into_iter()
            .filter(|f| formats_asked.iter().any(|a| a == f.as_str()))
            .collect();
        let cities = sorted_unique(
            get_all("city")
                .into_iter()
                .filter(|c| known.knows_city(c))
                .collect(),
        );
        let organisers = sorted_unique(
            get_all("organiser")
                .into_iter()
                .filter(|o| known.knows_organiser(o))
                .collect(),
        );
        let audiences = sorted_unique(
            get_all("audience")
                .into_iter()
                .filter(|a| known.knows_audience(a))
                .collect(),
        );
        let page = first("page")
            .and_then(|p| p.parse::<usize>().ok())
            .filter(|p| (1..=MAX_PAGE).contains(p))
            .unwrap_or(1);
        SearchQuery {
            text: first("q").map(|q| q.trim().to_owned()).unwrap_or_default(),
            topics,
            formats,
            cities,
            organisers,
            audiences,
            when: first("when")
                .and_then(|w| When::parse(&w))
                .unwrap_or_default(),
            from: first("from").and_then(|d| parse_iso_date(&d)),
            to: first("to").and_then(|d| parse_iso_date(&d)),
            sort: first("sort").and_then(|s| Sort::parse(&s)),
            page,
            drafts: first("drafts").is_some_and(|d| d == "show"),
        }
    }

    /// Writes the state as a query string: `""` for the default view,
    /// otherwise `"?q=…&topic=…"` with defaults left out.
    pub fn to_query_string(&self) -> String {
        let from = self.from.map(iso);
        let to = self.to.map(iso);
        let page = self.page.to_string();
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        if !self.text.is_empty() {
            pairs.push(("q", &self.text));
        }
        pairs.extend(self.topics.iter().map(|t| ("topic", t.as_str())));
        pairs.extend(self.formats.iter().map(|f| ("format", f.as_str())));
        pairs.extend(self.cities.iter().map(|c| ("city", c.as_str())));
        pairs.extend(self.organisers.iter().map(|o| ("organiser", o.as_str())));
        pairs.extend(self.audiences.iter().map(|a| ("audience", a.as_str())));
        if self.when != When::default() {
            pairs.push(("when", self.when.as_str()));
        }
        if let Some(from) = &from {
            pairs.push(("from", from));
        }
        if let Some(to) = &to {
            pairs.push(("to", to));
        }
        if let Some(sort) = self.sort {
            pairs.push(("sort", sort.as_str()));
        }
        if self.page > 1 {
            pairs.push(("page", &page));
        }
        if self.drafts {
            pairs.push(("drafts", "show"));
        }
        encode_pairs(&pairs)
    }

    /// The order the results are shown in.
    pub fn effective_sort(&self) -> Sort {
        self.sort.unwrap_or(match self.when {
            When::Past => Sort::DateDescending,
            When::Upcoming | When::All => Sort::Date,
        })
    }

    /// The values checked in one facet, as URL values.
    pub fn facet_values(&self, facet: Facet) -> Vec<String> {
        match facet {
            Facet::Topic => self.topics.clone(),
            Facet::Format => self.formats.iter().map(|f| f.as_str().to_owned()).collect(),
            Facet::City => self.cities.clone(),
            Facet::Organiser => self.organisers.clone(),
            Facet::Audience => self.audiences.clone(),
        }
    }

    /// Whether `value` is checked in `facet`.
    pub fn is_checked(&self, facet: Facet, value: &str) -> bool {
        match facet {
            Facet::Topic => self.topics.iter().any(|t| t == value),
            Facet::Format => self.formats.iter().any(|f| f.as_str() == value),
            Facet::City => self.cities.iter().any(|c| c == value),
            Facet::Organiser => self.organisers.iter().any(|o| o == value),
            Facet::Audience => self.audiences.iter().any(|a| a == value),
        }
    }

    /// The same query with one facet value checked or unchecked, back on page 1.
    pub fn with_facet_value(
        &self,
        facet: Facet,
        value: &str,
        checked: bool,
        known: &impl KnownValues,
    ) -> Self {
        let mut next = self.clone();
        let toggle = |values: &mut Vec<String>| {
            values.retain(|v| v != value);
            if checked {
                values.push(value.to_owned());
            }
        };
        match facet {
            Facet::Topic => {
                let mut ids = next.topics.clone();
                toggle(&mut ids);
                next.topics = known
                    .topic_order()
                    .into_iter()
                    .filter(|id| ids.iter().any(|i| i == id))
                    .map(str::to_owned)
                    .collect();
            }
            Facet::Format => {
                let mut values: Vec<String> =
                    next.formats.iter().map(|f| f.as_str().to_owned()).collect();
                toggle(&mut values);
                next.formats = Format::ALL
                    .into_iter()
                    .filter(|f| values.iter().any(|v| v == f.as_str()))
                    .collect();
            }
            Facet::City => {
                toggle(&mut next.cities);
                next.cities = sorted_unique(std::mem::take(&mut next.cities));
            }
            Facet::Organiser => {
                toggle(&mut next.organisers);
                next.organisers = sorted_unique(std::mem::take(&mut next.organisers));
            }
            Facet::Audience => {
                toggle(&mut next.audiences);
                next.audiences = sorted_unique(std::mem::take(&mut next.audiences));
            }
        }
        next.page = 1;
        next
    }

    /// Every filter in force, each with the query that removes it.
    pub fn active_filters(&self, known: &impl KnownValues) -> Vec<ActiveFilter> {
        let base = SearchQuery {
            page: 1,
            ..self.clone()
        };
        let mut filters = Vec::new();
        if !self.text.is_empty() {
            filters.push(ActiveFilter {
                kind: FilterKind::Text,
                value: self.text.clone(),
                without: SearchQuery {
                    text: String::new(),
                    ..base.clone()
                },
            });
        }
        for (facet, kind) in [
            (Facet::Topic, FilterKind::Topic),
            (Facet::Format, FilterKind::Format),
            (Facet::City, FilterKind::City),
            (Facet::Organiser, FilterKind::Organiser),
            (Facet::Audience, FilterKind::Audience),
        ] {
            for value in self.facet_values(facet) {
                let without = base.with_facet_value(facet, &value, false, known);
                filters.push(ActiveFilter {
                    kind,
                    value,
                    without,
                });
            }
        }
        if self.when != When::Upcoming {
            filters.push(ActiveFilter {
                kind: FilterKind::When,
                value: self.when.as_str().to_owned(),
                without: SearchQuery {
                    when: When::Upcoming,
                    ..base.clone()
                },
            });
        }
        if let Some(from) = self.from {
            filters.push(ActiveFilter {
                kind: FilterKind::From,
                value: iso(from),
                without: SearchQuery {
                    from: None,
                    ..base.clone()
                },
            });
        }
        if let Some(to) = self.to {
            filters.push(ActiveFilter {
                kind: FilterKind::To,
                value: iso(to),
                without: SearchQuery { to: None, ..base },
            });
        }
        filters
    }

    /// The default view, keeping the chosen order and whether drafts show.
    pub fn cleared(&self) -> Self {
        SearchQuery {
            sort: self.sort,
            drafts: self.drafts,
            ..SearchQuery::new()
        }
    }
}
