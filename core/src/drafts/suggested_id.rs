//! The id a new listing gets from its start date and title, while the
//! organiser has not typed one: `2027-04-12-carbon-market-forum`, or for a
//! title in Chinese (which a slug cannot hold) the date, any Latin letters
//! and digits of the title, and a short hash of the whole title:
//! `2027-04-12-2027-k3x9qa`. Always a valid slug (see
//! [`crate::catalogue::validation::is_slug`]) unless both are empty.

use crate::drafts::draft::SeminarForm;

/// The most words of the title the id takes.
const WORDS: usize = 6;
/// The most characters the title's part of the id takes.
const TITLE_PART: usize = 60;
/// How many base-36 digits the hash has.
const HASH_DIGITS: usize = 6;

/// The id made from a start date (`YYYY-MM-DD`, or anything else, which
/// is left out) and a title.
pub fn suggested_id(start: &str, title: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    let start = start.trim();
    if crate::dates::parse_iso_date(start).is_some() {
        parts.push(start.to_owned());
    }
    let title = title.trim();
    let mut latin = String::new();
    for word in title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(WORDS)
    {
        let word = word.to_ascii_lowercase();
        if !latin.is_empty() && latin.len() + 1 + word.len() > TITLE_PART {
            break;
        }
        if latin.is_empty() {
            latin = word.chars().take(TITLE_PART).collect();
        } else {
            latin.push('-');
            latin.push_str(&word);
        }
    }
    if !latin.is_empty() {
        parts.push(latin);
    }
    // Letters a slug cannot hold (Chinese, accented Latin) are told apart
    // by a hash of the title, so that two Chinese titles on one day differ.
    if title.chars().any(|c| c.is_alphanumeric() && !c.is_ascii()) {
        parts.push(hash36(title));
    }
    parts.join("-")
}

/// FNV-1a of the text, in [`HASH_DIGITS`] base-36 digits.
fn hash36(text: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in text.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    let mut n = u64::from(hash) % 36u64.pow(HASH_DIGITS as u32);
    let mut digits = [b'0'; HASH_DIGITS];
    for digit in digits.iter_mut().rev() {
        let d = (n % 36) as u8;
        *digit = if d < 10 { b'0' + d } else { b'a' + d - 10 };
        n /= 36;
    }
    String::from_utf8_lossy(&digits).into_owned()
}

impl SeminarForm {
    /// After a change, keeps the id made from the start date and title in
    /// step with them, unless the organiser typed an id of their own: the
    /// id follows while it is empty or still the one made from the date
    /// and title as they were before the change (`before`).
    pub fn follow_id(&mut self, before: &SeminarForm) {
        if self.title == before.title && self.start == before.start {
            return;
        }
        let id = before.id.trim();
        if id.is_empty() || id == suggested_id(&before.start, &before.title) {
            self.id = suggested_id(&self.start, &self.title);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::validation::is_slug;

    #[test]
    fn ids_are_slugs() {
        for (start, title) in [
            ("2027-04-12", "Carbon Market Forum"),
            ("2027-04-12", "广西碳市场2027"),
            ("2027-04-12", "广西碳市场能力建设研讨会"),
            ("", "Café -- Climat!"),
            ("2027-04-12", ""),
            ("not a date", "A"),
            ("2027-04-12", &"verylongword".repeat(20)),
        ] {
            let id = suggested_id(start, title);
            assert!(is_slug(&id), "{start:?} {title:?} gave {id:?}");
        }
        assert_eq!(suggested_id("", ""), "");
    }

    #[test]
    fn latin_titles_read_and_chinese_ones_hash() {
        assert_eq!(
            suggested_id("2027-04-12", "Carbon Market Forum"),
            "2027-04-12-carbon-market-forum"
        );
        let zh = suggested_id("2027-04-12", "广西碳市场2027");
        assert!(zh.starts_with("2027-04-12-2027-") && zh.len() == 16 + HASH_DIGITS);
        assert_ne!(
            suggested_id("2027-04-12", "碳市场研讨会"),
            suggested_id("2027-04-12", "气候适应研讨会")
        );
    }
}
