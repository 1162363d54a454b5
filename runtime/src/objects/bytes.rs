//! `bytes`: immutable byte strings.

use crate::error::{type_error, PyResult};
use crate::objects::bool_none::{new_bool, not_implemented};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::new_str;
use crate::types::{build, TypeObject, BASETYPE, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};

#[repr(C)]
pub struct BytesObject {
    pub header: ObjHeader,
    pub data: Box<[u8]>,
}

unsafe impl PyObj for BytesObject {
    fn class() -> &'static TypeObject {
        &BYTES_TYPE
    }
}

pub static BYTES_TYPE: TypeObject = TypeObject::builtin::<BytesObject>("bytes", Some(&OBJECT_TYPE), BASETYPE);

pub fn new_bytes(data: Vec<u8>) -> Value {
    crate::types::new_object(BytesObject { header: ObjHeader::new(std::ptr::null()), data: data.into_boxed_slice() })
}

pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    v.downcast::<BytesObject>().map(|b| &*b.data)
}

/// `repr()` of bytes: b'...' with CPython's escapes.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

fn b(v: &Value) -> &[u8] {
    as_bytes(v).unwrap()
}

fn bytes_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("bytes", &args[1..], kw, &["source", "encoding", "errors"], 0)?;
    let Some(src) = &a[0] else { return Ok(new_bytes(Vec::new())) };
    if let Some(s) = crate::objects::str::as_str(src) {
        if a[1].is_none() {
            return Err(type_error("string argument without an encoding"));
        }
        return Ok(new_bytes(s.as_bytes().to_vec()));
    }
    if let Some(n) = crate::objects::int::as_i64(src) {
        if n < 0 {
            return Err(crate::error::value_error("negative count"));
        }
        return Ok(new_bytes(vec![0; n as usize]));
    }
    if let Some(d) = as_bytes(src) {
        return Ok(new_bytes(d.to_vec()));
    }
    let mut out = Vec::new();
    crate::ops::for_each(src, |v| {
        let n = crate::ops::index(&v)?;
        match crate::objects::int::as_i64(&n) {
            Some(x) if (0..256).contains(&x) => out.push(x as u8),
            _ => return Err(crate::error::value_error("bytes must be in range(0, 256)")),
        }
        Ok(true)
    })?;
    Ok(new_bytes(out))
}

fn bytes_repr_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(bytes_repr(b(&args[0]))))
}

fn bytes_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(b(&args[0]).len() as i64))
}

fn bytes_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = b(&args[0]);
    if let Some(s) = args[1].downcast::<crate::objects::slice::SliceObject>() {
        let pos = crate::objects::slice::slice_positions(s, d.len())?;
        return Ok(new_bytes(pos.into_iter().map(|i| d[i]).collect()));
    }
    match crate::ops::seq_index(&args[1], d.len(), "byte")? {
        Some(i) => Ok(new_int(d[i] as i64)),
        None => Err(crate::error::index_error("index out of range")),
    }
}

fn bytes_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    match as_bytes(&args[1]) {
        Some(o) => Ok(new_bool(b(&args[0]) == o)),
        None => Ok(not_implemented()),
    }
}

fn bytes_cmp(args: &[Value], f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    match as_bytes(&args[1]) {
        Some(o) => Ok(new_bool(f(b(&args[0]).cmp(o)))),
        None => Ok(not_implemented()),
    }
}
fn bytes_lt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    bytes_cmp(args, |o| o.is_lt())
}
fn bytes_le(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    bytes_cmp(args, |o| o.is_le())
}
fn bytes_gt(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    bytes_cmp(args, |o| o.is_gt())
}
fn bytes_ge(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    bytes_cmp(args, |o| o.is_ge())
}
fn bytes_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    match as_bytes(&args[1]) {
        Some(o) => Ok(new_bool(b(&args[0]) != o)),
        None => Ok(not_implemented()),
    }
}

fn bytes_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    // Equal to the hash of the same text as str when ASCII, like CPython.
    let d = b(&args[0]);
    Ok(new_int(match std::str::from_utf8(d) {
        Ok(s) => crate::objects::str::hash_str(s),
        Err(_) => crate::objects::str::hash_str(&String::from_utf8_lossy(d)),
    }))
}

fn bytes_add(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    match as_bytes(&args[1]) {
        Some(o) => {
            let mut v = b(&args[0]).to_vec();
            v.extend_from_slice(o);
            Ok(new_bytes(v))
        }
        None => Err(type_error(format!("can't concat {} to bytes", args[1].ty().name()))),
    }
}

fn bytes_mul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    match crate::objects::int::as_i64(&args[1]) {
        Some(n) => Ok(new_bytes(b(&args[0]).repeat(n.max(0) as usize))),
        None => Ok(not_implemented()),
    }
}

fn bytes_contains(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let d = b(&args[0]);
    if let Some(n) = crate::objects::int::as_i64(&args[1]) {
        return Ok(new_bool(d.contains(&(n as u8))));
    }
    match as_bytes(&args[1]) {
        Some(sub) => Ok(new_bool(sub.is_empty() || d.windows(sub.len()).any(|w| w == sub))),
        None => Err(type_error(format!("a bytes-like object is required, not '{}'", args[1].ty().name()))),
    }
}

fn bytes_decode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("decode", &args[1..], kw, &["encoding", "errors"], 0)?;
    let enc = a[0].as_ref().and_then(crate::objects::str::as_str).unwrap_or("utf-8").to_ascii_lowercase().replace('_', "-");
    let errors = a[1].as_ref().and_then(crate::objects::str::as_str).unwrap_or("strict").to_owned();
    let d = b(&args[0]);
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(d) {
            Ok(s) => Ok(new_str(s)),
            Err(e) => {
                if errors == "replace" {
                    return Ok(new_str(String::from_utf8_lossy(d).into_owned()));
                }
                if errors == "ignore" {
                    let s = String::from_utf8_lossy(d).replace('\u{fffd}', "");
                    return Ok(new_str(s));
                }
                let start = e.valid_up_to();
                let end = start + e.error_len().unwrap_or(d.len() - start).max(1);
                let reason = if e.error_len().is_none() { "unexpected end of data" } else { "invalid start byte" };
                Err(crate::error::PyErr::with_args(
                    &crate::objects::exception::UNICODE_DECODE_ERROR,
                    vec![new_str("utf-8"), args[0].clone(), new_int(start as i64), new_int(end as i64), new_str(reason)],
                ))
            }
        },
        "latin-1" | "latin1" | "iso-8859-1" => Ok(new_str(d.iter().map(|&c| c as char).collect::<String>())),
        "ascii" => match d.iter().position(|&c| c >= 128) {
            None => Ok(new_str(d.iter().map(|&c| c as char).collect::<String>())),
            Some(p) => Err(crate::error::PyErr::with_args(
                &crate::objects::exception::UNICODE_DECODE_ERROR,
                vec![new_str("ascii"), args[0].clone(), new_int(p as i64), new_int(p as i64 + 1), new_str("ordinal not in range(128)")],
            )),
        },
        other => Err(crate::error::PyErr::new(&crate::objects::exception::LOOKUP_ERROR, format!("unknown encoding: {other}"))),
    }
}

fn bytes_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let items: Vec<Value> = b(&args[0]).iter().map(|&c| new_int(c as i64)).collect();
    crate::ops::iter(&crate::objects::tuple::new_tuple(items))
}

fn bytes_hex(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_str(b(&args[0]).iter().map(|c| format!("{c:02x}")).collect::<String>()))
}

pub fn init() {
    crate::types::init_builtin_type(&BYTES_TYPE);
    let t = &BYTES_TYPE;
    build::new(t, bytes_new);
    build::method(t, "__repr__", bytes_repr_m);
    build::method(t, "__len__", bytes_len);
    build::method(t, "__getitem__", bytes_getitem);
    build::method(t, "__eq__", bytes_eq);
    build::method(t, "__ne__", bytes_ne);
    build::method(t, "__lt__", bytes_lt);
    build::method(t, "__le__", bytes_le);
    build::method(t, "__gt__", bytes_gt);
    build::method(t, "__ge__", bytes_ge);
    build::method(t, "__hash__", bytes_hash);
    build::method(t, "__add__", bytes_add);
    build::method(t, "__mul__", bytes_mul);
    build::method(t, "__rmul__", bytes_mul);
    build::method(t, "__contains__", bytes_contains);
    build::method(t, "__iter__", bytes_iter);
    build::method(t, "decode", bytes_decode);
    build::method(t, "hex", bytes_hex);
}
