//! printf-style `%` formatting of str.

use super::spec::{fmt_exp, fmt_general};
use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::objects::float::float_val;
use crate::objects::int::{self, int_val};
use crate::objects::str::as_str;
use crate::objects::tuple::tuple_items;
use crate::ops;
use crate::value::Value;

struct Conv {
    minus: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

fn pad(c: &Conv, sign: &str, prefix: &str, body: &str) -> String {
    let len = sign.chars().count() + prefix.chars().count() + body.chars().count();
    let w = c.width.unwrap_or(0);
    if len >= w {
        return format!("{sign}{prefix}{body}");
    }
    let n = w - len;
    if c.minus {
        format!("{sign}{prefix}{body}{}", " ".repeat(n))
    } else if c.zero {
        format!("{sign}{prefix}{}{body}", "0".repeat(n))
    } else {
        format!("{}{sign}{prefix}{body}", " ".repeat(n))
    }
}

fn num_sign(neg: bool, c: &Conv) -> &'static str {
    if neg {
        "-"
    } else if c.plus {
        "+"
    } else if c.space {
        " "
    } else {
        ""
    }
}

/// The int to format for %d and friends (floats truncate; objects use __index__/__int__).
fn int_arg(v: &Value, ch: char) -> PyResult<Value> {
    if int::is_int(v) {
        return Ok(v.clone());
    }
    if let Some(f) = float_val(v) {
        if matches!(ch, 'd' | 'i' | 'u') {
            return crate::objects::int_methods::float_to_int(f);
        }
        return Err(type_error(format!("%{ch} format: an integer is required, not float")));
    }
    if matches!(ch, 'd' | 'i' | 'u') {
        if let Some(f) = v.ty().lookup_str("__int__") {
            return ops::call_special(&f, v, &[]);
        }
        if let Some(i) = ops::index_opt(v)? {
            return Ok(i);
        }
        return Err(type_error(format!("%{ch} format: a real number is required, not {}", v.ty().name())));
    }
    match ops::index_opt(v)? {
        Some(i) => Ok(i),
        None => Err(type_error(format!("%{ch} format: an integer is required, not {}", v.ty().name()))),
    }
}

fn float_arg(v: &Value, ch: char) -> PyResult<f64> {
    if let Some(f) = float_val(v) {
        return Ok(f);
    }
    if let Some(i) = int_val(v) {
        return int::to_f64(i);
    }
    if let Some(f) = v.ty().lookup_str("__float__") {
        let r = ops::call_special(&f, v, &[])?;
        if let Some(x) = float_val(&r) {
            return Ok(x);
        }
    }
    Err(type_error(format!("must be real number, not {}", v.ty().name()))).map_err(|e| {
        let _ = ch;
        e
    })
}

/// `fmt % args`.
pub fn str_percent(fmt: &str, args: &Value) -> PyResult<String> {
    let tuple_args: Option<Vec<Value>> = if args.is_type(&crate::objects::tuple::TUPLE_TYPE) || tuple_items(args).is_some() {
        Some(tuple_items(args).unwrap().to_vec())
    } else {
        None
    };
    let is_mapping = tuple_args.is_none()
        && as_str(args).is_none()
        && (crate::objects::dict::as_dict(args).is_some() || args.ty().has_slot(crate::types::Slot::GetItem));
    let items: Vec<Value> = tuple_args.clone().unwrap_or_else(|| vec![args.clone()]);
    let mut next = 0usize;
    let mut used_mapping = false;
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let take = |next: &mut usize| -> PyResult<Value> {
        let v = items.get(*next).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
        *next += 1;
        Ok(v)
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= chars.len() {
            return Err(value_error("incomplete format"));
        }
        // %(key)
        let mut keyed: Option<Value> = None;
        if chars[i] == '(' {
            if !is_mapping {
                return Err(type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let ks = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key: String = chars[ks..i - 1].iter().collect();
            keyed = Some(ops::get_item(args, &crate::objects::str::new_str(key))?);
            used_mapping = true;
        }
        let mut conv = Conv { minus: false, plus: false, space: false, alt: false, zero: false, width: None, prec: None };
        while i < chars.len() {
            match chars[i] {
                '-' => conv.minus = true,
                '+' => conv.plus = true,
                ' ' => conv.space = true,
                '#' => conv.alt = true,
                '0' => conv.zero = true,
                _ => break,
            }
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            let w = take(&mut next)?;
            let w = int::as_i64(&w).ok_or_else(|| type_error("* wants int"))?;
            if w < 0 {
                conv.minus = true;
            }
            conv.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let ws = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > ws {
                conv.width = Some(chars[ws..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = take(&mut next)?;
                conv.prec = Some(int::as_i64(&p).ok_or_else(|| type_error("* wants int"))?.max(0) as usize);
                i += 1;
            } else {
                let ps = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                conv.prec = Some(chars[ps..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        // Length modifiers are accepted and ignored.
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(value_error("incomplete format"));
        }
        let ch = chars[i];
        i += 1;
        if ch == '%' {
            out.push('%');
            continue;
        }
        let arg = match keyed.take() {
            Some(v) => v,
            None => take(&mut next)?,
        };
        let piece = match ch {
            's' | 'r' | 'a' => {
                let s = match ch {
                    's' => ops::str_of(&arg)?,
                    'r' => ops::repr_string(&arg)?,
                    _ => crate::objects::str::ascii_escape(&ops::repr_string(&arg)?),
                };
                let s: String = match conv.prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                let c2 = Conv { zero: false, ..conv };
                pad(&c2, "", "", &s)
            }
            'd' | 'i' | 'u' => {
                let v = int_arg(&arg, ch)?;
                let iv = int_val(&v).unwrap();
                let digits = int::to_decimal(iv)?;
                let digits = digits.trim_start_matches('-');
                let digits = match conv.prec {
                    Some(p) if p > digits.len() => format!("{}{}", "0".repeat(p - digits.len()), digits),
                    _ => digits.to_string(),
                };
                pad(&conv, num_sign(iv.is_negative(), &conv), "", &digits)
            }
            'o' | 'x' | 'X' => {
                let v = int_arg(&arg, ch)?;
                let iv = int_val(&v).unwrap();
                let base = if ch == 'o' { 8 } else { 16 };
                let mut digits = int::to_base(iv, base);
                if ch == 'X' {
                    digits = digits.to_uppercase();
                }
                if let Some(p) = conv.prec {
                    if p > digits.len() {
                        digits = format!("{}{}", "0".repeat(p - digits.len()), digits);
                    }
                }
                let prefix = if conv.alt {
                    match ch {
                        'o' => "0o",
                        'x' => "0x",
                        _ => "0X",
                    }
                } else {
                    ""
                };
                pad(&conv, num_sign(iv.is_negative(), &conv), prefix, &digits)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = float_arg(&arg, ch).map_err(|_| {
                    type_error(format!("must be real number, not {}", arg.ty().name()))
                })?;
                let neg = x.is_sign_negative() && !x.is_nan();
                let ax = x.abs();
                let p = conv.prec.unwrap_or(6);
                let body = if x.is_nan() {
                    "nan".to_string()
                } else if x.is_infinite() {
                    "inf".to_string()
                } else {
                    match ch {
                        'e' | 'E' => {
                            let r = fmt_exp(ax, p, false);
                            if conv.alt && p == 0 {
                                let k = r.find('e').unwrap();
                                format!("{}.{}", &r[..k], &r[k..])
                            } else {
                                r
                            }
                        }
                        'f' | 'F' => {
                            let r = format!("{:.*}", p, ax);
                            if conv.alt && p == 0 { r + "." } else { r }
                        }
                        _ => fmt_general(ax, p, false, conv.alt),
                    }
                };
                let body = if ch.is_ascii_uppercase() { body.to_uppercase() } else { body };
                let c2 = if x.is_finite() { conv } else { Conv { zero: false, ..conv } };
                pad(&c2, num_sign(neg, &c2), "", &body)
            }
            'c' => {
                let s = if let Some(st) = as_str(&arg) {
                    if st.chars().count() != 1 {
                        return Err(type_error("%c requires int or char"));
                    }
                    st.to_string()
                } else if let Some(n) = int_val(&arg) {
                    let n = n.as_i64().filter(|n| (0..=0x10ffff).contains(n)).ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
                    char::from_u32(n as u32).map(|c| c.to_string()).unwrap_or_default()
                } else {
                    return Err(type_error("%c requires int or char"));
                };
                let c2 = Conv { zero: false, ..conv };
                pad(&c2, "", "", &s)
            }
            other => {
                return Err(value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    i - 1
                )));
            }
        };
        let _ = start;
        out.push_str(&piece);
    }
    if !used_mapping && tuple_args.is_some() && next < items.len() {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    if !used_mapping && tuple_args.is_none() && next == 0 && !is_mapping {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}
