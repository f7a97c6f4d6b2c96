//! Rules every listing must follow, shared by the catalogue loader and the draft editor.

use super::seminar::Seminar;

/// One broken rule, tied to the field it concerns so a form can show it in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The JSON field the problem is about, e.g. `"title"` or `"venue.city"`.
    pub field: &'static str,
    /// A sentence for people.
    pub message: String,
}

impl Problem {
    fn new(field: &'static str, message: impl Into<String>) -> Self {
        Problem {
            field,
            message: message.into(),
        }
    }
}

/// Whether `id` is a URL-safe slug: lower-case ASCII letters and digits in
/// groups joined by single hyphens, e.g. `guangxi-climate-workshop-2021`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether a text is present once surrounding white space is ignored.
fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Checks a listing against the catalogue's rules. `known_topic` tells
/// whether a topic id exists in the catalogue. An empty result means valid.
pub fn validate(seminar: &Seminar, known_topic: impl Fn(&str) -> bool) -> Vec<Problem> {
    let mut problems = Vec::new();
    if !is_slug(&seminar.id) {
        problems.push(Problem::new(
            "id",
            "The id must be lower-case letters and digits joined by hyphens, e.g. \"carbon-market-forum-2025\".",
        ));
    }
    if blank(&seminar.title) {
        problems.push(Problem::new("title", "A title is required."));
    }
    if blank(&seminar.summary) {
        problems.push(Problem::new("summary", "A summary is required."));
    }
    if seminar.end < seminar.start {
        problems.push(Problem::new(
            "end",
            "The end date must not be before the start date.",
        ));
    }
    if blank(&seminar.time_zone) {
        problems.push(Problem::new(
            "time_zone",
            "A time zone is required, e.g. \"Asia/Shanghai\".",
        ));
    }
    if blank(&seminar.venue.name) {
        problems.push(Problem::new("venue.name", "A venue name is required."));
    }
    if blank(&seminar.venue.city) {
        problems.push(Problem::new("venue.city", "A city is required."));
    }
    if seminar.topics.is_empty() {
        problems.push(Problem::new("topics", "Choose at least one topic."));
    }
    for topic in &seminar.topics {
        if !known_topic(topic) {
            problems.push(Problem::new(
                "topics",
                format!("\"{topic}\" is not a topic of this catalogue."),
            ));
        }
    }
    if seminar.speakers.iter().any(|s| blank(&s.name)) {
        problems.push(Problem::new("speakers", "Every speaker needs a name."));
    }
    if blank(&seminar.source) {
        problems.push(Problem::new(
            "source",
            "Say where the listing's facts come from.",
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("guangxi-climate-workshop-2021"));
        assert!(is_slug("a1"));
        for bad in ["", "-a", "a-", "a--b", "A-b", "a b", "a_b", "碳", "a/b"] {
            assert!(!is_slug(bad), "{bad:?} should not be a slug");
        }
    }
}
