//! Which of a draft's problems the editor shows: none on a new, untouched
//! draft (a form that opens in red says "you did something wrong" before
//! anything is typed); a field's once it has been left; all of them once
//! the organiser checks or exports the draft, and at once on a draft that
//! already holds text.

use crate::drafts::draft::{DraftProblem, SeminarForm};

/// The fields whose problems are shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShownProblems {
    /// Every field's.
    all: bool,
    /// The fields left so far (problem field names, e.g. `"venue.city"`).
    left: Vec<&'static str>,
}

impl ShownProblems {
    /// For a draft as it opens: nothing for an untouched form, else all.
    pub fn opening(form: &SeminarForm) -> Self {
        ShownProblems {
            all: !form.is_untouched(),
            left: Vec::new(),
        }
    }

    /// The organiser left a field.
    pub fn leave(&mut self, field: &'static str) {
        if !self.left.contains(&field) {
            self.left.push(field);
        }
    }

    /// The organiser asked for a check (or exported).
    pub fn check(&mut self) {
        self.all = true;
    }

    /// Whether a field's problems are shown. A problem about a group of
    /// fields (`"translation"`) shows once any of them was left.
    pub fn shows(&self, field: &str) -> bool {
        self.all
            || self.left.iter().any(|left| {
                *left == field
                    || left
                        .strip_prefix(field)
                        .is_some_and(|rest| rest.starts_with('.'))
            })
    }

    /// The problems shown, in order.
    pub fn of<'a>(&self, problems: &'a [DraftProblem]) -> Vec<&'a DraftProblem> {
        problems.iter().filter(|p| self.shows(p.field)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_show_once_left_and_all_once_checked() {
        let mut shown = ShownProblems::opening(&SeminarForm::default());
        assert!(!shown.shows("title"));
        shown.leave("title");
        shown.leave("translation.title");
        assert!(shown.shows("title") && !shown.shows("summary"));
        assert!(shown.shows("translation") && !shown.shows("trans"));
        shown.check();
        assert!(shown.shows("summary"));
        let written = SeminarForm {
            title: "x".to_owned(),
            ..SeminarForm::default()
        };
        assert!(ShownProblems::opening(&written).shows("summary"));
    }
}
