//! Text formatting: the format-spec mini-language (`spec`), `%`-formatting
//! (`percent`), and `str.format` / `str.format_map` (here, ported from
//! CPython's Objects/stringlib/unicode_format.h).

pub mod percent;
pub mod spec;

use crate::error::{index_error, key_error, value_error, PyResult};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::{as_str, intern, new_str};
use crate::ops;
use crate::value::Value;

/// Where replacement fields find their values.
enum Source<'a> {
    /// `str.format(*args, **kwargs)`.
    Call(&'a [Value], Option<&'a Kw<'a>>),
    /// `str.format_map(mapping)`: no positional fields.
    Mapping(&'a Value),
}

/// Automatic field numbering state.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct Auto {
    state: AutoState,
    next: usize,
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(fmt: &str, args: &[Value], kw: Option<&Kw>) -> PyResult<String> {
    let mut auto = Auto { state: AutoState::Init, next: 0 };
    let chars: Vec<char> = fmt.chars().collect();
    build_string(&chars, &Source::Call(args, kw), 2, &mut auto)
}

/// `fmt.format_map(mapping)`.
pub fn str_format_map(fmt: &str, mapping: &Value) -> PyResult<String> {
    let mut auto = Auto { state: AutoState::Init, next: 0 };
    let chars: Vec<char> = fmt.chars().collect();
    build_string(&chars, &Source::Mapping(mapping), 2, &mut auto)
}

/// One parsed replacement field.
pub(crate) struct Field {
    pub(crate) name: Vec<char>,
    pub(crate) conversion: Option<char>,
    pub(crate) spec: Vec<char>,
    spec_needs_expanding: bool,
}

/// Renders a format string (CPython's build_string over MarkupIterator); `depth` limits nested specs.
fn build_string(chars: &[char], src: &Source, depth: i32, auto: &mut Auto) -> PyResult<String> {
    if depth <= 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(chars.len());
    let mut pos = 0;
    let n = chars.len();
    while pos < n {
        // Literal text up to the first '{' or '}'.
        let start = pos;
        let mut c = '\0';
        let mut markup = false;
        while pos < n {
            c = chars[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= n;
        let mut len = pos - start;
        if c == '}' && markup && (at_end || chars[pos] != '}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if at_end && c == '{' && markup {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if !at_end && markup {
            if chars[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        } else if at_end && !markup {
            // plain literal up to the end
        }
        out.extend(&chars[start..start + len]);
        if !markup {
            continue;
        }
        let field = parse_field(chars, &mut pos)?;
        out.push_str(&output_markup(&field, src, depth, auto)?);
    }
    Ok(out)
}

/// Parses `name[!conv][:spec]}` after a '{' (CPython's parse_field).
pub(crate) fn parse_field(chars: &[char], pos: &mut usize) -> PyResult<Field> {
    let n = chars.len();
    let name_start = *pos;
    let mut c = '\0';
    while *pos < n {
        c = chars[*pos];
        *pos += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < n && chars[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name = chars[name_start..*pos - 1].to_vec();
    let mut field = Field { name, conversion: None, spec: Vec::new(), spec_needs_expanding: false };
    if c == '!' || c == ':' {
        if c == '!' {
            if *pos >= n {
                return Err(value_error("end of string while looking for conversion specifier"));
            }
            field.conversion = Some(chars[*pos]);
            *pos += 1;
            if *pos < n {
                let c2 = chars[*pos];
                *pos += 1;
                if c2 == '}' {
                    return Ok(field);
                }
                if c2 != ':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < n {
            let c2 = chars[*pos];
            *pos += 1;
            match c2 {
                '{' => {
                    field.spec_needs_expanding = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = chars[spec_start..*pos - 1].to_vec();
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(value_error("expected '}' before end of string"));
    }
    Ok(field)
}

/// A decimal field index, as CPython's get_integer (None: not all digits).
pub(crate) fn get_integer(s: &[char]) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = crate::objects::unicode::decimal_value(c) else { return Ok(None) };
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|a| *a <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(acc))
}

/// Renders one replacement field: lookup, conversion, nested spec expansion, `format()`.
fn output_markup(field: &Field, src: &Source, depth: i32, auto: &mut Auto) -> PyResult<String> {
    let mut obj = get_field_object(&field.name, src, auto)?;
    if let Some(conv) = field.conversion {
        obj = match conv {
            'r' => ops::repr(&obj)?,
            's' => ops::str_(&obj)?,
            'a' => new_str(crate::objects::str::ascii_escape(&ops::repr_string(&obj)?)),
            c if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(value_error(format!("Unknown conversion specifier {c}")))
            }
            c => return Err(value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
        };
    }
    let spec: String = if field.spec_needs_expanding {
        build_string(&field.spec, src, depth - 1, auto)?
    } else {
        field.spec.iter().collect()
    };
    let r = ops::format(&obj, &spec)?;
    Ok(as_str(&r).unwrap_or("").to_owned())
}

/// Resolves a field name (`0`, `name`, then `.attr` / `[key]` parts) to its object.
fn get_field_object(name: &[char], src: &Source, auto: &mut Auto) -> PyResult<Value> {
    let first_end = name.iter().position(|&c| c == '.' || c == '[').unwrap_or(name.len());
    let first = &name[..first_end];
    let mut index = get_integer(first)?;
    let empty = first.is_empty();
    let numeric = empty || index.is_some();
    if auto.state == AutoState::Init && numeric {
        auto.state = if empty { AutoState::Auto } else { AutoState::Manual };
    }
    if numeric {
        if auto.state == AutoState::Manual && empty {
            return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        if auto.state == AutoState::Auto && !empty {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
    }
    if empty {
        index = Some(auto.next);
        auto.next += 1;
    }
    let mut obj = match index {
        None => {
            let key: String = first.iter().collect();
            match src {
                Source::Call(_, kw) => match kw.and_then(|k| k.get(&key)) {
                    Some(v) => v.clone(),
                    None => return Err(key_error(new_str(key))),
                },
                Source::Mapping(m) => ops::get_item(m, &new_str(key))?,
            }
        }
        Some(i) => match src {
            Source::Call(args, _) => args.get(i).cloned().ok_or_else(|| {
                index_error(format!("Replacement index {i} out of range for positional args tuple"))
            })?,
            Source::Mapping(_) => return Err(value_error("Format string contains positional fields")),
        },
    };
    let rest = &name[first_end..];
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        i += 1;
        match c {
            '.' => {
                let s = i;
                while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                    i += 1;
                }
                let attr: String = rest[s..i].iter().collect();
                if attr.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                obj = ops::getattr(&obj, &intern(&attr))?;
            }
            '[' => {
                let s = i;
                while i < rest.len() && rest[i] != ']' {
                    i += 1;
                }
                if i >= rest.len() {
                    return Err(value_error("Missing ']' in format string"));
                }
                let key = &rest[s..i];
                i += 1;
                if key.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let k = match get_integer(key)? {
                    Some(n) => new_int(n as i64),
                    None => new_str(key.iter().collect::<String>()),
                };
                obj = ops::get_item(&obj, &k)?;
            }
            _ => return Err(value_error("Only '.' or '[' may follow ']' in format field specifier")),
        }
    }
    Ok(obj)
}
