//! The `_string` module of CPython 3.11 (Objects/unicodeobject.c,
//! Objects/stringlib/unicode_format.h): the parsers behind
//! `string.Formatter`, sharing `str.format`'s field parser (`crate::format`).
//! Both return iterators that raise their ValueError when iteration reaches
//! the bad part, as CPython's do.

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{new_bool, none};
use crate::objects::function::{new_builtin, Kw, NativeFn};
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleObject};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::types::{TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::{Cell, RefCell};

/// Items computed up front, then the error (if any) that ends the iteration.
#[repr(C)]
pub struct PartsIter {
    header: ObjHeader,
    items: RefCell<std::vec::IntoIter<Value>>,
    error: RefCell<Option<PyErr>>,
    done: Cell<bool>,
}

pub static FORMATTER_ITER_TYPE: TypeObject = TypeObject::builtin::<PartsIter>("formatteriterator", Some(&OBJECT_TYPE), 0);
pub static FIELDNAME_ITER_TYPE: TypeObject = TypeObject::builtin::<PartsIter>("fieldnameiterator", Some(&OBJECT_TYPE), 0);

unsafe impl PyObj for PartsIter {
    fn class() -> &'static TypeObject {
        &FORMATTER_ITER_TYPE
    }
    fn has_layout(t: &TypeObject) -> bool {
        std::ptr::eq(t, &FORMATTER_ITER_TYPE) || std::ptr::eq(t, &FIELDNAME_ITER_TYPE)
    }
}

fn new_parts(ty: &TypeObject, items: Vec<Value>, error: Option<PyErr>) -> Value {
    crate::types::alloc_object(
        ty,
        PartsIter {
            header: ObjHeader::new(std::ptr::null()),
            items: RefCell::new(items.into_iter()),
            error: RefCell::new(error),
            done: Cell::new(false),
        },
    )
}

fn parts_next(it: &Value) -> PyResult<Option<Value>> {
    let p = unsafe { it.downcast_unchecked::<PartsIter>() };
    if p.done.get() {
        return Ok(None);
    }
    let next = p.items.borrow_mut().next();
    if let Some(v) = next {
        return Ok(Some(v));
    }
    p.done.set(true);
    let err = p.error.borrow_mut().take();
    match err {
        Some(e) => Err(e),
        None => Ok(None),
    }
}

fn text(chars: &[char]) -> Value {
    new_str(chars.iter().collect::<String>())
}

/// CPython's MarkupIterator: (literal, field_name, format_spec, conversion) tuples.
fn markup_items(chars: &[char]) -> (Vec<Value>, Option<PyErr>) {
    let mut out = Vec::new();
    let n = chars.len();
    let mut pos = 0;
    while pos < n {
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
            return (out, Some(value_error("Single '}' encountered in format string")));
        }
        if at_end && c == '{' && markup {
            return (out, Some(value_error("Single '{' encountered in format string")));
        }
        if !at_end && markup {
            if chars[pos] == c {
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        let literal = text(&chars[start..start + len]);
        if !markup {
            out.push(new_tuple(vec![literal, none(), none(), none()]));
            continue;
        }
        match crate::format::parse_field(chars, &mut pos) {
            Ok(f) => {
                let conv = f.conversion.map_or_else(none, |c| new_str(c.to_string()));
                out.push(new_tuple(vec![literal, text(&f.name), text(&f.spec), conv]));
            }
            Err(e) => return (out, Some(e)),
        }
    }
    (out, None)
}

fn str_arg<'a>(args: &'a [Value], kw: Option<&Kw>, name: &str) -> PyResult<&'a str> {
    let v = crate::objects::clinic::one_arg(args, kw, name)?;
    as_str(v).ok_or_else(|| type_error(format!("{name}() argument must be str, not {}", v.ty().name())))
}

/// `formatter_parser(str)`.
fn formatter_parser(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = str_arg(args, kw, "formatter_parser")?;
    let chars: Vec<char> = s.chars().collect();
    let (items, err) = markup_items(&chars);
    Ok(new_parts(&FORMATTER_ITER_TYPE, items, err))
}

/// An index or key: an int when all decimal digits, else the text.
fn key_value(chars: &[char]) -> PyResult<Value> {
    Ok(match crate::format::get_integer(chars)? {
        Some(i) => new_int(i as i64),
        None => text(chars),
    })
}

/// CPython's FieldNameIterator: (is_attribute, name) pairs after the first part.
fn field_rest(rest: &[char]) -> (Vec<Value>, Option<PyErr>) {
    let mut out = Vec::new();
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        i += 1;
        let (is_attr, name) = match c {
            '.' => {
                let s = i;
                while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                    i += 1;
                }
                (true, &rest[s..i])
            }
            '[' => {
                let s = i;
                while i < rest.len() && rest[i] != ']' {
                    i += 1;
                }
                if i >= rest.len() {
                    return (out, Some(value_error("Missing ']' in format string")));
                }
                let name = &rest[s..i];
                i += 1;
                (false, name)
            }
            _ => return (out, Some(value_error("Only '.' or '[' may follow ']' in format field specifier"))),
        };
        if name.is_empty() {
            return (out, Some(value_error("Empty attribute in format string")));
        }
        let v = if is_attr { Ok(text(name)) } else { key_value(name) };
        match v {
            Ok(v) => out.push(new_tuple(vec![new_bool(is_attr), v])),
            Err(e) => return (out, Some(e)),
        }
    }
    (out, None)
}

/// `formatter_field_name_split(field_name)`: (first, iterator of the rest).
fn formatter_field_name_split(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = str_arg(args, kw, "formatter_field_name_split")?;
    let chars: Vec<char> = s.chars().collect();
    let first_end = chars.iter().position(|&c| c == '.' || c == '[').unwrap_or(chars.len());
    let first = key_value(&chars[..first_end])?;
    let (items, err) = field_rest(&chars[first_end..]);
    Ok(new_tuple(vec![first, new_parts(&FIELDNAME_ITER_TYPE, items, err)]))
}

fn init_types() {
    crate::objects::iter::register_iterator(&FORMATTER_ITER_TYPE, parts_next);
    crate::objects::iter::register_iterator(&FIELDNAME_ITER_TYPE, parts_next);
}

static INIT: std::sync::Once = std::sync::Once::new();

pub fn create() -> Value {
    INIT.call_once(init_types);
    let m = new_module("_string");
    let mo = m.downcast::<ModuleObject>().unwrap();
    let fns: &[(&'static str, NativeFn)] = &[
        ("formatter_parser", formatter_parser),
        ("formatter_field_name_split", formatter_field_name_split),
    ];
    for (name, f) in fns {
        mo.set(name, new_builtin(name, *f, Some("_string")));
    }
    mo.set("__doc__", new_str("string helper module"));
    m
}
