// Latin letters Unicode's compatibility decomposition (NFKD) leaves alone
// but readers treat as plain letters, with their plain forms. Read by the
// build script, which writes the accent-folding table, and by
// tests/text.rs, which checks that table against Unicode's decompositions.

/// Letters NFKD does not decompose but readers treat as plain letters.
#[allow(dead_code)]
pub const BEYOND_NFKD: &[(char, &str)] = &[
    ('ø', "o"),
    ('Ø', "o"),
    ('ł', "l"),
    ('Ł', "l"),
    ('đ', "d"),
    ('Đ', "d"),
    ('ħ', "h"),
    ('Ħ', "h"),
    ('ŧ', "t"),
    ('Ŧ', "t"),
    ('æ', "ae"),
    ('Æ', "ae"),
    ('œ', "oe"),
    ('Œ', "oe"),
    ('ß', "ss"),
    ('ẞ', "ss"),
    ('þ', "th"),
    ('Þ', "th"),
    ('ð', "d"),
    ('Ð', "d"),
    ('ı', "i"),
    ('ŋ', "n"),
    ('Ŋ', "n"),
    ('ĸ', "k"),
    ('ǿ', "o"),
    ('Ǿ', "o"),
    ('ǽ', "ae"),
    ('Ǽ', "ae"),
    ('ǣ', "ae"),
    ('Ǣ', "ae"),
    ('ŀ', "l"),
    ('Ŀ', "l"),
    ('ŉ', "n"),
    ('ẚ', "a"),
];
