//! The links a listing carries (its website, registration page, online
//! meeting, notice, contact address and telephone) and the one rule that
//! decides whether a text may become a link: only `https:`, `http:`,
//! `mailto:` and `tel:` addresses are ever rendered as `href`s, a `tel:`
//! one only of digits, spaces, `+` and `-`. The catalogue reader, the draft form and
//! the page all ask here, so a `javascript:` or `data:` address cannot
//! reach the page by any of the ways in (catalogue, draft, import).

use crate::i18n::message::{Message, Msg};

/// Longest link or email address accepted, in bytes.
pub const MAX_URL: usize = 2_000;

/// Why a text cannot be a web link, or `None` when it can: it starts with
/// `https://` or `http://` exactly (lower case, as written by browsers and
/// people alike; `HTTPS:` and `JaVaScRiPt:` are refused the same way), names
/// a site, and holds no white space, control or invisible characters, and
/// no `\` (which browsers read as `/`).
pub fn web_link_problem(url: &str) -> Option<Message> {
    let said = || clipped(url);
    if url.len() > MAX_URL {
        return Some(
            Message::new(Msg::LinkTooLong)
                .with("n", url.len())
                .with("max", MAX_URL),
        );
    }
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return Some(Message::new(Msg::LinkScheme).with("url", said()));
    };
    if url.chars().any(hidden) {
        return Some(Message::new(Msg::LinkHidden).with("url", said()));
    }
    let host = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let host = host.rfind('@').map_or(host, |at| &host[at + 1..]);
    if host.is_empty() || host.starts_with(':') || host.starts_with('.') {
        return Some(Message::new(Msg::LinkScheme).with("url", said()));
    }
    None
}

/// Why a text cannot be an email address, or `None` when it can: one `@`
/// between a name and a domain with a dot, and nothing that would change a
/// `mailto:` link (white space, `?`, `&`, `#`, `%`, quotes, brackets).
pub fn email_problem(email: &str) -> Option<Message> {
    let bad = || Some(Message::new(Msg::NotAnEmail).with("email", clipped(email)));
    if email.len() > MAX_URL {
        return bad();
    }
    let Some((name, domain)) = email.split_once('@') else {
        return bad();
    };
    // Letters and digits: ASCII ones, and any character beyond ASCII that
    // is not hidden (internationalised addresses), which keeps Unicode's
    // tables of letters out of the first download.
    let letter = |c: char| c.is_ascii_alphanumeric() || (!c.is_ascii() && !hidden(c));
    let allowed = |c: char| letter(c) || ".!$'*+-=^_`{|}~".contains(c);
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.chars().all(|c| letter(c) || c == '.' || c == '-');
    if name.is_empty() || !name.chars().all(allowed) || !domain_ok {
        return bad();
    }
    None
}

/// The address to put in an `href`, when the text is a web link that
/// passes [`web_link_problem`]; `None` otherwise, so the page shows it as
/// text, never as a link.
pub fn web_href(url: &str) -> Option<&str> {
    web_link_problem(url).is_none().then_some(url)
}

/// The `mailto:` link for an address that passes [`email_problem`].
pub fn mailto_href(email: &str) -> Option<String> {
    email_problem(email)
        .is_none()
        .then(|| format!("mailto:{email}"))
}

/// Why a text cannot be a telephone number, or `None` when it can: digits
/// (at least three), spaces, `+` and `-` only, at most 40 characters. No
/// other character reaches a `tel:` link (`;`, `,`, `#`, letters, `%`
/// would let a number dial something else or carry parameters).
pub fn phone_problem(phone: &str) -> Option<Message> {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let allowed = phone
        .chars()
        .all(|c| c.is_ascii_digit() || c == ' ' || c == '+' || c == '-');
    (!allowed || digits < 3 || phone.len() > 40)
        .then(|| Message::new(Msg::NotAPhone).with("phone", clipped(phone)))
}

/// The `tel:` link for a number that passes [`phone_problem`], its spaces
/// left out.
pub fn tel_href(phone: &str) -> Option<String> {
    phone_problem(phone)
        .is_none()
        .then(|| format!("tel:{}", phone.replace(' ', "")))
}

/// White space, control characters, `\\`, and every character Unicode
/// says is invisible (`Default_Ignorable_Code_Point`, which holds all of
/// `Bidi_Control`): zero-width spaces and joiners, bidirectional marks,
/// embeddings and isolates (`https://example.org/\u{2067}gpj.exe\u{2069}`
/// shows as `…exe.jpg`), the soft hyphen, variation selectors and tag
/// characters, any of which could disguise where a link goes.
/// `core/tests/links.rs` checks the table against Unicode's data for every
/// code point.
fn hidden(c: char) -> bool {
    c.is_whitespace() || c.is_control() || c == '\\' || default_ignorable(c)
}

/// Unicode 16.0's `Default_Ignorable_Code_Point` (DerivedCoreProperties.txt),
/// as ranges of code points, in order.
const DEFAULT_IGNORABLE: [(u32, u32); 17] = [
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
];

/// Whether a character is in [`DEFAULT_IGNORABLE`] (a plain scan: links
/// are short, and it is the smallest code).
fn default_ignorable(c: char) -> bool {
    let c = c as u32;
    DEFAULT_IGNORABLE
        .iter()
        .any(|&(first, last)| first <= c && c <= last)
}

/// A text as quoted in a message: its first 100 bytes (whole
/// characters), then `…`.
fn clipped(text: &str) -> String {
    let mut end = text.len().min(100);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut out = text[..end].to_owned();
    if end < text.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_are_links() {
        for ok in [
            "https://example.org",
            "http://example.org/a?b=c#d",
            "https://user@example.org:8443/x",
            "https://例子.中国/会议",
        ] {
            assert_eq!(web_link_problem(ok), None, "{ok}");
            assert_eq!(web_href(ok), Some(ok));
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "HTTPS://example.org",
            "Https://example.org",
            " https://example.org",
            "https://example.org ",
            "\thttps://example.org",
            "https://exa mple.org",
            "https://example.org/\u{200b}x",
            "https:\\\\example.org",
            "https://\\example.org",
            "//example.org",
            "/seminars/x",
            "example.org",
            "https://",
            "https:///path",
            "https://:80",
            "mailto:a@example.org",
            "vbscript:x",
            "",
        ] {
            assert!(web_link_problem(bad).is_some(), "{bad:?}");
            assert_eq!(web_href(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn email_addresses() {
        assert_eq!(email_problem("events@example.org"), None);
        assert_eq!(
            mailto_href("a.b+c@example.org").as_deref(),
            Some("mailto:a.b+c@example.org")
        );
        for bad in [
            "",
            "events",
            "@example.org",
            "a@b",
            "a@example.org?subject=x",
            "a b@example.org",
            "a@@example.org",
            "javascript:alert(1)@example.org",
            "mailto:a@example.org",
            "a@example.org\n",
            "a%40@example.org",
        ] {
            assert!(email_problem(bad).is_some(), "{bad:?}");
            assert_eq!(mailto_href(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn messages_quote_what_was_given() {
        let m = web_link_problem("javascript:alert(1)").map(|m| m.english());
        assert_eq!(
            m.as_deref(),
            Some("“javascript:alert(1)” cannot be a link: a web address starts with https:// or http:// and names a site")
        );
    }
}
