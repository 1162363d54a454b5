//! Character predicates and case mappings of the regular expression engine
//! (the `SRE_IS_*`, `sre_lower_*` and `sre_category` helpers of CPython's
//! Modules/_sre/sre.c). The locale variants follow the C/UTF-8 locales
//! CPython runs under, where only ASCII bytes have classes and cases.

use super::constants::*;
use crate::objects::unicode;
use crate::objects::unicode_db as db;

/// `SRE_IS_DIGIT`: an ASCII digit.
#[inline]
pub fn is_digit(ch: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&ch)
}

/// `SRE_IS_SPACE`: ASCII whitespace (`\t\n\v\f\r` and space).
#[inline]
pub fn is_space(ch: u32) -> bool {
    ch == 32 || (9..=13).contains(&ch)
}

/// `SRE_IS_LINEBREAK`: only `\n`.
#[inline]
pub fn is_linebreak(ch: u32) -> bool {
    ch == 10
}

/// `SRE_IS_WORD`: ASCII letters, digits and `_`.
#[inline]
pub fn is_word(ch: u32) -> bool {
    ch < 128 && ((ch as u8).is_ascii_alphanumeric() || ch == b'_' as u32)
}

/// `sre_lower_ascii`.
#[inline]
pub fn lower_ascii(ch: u32) -> u32 {
    if ch < 128 {
        (ch as u8).to_ascii_lowercase() as u32
    } else {
        ch
    }
}

/// `SRE_LOC_IS_WORD`: `isalnum()` of the C locale, or `_`.
#[inline]
pub fn loc_is_word(ch: u32) -> bool {
    is_word(ch)
}

/// `sre_lower_locale`: `tolower()` of the C locale.
#[inline]
pub fn lower_locale(ch: u32) -> u32 {
    lower_ascii(ch)
}

/// `sre_upper_locale`: `toupper()` of the C locale.
#[inline]
pub fn upper_locale(ch: u32) -> u32 {
    if ch < 128 {
        (ch as u8).to_ascii_uppercase() as u32
    } else {
        ch
    }
}

/// `char_loc_ignore`: does `ch` equal the (lowercased) pattern character in
/// some case?
#[inline]
pub fn char_loc_ignore(pattern: u32, ch: u32) -> bool {
    ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern
}

/// The first character of a full case mapping (CPython's simple mapping,
/// `_PyUnicode_ToLowercase` / `_PyUnicode_ToUppercase`).
fn first_mapped(runs: &[(u32, u32, u32, i32)], multi: &[(u32, [u32; 3])], n: u32) -> u32 {
    let i = runs.partition_point(|&(a, _, _, _)| a <= n);
    if i > 0 {
        let (a, b, step, d) = runs[i - 1];
        if n <= b && (n - a) % step == 0 {
            return (n as i64 + d as i64) as u32;
        }
    }
    if let Ok(j) = multi.binary_search_by_key(&n, |&(k, _)| k) {
        return multi[j].1[0];
    }
    n
}

/// `sre_lower_unicode` (`Py_UNICODE_TOLOWER`).
#[inline]
pub fn lower_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return lower_ascii(ch);
    }
    first_mapped(db::LOWER_MAP_RUNS, db::LOWER_MAP_MULTI, ch)
}

/// `sre_upper_unicode` (`Py_UNICODE_TOUPPER`).
#[inline]
pub fn upper_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return upper_locale(ch);
    }
    first_mapped(db::UPPER_MAP_RUNS, db::UPPER_MAP_MULTI, ch)
}

/// Runs a `char` predicate on a code (false for non-characters).
#[inline]
fn uni(ch: u32, f: fn(char) -> bool) -> bool {
    char::from_u32(ch).is_some_and(f)
}

/// `SRE_UNI_IS_DIGIT`: a decimal digit (`str.isdecimal`).
#[inline]
pub fn uni_is_digit(ch: u32) -> bool {
    if ch < 128 {
        return is_digit(ch);
    }
    uni(ch, unicode::is_decimal)
}

/// `SRE_UNI_IS_SPACE`: `str.isspace`.
#[inline]
pub fn uni_is_space(ch: u32) -> bool {
    if ch < 128 {
        return is_space(ch) || (28..=31).contains(&ch);
    }
    uni(ch, unicode::is_space)
}

/// `SRE_UNI_IS_LINEBREAK`: a line boundary of `str.splitlines`.
#[inline]
pub fn uni_is_linebreak(ch: u32) -> bool {
    uni(ch, unicode::is_linebreak)
}

/// `SRE_UNI_IS_WORD`: `str.isalnum` or `_`.
#[inline]
pub fn uni_is_word(ch: u32) -> bool {
    if ch < 128 {
        return is_word(ch);
    }
    uni(ch, unicode::is_alnum)
}

/// `sre_category`: is `ch` in the category `category`?
pub fn category(category: u32, ch: u32) -> bool {
    match category {
        CATEGORY_DIGIT => is_digit(ch),
        CATEGORY_NOT_DIGIT => !is_digit(ch),
        CATEGORY_SPACE => is_space(ch),
        CATEGORY_NOT_SPACE => !is_space(ch),
        CATEGORY_WORD => is_word(ch),
        CATEGORY_NOT_WORD => !is_word(ch),
        CATEGORY_LINEBREAK => is_linebreak(ch),
        CATEGORY_NOT_LINEBREAK => !is_linebreak(ch),
        CATEGORY_LOC_WORD => loc_is_word(ch),
        CATEGORY_LOC_NOT_WORD => !loc_is_word(ch),
        CATEGORY_UNI_DIGIT => uni_is_digit(ch),
        CATEGORY_UNI_NOT_DIGIT => !uni_is_digit(ch),
        CATEGORY_UNI_SPACE => uni_is_space(ch),
        CATEGORY_UNI_NOT_SPACE => !uni_is_space(ch),
        CATEGORY_UNI_WORD => uni_is_word(ch),
        CATEGORY_UNI_NOT_WORD => !uni_is_word(ch),
        CATEGORY_UNI_LINEBREAK => uni_is_linebreak(ch),
        CATEGORY_UNI_NOT_LINEBREAK => !uni_is_linebreak(ch),
        _ => false,
    }
}
