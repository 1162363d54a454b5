//! The methods of `str`.

use crate::error::{index_error, type_error, value_error, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none, not_implemented};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::slice::SliceObject;
use crate::objects::str::{as_str, char_str, new_str, StrObject, STR_TYPE};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::ops;
use crate::types::{build, TypeObject};
use crate::value::{ObjHeader, Value};
use tern_frontend::bytecode::CmpOp;

fn so(v: &Value) -> &StrObject {
    v.downcast::<StrObject>().unwrap()
}

fn s(v: &Value) -> &str {
    so(v).as_str()
}

/// An argument that must be a str.
fn arg_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| type_error(format!("{what} must be str, not {}", v.ty().name())))
}

fn str_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().unwrap();
    let a = crate::builtins::args::bind("str", &args[1..], kw, &["object", "encoding", "errors"], 0)?;
    let v = match (&a[0], &a[1], &a[2]) {
        (None, None, None) => crate::objects::str::empty_str(),
        (Some(o), None, None) => ops::str_(o)?,
        (o, _, _) => {
            let o = o.clone().unwrap_or_else(|| crate::objects::bytes::new_bytes(Vec::new()));
            if crate::objects::bytes::as_bytes(&o).is_none() {
                return Err(type_error(format!("decoding str is not supported")));
            }
            let mut dargs = vec![o.clone()];
            dargs.extend(a[1..].iter().map(|x| x.clone().unwrap_or_else(|| new_str("utf-8"))));
            ops::call_method(&o, "decode", &dargs[1..])?
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

pub fn str_getitem_impl(this: &Value, key: &Value) -> PyResult<Value> {
    let st = so(this);
    if let Some(sl) = key.downcast::<SliceObject>() {
        let (start, _, step, n) = sl.indices(st.char_len())?;
        if step == 1 {
            return Ok(new_str(st.substring(start as usize, start as usize + n)));
        }
        let chars: Vec<char> = st.as_str().chars().collect();
        let out: String = (0..n).map(|i| chars[(start + i as isize * step) as usize]).collect();
        return Ok(new_str(out));
    }
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
    if args[0].is_type(&STR_TYPE) {
        return Ok(crate::objects::iter::fast_iter(&args[0]).unwrap());
    }
    let exact = new_str(s(&args[0]));
    Ok(crate::objects::iter::fast_iter(&exact).unwrap())
}

fn cmp(args: &[Value], op: CmpOp) -> PyResult<Value> {
    let Some(o) = as_str(&args[1]) else { return Ok(not_implemented()) };
    let a = s(&args[0]);
    Ok(new_bool(match op {
        CmpOp::Eq => a == o,
        CmpOp::Ne => a != o,
        CmpOp::Lt => a < o,
        CmpOp::Le => a <= o,
        CmpOp::Gt => a > o,
        CmpOp::Ge => a >= o,
    }))
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
    Ok(new_str(format!("{}{}", s(&args[0]), o)))
}

fn str_mul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let Some(n) = crate::objects::int::int_val(&args[1]) else { return Ok(not_implemented()) };
    let n = n.as_i64().unwrap_or(0).max(0) as usize;
    Ok(new_str(s(&args[0]).repeat(n)))
}

fn str_mod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(crate::format::percent::str_percent(s(&args[0]), &args[1])?))
}

fn str_format_m(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(crate::format::str_format(s(&args[0]), &args[1..], kw)?))
}

fn str_format_map(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    // Keys are looked up in the mapping; build a Kw from it.
    let m = args.get(1).ok_or_else(|| type_error("format_map() takes exactly one argument (0 given)"))?;
    let d = crate::objects::dict::as_dict(m).ok_or_else(|| type_error("format_map() argument must be a mapping"))?;
    let items = d.items();
    let names: Vec<Value> = items.iter().map(|(k, _)| k.clone()).collect();
    let values: Vec<Value> = items.iter().map(|(_, v)| v.clone()).collect();
    let kw = Kw { names: &names, values: &values };
    Ok(new_str(crate::format::str_format(s(&args[0]), &[], Some(&kw))?))
}

fn str_dunder_format(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let spec = args.get(1).map(|v| arg_str(v, "format spec")).transpose()?.unwrap_or("");
    Ok(new_str(crate::format::spec::format_str(s(&args[0]), spec)?))
}

fn str_join(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("str.join", args.len() - 1, 1, 1)?;
    let sep = s(&args[0]);
    let items = ops::collect(&args[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match as_str(it) {
            Some(t) => out.push_str(t),
            None => {
                return Err(type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    it.ty().name()
                )))
            }
        }
    }
    Ok(new_str(out))
}

/// Python's str.isspace for one character.
pub fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\x1f' | '\u{85}')
        || (c as u32 > 127 && c.is_whitespace())
}

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

fn split_args(args: &[Value], kw: Option<&Kw>, name: &str) -> PyResult<(Option<String>, i64)> {
    let a = crate::builtins::args::bind(name, &args[1..], kw, &["sep", "maxsplit"], 0)?;
    let sep = match &a[0] {
        Some(v) if !is_none(v) => {
            let t = arg_str(v, "must be str or None").map_err(|_| type_error(format!("must be str or None, not {}", v.ty().name())))?;
            if t.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(t.to_owned())
        }
        _ => None,
    };
    let max = match &a[1] {
        Some(v) => crate::objects::int::as_i64(&ops::index(v)?).unwrap_or(-1),
        None => -1,
    };
    Ok((sep, max))
}

fn str_split(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let (sep, max) = split_args(args, kw, "split")?;
    let text = s(&args[0]);
    let parts = match sep {
        None => split_whitespace(text, max),
        Some(sep) => {
            if max < 0 {
                text.split(sep.as_str()).map(new_str).collect()
            } else {
                text.splitn(max as usize + 1, sep.as_str()).map(new_str).collect()
            }
        }
    };
    Ok(new_list(parts))
}

fn str_rsplit(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let (sep, max) = split_args(args, kw, "rsplit")?;
    let text = s(&args[0]);
    let mut parts: Vec<Value> = match sep {
        None => {
            // Split from the right on whitespace runs.
            let mut out = Vec::new();
            let mut rest = text.trim_end_matches(is_space);
            let mut n = 0;
            while !rest.is_empty() {
                if max >= 0 && n >= max {
                    out.push(new_str(rest));
                    rest = "";
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
                        rest = "";
                    }
                }
            }
            let _ = rest;
            out
        }
        Some(sep) => {
            if max < 0 {
                text.rsplit(sep.as_str()).map(new_str).collect()
            } else {
                text.rsplitn(max as usize + 1, sep.as_str()).map(new_str).collect()
            }
        }
    };
    parts.reverse();
    Ok(new_list(parts))
}

fn strip_chars(args: &[Value], name: &str) -> PyResult<Option<Vec<char>>> {
    match args.get(1) {
        None => Ok(None),
        Some(v) if is_none(v) => Ok(None),
        Some(v) => Ok(Some(
            as_str(v)
                .ok_or_else(|| type_error(format!("{name} arg must be None or str")))?
                .chars()
                .collect(),
        )),
    }
}

fn do_strip(args: &[Value], left: bool, right: bool, name: &str) -> PyResult<Value> {
    let text = s(&args[0]);
    let chars = strip_chars(args, name)?;
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
    if t.len() == text.len() && args[0].is_type(&STR_TYPE) {
        return Ok(args[0].clone());
    }
    Ok(new_str(t))
}

fn str_strip(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    do_strip(args, true, true, "strip")
}
fn str_lstrip(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    do_strip(args, true, false, "lstrip")
}
fn str_rstrip(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    do_strip(args, false, true, "rstrip")
}

/// Character range [start, end) of the optional start/end arguments, as byte offsets.
fn sub_range(st: &StrObject, start: Option<&Value>, end: Option<&Value>) -> PyResult<Option<(usize, usize)>> {
    let (a, b) = crate::objects::list_methods::clamp_range(start, end, st.char_len())?;
    let len = st.char_len() as i64;
    // CPython: a start beyond the length finds nothing (even an empty string).
    let raw_start = match start {
        Some(v) if !is_none(v) => crate::objects::int::as_i64(&ops::index(v)?).unwrap_or(i64::MAX),
        _ => 0,
    };
    if raw_start > len {
        return Ok(None);
    }
    if a > b {
        return Ok(if a == b { Some((st.byte_offset(a), st.byte_offset(a))) } else { None });
    }
    Ok(Some((st.byte_offset(a), st.byte_offset(b))))
}

fn char_index(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

fn find_impl(args: &[Value], name: &str, reverse: bool) -> PyResult<Option<usize>> {
    crate::builtins::args::arity(name, args.len() - 1, 1, 3)?;
    let st = so(&args[0]);
    let sub = as_str(&args[1])
        .ok_or_else(|| type_error(format!("must be str, not {}", args[1].ty().name())))?;
    let Some((a, b)) = sub_range(st, args.get(2), args.get(3))? else { return Ok(None) };
    let hay = &st.as_str()[a..b];
    let r = if reverse { hay.rfind(sub) } else { hay.find(sub) };
    Ok(r.map(|i| char_index(st.as_str(), a + i)))
}

fn str_find(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(find_impl(args, "find", false)?.map_or(-1, |i| i as i64)))
}
fn str_rfind(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(find_impl(args, "rfind", true)?.map_or(-1, |i| i as i64)))
}
fn str_index(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    find_impl(args, "index", false)?.map(|i| new_int(i as i64)).ok_or_else(|| value_error("substring not found"))
}
fn str_rindex(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    find_impl(args, "rindex", true)?.map(|i| new_int(i as i64)).ok_or_else(|| value_error("substring not found"))
}

fn str_count(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::arity("count", args.len() - 1, 1, 3)?;
    let st = so(&args[0]);
    let sub = as_str(&args[1]).ok_or_else(|| type_error(format!("must be str, not {}", args[1].ty().name())))?;
    let Some((a, b)) = sub_range(st, args.get(2), args.get(3))? else { return Ok(new_int(0)) };
    let hay = &st.as_str()[a..b];
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub).count() };
    Ok(new_int(n as i64))
}

fn str_replace(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    crate::builtins::args::no_kw("replace", kw)?;
    crate::builtins::args::arity("replace", args.len() - 1, 2, 3)?;
    let text = s(&args[0]);
    let old = arg_str(&args[1], "replace() argument 1")?;
    let new = arg_str(&args[2], "replace() argument 2")?;
    let count = match args.get(3) {
        Some(c) => crate::objects::int::as_i64(&ops::index(c)?).unwrap_or(-1),
        None => -1,
    };
    if count < 0 {
        return Ok(new_str(text.replace(old, new)));
    }
    if old.is_empty() {
        // Insert `new` before each character, up to count times.
        let mut out = String::new();
        let mut n = 0;
        for c in text.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        return Ok(new_str(out));
    }
    Ok(new_str(text.replacen(old, new, count as usize)))
}

fn prefix_check(args: &[Value], name: &str, ends: bool) -> PyResult<Value> {
    crate::builtins::args::arity(name, args.len() - 1, 1, 3)?;
    let st = so(&args[0]);
    let Some((a, b)) = sub_range(st, args.get(2), args.get(3))? else { return Ok(new_bool(false)) };
    let hay = &st.as_str()[a..b];
    let check = |p: &str| if ends { hay.ends_with(p) } else { hay.starts_with(p) };
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

fn str_startswith(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    prefix_check(args, "startswith", false)
}
fn str_endswith(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    prefix_check(args, "endswith", true)
}

fn str_upper(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(s(&args[0]).to_uppercase()))
}
fn str_lower(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(s(&args[0]).to_lowercase()))
}

fn pred(args: &[Value], f: fn(char) -> bool) -> PyResult<Value> {
    let t = s(&args[0]);
    Ok(new_bool(!t.is_empty() && t.chars().all(f)))
}

fn str_isdigit(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    pred(args, |c| c.is_ascii_digit() || crate::objects::int::unicode_decimal(c).is_some() || matches!(unicode_general_category::get_general_category(c), unicode_general_category::GeneralCategory::OtherNumber) && c.to_digit(10).is_none() && is_digit_other(c))
}
fn is_digit_other(c: char) -> bool {
    // Superscripts and circled digits count as digits.
    matches!(c as u32, 0xB2 | 0xB3 | 0xB9 | 0x2070..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24F5..=0x24FD | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792)
}
fn str_isdecimal(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    pred(args, |c| crate::objects::int::unicode_decimal(c).is_some())
}
fn str_isnumeric(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    pred(args, |c| {
        use unicode_general_category::{get_general_category, GeneralCategory::*};
        matches!(get_general_category(c), DecimalNumber | LetterNumber | OtherNumber) || is_han_numeral(c)
    })
}
fn is_han_numeral(c: char) -> bool {
    matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百' | '千' | '万' | '億' | '兆' | '零' | '〇')
}
pub fn is_alpha(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory::*};
    matches!(get_general_category(c), UppercaseLetter | LowercaseLetter | TitlecaseLetter | ModifierLetter | OtherLetter)
}
fn str_isalpha(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    pred(args, is_alpha)
}
fn str_isalnum(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    pred(args, |c| {
        use unicode_general_category::{get_general_category, GeneralCategory::*};
        is_alpha(c) || matches!(get_general_category(c), DecimalNumber | LetterNumber | OtherNumber)
    })
}
fn str_isspace(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    pred(args, is_space)
}
fn str_isascii(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bool(so(&args[0]).is_ascii()))
}
fn str_isupper(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = s(&args[0]);
    let mut cased = false;
    for c in t.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return Ok(new_bool(false));
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    Ok(new_bool(cased))
}
fn str_islower(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = s(&args[0]);
    let mut cased = false;
    for c in t.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return Ok(new_bool(false));
        }
        if c.is_lowercase() {
            cased = true;
        }
    }
    Ok(new_bool(cased))
}
fn is_titlecase(c: char) -> bool {
    unicode_general_category::get_general_category(c) == unicode_general_category::GeneralCategory::TitlecaseLetter
}
fn str_isidentifier(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let t = s(&args[0]);
    let mut cs = t.chars();
    let ok = match cs.next() {
        Some(c) if c == '_' || is_alpha(c) || unicode_ident::is_xid_start(c) => cs.all(|c| c == '_' || unicode_ident::is_xid_continue(c)),
        _ => false,
    };
    Ok(new_bool(ok))
}
fn str_isprintable(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_bool(s(&args[0]).chars().all(crate::objects::str::is_printable)))
}

fn str_encode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("encode", &args[1..], kw, &["encoding", "errors"], 0)?;
    let enc = a[0].as_ref().and_then(as_str).unwrap_or("utf-8").to_ascii_lowercase().replace('_', "-");
    let text = s(&args[0]);
    match enc.as_str() {
        "utf-8" | "utf8" => Ok(crate::objects::bytes::new_bytes(text.as_bytes().to_vec())),
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if enc == "ascii" { 128 } else { 256 };
            let errors = a[1].as_ref().and_then(as_str).unwrap_or("strict");
            let mut out = Vec::new();
            for (i, c) in text.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        _ => {
                            let codec = if enc == "ascii" { "ascii" } else { "latin-1" };
                            return Err(crate::error::PyErr::with_args(
                                &crate::objects::exception::UNICODE_ENCODE_ERROR,
                                vec![new_str(codec), args[0].clone(), new_int(i as i64), new_int(i as i64 + 1), new_str(format!("ordinal not in range({limit})"))],
                            ));
                        }
                    }
                }
            }
            Ok(crate::objects::bytes::new_bytes(out))
        }
        other => Err(crate::error::PyErr::new(&crate::objects::exception::LOOKUP_ERROR, format!("unknown encoding: {other}"))),
    }
}

fn str_splitlines(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("splitlines", &args[1..], kw, &["keepends"], 0)?;
    let keep = match &a[0] {
        Some(k) => ops::truthy(k)?,
        None => false,
    };
    let text = s(&args[0]);
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && i + 1 < chars.len() && chars[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(new_str(if keep { &text[start..end] } else { &text[start..b] }));
            start = end;
        }
        i += 1;
    }
    if start < text.len() {
        out.push(new_str(&text[start..]));
    }
    Ok(new_list(out))
}

fn partition_impl(args: &[Value], rev: bool) -> PyResult<Value> {
    let text = s(&args[0]);
    let sep = arg_str(&args[1], "must be str")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if rev { text.rfind(sep) } else { text.find(sep) };
    Ok(match found {
        Some(i) => new_tuple(vec![new_str(&text[..i]), new_str(sep), new_str(&text[i + sep.len()..])]),
        None => {
            if rev {
                new_tuple(vec![new_str(""), new_str(""), new_str(text)])
            } else {
                new_tuple(vec![new_str(text), new_str(""), new_str("")])
            }
        }
    })
}

fn str_partition(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    partition_impl(args, false)
}
fn str_rpartition(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    partition_impl(args, true)
}

fn pad_impl(args: &[Value], name: &str, how: char) -> PyResult<Value> {
    crate::builtins::args::arity(name, args.len() - 1, 1, 2)?;
    let text = s(&args[0]);
    let width = crate::objects::int::as_i64(&ops::index(&args[1])?).unwrap_or(0);
    let fill = match args.get(2) {
        Some(f) => {
            let fs = as_str(f).ok_or_else(|| type_error(format!("The fill character must be a unicode character, not {}", f.ty().name())))?;
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
        return crate::objects::str::to_exact(&args[0]);
    }
    let pad = (width - len) as usize;
    let f = |n: usize| std::iter::repeat(fill).take(n).collect::<String>();
    Ok(new_str(match how {
        '<' => format!("{text}{}", f(pad)),
        '>' => format!("{}{text}", f(pad)),
        _ => {
            // CPython's centering puts the extra space on the right unless the width parity says otherwise.
            let left = pad / 2 + (pad & width as usize & 1);
            format!("{}{text}{}", f(left), f(pad - left))
        }
    }))
}

fn str_ljust(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    pad_impl(args, "ljust", '<')
}
fn str_rjust(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    pad_impl(args, "rjust", '>')
}
fn str_center(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    pad_impl(args, "center", '^')
}

fn str_zfill(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let text = s(&args[0]);
    let width = crate::objects::int::as_i64(&ops::index(&args[1])?).unwrap_or(0);
    let len = so(&args[0]).char_len() as i64;
    if width <= len {
        return crate::objects::str::to_exact(&args[0]);
    }
    let pad = "0".repeat((width - len) as usize);
    Ok(new_str(match text.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{pad}{}", &text[1..]),
        _ => format!("{pad}{text}"),
    }))
}

fn str_title(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s(&args[0]).chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(titlecase(c));
        }
        prev_cased = c.is_uppercase() || c.is_lowercase() || is_titlecase(c);
    }
    Ok(new_str(out))
}

fn titlecase(c: char) -> Vec<char> {
    // Characters with a distinct titlecase form (digraphs); else uppercase.
    match c {
        'ǆ' | 'ǅ' | 'Ǆ' => vec!['ǅ'],
        'ǉ' | 'ǈ' | 'Ǉ' => vec!['ǈ'],
        'ǌ' | 'ǋ' | 'Ǌ' => vec!['ǋ'],
        'ǳ' | 'ǲ' | 'Ǳ' => vec!['ǲ'],
        'ß' => vec!['S', 's'],
        _ => c.to_uppercase().collect(),
    }
}

fn str_capitalize(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let mut cs = s(&args[0]).chars();
    let mut out = String::new();
    if let Some(c) = cs.next() {
        out.extend(titlecase(c));
        for c in cs {
            out.extend(c.to_lowercase());
        }
    }
    Ok(new_str(out))
}

fn str_swapcase(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let mut out = String::new();
    for c in s(&args[0]).chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(new_str(out))
}

fn str_casefold(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let mut out = String::new();
    for c in s(&args[0]).chars() {
        match c {
            'ß' => out.push_str("ss"),
            'ς' => out.push('σ'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    Ok(new_str(out))
}

fn str_expandtabs(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("expandtabs", &args[1..], kw, &["tabsize"], 0)?;
    let ts = match &a[0] {
        Some(t) => crate::objects::int::as_i64(&ops::index(t)?).unwrap_or(8),
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in s(&args[0]).chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

fn str_removeprefix(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let p = arg_str(&args[1], "removeprefix() argument")?;
    let t = s(&args[0]);
    Ok(new_str(t.strip_prefix(p).unwrap_or(t)))
}

fn str_removesuffix(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let p = arg_str(&args[1], "removesuffix() argument")?;
    let t = s(&args[0]);
    Ok(new_str(if p.is_empty() { t } else { t.strip_suffix(p).unwrap_or(t) }))
}

fn str_maketrans(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = crate::objects::dict::new_dict();
    let dd = crate::objects::dict::as_dict(&d).unwrap();
    match args.len() {
        1 => {
            let m = crate::objects::dict::as_dict(&args[0])
                .ok_or_else(|| type_error("if you give only one argument to maketrans it must be a dict"))?;
            for (k, v) in m.items() {
                let key = match as_str(&k) {
                    Some(ks) => {
                        let mut cs = ks.chars();
                        match (cs.next(), cs.next()) {
                            (Some(c), None) => new_int(c as i64),
                            _ => return Err(value_error("string keys in translate table must be of length 1")),
                        }
                    }
                    None => k,
                };
                dd.set(key, v)?;
            }
        }
        2 | 3 => {
            let x: Vec<char> = arg_str(&args[0], "maketrans() argument 1")?.chars().collect();
            let y: Vec<char> = arg_str(&args[1], "maketrans() argument 2")?.chars().collect();
            if x.len() != y.len() {
                return Err(value_error("the first two maketrans arguments must have equal length"));
            }
            for (a, b) in x.iter().zip(y.iter()) {
                dd.set(new_int(*a as i64), new_int(*b as i64))?;
            }
            if let Some(z) = args.get(2) {
                for c in arg_str(z, "maketrans() argument 3")?.chars() {
                    dd.set(new_int(c as i64), none())?;
                }
            }
        }
        _ => return Err(type_error("maketrans() takes at most 3 arguments")),
    }
    Ok(d)
}

fn str_translate(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let table = &args[1];
    let mut out = String::new();
    for c in s(&args[0]).chars() {
        match ops::get_item(table, &new_int(c as i64)) {
            Ok(v) => {
                if is_none(&v) {
                    continue;
                }
                if let Some(i) = crate::objects::int::as_i64(&v) {
                    out.push(char::from_u32(i as u32).ok_or_else(|| value_error("character mapping must be in range(0x110000)"))?);
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

fn str_getnewargs(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_tuple(vec![new_str(s(&args[0]))]))
}

pub fn init() {
    let t = &STR_TYPE;
    build::new(t, str_new);
    let m: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__repr__", str_repr),
        ("__str__", str_str),
        ("__len__", str_len),
        ("__hash__", str_hash),
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
    let _ = ObjHeader::new;
}
