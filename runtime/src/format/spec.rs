//! The format-spec mini-language (`format(x, spec)`, `str.format`,
//! f-strings) for int, float and str, with CPython's rules and errors.

use crate::error::{type_error, value_error, PyResult};
use crate::objects::int::{self, int_val, IntVal};
use crate::value::Value;

#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// Parses `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
pub fn parse(spec: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.z = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        s.width = Some(w.parse().map_err(|_| value_error("Too many decimal digits in format string"))?);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(value_error("Format specifier missing precision"));
        }
        let p: String = chars[start..i].iter().collect();
        s.precision = Some(p.parse().map_err(|_| value_error("Too many decimal digits in format string"))?);
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(value_error("Invalid format specifier"));
    }
    Ok(s)
}

/// Inserts a grouping separator every `group` digits of an integer digit string.
pub fn group_digits(digits: &str, sep: char, group: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / group);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % group == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Pads `sign + body` to the width with the spec's fill and alignment.
/// `prefix` (like `0x`) stays with the sign, before zero padding.
pub fn pad_number(s: &Spec, sign: &str, prefix: &str, body: &str, default_align: char) -> String {
    let width = s.width.unwrap_or(0);
    let fill = s.fill.unwrap_or(if s.zero && s.align.is_none() { '0' } else { ' ' });
    let align = s.align.unwrap_or(if s.zero && s.fill.is_none() { '=' } else { default_align });
    let len = sign.chars().count() + prefix.chars().count() + body.chars().count();
    if len >= width {
        return format!("{sign}{prefix}{body}");
    }
    let pad = width - len;
    let fills = |n: usize| std::iter::repeat(fill).take(n).collect::<String>();
    match align {
        '<' => format!("{sign}{prefix}{body}{}", fills(pad)),
        '^' => format!("{}{sign}{prefix}{body}{}", fills(pad / 2), fills(pad - pad / 2)),
        '=' => format!("{sign}{prefix}{}{body}", fills(pad)),
        _ => format!("{}{sign}{prefix}{body}", fills(pad)),
    }
}

/// Zero padding with grouping: the zeros are grouped too, and CPython adds
/// one more zero rather than start with a separator.
fn zero_pad_grouped(s: &Spec, sign: &str, prefix: &str, digits: &str, rest: &str, sep: Option<char>, group: usize) -> Option<String> {
    let width = s.width?;
    let sep = sep?;
    if !(s.zero && s.align.is_none() && s.fill.is_none()) {
        return None;
    }
    let avail = width.saturating_sub(sign.len() + prefix.len() + rest.chars().count());
    let mut d = digits.len();
    while d + (d - 1) / group < avail {
        d += 1;
    }
    let padded = format!("{}{}", "0".repeat(d - digits.len()), digits);
    Some(format!("{sign}{prefix}{}{rest}", group_digits(&padded, sep, group)))
}

fn sign_str(neg: bool, s: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match s.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// `format(int, spec)`.
pub fn format_int(v: IntVal, spec: &str, type_name: &str) -> PyResult<String> {
    let s = parse(spec)?;
    let ty = s.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = int::to_f64(v)?;
            return format_float_spec(f, &s);
        }
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        other => {
            return Err(value_error(format!("Unknown format code '{other}' for object of type '{type_name}'")));
        }
    }
    if s.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    if s.z {
        return Err(value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if ty == 'c' {
        if s.sign.is_some() {
            return Err(value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if s.alt {
            return Err(value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        if s.grouping.is_some() {
            return Err(value_error(format!("Cannot specify ',' with 'c'.")));
        }
        let n = v.as_i64().filter(|n| (0..=0x10ffff).contains(n)).ok_or_else(|| {
            crate::error::overflow_error("%c arg not in range(0x110000)")
        })?;
        let c = char::from_u32(n as u32).unwrap_or('\u{fffd}');
        return Ok(pad_number(&s, "", "", &c.to_string(), '>'));
    }
    if let Some(g) = s.grouping {
        if ty == 'n' {
            return Err(value_error(format!("Cannot specify '{g}' with 'n'.")));
        }
        if g == ',' && matches!(ty, 'b' | 'o' | 'x' | 'X') {
            return Err(value_error(format!("Cannot specify ',' with '{ty}'.")));
        }
    }
    let neg = v.is_negative();
    let (digits, prefix) = match ty {
        'b' => (int::to_base(v, 2), "0b"),
        'o' => (int::to_base(v, 8), "0o"),
        'x' => (int::to_base(v, 16), "0x"),
        'X' => (int::to_base(v, 16).to_uppercase(), "0X"),
        _ => {
            let d = int::to_decimal(v)?;
            (d.trim_start_matches('-').to_owned(), "")
        }
    };
    let prefix = if s.alt { prefix } else { "" };
    let group = if matches!(ty, 'b' | 'o' | 'x' | 'X') { 4 } else { 3 };
    let sign = sign_str(neg, &s);
    if let Some(r) = zero_pad_grouped(&s, sign, prefix, &digits, "", s.grouping, group) {
        return Ok(r);
    }
    let body = match s.grouping {
        Some(g) => group_digits(&digits, g, group),
        None => digits,
    };
    Ok(pad_number(&s, sign, prefix, &body, '>'))
}

pub fn format_int_value(v: &Value, spec: &str) -> PyResult<String> {
    let i = int_val(v).ok_or_else(|| type_error("format_int on a non-int"))?;
    if spec.is_empty() {
        return crate::ops::str_of(v);
    }
    format_int(i, spec, v.ty().name())
}

// ----- floats --------------------------------------------------------------------

/// `%e`-style text with at least two exponent digits: `1.235e+03`.
pub fn fmt_exp(x: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, x);
    let (m, e) = s.split_once('e').unwrap();
    let e: i32 = e.parse().unwrap();
    let out = format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// `%g`-style text: `prec` significant digits, fixed or exponent notation,
/// trailing zeros removed unless `alt`.
pub fn fmt_general(x: f64, prec: usize, upper: bool, alt: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if x == 0.0 {
        let mut r = if alt { format!("{:.*}", p - 1, 0.0) } else { "0".to_string() };
        if x.is_sign_negative() {
            r.insert(0, '-');
        }
        return r;
    }
    let e = fmt_exp(x, p - 1, false);
    let exp: i32 = e.split_once('e').unwrap().1.parse().unwrap();
    let mut out = if exp >= -4 && exp < p as i32 {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, x)
    } else {
        e
    };
    if !alt {
        // Drop trailing zeros of the fraction (keeping any exponent).
        let (mant, exp_part) = match out.find('e') {
            Some(i) => (out[..i].to_string(), out[i..].to_string()),
            None => (out.clone(), String::new()),
        };
        let mant = if mant.contains('.') { mant.trim_end_matches('0').trim_end_matches('.').to_string() } else { mant };
        out = mant + &exp_part;
    } else if !out.contains('.') {
        match out.find('e') {
            Some(i) => out.insert(i, '.'),
            None => out.push('.'),
        }
    }
    if upper {
        out = out.to_uppercase();
    }
    out
}

/// Formats a float by a parsed spec.
pub fn format_float_spec(x: f64, s: &Spec) -> PyResult<String> {
    let ty = s.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(value_error(format!("Unknown format code '{t}' for object of type 'float'")));
        }
    }
    if let (Some(g), Some('n')) = (s.grouping, ty) {
        return Err(value_error(format!("Cannot specify '{g}' with 'n'.")));
    }
    let mut x = x;
    let neg = x.is_sign_negative() && !x.is_nan();
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let body: String;
    if x.is_nan() || x.is_infinite() {
        let b = if x.is_nan() { "nan" } else { "inf" };
        let mut b = if upper { b.to_uppercase() } else { b.to_string() };
        if ty == Some('%') {
            b.push('%');
        }
        body = b;
    } else {
        x = x.abs();
        let prec = s.precision;
        body = match ty {
            Some('f') | Some('F') => {
                let r = format!("{:.*}", prec.unwrap_or(6), x);
                if s.alt && !r.contains('.') { r + "." } else { r }
            }
            Some('e') | Some('E') => {
                let r = fmt_exp(x, prec.unwrap_or(6), upper);
                if s.alt && prec == Some(0) {
                    let i = r.find(['e', 'E']).unwrap();
                    format!("{}.{}", &r[..i], &r[i..])
                } else {
                    r
                }
            }
            Some('g') | Some('G') | Some('n') => fmt_general(x, prec.unwrap_or(6), upper, s.alt),
            Some('%') => {
                let r = format!("{:.*}", prec.unwrap_or(6), x * 100.0);
                let r = if s.alt && !r.contains('.') { r + "." } else { r };
                r + "%"
            }
            _ => match prec {
                // Like 'g', but always with a digit after the point in fixed notation,
                // and the repr's exponent threshold when no precision is given.
                None => {
                    let r = crate::objects::float::float_repr(x);
                    if s.alt && !r.contains('.') && !r.contains('e') { r + "." } else { r }
                }
                Some(p) => {
                    let r = fmt_general(x, p, false, s.alt);
                    if !r.contains('.') && !r.contains('e') && !r.contains("inf") {
                        r + ".0"
                    } else {
                        r
                    }
                }
            },
        };
    }
    // 'z' turns a negative zero (after rounding) into a positive one.
    let mut neg = neg;
    if s.z && neg && body.chars().all(|c| matches!(c, '0' | '.' | '%' | 'e' | 'E' | '+' | '-')) {
        neg = false;
    }
    let sign = sign_str(neg, s);
    // Grouping applies to the integer digits.
    let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => (body[..i].to_string(), body[i..].to_string()),
        None => (body.clone(), String::new()),
    };
    if let Some(g) = s.grouping {
        if int_part.chars().all(|c| c.is_ascii_digit()) && !int_part.is_empty() {
            if let Some(r) = zero_pad_grouped(s, sign, "", &int_part, &rest, Some(g), 3) {
                return Ok(r);
            }
            let grouped = group_digits(&int_part, g, 3) + &rest;
            return Ok(pad_number(s, sign, "", &grouped, '>'));
        }
    }
    Ok(pad_number(s, sign, "", &body, '>'))
}

pub fn format_float_value(x: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(crate::objects::float::float_repr(x));
    }
    let s = parse(spec)?;
    format_float_spec(x, &s)
}

// ----- strings -------------------------------------------------------------------

pub fn format_str(text: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(text.to_owned());
    }
    let s = parse(spec)?;
    if let Some(t) = s.ty {
        if t != 's' {
            return Err(value_error(format!("Unknown format code '{t}' for object of type 'str'")));
        }
    }
    if s.sign.is_some() {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if s.alt {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if s.z {
        return Err(value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if let Some(g) = s.grouping {
        return Err(value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    if s.align == Some('=') {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_owned(),
    };
    let mut s2 = s.clone();
    if s2.zero && s2.align.is_none() {
        s2.align = Some('<');
    }
    Ok(pad_number(&s2, "", "", &body, '<'))
}
