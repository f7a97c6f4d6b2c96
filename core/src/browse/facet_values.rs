//! Which of a facet's values are on the page. A catalogue may have
//! thousands of cities or organisers; putting a checkbox for each in the
//! page would make every keystroke slow, so a long facet shows its first
//! few values until asked, then the values that match a filter text, never
//! more than a screenful, and always the checked ones.

use crate::text::{contains_all, search_terms};

/// How many values a long facet shows before "Show all".
pub const COLLAPSED: usize = 8;
/// The most values an opened facet shows at once.
pub const OPENED_AT_MOST: usize = 50;

/// The values to show, by position, and how many match in all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShownValues {
    /// Positions of the values shown, ascending.
    pub positions: Vec<usize>,
    /// How many values match the filter (checked or not).
    pub matching: usize,
}

/// Chooses the values to show. `folded` are the values' labels folded for
/// search (only read when the facet is opened and a filter is typed);
/// `checked` says whether a value is checked.
pub fn shown_values(
    total: usize,
    opened: bool,
    filter: &str,
    folded: impl Fn(usize) -> String,
    checked: impl Fn(usize) -> bool,
) -> ShownValues {
    if total <= COLLAPSED {
        return ShownValues {
            positions: (0..total).collect(),
            matching: total,
        };
    }
    let terms = if opened {
        search_terms(filter)
    } else {
        Vec::new()
    };
    let limit = if opened { OPENED_AT_MOST } else { COLLAPSED };
    let matches = |i: usize| terms.is_empty() || contains_all(&folded(i), &terms);
    let mut shown = ShownValues::default();
    for position in 0..total {
        let hit = matches(position);
        if hit {
            shown.matching += 1;
        }
        if (hit && shown.matching <= limit) || checked(position) {
            shown.positions.push(position);
        }
    }
    if !opened {
        shown.matching = total;
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("City {i:04}")).collect()
    }

    #[test]
    fn short_facets_show_every_value() {
        let shown = shown_values(5, false, "", |_| String::new(), |_| false);
        assert_eq!(shown.positions, vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn long_facets_show_a_few_plus_the_checked_ones() {
        let shown = shown_values(5000, false, "", |_| String::new(), |i| i == 4321);
        assert_eq!(shown.positions, vec![0, 1, 2, 3, 4, 5, 6, 7, 4321]);
        assert_eq!(shown.matching, 5000);
    }

    #[test]
    fn an_opened_facet_shows_at_most_a_screenful_of_matches() {
        let cities = names(5000);
        let fold = |i: usize| crate::text::normalize(&cities[i]);
        let all = shown_values(5000, true, "", fold, |_| false);
        assert_eq!(all.positions.len(), OPENED_AT_MOST);
        assert_eq!(all.matching, 5000);
        let some = shown_values(5000, true, "city 12", fold, |i| i == 4999);
        let expected = cities.iter().filter(|c| c.contains("12")).count();
        assert!(expected > OPENED_AT_MOST);
        assert_eq!(some.matching, expected);
        assert_eq!(some.positions.len(), OPENED_AT_MOST + 1);
        assert_eq!(some.positions.last(), Some(&4999));
        let one = shown_values(5000, true, "CITY 4321", fold, |_| false);
        assert_eq!(one.positions, vec![4321]);
    }
}
