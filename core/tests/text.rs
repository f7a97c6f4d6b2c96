//! The accent-folding table against Unicode's own decompositions.
#![cfg(not(target_arch = "wasm32"))]

use seminars_core::text::normalize;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

include!("../build/beyond_nfkd.rs");

#[test]
fn latin_letters_fold_as_unicode_decomposes_them() {
    let ranges = [0x00C0..=0x024F_u32, 0x1E00..=0x1EFF];
    let mut checked = 0;
    for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
        let expected = match BEYOND_NFKD.iter().find(|(x, _)| *x == c) {
            Some((_, plain)) => plain.to_string(),
            None => {
                let base: String = c.nfkd().filter(|d| !is_combining_mark(*d)).collect();
                let base = base.to_lowercase();
                if base.is_ascii() && !base.is_empty() {
                    base
                } else {
                    c.to_lowercase().collect()
                }
            }
        };
        assert_eq!(
            normalize(&c.to_string()),
            expected,
            "{c} U+{:04X}",
            u32::from(c)
        );
        checked += 1;
    }
    assert!(checked > 500);
}

#[test]
fn full_width_ascii_folds_to_half_width() {
    for code in 0xFF01..=0xFF5E_u32 {
        let wide = char::from_u32(code).unwrap();
        let narrow: String = wide.nfkc().collect::<String>().to_lowercase();
        assert_eq!(normalize(&wide.to_string()), narrow, "U+{code:04X}");
    }
}

#[test]
fn lower_case_is_unicodes_own_for_every_code_point() {
    // The app lower-cases from a table of runs (build.rs) instead of core's
    // case tables; for every code point it must give what std gives.
    let mut cased = 0;
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let expected: String = c.to_lowercase().collect();
        let mut ours = String::new();
        seminars_core::text::lower(c, &mut ours);
        assert_eq!(ours, expected, "U+{:04X}", u32::from(c));
        if expected != c.to_string() {
            cased += 1;
        }
    }
    // Every cased letter of Unicode, not a sample.
    assert!(cased > 1400, "{cased}");
}

#[test]
fn search_folds_case_like_unicode_for_every_cased_letter() {
    // Folding may also drop accents; where it keeps the letter, its case is
    // Unicode's lower case.
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let lower: String = c.to_lowercase().collect();
        if lower == c.to_string() {
            continue;
        }
        assert_eq!(
            normalize(&c.to_string()),
            normalize(&lower),
            "U+{:04X}",
            u32::from(c)
        );
    }
}
