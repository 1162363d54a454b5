//! Text formatting: the format-spec mini-language (`spec`), `%`-formatting
//! (`percent`), and `str.format` (here).

pub mod percent;
pub mod spec;

use crate::error::{index_error, key_error, value_error, PyResult};
use crate::objects::function::Kw;
use crate::objects::str::{intern, new_str};
use crate::ops;
use crate::value::Value;

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(fmt: &str, args: &[Value], kw: Option<&Kw>) -> PyResult<String> {
    let mut auto = 0usize;
    let mut mode: Option<bool> = None; // Some(true): automatic numbering
    format_inner(fmt, args, kw, &mut auto, &mut mode, 2)
}

fn format_inner(
    fmt: &str,
    args: &[Value],
    kw: Option<&Kw>,
    auto: &mut usize,
    mode: &mut Option<bool>,
    depth: u32,
) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (specs may nest one level of braces).
            let start = i + 1;
            let mut level = 1;
            let mut j = start;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(value_error(if level > 1 { "unmatched '{' in format spec" } else { "expected '}' before end of string" }));
            }
            let field: String = chars[start..j].iter().collect();
            out.push_str(&render_field(&field, args, kw, auto, mode, depth)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn render_field(
    field: &str,
    args: &[Value],
    kw: Option<&Kw>,
    auto: &mut usize,
    mode: &mut Option<bool>,
    depth: u32,
) -> PyResult<String> {
    // Split name!conv:spec, where the name may contain [..] with ! or : inside.
    let chars: Vec<char> = field.chars().collect();
    let mut k = 0;
    let mut in_bracket = false;
    while k < chars.len() {
        match chars[k] {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => break,
            _ => {}
        }
        k += 1;
    }
    let name: String = chars[..k].iter().collect();
    let mut conv: Option<char> = None;
    let mut spec = String::new();
    if k < chars.len() && chars[k] == '!' {
        conv = chars.get(k + 1).copied();
        k += 2;
        if k < chars.len() && chars[k] != ':' {
            return Err(value_error("expected ':' after conversion specifier"));
        }
        if conv.is_none() {
            return Err(value_error("unmatched '{' in format spec"));
        }
    }
    if k < chars.len() && chars[k] == ':' {
        spec = chars[k + 1..].iter().collect();
    }
    let value = lookup_field(&name, args, kw, auto, mode)?;
    let value = match conv {
        None => value,
        Some('s') => ops::str_(&value)?,
        Some('r') => ops::repr(&value)?,
        Some('a') => new_str(crate::objects::str::ascii_escape(&ops::repr_string(&value)?)),
        Some(other) => return Err(value_error(format!("Unknown conversion specifier {other}"))),
    };
    let spec = if spec.contains('{') {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        format_inner(&spec, args, kw, auto, mode, depth - 1)?
    } else {
        spec
    };
    let r = ops::format(&value, &spec)?;
    Ok(crate::objects::str::as_str(&r).unwrap_or("").to_owned())
}

fn lookup_field(name: &str, args: &[Value], kw: Option<&Kw>, auto: &mut usize, mode: &mut Option<bool>) -> PyResult<Value> {
    // First part: up to '.' or '['.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut obj = if first.is_empty() {
        if *mode == Some(false) {
            return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        *mode = Some(true);
        let i = *auto;
        *auto += 1;
        args.get(i)
            .cloned()
            .ok_or_else(|| index_error(format!("Replacement index {i} out of range for positional args tuple")))?
    } else if let Ok(i) = first.parse::<usize>() {
        if *mode == Some(true) {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *mode = Some(false);
        args.get(i)
            .cloned()
            .ok_or_else(|| index_error(format!("Replacement index {i} out of range for positional args tuple")))?
    } else {
        match kw.and_then(|k| k.get(first)) {
            Some(v) => v.clone(),
            None => return Err(key_error(new_str(first))),
        }
    };
    let rest: Vec<char> = name[first_end..].chars().collect();
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            '.' => {
                let s = i + 1;
                let mut e = s;
                while e < rest.len() && rest[e] != '.' && rest[e] != '[' {
                    e += 1;
                }
                let attr: String = rest[s..e].iter().collect();
                if attr.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                obj = ops::getattr(&obj, &intern(&attr))?;
                i = e;
            }
            '[' => {
                let s = i + 1;
                let mut e = s;
                while e < rest.len() && rest[e] != ']' {
                    e += 1;
                }
                if e >= rest.len() {
                    return Err(value_error("Missing ']' in format string"));
                }
                let key: String = rest[s..e].iter().collect();
                if key.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let k = match key.parse::<i64>() {
                    Ok(n) if !key.starts_with('-') && !key.starts_with('+') => crate::objects::int::new_int(n),
                    _ => new_str(key),
                };
                obj = ops::get_item(&obj, &k)?;
                i = e + 1;
            }
            _ => return Err(value_error("Only '.' or '[' may follow ']' in format field specifier")),
        }
    }
    Ok(obj)
}
