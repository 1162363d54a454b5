//! Character properties and case mappings exactly as CPython 3.11 defines
//! them (its Unicode 14.0.0 database, see `unicode_db.rs`): what `str.isalpha`,
//! `str.lower`, `int('٣')` and friends consult.

use super::unicode_db as db;

/// Is `c` inside one of the sorted inclusive ranges?
fn in_ranges(t: &[(u32, u32)], c: u32) -> bool {
    match t.binary_search_by(|&(a, b)| {
        if b < c {
            std::cmp::Ordering::Less
        } else if a > c {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    }) {
        Ok(_) => true,
        Err(_) => false,
    }
}

/// `str.isalpha` for one character (categories Lu Ll Lt Lm Lo).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(db::ALPHA, c as u32)
}

/// `str.isdecimal` for one character.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(db::DECIMAL, c as u32)
}

/// `str.isdigit` for one character.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(db::DIGIT, c as u32)
}

/// `str.isnumeric` for one character.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(db::NUMERIC, c as u32)
}

/// `str.isalnum` for one character.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// `str.isspace` for one character (bidi class WS, B, S or category Zs).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\x1f');
    }
    in_ranges(db::SPACE, c as u32)
}

/// A line boundary for `str.splitlines`.
pub fn is_linebreak(c: char) -> bool {
    in_ranges(db::LINEBREAK, c as u32)
}

/// `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_ranges(db::PRINTABLE, c as u32)
}

/// The Lowercase property (what `str.islower` looks for).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(db::LOWER, c as u32)
}

/// The Uppercase property (what `str.isupper` looks for).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(db::UPPER, c as u32)
}

/// A titlecase letter (category Lt).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(db::TITLE, c as u32)
}

/// The Cased property: lowercase, uppercase or titlecase.
pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

/// The Case_Ignorable property (for the final-sigma rule).
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(db::CASE_IGNORABLE, c as u32)
}

/// Can `c` start an identifier (XID_Start or `_`)?
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_ranges(db::XID_START, c as u32)
}

/// Can `c` continue an identifier (XID_Continue)?
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(db::XID_CONTINUE, c as u32)
}

/// The decimal digit value of `c`, as `int()` and `float()` accept it.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let n = c as u32;
    let t = db::DECIMAL_RUNS;
    let i = t.partition_point(|&(a, _, _)| a <= n);
    if i == 0 {
        return None;
    }
    let (a, b, v) = t[i - 1];
    if n <= b {
        Some(v + (n - a))
    } else {
        None
    }
}

/// Appends the full mapping of `c` from a generated table (identity if absent).
fn push_mapped(runs: &[(u32, u32, u32, i32)], multi: &[(u32, [u32; 3])], c: char, out: &mut String) {
    let n = c as u32;
    let i = runs.partition_point(|&(a, _, _, _)| a <= n);
    if i > 0 {
        let (a, b, step, d) = runs[i - 1];
        if n <= b && (n - a) % step == 0 {
            out.push(char::from_u32((n as i64 + d as i64) as u32).unwrap_or(c));
            return;
        }
    }
    if let Ok(j) = multi.binary_search_by_key(&n, |&(k, _)| k) {
        for &m in multi[j].1.iter().filter(|&&m| m != 0) {
            out.push(char::from_u32(m).unwrap_or(c));
        }
        return;
    }
    out.push(c);
}

/// Appends the full lowercase mapping of `c` (no final-sigma context).
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(db::LOWER_MAP_RUNS, db::LOWER_MAP_MULTI, c, out);
    }
}

/// Appends the full uppercase mapping of `c`.
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(db::UPPER_MAP_RUNS, db::UPPER_MAP_MULTI, c, out);
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(db::TITLE_MAP_RUNS, db::TITLE_MAP_MULTI, c, out);
    }
}

/// Appends the full case folding of `c`.
pub fn push_fold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(db::FOLD_MAP_RUNS, db::FOLD_MAP_MULTI, c, out);
    }
}

/// Lowercases `chars[i]`, applying CPython's final-sigma rule to U+03A3.
pub fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c != '\u{3a3}' {
        push_lower(c, out);
        return;
    }
    // Final_Sigma: cased, case-ignorables, SIGMA, not (case-ignorables, cased).
    let mut j = i;
    let mut final_sigma = false;
    while j > 0 {
        j -= 1;
        if !is_case_ignorable(chars[j]) {
            final_sigma = is_cased(chars[j]);
            break;
        }
    }
    if final_sigma {
        let mut k = i + 1;
        while k < chars.len() && is_case_ignorable(chars[k]) {
            k += 1;
        }
        final_sigma = k == chars.len() || !is_cased(chars[k]);
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

/// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, used before parsing
/// numbers: non-ASCII spaces become ' ', decimal digits their ASCII digit, and
/// anything else ends the text with '?'.
pub fn transform_decimal_and_space(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c);
        } else if is_space(c) {
            out.push(' ');
        } else if let Some(d) = decimal_value(c) {
            out.push((b'0' + d as u8) as char);
        } else {
            out.push('?');
            break;
        }
    }
    std::borrow::Cow::Owned(out)
}
