//! The list view's state as it lives in the URL's query string, so that every
//! view can be reloaded, shared, and reached with back and forward.

use super::catalogue::Catalogue;

/// What the visitor asked the list for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchQuery {
    /// Checked topic ids, in the catalogue's topic order, without repeats.
    pub topics: Vec<String>,
}

impl SearchQuery {
    /// Reads the state from URL parameters. `get_all` returns every value of
    /// a parameter. Values the catalogue does not know are dropped, so an old
    /// or mistyped link still opens a sensible view.
    pub fn from_params(get_all: impl Fn(&str) -> Vec<String>, catalogue: &Catalogue) -> Self {
        let asked = get_all("topic");
        let topics = catalogue
            .topics
            .iter()
            .filter(|t| asked.contains(&t.id))
            .map(|t| t.id.clone())
            .collect();
        SearchQuery { topics }
    }

    /// Writes the state as a query string, `""` for the default view or
    /// `"?topic=a&topic=b"` otherwise.
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        for topic in &self.topics {
            pairs.push(("topic", topic));
        }
        encode_pairs(&pairs)
    }

    /// The same query with `topic` checked or unchecked, keeping the
    /// catalogue's topic order.
    pub fn with_topic(&self, topic: &str, checked: bool, catalogue: &Catalogue) -> Self {
        let topics = catalogue
            .topics
            .iter()
            .filter(|t| {
                if t.id == topic {
                    checked
                } else {
                    self.topics.contains(&t.id)
                }
            })
            .map(|t| t.id.clone())
            .collect();
        SearchQuery { topics }
    }
}

/// Percent-encodes pairs as an `application/x-www-form-urlencoded` query
/// string with a leading `?`, or `""` when there are none.
pub fn encode_pairs(pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (i, (key, value)) in pairs.iter().enumerate() {
        out.push(if i == 0 { '?' } else { '&' });
        encode_component(key, &mut out);
        out.push('=');
        encode_component(value, &mut out);
    }
    out
}

fn encode_component(text: &str, out: &mut String) {
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(byte))
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::seminar::Topic;

    fn catalogue() -> Catalogue {
        let topic = |id: &str| Topic {
            id: id.to_owned(),
            label: id.to_uppercase(),
            description: None,
        };
        Catalogue {
            topics: vec![
                topic("adaptation"),
                topic("carbon-markets"),
                topic("energy"),
            ],
            ..Catalogue::default()
        }
    }

    fn params(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Vec<String> {
        move |key| {
            pairs
                .iter()
                .filter(|(k, _)| *k == key)
                .map(|(_, v)| v.to_string())
                .collect()
        }
    }

    #[test]
    fn unknown_and_repeated_topics_are_dropped_and_order_is_the_catalogues() {
        let q = SearchQuery::from_params(
            params(&[
                ("topic", "energy"),
                ("topic", "nope"),
                ("topic", "adaptation"),
                ("topic", "energy"),
                ("other", "x"),
            ]),
            &catalogue(),
        );
        assert_eq!(q.topics, vec!["adaptation", "energy"]);
        assert_eq!(q.to_query_string(), "?topic=adaptation&topic=energy");
    }

    #[test]
    fn default_view_has_an_empty_query_string() {
        assert_eq!(SearchQuery::default().to_query_string(), "");
    }

    #[test]
    fn toggling_a_topic() {
        let c = catalogue();
        let q = SearchQuery::default()
            .with_topic("energy", true, &c)
            .with_topic("adaptation", true, &c);
        assert_eq!(q.topics, vec!["adaptation", "energy"]);
        assert_eq!(q.with_topic("energy", false, &c).topics, vec!["adaptation"]);
    }

    #[test]
    fn encoding_escapes_everything_but_unreserved_characters() {
        assert_eq!(
            encode_pairs(&[("q", "carbon & 碳 100%")]),
            "?q=carbon+%26+%E7%A2%B3+100%25"
        );
    }
}
