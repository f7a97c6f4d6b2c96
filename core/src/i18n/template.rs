//! Sentence templates: a whole sentence per language with named blanks,
//! such as `"{n} seminars"` or `"共 {n} 场研讨会"`, filled in at run time.
//! Words are never glued together in code, so each language orders its
//! sentence as it needs.

/// A text whose wording depends on a count: English says "1 seminar" and
/// "2 seminars"; Chinese writes both forms the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    /// For a count of one.
    pub one: &'static str,
    /// For any other count.
    pub other: &'static str,
}

impl Plural {
    /// The form for `n`.
    pub fn get(&self, n: usize) -> &'static str {
        if n == 1 {
            self.one
        } else {
            self.other
        }
    }
}

/// Fills a template's blanks: each `{name}` with the value given for
/// `name`. A blank with no value is left as written, so a mistake shows
/// rather than vanishing; values are inserted as they are, never read as
/// templates themselves.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    fill_into(template, &mut out, &mut |name, out| {
        let value = values.iter().find(|(key, _)| *key == name);
        if let Some((_, value)) = value {
            out.push_str(value);
        }
        value.is_some()
    });
    out
}

/// Writes a template to `out`, each blank by `value`, which writes the
/// value of the blank it is given (its name) and says whether it has one;
/// a blank without is left as written.
pub fn fill_into(
    template: &str,
    out: &mut String,
    value: &mut dyn FnMut(&str, &mut String) -> bool,
) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if value(&after[..close], out) => rest = &after[close + 1..],
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// The names of a template's blanks, sorted, each once: what a
/// translation must keep.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_named_blanks_in_any_order() {
        assert_eq!(
            fill("Page {page} of {pages}", &[("pages", "5"), ("page", "2")]),
            "Page 2 of 5"
        );
        assert_eq!(
            fill(
                "第 {page} 页，共 {pages} 页",
                &[("page", "2"), ("pages", "5")]
            ),
            "第 2 页，共 5 页"
        );
    }

    #[test]
    fn values_are_not_templates() {
        assert_eq!(
            fill("“{title}”", &[("title", "{title} {x}")]),
            "“{title} {x}”"
        );
    }

    #[test]
    fn unknown_and_unclosed_blanks_stay() {
        assert_eq!(fill("{a} {b} {", &[("a", "1")]), "1 {b} {");
        assert_eq!(fill("no blanks", &[("a", "1")]), "no blanks");
    }

    #[test]
    fn placeholder_names() {
        assert_eq!(placeholders("{n} of {total}, {n}"), vec!["n", "total"]);
        assert!(placeholders("none {").is_empty());
    }

    #[test]
    fn plural_forms() {
        let p = Plural {
            one: "1 seminar",
            other: "{n} seminars",
        };
        assert_eq!(p.get(1), "1 seminar");
        assert_eq!(p.get(0), "{n} seminars");
        assert_eq!(p.get(2), "{n} seminars");
    }
}
