//! The methods of `str`, with CPython 3.11's argument conventions, error
//! messages and Unicode semantics (see `unicode.rs`).

use crate::error::{index_error, memory_error, type_error, value_error, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none, not_implemented};
use crate::objects::clinic;
use crate::objects::function::Kw;
use crate::objects::int::{int_val, new_int};
use crate::objects::list::new_list;
use crate::objects::slice::{self, Bounds, SliceObject};
use crate::objects::str::{as_str, char_str, new_str, StrObject, STR_TYPE};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::objects::unicode as uni;
use crate::ops;
use crate::types::{build, TypeObject};
use crate::value::Value;
use tern_frontend::bytecode::CmpOp;

fn so(v: &Value) -> &StrObject {
    v.downcast::<StrObject>().unwrap()
}

fn s(v: &Value) -> &str {
    so(v).as_str()
}

/// The same text as a new exact str, or `v` itself when it already is one.
fn exact(v: &Value) -> Value {
    if v.is_type(&STR_TYPE) {
        v.clone()
    } else {
        new_str(s(v))
    }
}

/// A str argument: `must be str, not int`.
fn need_str(v: &Value) -> PyResult<&str> {
    as_str(v).ok_or_else(|| type_error(format!("must be str, not {}", v.ty().name())))
}

/// A clinic str argument: `replace() argument 1 must be str, not int`.
fn clinic_str<'a>(v: &'a Value, fname: &str, pos: usize) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| type_error(format!("{fname}() argument {pos} must be str, not {}", clinic::arg_type_name(v))))
}

/// A slice bound as `_PyEval_SliceIndex` reads it (None: absent; huge values clamp).
fn slice_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(x) if is_none(x) => Ok(None),
        Some(x) => {
            let i = match ops::index_opt(x)? {
                Some(i) => i,
                None => return Err(type_error("slice indices must be integers or None or have an __index__ method")),
            };
            let iv = int_val(&i).unwrap();
            Ok(Some(iv.as_i64().unwrap_or(if iv.is_negative() { i64::MIN } else { i64::MAX })))
        }
    }
}

/// CPython's ADJUST_INDICES: start/end clipped against `len` (start may stay past the end).
fn adjust(start: Option<&Value>, end: Option<&Value>, len: usize) -> PyResult<(i64, i64)> {
    let n = len as i64;
    let mut a = slice_index(start)?.unwrap_or(0);
    let mut b = slice_index(end)?.unwrap_or(n);
    if b > n {
        b = n;
    } else if b < 0 {
        b = b.saturating_add(n).max(0);
    }
    if a < 0 {
        a = a.saturating_add(n).max(0);
    }
    Ok((a, b))
}

// ----- construction, conversion, protocols -----------------------------------

fn str_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().unwrap();
    // `str(x)`, the common call: no argument parsing.
    if args.len() == 2 && kw.is_none_or(|k| k.is_empty()) && std::ptr::eq(cls, &STR_TYPE) {
        return ops::str_(&args[1]);
    }
    let a = clinic::keywords(&args[1..], kw, "str", &["object", "encoding", "errors"], 0, 0)?;
    for (i, n) in [(1, "encoding"), (2, "errors")] {
        if let Some(v) = &a[i] {
            if as_str(v).is_none() {
                return Err(type_error(format!("str() argument '{n}' must be str, not {}", clinic::arg_type_name(v))));
            }
        }
    }
    let v = match (&a[0], &a[1], &a[2]) {
        (None, None, None) => crate::objects::str::empty_str(),
        (Some(o), None, None) => ops::str_(o)?,
        (o, e, r) => {
            let o = o.clone().unwrap_or_else(|| crate::objects::bytes::new_bytes(Vec::new()));
            let enc = e.as_ref().and_then(as_str).unwrap_or("utf-8");
            let errors = r.as_ref().and_then(as_str).unwrap_or("strict");
            let data = match crate::objects::bytes::buffer_bytes(&o) {
                Some(d) => d,
                None if as_str(&o).is_some() => return Err(type_error("decoding str is not supported")),
                None => {
                    return Err(type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        o.ty().name()
                    )))
                }
            };
            new_str(crate::objects::codecs::decode(&o, &data, enc, errors)?)
        }
    };
    if std::ptr::eq(cls, &STR_TYPE) {
        return Ok(v);
    }
    Ok(crate::types::alloc_object(cls, StrObject::new_payload(s(&v).into())))
}

fn str_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(crate::objects::str::repr_str(s(&args[0]))))
}

fn str_str(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::objects::str::to_exact(&args[0])
}

fn str_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(so(&args[0]).char_len() as i64))
}

fn str_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(so(&args[0]).hash()))
}

/// `str.__sizeof__`: CPython's compact-string layout size.
fn str_sizeof(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "str.__sizeof__")?;
    let st = so(&args[0]);
    let n = st.char_len() as i64;
    let max = st.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
    let size = if max < 0x80 {
        49 + n
    } else if max < 0x100 {
        73 + n
    } else if max < 0x10000 {
        74 + 2 * n
    } else {
        76 + 4 * n
    };
    Ok(new_int(size))
}

/// `s[start:stop:step]` (the slice's `bounds`) of a str `this`.
pub fn get_slice(this: &Value, bounds: Bounds) -> Value {
    let st = so(this);
    let (start, _, step, n) = slice::adjust(bounds, st.char_len());
    if step == 1 {
        if n == st.char_len() && this.is_type(&STR_TYPE) {
            return this.clone();
        }
        return new_str(st.substring(start as usize, start as usize + n));
    }
    if n == 0 {
        // (`start` may then be -1.)
        return super::str::empty_str();
    }
    let at = |i: usize| (start + i as isize * step) as usize;
    if st.is_ascii() {
        let b = st.as_str().as_bytes();
        let out: Vec<u8> = (0..n).map(|i| b[at(i)]).collect();
        // SAFETY: ASCII bytes.
        return super::str::new_str_known(unsafe { String::from_utf8_unchecked(out) }, n);
    }
    // Only the characters up to the slice's far end are visited.
    let out: String = if step > 0 {
        st.as_str().chars().skip(start as usize).step_by(step as usize).take(n).collect()
    } else {
        let chars: Vec<char> = st.as_str().chars().take(start as usize + 1).collect();
        (0..n).map(|i| chars[at(i)]).collect()
    };
    new_str(out)
}

/// `s[key]`: an index or a slice.
pub fn str_getitem_impl(this: &Value, key: &Value) -> PyResult<Value> {
    let st = so(this);
    if let Some(sl) = key.downcast::<SliceObject>() {
        return Ok(get_slice(this, sl.unpack()?));
    }
    let idx;
    let key = if int_val(key).is_some() {
        key
    } else {
        match ops::index_opt(key)? {
            Some(i) => {
                idx = i;
                &idx
            }
            None => return Err(type_error(format!("string indices must be integers, not '{}'", key.ty().name()))),
        }
    };
    match ops::seq_index(key, st.char_len(), "string")? {
        Some(i) => Ok(char_str(st.char_at(i))),
        None => Err(index_error("string index out of range")),
    }
}

fn str_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    str_getitem_impl(&args[0], &args[1])
}

fn str_contains(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let sub = as_str(&args[1]).ok_or_else(|| {
        type_error(format!("'in <string>' requires string as left operand, not {}", args[1].ty().name()))
    })?;
    Ok(new_bool(s(&args[0]).contains(sub)))
}

fn str_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(crate::objects::iter::fast_iter(&exact(&args[0])).unwrap())
}

fn cmp(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let Some(o) = args.get(1).and_then(as_str) else { return Ok(not_implemented()) };
    let a = s(&args[0]);
    Ok(new_bool(op.holds(a, o)))
}

fn str_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    cmp(args, CmpOp::Eq)
}
fn str_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    cmp(args, CmpOp::Ne)
}
fn str_lt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    cmp(args, CmpOp::Lt)
}
fn str_le(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    cmp(args, CmpOp::Le)
}
fn str_gt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    cmp(args, CmpOp::Gt)
}
fn str_ge(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    cmp(args, CmpOp::Ge)
}

fn str_add(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let o = as_str(&args[1]).ok_or_else(|| {
        type_error(format!("can only concatenate str (not \"{}\") to str", args[1].ty().name()))
    })?;
    let a = s(&args[0]);
    let mut out = String::with_capacity(a.len() + o.len());
    out.push_str(a);
    out.push_str(o);
    Ok(new_str(out))
}

/// `s.__mul__(n)`: n from an int or `__index__`.
fn str_mul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let n = ops::repeat_count_arg(&args[1])?;
    let text = s(&args[0]);
    if n == 1 {
        return Ok(exact(&args[0]));
    }
    match text.len().checked_mul(n) {
        Some(total) => clinic::check_alloc(total)?,
        None => return Err(memory_error()),
    }
    Ok(new_str(text.repeat(n)))
}

fn str_mod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(crate::format::percent::str_percent(s(&args[0]), &args[1])?))
}

/// `str.__rmod__`: only a str left operand formats (so this is NotImplemented for others).
fn str_rmod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    match as_str(&args[1]) {
        Some(f) => Ok(new_str(crate::format::percent::str_percent(f, &args[0])?)),
        None => Ok(not_implemented()),
    }
}

fn str_format_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(crate::format::str_format(s(&args[0]), &args[1..], kw)?))
}

fn str_format_map(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let m = clinic::one_arg(&args[1..], kw, "str.format_map")?;
    Ok(new_str(crate::format::str_format_map(s(&args[0]), m)?))
}

fn str_dunder_format(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::one_arg(&args[1..], kw, "str.__format__")?;
    let spec = as_str(&args[1])
        .ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", args[1].ty().name())))?;
    if spec.is_empty() {
        // str(self): a subclass's __str__ answers (CPython's unicode___format__).
        return crate::ops::str_(&args[0]);
    }
    Ok(new_str(crate::format::spec::format_str_typed(s(&args[0]), spec, args[0].ty().name())?))
}

fn str_getnewargs(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "str.__getnewargs__")?;
    Ok(new_tuple(vec![new_str(s(&args[0]))]))
}

// ----- joining and splitting ------------------------------------------------------

fn str_join(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let it = clinic::one_arg(&args[1..], kw, "str.join")?;
    let sep = so(&args[0]);
    let items = match ops::collect(it) {
        Ok(v) => v,
        Err(e) if e.matches(&crate::objects::exception::TYPE_ERROR) && ops::iter(it).is_err() => {
            return Err(type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    if items.len() == 1 && items[0].is_type(&STR_TYPE) {
        return Ok(items[0].clone());
    }
    if let Some((i, it)) = items.iter().enumerate().find(|(_, it)| as_str(it).is_none()) {
        return Err(type_error(format!("sequence item {}: expected str instance, {} found", i, it.ty().name())));
    }
    Ok(crate::objects::str::join(Some(sep), items.iter().map(so)))
}

/// Python's str.isspace for one character.
pub fn is_space(c: char) -> bool {
    uni::is_space(c)
}

/// `str.split()` on runs of whitespace, at most `maxsplit` splits.
fn split_whitespace(text: &str, maxsplit: i64) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = text.trim_start_matches(is_space);
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(new_str(rest));
            return out;
        }
        match rest.find(is_space) {
            Some(i) => {
                out.push(new_str(&rest[..i]));
                rest = rest[i..].trim_start_matches(is_space);
                n += 1;
            }
            None => {
                out.push(new_str(rest));
                break;
            }
        }
    }
    out
}

/// `str.rsplit()` on runs of whitespace, at most `maxsplit` splits from the right.
fn rsplit_whitespace(text: &str, maxsplit: i64) -> Vec<Value> {
    let mut out = Vec::new();
    let mut rest = text.trim_end_matches(is_space);
    let mut n = 0;
    while !rest.is_empty() {
        if maxsplit >= 0 && n >= maxsplit {
            out.push(new_str(rest));
            break;
        }
        match rest.rfind(is_space) {
            Some(i) => {
                let c = rest[i..].chars().next().unwrap();
                out.push(new_str(&rest[i + c.len_utf8()..]));
                rest = rest[..i].trim_end_matches(is_space);
                n += 1;
            }
            None => {
                out.push(new_str(rest));
                break;
            }
        }
    }
    out.reverse();
    out
}

/// `sep` and `maxsplit` of split and rsplit: the separator (a non-empty
/// str) or None, and the count (-1: no limit).
fn split_args(args: &[Value], kw: Option<&Kw>, name: &str) -> PyResult<(Option<Value>, i64)> {
    // Positional arguments only (the common call): no binding table.
    let (sep, max) = if kw.is_none_or(|k| k.is_empty()) && args.len() <= 3 {
        (args.get(1).cloned(), args.get(2).cloned())
    } else {
        let mut a = clinic::keywords(&args[1..], kw, name, &["sep", "maxsplit"], 0, 0)?;
        (a[0].take(), a[1].take())
    };
    let sep = match sep {
        Some(v) if !is_none(&v) => {
            let t = as_str(&v).ok_or_else(|| type_error(format!("must be str or None, not {}", v.ty().name())))?;
            if t.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(v)
        }
        _ => None,
    };
    let max = match &max {
        Some(v) => clinic::ssize_arg(v)?,
        None => -1,
    };
    Ok((sep, max))
}

/// A one-byte pattern as a char: Rust searches for a char with memchr, for
/// a &str with the two-way algorithm.
fn one_char(p: &str) -> Option<char> {
    (p.len() == 1).then(|| p.as_bytes()[0] as char)
}

/// A piece of `src` (an exact or subclassed str) as a new str.
fn piece(src: &Value, t: &str) -> Value {
    if so(src).is_ascii() {
        crate::objects::str::new_str_known(t, t.len())
    } else {
        new_str(t)
    }
}

fn str_split(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let (sep, max) = split_args(args, kw, "split")?;
    let text = s(&args[0]);
    let parts = match sep.as_ref().and_then(as_str) {
        None => split_whitespace(text, max),
        Some(sep) => {
            let p = |t: &str| piece(&args[0], t);
            match one_char(sep) {
                Some(c) if max < 0 => text.split(c).map(p).collect(),
                Some(c) => text.splitn(max as usize + 1, c).map(p).collect(),
                None if max < 0 => text.split(sep).map(p).collect(),
                None => text.splitn(max as usize + 1, sep).map(p).collect(),
            }
        }
    };
    Ok(new_list(parts))
}

fn str_rsplit(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let (sep, max) = split_args(args, kw, "rsplit")?;
    let text = s(&args[0]);
    let parts: Vec<Value> = match sep.as_ref().and_then(as_str) {
        None => rsplit_whitespace(text, max),
        Some(sep) => {
            let p = |t: &str| piece(&args[0], t);
            let mut p: Vec<Value> = if max < 0 {
                text.rsplit(sep).map(p).collect()
            } else {
                text.rsplitn(max as usize + 1, sep).map(p).collect()
            };
            p.reverse();
            p
        }
    };
    Ok(new_list(parts))
}

fn str_splitlines(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords(&args[1..], kw, "splitlines", &["keepends"], 0, 0)?;
    let keep = match &a[0] {
        Some(k) => {
            let i = ops::index(k)?;
            !int_val(&i).unwrap().is_zero()
        }
        None => false,
    };
    let text = s(&args[0]);
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((b, c)) = it.next() {
        if uni::is_linebreak(c) {
            let mut end = b + c.len_utf8();
            if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
                it.next();
                end += 1;
            }
            out.push(new_str(if keep { &text[start..end] } else { &text[start..b] }));
            start = end;
        }
    }
    if start < text.len() {
        out.push(new_str(&text[start..]));
    }
    Ok(new_list(out))
}

/// partition/rpartition around the first/last separator.
fn partition_impl(args: &[Value], kw: Option<&Kw>, rev: bool) -> PyResult<Value> {
    let sepv = clinic::one_arg(&args[1..], kw, if rev { "str.rpartition" } else { "str.partition" })?;
    let text = s(&args[0]);
    let sep = need_str(sepv)?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if rev { text.rfind(sep) } else { text.find(sep) };
    Ok(match found {
        Some(i) => new_tuple(vec![new_str(&text[..i]), exact(sepv), new_str(&text[i + sep.len()..])]),
        None => {
            let e = crate::objects::str::empty_str();
            if rev {
                new_tuple(vec![e.clone(), e, exact(&args[0])])
            } else {
                new_tuple(vec![exact(&args[0]), e.clone(), e])
            }
        }
    })
}

fn str_partition(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    partition_impl(args, kw, false)
}
fn str_rpartition(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    partition_impl(args, kw, true)
}

// ----- stripping and padding ---------------------------------------------------

/// strip/lstrip/rstrip of whitespace or the given characters.
fn do_strip(args: &[Value], kw: Option<&Kw>, left: bool, right: bool, name: &str) -> PyResult<Value> {
    clinic::positional(&args[1..], kw, name, format_args!("str.{name}"), 0, 1)?;
    let text = s(&args[0]);
    let chars: Option<Vec<char>> = match args.get(1) {
        None => None,
        Some(v) if is_none(v) => None,
        Some(v) => Some(as_str(v).ok_or_else(|| type_error(format!("{name} arg must be None or str")))?.chars().collect()),
    };
    let pred = |c: char| match &chars {
        None => is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut t = text;
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    if t.len() == text.len() {
        return Ok(exact(&args[0]));
    }
    Ok(new_str(t))
}

fn str_strip(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    do_strip(args, kw, true, true, "strip")
}
fn str_lstrip(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    do_strip(args, kw, true, false, "lstrip")
}
fn str_rstrip(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    do_strip(args, kw, false, true, "rstrip")
}

/// ljust/rjust/center with a one-character fill.
fn pad_impl(args: &[Value], kw: Option<&Kw>, name: &str, how: char) -> PyResult<Value> {
    clinic::positional(&args[1..], kw, name, format_args!("str.{name}"), 1, 2)?;
    let text = s(&args[0]);
    let width = clinic::ssize_arg(&args[1])?;
    let fill = match args.get(2) {
        Some(f) => {
            let fs = as_str(f).ok_or_else(|| {
                type_error(format!("The fill character must be a unicode character, not {}", f.ty().name()))
            })?;
            let mut cs = fs.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    let len = so(&args[0]).char_len() as i64;
    if width <= len {
        return Ok(exact(&args[0]));
    }
    let pad = (width - len) as usize;
    clinic::check_alloc(pad.saturating_mul(fill.len_utf8()))?;
    let left = match how {
        '<' => 0,
        '>' => pad,
        _ => pad / 2 + (pad & width as usize & 1),
    };
    let mut out = String::with_capacity(text.len() + pad * fill.len_utf8());
    let put = |out: &mut String, n: usize| {
        if fill.is_ascii() {
            // SAFETY: ASCII bytes keep the string UTF-8.
            let v = unsafe { out.as_mut_vec() };
            v.resize(v.len() + n, fill as u8);
        } else {
            out.extend(std::iter::repeat_n(fill, n));
        }
    };
    put(&mut out, left);
    out.push_str(text);
    put(&mut out, pad - left);
    Ok(crate::objects::str::new_str_known(out, width as usize))
}

fn str_ljust(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    pad_impl(args, kw, "ljust", '<')
}
fn str_rjust(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    pad_impl(args, kw, "rjust", '>')
}
fn str_center(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    pad_impl(args, kw, "center", '^')
}

fn str_zfill(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let w = clinic::one_arg(&args[1..], kw, "str.zfill")?;
    let width = clinic::ssize_arg(w)?;
    let text = s(&args[0]);
    let len = so(&args[0]).char_len() as i64;
    if width <= len {
        return Ok(exact(&args[0]));
    }
    clinic::check_alloc((width - len) as usize)?;
    let pad = "0".repeat((width - len) as usize);
    Ok(new_str(match text.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{pad}{}", &text[1..]),
        _ => format!("{pad}{text}"),
    }))
}

fn str_expandtabs(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords(&args[1..], kw, "expandtabs", &["tabsize"], 0, 0)?;
    let ts = match &a[0] {
        Some(t) => clinic::int_arg(t)? as i64,
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s(&args[0]).chars() {
        if c == '\t' {
            if ts > 0 {
                let n = ts - col % ts;
                out.extend(std::iter::repeat(' ').take(n as usize));
                col += n;
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(new_str(out))
}

// ----- searching ----------------------------------------------------------------

/// The character range `[a, b)` of a search, and the text as bytes offsets; None if empty-impossible.
fn find_impl(args: &[Value], kw: Option<&Kw>, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    clinic::parse_tuple(&args[1..], kw, name, format_args!("str.{name}"), 1, 3)?;
    let st = so(&args[0]);
    let sub = need_str(&args[1])?;
    let (a, b) = adjust(args.get(2), args.get(3), st.char_len())?;
    let sub_len = if sub.is_ascii() { sub.len() } else { sub.chars().count() } as i64;
    if b - a < sub_len {
        return Ok(None);
    }
    let (ba, bb) = (st.byte_offset(a as usize), st.byte_offset(b as usize));
    let hay = &st.as_str()[ba..bb];
    let r = if reverse { hay.rfind(sub) } else { hay.find(sub) };
    Ok(r.map(|i| if st.is_ascii() { ba + i } else { st.as_str()[..ba + i].chars().count() }))
}

fn str_find(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(find_impl(args, kw, "find", false)?.map_or(-1, |i| i as i64)))
}
fn str_rfind(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(find_impl(args, kw, "rfind", true)?.map_or(-1, |i| i as i64)))
}
fn str_index(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    find_impl(args, kw, "index", false)?.map(|i| new_int(i as i64)).ok_or_else(|| value_error("substring not found"))
}
fn str_rindex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    find_impl(args, kw, "rindex", true)?.map(|i| new_int(i as i64)).ok_or_else(|| value_error("substring not found"))
}

fn str_count(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::parse_tuple(&args[1..], kw, "count", "str.count", 1, 3)?;
    let st = so(&args[0]);
    let sub = need_str(&args[1])?;
    let (a, b) = adjust(args.get(2), args.get(3), st.char_len())?;
    if b < a {
        return Ok(new_int(0));
    }
    if sub.is_empty() {
        return Ok(new_int(b - a + 1));
    }
    let hay = &st.as_str()[st.byte_offset(a as usize)..st.byte_offset(b as usize)];
    Ok(new_int(hay.matches(sub).count() as i64))
}

fn str_replace(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::positional(&args[1..], kw, "replace", "str.replace", 2, 3)?;
    let text = s(&args[0]);
    let old = clinic_str(&args[1], "replace", 1)?;
    let new = clinic_str(&args[2], "replace", 2)?;
    let count = match args.get(3) {
        Some(c) => clinic::ssize_arg(c)?,
        None => -1,
    };
    let c = one_char(old);
    let found = match c {
        Some(c) => text.contains(c),
        None => old.is_empty() || text.contains(old),
    };
    if count == 0 || !found {
        return Ok(exact(&args[0]));
    }
    let n = if count < 0 { usize::MAX } else { count as usize };
    Ok(new_str(match c {
        Some(c) => text.replacen(c, new, n),
        None => text.replacen(old, new, n),
    }))
}

/// startswith/endswith with a str or a tuple of str and an optional range.
fn prefix_check(args: &[Value], kw: Option<&Kw>, name: &str, ends: bool) -> PyResult<Value> {
    clinic::parse_tuple(&args[1..], kw, name, format_args!("str.{name}"), 1, 3)?;
    let st = so(&args[0]);
    let (a, b) = adjust(args.get(2), args.get(3), st.char_len())?;
    let check = |p: &str| -> bool {
        let plen = if p.is_ascii() { p.len() } else { p.chars().count() } as i64;
        if b - a < plen || a > st.char_len() as i64 {
            return false;
        }
        let hay = &st.as_str()[st.byte_offset(a as usize)..st.byte_offset(b as usize)];
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    if let Some(t) = tuple_items(&args[1]) {
        for p in t {
            let ps = as_str(p).ok_or_else(|| {
                type_error(format!("tuple for {name} must only contain str, not {}", p.ty().name()))
            })?;
            if check(ps) {
                return Ok(new_bool(true));
            }
        }
        return Ok(new_bool(false));
    }
    match as_str(&args[1]) {
        Some(p) => Ok(new_bool(check(p))),
        None => Err(type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            args[1].ty().name()
        ))),
    }
}

fn str_startswith(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    prefix_check(args, kw, "startswith", false)
}
fn str_endswith(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    prefix_check(args, kw, "endswith", true)
}

fn str_removeprefix(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let p = clinic::one_arg(&args[1..], kw, "str.removeprefix")?;
    let p = as_str(p).ok_or_else(|| type_error(format!("removeprefix() argument must be str, not {}", clinic::arg_type_name(p))))?;
    let t = s(&args[0]);
    match t.strip_prefix(p) {
        Some(r) if !p.is_empty() => Ok(new_str(r)),
        _ => Ok(exact(&args[0])),
    }
}

fn str_removesuffix(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let p = clinic::one_arg(&args[1..], kw, "str.removesuffix")?;
    let p = as_str(p).ok_or_else(|| type_error(format!("removesuffix() argument must be str, not {}", clinic::arg_type_name(p))))?;
    let t = s(&args[0]);
    match t.strip_suffix(p) {
        Some(r) if !p.is_empty() => Ok(new_str(r)),
        _ => Ok(exact(&args[0])),
    }
}

// ----- case mapping ------------------------------------------------------------------

fn str_upper(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "str.upper")?;
    let t = s(&args[0]);
    if t.is_ascii() {
        return Ok(new_str(t.to_ascii_uppercase()));
    }
    let mut out = String::with_capacity(t.len());
    t.chars().for_each(|c| uni::push_upper(c, &mut out));
    Ok(new_str(out))
}

fn str_lower(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "str.lower")?;
    let t = s(&args[0]);
    if t.is_ascii() {
        return Ok(new_str(t.to_ascii_lowercase()));
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for i in 0..chars.len() {
        uni::push_lower_at(&chars, i, &mut out);
    }
    Ok(new_str(out))
}

fn str_title(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "str.title")?;
    let chars: Vec<char> = s(&args[0]).chars().collect();
    let mut out = String::with_capacity(chars.len());
    let mut prev_cased = false;
    for i in 0..chars.len() {
        let c = chars[i];
        if prev_cased {
            uni::push_lower_at(&chars, i, &mut out);
        } else {
            uni::push_title(c, &mut out);
        }
        prev_cased = uni::is_cased(c);
    }
    Ok(new_str(out))
}

fn str_capitalize(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "str.capitalize")?;
    let chars: Vec<char> = s(&args[0]).chars().collect();
    let mut out = String::with_capacity(chars.len());
    for i in 0..chars.len() {
        if i == 0 {
            uni::push_title(chars[0], &mut out);
        } else {
            uni::push_lower_at(&chars, i, &mut out);
        }
    }
    Ok(new_str(out))
}

fn str_swapcase(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "str.swapcase")?;
    let chars: Vec<char> = s(&args[0]).chars().collect();
    let mut out = String::with_capacity(chars.len());
    for i in 0..chars.len() {
        let c = chars[i];
        if uni::is_upper(c) {
            uni::push_lower_at(&chars, i, &mut out);
        } else if uni::is_lower(c) {
            uni::push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Ok(new_str(out))
}

fn str_casefold(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "str.casefold")?;
    let mut out = String::new();
    s(&args[0]).chars().for_each(|c| uni::push_fold(c, &mut out));
    Ok(new_str(out))
}

// ----- predicates -----------------------------------------------------------------------

/// True when the string is non-empty and every character satisfies `f`.
fn pred(args: &[Value], kw: Option<&Kw>, name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, name)?;
    let t = s(&args[0]);
    Ok(new_bool(!t.is_empty() && t.chars().all(f)))
}

fn str_isdigit(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    pred(args, kw, "str.isdigit", uni::is_digit)
}
fn str_isdecimal(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    pred(args, kw, "str.isdecimal", uni::is_decimal)
}
fn str_isnumeric(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    pred(args, kw, "str.isnumeric", uni::is_numeric)
}
/// `str.isalpha` for one character.
pub fn is_alpha(c: char) -> bool {
    uni::is_alpha(c)
}
fn str_isalpha(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    pred(args, kw, "str.isalpha", uni::is_alpha)
}
fn str_isalnum(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    pred(args, kw, "str.isalnum", uni::is_alnum)
}
fn str_isspace(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    pred(args, kw, "str.isspace", uni::is_space)
}
fn str_isascii(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "str.isascii")?;
    Ok(new_bool(so(&args[0]).is_ascii()))
}

fn str_isupper(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "str.isupper")?;
    let mut cased = false;
    for c in s(&args[0]).chars() {
        if uni::is_lower(c) || uni::is_title(c) {
            return Ok(new_bool(false));
        }
        cased |= uni::is_upper(c);
    }
    Ok(new_bool(cased))
}

fn str_islower(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "str.islower")?;
    let mut cased = false;
    for c in s(&args[0]).chars() {
        if uni::is_upper(c) || uni::is_title(c) {
            return Ok(new_bool(false));
        }
        cased |= uni::is_lower(c);
    }
    Ok(new_bool(cased))
}

fn str_istitle(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "str.istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s(&args[0]).chars() {
        if uni::is_upper(c) || uni::is_title(c) {
            if prev_cased {
                return Ok(new_bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if uni::is_lower(c) {
            if !prev_cased {
                return Ok(new_bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(new_bool(cased))
}

/// `str.isidentifier` on text.
pub fn is_identifier(t: &str) -> bool {
    let mut cs = t.chars();
    match cs.next() {
        Some(c) if uni::is_xid_start(c) => cs.all(uni::is_xid_continue),
        _ => false,
    }
}

fn str_isidentifier(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "str.isidentifier")?;
    Ok(new_bool(is_identifier(s(&args[0]))))
}

fn str_isprintable(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "str.isprintable")?;
    Ok(new_bool(s(&args[0]).chars().all(uni::is_printable)))
}

// ----- encoding and translation -------------------------------------------------------------

fn str_encode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords(&args[1..], kw, "encode", &["encoding", "errors"], 0, 0)?;
    let mut opts = ["utf-8", "strict"];
    for (i, n) in ["encoding", "errors"].iter().enumerate() {
        if let Some(v) = &a[i] {
            opts[i] = as_str(v)
                .ok_or_else(|| type_error(format!("encode() argument '{n}' must be str, not {}", clinic::arg_type_name(v))))?;
        }
    }
    let data = crate::objects::codecs::encode(&args[0], s(&args[0]), opts[0], opts[1])?;
    Ok(crate::objects::bytes::new_bytes(data))
}

fn str_maketrans(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::positional(args, kw, "maketrans", "str.maketrans", 1, 3)?;
    let d = crate::objects::dict::new_dict();
    let dd = crate::objects::dict::as_dict(&d).unwrap();
    if args.len() == 1 {
        let m = args[0]
            .downcast_exact::<crate::objects::dict::DictObject>()
            .ok_or_else(|| type_error("if you give only one argument to maketrans it must be a dict"))?;
        for (k, v) in m.items() {
            let key = if let Some(ks) = as_str(&k) {
                let mut cs = ks.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => new_int(c as i64),
                    _ => return Err(value_error("string keys in translate table must be of length 1")),
                }
            } else if int_val(&k).is_some() {
                k
            } else {
                return Err(type_error("keys in translate table must be strings or integers"));
            };
            dd.set(key, v)?;
        }
        return Ok(d);
    }
    let y: Vec<char> = clinic_str(&args[1], "maketrans", 2)?.chars().collect();
    if let Some(z) = args.get(2) {
        clinic_str(z, "maketrans", 3)?;
    }
    let x: Vec<char> = as_str(&args[0])
        .ok_or_else(|| type_error("first maketrans argument must be a string if there is a second argument"))?
        .chars()
        .collect();
    if x.len() != y.len() {
        return Err(value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.iter().zip(y.iter()) {
        dd.set(new_int(*a as i64), new_int(*b as i64))?;
    }
    if let Some(z) = args.get(2) {
        for c in as_str(z).unwrap_or("").chars() {
            dd.set(new_int(c as i64), none())?;
        }
    }
    Ok(d)
}

fn str_translate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let table = clinic::one_arg(&args[1..], kw, "str.translate")?;
    let mut out = String::new();
    for c in s(&args[0]).chars() {
        match ops::get_item(table, &new_int(c as i64)) {
            Ok(v) => {
                if is_none(&v) {
                    continue;
                }
                if let Some(i) = int_val(&v) {
                    let ch = i
                        .as_i64()
                        .filter(|n| (0..0x110000).contains(n))
                        .and_then(|n| char::from_u32(n as u32))
                        .ok_or_else(|| value_error("character mapping must be in range(0x110000)"))?;
                    out.push(ch);
                } else if let Some(t) = as_str(&v) {
                    out.push_str(t);
                } else {
                    return Err(type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if e.matches(&crate::objects::exception::LOOKUP_ERROR) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(new_str(out))
}

const STR_DOC: &str = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.";

pub fn init() {
    let t = &STR_TYPE;
    build::new(t, str_new);
    build::doc(t, STR_DOC);
    let m: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__repr__", str_repr),
        ("__str__", str_str),
        ("__len__", str_len),
        ("__hash__", str_hash),
        ("__sizeof__", str_sizeof),
        ("__getitem__", str_getitem),
        ("__contains__", str_contains),
        ("__iter__", str_iter),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__format__", str_dunder_format),
        ("__getnewargs__", str_getnewargs),
        ("format", str_format_m),
        ("format_map", str_format_map),
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("replace", str_replace),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("casefold", str_casefold),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isascii", str_isascii),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("encode", str_encode),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("center", str_center),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("translate", str_translate),
    ];
    for (name, f) in m {
        build::method(t, name, *f);
    }
    build::staticmethod(t, "maketrans", str_maketrans);
}
