//! `bytes` (immutable) and `bytearray` (mutable) byte strings. Both types
//! share one set of method implementations; a method returns a value of the
//! type of `self` where CPython does.

use crate::error::{index_error, memory_error, overflow_error, type_error, value_error, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none, not_implemented};
use crate::objects::clinic;
use crate::objects::function::Kw;
use crate::objects::int::{int_val, new_int};
use crate::objects::list::new_list;
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::ops;
use crate::types::{build, TypeObject, BASETYPE, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::UnsafeCell;

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

#[repr(C)]
pub struct ByteArrayObject {
    pub header: ObjHeader,
    data: UnsafeCell<Vec<u8>>,
    /// Live memoryviews of the data: while any exist, the size is fixed.
    exports: std::cell::Cell<usize>,
}

unsafe impl PyObj for ByteArrayObject {
    fn class() -> &'static TypeObject {
        &BYTEARRAY_TYPE
    }
}

pub static BYTEARRAY_TYPE: TypeObject =
    TypeObject::builtin::<ByteArrayObject>("bytearray", Some(&OBJECT_TYPE), BASETYPE);

impl ByteArrayObject {
    /// The byte vector. Callers must not hold it across code that can run Python.
    #[allow(clippy::mut_from_ref)]
    pub fn vec(&self) -> &mut Vec<u8> {
        unsafe { &mut *self.data.get() }
    }

    /// Counts a memoryview made (+1) or released (-1) over the data.
    pub fn add_export(&self, delta: isize) {
        self.exports.set((self.exports.get() as isize + delta).max(0) as usize);
    }

    /// CPython's _canresize: a bytearray with live views cannot change size.
    pub fn check_resize(&self, new_len: usize) -> PyResult<()> {
        if self.exports.get() > 0 && new_len != self.vec().len() {
            return Err(crate::error::PyErr::new(
                &crate::objects::exception::BUFFER_ERROR,
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(())
    }
}

pub fn new_bytes(data: Vec<u8>) -> Value {
    crate::types::new_object(BytesObject { header: ObjHeader::new(std::ptr::null()), data: data.into_boxed_slice() })
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    crate::types::new_object(ByteArrayObject { header: ObjHeader::new(std::ptr::null()), data: UnsafeCell::new(data), exports: std::cell::Cell::new(0) })
}

/// The bytes of a bytes-like object (bytes or bytearray, subclasses included).
/// A bytearray's slice must not be held across code that can run Python.
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    if let Some(b) = v.downcast::<BytesObject>() {
        return Some(&b.data);
    }
    v.downcast::<ByteArrayObject>().map(|b| b.vec().as_slice())
}

/// A copy of the bytes of a bytes-like object (any buffer exporter:
/// bytes, bytearray, memoryview, array).
pub fn buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    crate::builtins::memoryview::view_bytes(v)
}

fn is_bytearray(v: &Value) -> bool {
    v.downcast::<ByteArrayObject>().is_some()
}

/// The name of the byte type `v` belongs to ("bytes" or "bytearray").
fn kind(v: &Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A new object of `this`'s built-in byte type.
fn like(this: &Value, data: Vec<u8>) -> Value {
    if is_bytearray(this) {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

/// `self`'s bytes, copied (so Python code may run while they are in use).
fn d(v: &Value) -> Vec<u8> {
    as_bytes(v).unwrap().to_vec()
}

/// `repr()` of bytes: b'...' with CPython's escapes.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
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

/// A bytes-like argument: `a bytes-like object is required, not 'str'`.
fn need_bytes(v: &Value) -> PyResult<Vec<u8>> {
    buffer_bytes(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", v.ty().name())))
}

/// A byte value 0..=255 from an int-like object, with the given range message.
fn byte_value(v: &Value, msg: &str) -> PyResult<u8> {
    let i = ops::index(v)?;
    match int_val(&i).unwrap().as_i64() {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        _ => Err(value_error(msg.to_owned())),
    }
}

/// The subsequence argument of find/count/index: bytes-like or a byte value.
fn sub_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_bytes(v) {
        return Ok(b);
    }
    if ops::index_opt(v)?.is_some() {
        return Ok(vec![byte_value(v, "byte must be in range(0, 256)")?]);
    }
    Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", v.ty().name())))
}

/// CPython's PyObject_Bytes: `__bytes__`, a buffer, or an iterable of ints (not str).
pub fn object_bytes(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(f) = v.ty().lookup_str("__bytes__") {
        let r = ops::call_special(&f, v, &[])?;
        return match r.downcast::<BytesObject>() {
            Some(b) => Ok(b.data.to_vec()),
            None => Err(type_error(format!("__bytes__ returned non-bytes (type {})", r.ty().name()))),
        };
    }
    if let Some(b) = buffer_bytes(v) {
        return Ok(b);
    }
    if as_str(v).is_none() && ops::iter(v).is_ok() {
        return bytes_from_iterable(v, "bytes must be in range(0, 256)");
    }
    Err(type_error(format!("cannot convert '{}' object to bytes", v.ty().name())))
}

/// Converts any iterable of ints (or buffer) to bytes, with `msg` for out-of-range values.
fn bytes_from_iterable(src: &Value, msg: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_bytes(src) {
        return Ok(b);
    }
    let mut out = Vec::new();
    ops::for_each(src, |v| {
        out.push(byte_value(&v, msg)?);
        Ok(true)
    })?;
    Ok(out)
}

/// The bytes for `bytes(source, encoding, errors)` / `bytearray(...)`.
fn construct(a: &[Option<Value>], tname: &str) -> PyResult<Vec<u8>> {
    for (i, n) in [(1, "encoding"), (2, "errors")] {
        if let Some(v) = &a[i] {
            if as_str(v).is_none() {
                return Err(type_error(format!(
                    "{tname}() argument '{n}' must be str, not {}",
                    clinic::arg_type_name(v)
                )));
            }
        }
    }
    let Some(src) = &a[0] else {
        if a[1].is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        if a[2].is_some() {
            return Err(type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(enc) = &a[1] {
        let Some(s) = as_str(src) else { return Err(type_error("encoding without a string argument")) };
        let errors = a[2].as_ref().and_then(as_str).unwrap_or("strict");
        return crate::objects::codecs::encode(src, s, as_str(enc).unwrap_or("utf-8"), errors);
    }
    if a[2].is_some() {
        return Err(type_error(if as_str(src).is_some() {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        }));
    }
    if let Some(b) = buffer_bytes(src) {
        return Ok(b);
    }
    if tname == "bytes" {
        if let Some(f) = src.ty().lookup_str("__bytes__") {
            let r = ops::call_special(&f, src, &[])?;
            return match r.downcast::<BytesObject>() {
                Some(b) => Ok(b.data.to_vec()),
                None => Err(type_error(format!("__bytes__ returned non-bytes (type {})", r.ty().name()))),
            };
        }
    }
    if as_str(src).is_some() {
        return Err(type_error("string argument without an encoding"));
    }
    if let Some(n) = ops::index_opt(src)? {
        let n = int_val(&n)
            .unwrap()
            .as_i64()
            .ok_or_else(|| overflow_error("cannot fit 'int' into an index-sized integer"))?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        if n > 1 << 40 {
            return Err(memory_error());
        }
        return Ok(vec![0; n as usize]);
    }
    if ops::iter(src).is_err() {
        return Err(type_error(format!("cannot convert '{}' object to {tname}", src.ty().name())));
    }
    let msg = if tname == "bytes" { "bytes must be in range(0, 256)" } else { "byte must be in range(0, 256)" };
    bytes_from_iterable(src, msg)
}

fn bytes_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().unwrap();
    let a = clinic::keywords(&args[1..], kw, "bytes", &["source", "encoding", "errors"], 0, 0)?;
    if let (Some(src), None, None) = (&a[0], &a[1], &a[2]) {
        if src.is_type(&BYTES_TYPE) && std::ptr::eq(cls, &BYTES_TYPE) {
            return Ok(src.clone());
        }
    }
    let data = construct(&a, "bytes")?;
    if std::ptr::eq(cls, &BYTES_TYPE) {
        return Ok(new_bytes(data));
    }
    Ok(crate::types::alloc_object(cls, BytesObject { header: ObjHeader::new(std::ptr::null()), data: data.into_boxed_slice() }))
}

fn bytearray_new(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let cls = args[0].downcast::<TypeObject>().unwrap();
    Ok(crate::types::alloc_object(
        cls,
        ByteArrayObject { header: ObjHeader::new(std::ptr::null()), data: UnsafeCell::new(Vec::new()), exports: std::cell::Cell::new(0) },
    ))
}

fn bytearray_init(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords(&args[1..], kw, "bytearray", &["source", "encoding", "errors"], 0, 0)?;
    let data = construct(&a, "bytearray")?;
    ba(&args[0]).check_resize(0)?;
    let old = std::mem::replace(ba(&args[0]).vec(), data);
    drop(old);
    Ok(none())
}

fn ba(v: &Value) -> &ByteArrayObject {
    v.downcast::<ByteArrayObject>().unwrap()
}

// ----- protocols -----------------------------------------------------------------

fn bytes_repr_m(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let r = bytes_repr(&d(&args[0]));
    if is_bytearray(&args[0]) {
        return Ok(new_str(format!("{}({r})", args[0].ty().name())));
    }
    Ok(new_str(r))
}

fn bytes_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(as_bytes(&args[0]).unwrap().len() as i64))
}

fn bytes_sizeof(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, format_args!("{}.__sizeof__", kind(&args[0])))?;
    let n = as_bytes(&args[0]).unwrap().len() as i64;
    Ok(new_int(if is_bytearray(&args[0]) { 56 + if n > 0 { n + 1 } else { 0 } } else { 33 + n }))
}

fn bytearray_alloc(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "bytearray.__alloc__")?;
    let n = ba(&args[0]).vec().len() as i64;
    Ok(new_int(if n > 0 { n + 1 } else { 0 }))
}

fn bytes_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if let Some(s) = args[1].downcast::<crate::objects::slice::SliceObject>() {
        let data = d(&args[0]);
        let pos = crate::objects::slice::slice_positions(s, data.len())?;
        return Ok(like(&args[0], pos.into_iter().map(|i| data[i]).collect()));
    }
    let what = if is_bytearray(&args[0]) { "bytearray" } else { "byte" };
    // `__index__` runs before the length is read (it may resize a
    // bytearray); the byte is then read in place, with no copy of the data.
    let key = ops::index_opt(&args[1])?.unwrap_or_else(|| args[1].clone());
    let data = as_bytes(&args[0]).unwrap();
    match ops::seq_index(&key, data.len(), what)? {
        Some(i) => Ok(new_int(data[i] as i64)),
        None => Err(index_error(if is_bytearray(&args[0]) { "bytearray index out of range" } else { "index out of range" })),
    }
}

fn bytearray_setitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let this = ba(&args[0]);
    let (key, val) = (&args[1], &args[2]);
    if let Some(s) = key.downcast::<crate::objects::slice::SliceObject>() {
        let src = if let Some(b) = buffer_bytes(val) {
            b
        } else if ops::index_opt(val)?.is_some() || as_str(val).is_some() || ops::iter(val).is_err() {
            return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        } else {
            bytes_from_iterable(val, "byte must be in range(0, 256)")?
        };
        let len = this.vec().len();
        let (start, stop, step, n) = s.indices(len)?;
        let v = this.vec();
        if step == 1 {
            let a = start.clamp(0, len as isize) as usize;
            let b = (stop.max(start)).clamp(0, len as isize) as usize;
            this.check_resize(len - (b.max(a) - a) + src.len())?;
            v.splice(a..b.max(a), src);
            return Ok(none());
        }
        if src.len() != n {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                src.len(),
                n
            )));
        }
        for (k, b) in src.into_iter().enumerate() {
            v[(start + k as isize * step) as usize] = b;
        }
        return Ok(none());
    }
    let len = this.vec().len();
    let i = ops::seq_index(key, len, "bytearray")?;
    let b = byte_value(val, "byte must be in range(0, 256)")?;
    match i {
        Some(i) if i < this.vec().len() => {
            this.vec()[i] = b;
            Ok(none())
        }
        _ => Err(index_error("bytearray index out of range")),
    }
}

fn bytearray_delitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let this = ba(&args[0]);
    let key = &args[1];
    let len = this.vec().len();
    if let Some(s) = key.downcast::<crate::objects::slice::SliceObject>() {
        let mut pos = crate::objects::slice::slice_positions(s, len)?;
        pos.sort_unstable();
        this.check_resize(len - pos.len())?;
        let v = this.vec();
        for p in pos.into_iter().rev() {
            v.remove(p);
        }
        return Ok(none());
    }
    match ops::seq_index(key, len, "bytearray")? {
        Some(i) if i < this.vec().len() => {
            this.check_resize(len - 1)?;
            this.vec().remove(i);
            Ok(none())
        }
        _ => Err(index_error("bytearray index out of range")),
    }
}

fn bytes_cmp(args: &[Value], f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    // bytes compares with bytes only; bytearray with any buffer (as in CPython).
    let other = if is_bytearray(&args[0]) {
        buffer_bytes(&args[1])
    } else {
        args[1].downcast::<BytesObject>().map(|b| b.data.to_vec())
    };
    match other {
        Some(o) => Ok(new_bool(f(d(&args[0]).as_slice().cmp(o.as_slice())))),
        None => Ok(not_implemented()),
    }
}
fn bytes_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    bytes_cmp(args, |o| o.is_eq())
}
fn bytes_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    bytes_cmp(args, |o| o.is_ne())
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

/// The hash of bytes: the same function as str hashing over the raw bytes,
/// so ASCII bytes hash like the equal str (as in CPython).
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn bytes_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(hash_bytes(as_bytes(&args[0]).unwrap())))
}

fn bytes_add(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    match buffer_bytes(&args[1]) {
        Some(o) => {
            let mut v = d(&args[0]);
            v.extend_from_slice(&o);
            Ok(like(&args[0], v))
        }
        None => Err(type_error(format!("can't concat {} to {}", args[1].ty().name(), kind(&args[0])))),
    }
}


fn bytes_mul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let n = ops::repeat_count_arg(&args[1])?;
    let data = d(&args[0]);
    match data.len().checked_mul(n) {
        Some(total) => clinic::check_alloc(total)?,
        None => return Err(memory_error()),
    }
    if n == 1 && args[0].is_type(&BYTES_TYPE) {
        return Ok(args[0].clone());
    }
    Ok(like(&args[0], data.repeat(n)))
}

fn bytearray_iadd(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    match buffer_bytes(&args[1]) {
        Some(o) => {
            let b = ba(&args[0]);
            // `ba += ba`: CPython holds a view of the right operand while resizing.
            if args[1].is(&args[0]) && !o.is_empty() {
                b.add_export(1);
                let r = b.check_resize(b.vec().len() + o.len());
                b.add_export(-1);
                r?;
            }
            b.check_resize(b.vec().len() + o.len())?;
            b.vec().extend_from_slice(&o);
            Ok(args[0].clone())
        }
        None => Err(type_error(format!("can't concat {} to bytearray", args[1].ty().name()))),
    }
}

fn bytearray_imul(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let n = ops::repeat_count_arg(&args[1])?;
    let data = d(&args[0]);
    match data.len().checked_mul(n) {
        Some(total) => clinic::check_alloc(total)?,
        None => return Err(memory_error()),
    }
    ba(&args[0]).check_resize(data.len() * n)?;
    *ba(&args[0]).vec() = data.repeat(n);
    Ok(args[0].clone())
}

fn bytes_contains(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let data = d(&args[0]);
    if ops::index_opt(&args[1])?.is_some() && buffer_bytes(&args[1]).is_none() {
        let b = byte_value(&args[1], "byte must be in range(0, 256)")?;
        return Ok(new_bool(data.contains(&b)));
    }
    let sub = need_bytes(&args[1])?;
    Ok(new_bool(find_sub(&data, &sub, 0, data.len()).is_some()))
}


/// Iterates a bytes or bytearray by index (a bytearray's changes show through).
#[repr(C)]
pub struct BytesIterObject {
    pub header: ObjHeader,
    seq: UnsafeCell<Option<Value>>,
    index: std::cell::Cell<usize>,
}

pub static BYTES_ITER_TYPE: TypeObject = TypeObject::builtin::<BytesIterObject>("bytes_iterator", Some(&OBJECT_TYPE), 0);
pub static BYTEARRAY_ITER_TYPE: TypeObject =
    TypeObject::builtin::<BytesIterObject>("bytearray_iterator", Some(&OBJECT_TYPE), 0);

unsafe impl PyObj for BytesIterObject {
    fn class() -> &'static TypeObject {
        &BYTES_ITER_TYPE
    }

    fn has_layout(t: &TypeObject) -> bool {
        std::ptr::eq(t, &BYTES_ITER_TYPE) || std::ptr::eq(t, &BYTEARRAY_ITER_TYPE)
    }
}

fn bytes_iternext(it: &Value) -> PyResult<Option<Value>> {
    let s = it.downcast::<BytesIterObject>().unwrap();
    let Some(seq) = (unsafe { (*s.seq.get()).clone() }) else { return Ok(None) };
    let i = s.index.get();
    match as_bytes(&seq).and_then(|d| d.get(i).copied()) {
        Some(b) => {
            s.index.set(i + 1);
            Ok(Some(new_int(b as i64)))
        }
        None => {
            let old = unsafe { (*s.seq.get()).take() };
            drop(old);
            Ok(None)
        }
    }
}

fn bytes_iter_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let s = args[0].downcast::<BytesIterObject>().unwrap();
    let n = unsafe { (*s.seq.get()).as_ref() }.and_then(as_bytes).map_or(0, |d| d.len().saturating_sub(s.index.get()));
    Ok(new_int(n as i64))
}

fn bytes_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let ty = if is_bytearray(&args[0]) { &BYTEARRAY_ITER_TYPE } else { &BYTES_ITER_TYPE };
    let payload = BytesIterObject {
        header: ObjHeader::new(std::ptr::null()),
        seq: UnsafeCell::new(Some(args[0].clone())),
        index: std::cell::Cell::new(0),
    };
    Ok(crate::types::alloc_object(ty, payload))
}

fn bytes_mod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let data = d(&args[0]);
    Ok(like(&args[0], crate::format::percent::bytes_percent(&data, &args[1])?))
}

/// `x.__rmod__(fmt)`: `fmt % x`, for a format of the same kind (bytes
/// or bytearray) as `x` only, as CPython's nb_remainder.
fn bytes_rmod(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let same_kind = if is_bytearray(&args[0]) { is_bytearray(&args[1]) } else { args[1].downcast::<BytesObject>().is_some() };
    match as_bytes(&args[1]).filter(|_| same_kind).map(<[u8]>::to_vec) {
        Some(f) => Ok(like(&args[1], crate::format::percent::bytes_percent(&f, &args[0])?)),
        None => Ok(not_implemented()),
    }
}

fn bytes_bytes(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "bytes.__bytes__")?;
    if args[0].is_type(&BYTES_TYPE) {
        return Ok(args[0].clone());
    }
    Ok(new_bytes(d(&args[0])))
}

fn bytes_getnewargs(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "bytes.__getnewargs__")?;
    Ok(new_tuple(vec![new_bytes(d(&args[0]))]))
}

fn bytes_decode(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords(&args[1..], kw, "decode", &["encoding", "errors"], 0, 0)?;
    let mut opts = ["utf-8", "strict"];
    for (i, n) in ["encoding", "errors"].iter().enumerate() {
        if let Some(v) = &a[i] {
            opts[i] = as_str(v).ok_or_else(|| {
                type_error(format!("decode() argument '{n}' must be str, not {}", clinic::arg_type_name(v)))
            })?;
        }
    }
    let data = d(&args[0]);
    let obj = if is_bytearray(&args[0]) { new_bytes(data.clone()) } else { args[0].clone() };
    Ok(new_str(crate::objects::codecs::decode(&obj, &data, opts[0], opts[1])?))
}

fn bytes_hex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords(&args[1..], kw, "hex", &["sep", "bytes_per_sep"], 0, 0)?;
    let data = d(&args[0]);
    let hex: Vec<String> = data.iter().map(|c| format!("{c:02x}")).collect();
    let Some(sep) = a[0].as_ref() else { return Ok(new_str(hex.concat())) };
    let sep_s: String = if let Some(s) = as_str(sep) {
        s.to_owned()
    } else if let Some(b) = buffer_bytes(sep) {
        b.iter().map(|&c| c as char).collect()
    } else {
        return Err(type_error(format!("object of type '{}' has no len()", sep.ty().name())));
    };
    if sep_s.chars().count() != 1 {
        return Err(value_error("sep must be length 1."));
    }
    if !sep_s.is_ascii() {
        return Err(value_error("sep must be ASCII."));
    }
    let per = match &a[1] {
        Some(v) => clinic::int_arg(v)? as i64,
        None => 1,
    };
    if per == 0 || data.is_empty() {
        return Ok(new_str(hex.concat()));
    }
    let k = per.unsigned_abs() as usize;
    let n = hex.len();
    let mut out = String::new();
    for (i, h) in hex.iter().enumerate() {
        // Groups are counted from the right for a positive count, from the left otherwise.
        let boundary = if per > 0 { (n - i) % k == 0 } else { i % k == 0 };
        if i > 0 && boundary {
            out.push_str(&sep_s);
        }
        out.push_str(h);
    }
    Ok(new_str(out))
}

fn bytes_fromhex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let s = clinic::one_arg(&args[1..], kw, "fromhex")?;
    let text = as_str(s)
        .ok_or_else(|| type_error(format!("fromhex() argument must be str, not {}", clinic::arg_type_name(s))))?;
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).filter(|_| chars[i].is_ascii());
        let Some(hi) = hi else {
            return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")));
        };
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        let Some(lo) = lo else {
            return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let cls = &args[0];
    if cls.is(&BYTES_TYPE.as_value()) {
        return Ok(new_bytes(out));
    }
    if cls.is(&BYTEARRAY_TYPE.as_value()) {
        return Ok(new_bytearray(out));
    }
    crate::call::call(cls, &[new_bytes(out)], None)
}

// ----- searching -------------------------------------------------------------------

/// Position of `sub` in `hay[a..b]` (absolute), searching from the left.
fn find_sub(hay: &[u8], sub: &[u8], a: usize, b: usize) -> Option<usize> {
    if a > b || b - a < sub.len() {
        return None;
    }
    if sub.is_empty() {
        return Some(a);
    }
    hay[a..b].windows(sub.len()).position(|w| w == sub).map(|p| p + a)
}

/// Position of `sub` in `hay[a..b]` (absolute), searching from the right.
fn rfind_sub(hay: &[u8], sub: &[u8], a: usize, b: usize) -> Option<usize> {
    if a > b || b - a < sub.len() {
        return None;
    }
    if sub.is_empty() {
        return Some(b);
    }
    hay[a..b].windows(sub.len()).rposition(|w| w == sub).map(|p| p + a)
}

/// CPython's ADJUST_INDICES over optional start/end arguments.
fn adjust(start: Option<&Value>, end: Option<&Value>, len: usize) -> PyResult<(i64, i64)> {
    let get = |v: Option<&Value>| -> PyResult<Option<i64>> {
        match v {
            None => Ok(None),
            Some(x) if is_none(x) => Ok(None),
            Some(x) => {
                let i = ops::index_opt(x)?
                    .ok_or_else(|| type_error("slice indices must be integers or None or have an __index__ method"))?;
                let iv = int_val(&i).unwrap();
                Ok(Some(iv.as_i64().unwrap_or(if iv.is_negative() { i64::MIN } else { i64::MAX })))
            }
        }
    };
    let n = len as i64;
    let mut a = get(start)?.unwrap_or(0);
    let mut b = get(end)?.unwrap_or(n);
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

/// find/rfind/index/rindex: the position of a subsequence or byte in a range.
fn find_impl(args: &[Value], kw: Option<&Kw>, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    clinic::parse_tuple(&args[1..], kw, name, format_args!("{}.{name}", kind(&args[0])), 1, 3)?;
    let sub = sub_arg(&args[1])?;
    let data = d(&args[0]);
    let (a, b) = adjust(args.get(2), args.get(3), data.len())?;
    if a > b || a > data.len() as i64 {
        return Ok(None);
    }
    let (a, b) = (a as usize, b as usize);
    Ok(if reverse { rfind_sub(&data, &sub, a, b) } else { find_sub(&data, &sub, a, b) })
}

fn bytes_find(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(find_impl(args, kw, "find", false)?.map_or(-1, |i| i as i64)))
}
fn bytes_rfind(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(find_impl(args, kw, "rfind", true)?.map_or(-1, |i| i as i64)))
}
fn bytes_index(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    find_impl(args, kw, "index", false)?.map(|i| new_int(i as i64)).ok_or_else(|| value_error("subsection not found"))
}
fn bytes_rindex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    find_impl(args, kw, "rindex", true)?.map(|i| new_int(i as i64)).ok_or_else(|| value_error("subsection not found"))
}

fn bytes_count(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::parse_tuple(&args[1..], kw, "count", format_args!("{}.count", kind(&args[0])), 1, 3)?;
    let sub = sub_arg(&args[1])?;
    let data = d(&args[0]);
    let (a, b) = adjust(args.get(2), args.get(3), data.len())?;
    if a > b {
        return Ok(new_int(0));
    }
    if sub.is_empty() {
        return Ok(new_int(b - a + 1));
    }
    let (mut i, b) = (a as usize, b as usize);
    let mut n = 0;
    while let Some(p) = find_sub(&data, &sub, i, b) {
        n += 1;
        i = p + sub.len();
    }
    Ok(new_int(n))
}

/// startswith/endswith with a bytes or a tuple of bytes and an optional range.
fn prefix_check(args: &[Value], kw: Option<&Kw>, name: &str, ends: bool) -> PyResult<Value> {
    clinic::parse_tuple(&args[1..], kw, name, format_args!("{}.{name}", kind(&args[0])), 1, 3)?;
    let data = d(&args[0]);
    let (a, b) = adjust(args.get(2), args.get(3), data.len())?;
    let check = |p: &[u8]| -> bool {
        if a > data.len() as i64 || b - a < p.len() as i64 {
            return false;
        }
        let hay = &data[a as usize..b as usize];
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    if let Some(t) = tuple_items(&args[1]) {
        for p in t {
            if check(&need_bytes(p)?) {
                return Ok(new_bool(true));
            }
        }
        return Ok(new_bool(false));
    }
    match buffer_bytes(&args[1]) {
        Some(p) => Ok(new_bool(check(&p))),
        None => Err(type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            args[1].ty().name()
        ))),
    }
}

fn bytes_startswith(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    prefix_check(args, kw, "startswith", false)
}
fn bytes_endswith(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    prefix_check(args, kw, "endswith", true)
}

// ----- splitting and joining ---------------------------------------------------------

/// ASCII whitespace as bytes methods see it.
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The `sep` and `maxsplit` arguments of split/rsplit.
fn split_args(args: &[Value], kw: Option<&Kw>, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let a = clinic::keywords(&args[1..], kw, name, &["sep", "maxsplit"], 0, 0)?;
    let sep = match &a[0] {
        Some(v) if !is_none(v) => {
            let s = need_bytes(v)?;
            if s.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let max = match &a[1] {
        Some(v) => clinic::ssize_arg(v)?,
        None => -1,
    };
    Ok((sep, max))
}

fn bytes_split(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let (sep, max) = split_args(args, kw, "split")?;
    let data = d(&args[0]);
    let mut out: Vec<Vec<u8>> = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            let n = data.len();
            while i < n {
                while i < n && is_ws(data[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if max >= 0 && out.len() as i64 >= max {
                    out.push(data[i..].to_vec());
                    break;
                }
                let s = i;
                while i < n && !is_ws(data[i]) {
                    i += 1;
                }
                out.push(data[s..i].to_vec());
            }
        }
        Some(sep) => {
            let mut i = 0;
            while max < 0 || (out.len() as i64) < max {
                match find_sub(&data, &sep, i, data.len()) {
                    Some(p) => {
                        out.push(data[i..p].to_vec());
                        i = p + sep.len();
                    }
                    None => break,
                }
            }
            out.push(data[i..].to_vec());
        }
    }
    Ok(new_list(out.into_iter().map(|p| like(&args[0], p)).collect()))
}

fn bytes_rsplit(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let (sep, max) = split_args(args, kw, "rsplit")?;
    let data = d(&args[0]);
    let mut out: Vec<Vec<u8>> = Vec::new();
    match sep {
        None => {
            let mut e = data.len();
            while e > 0 {
                while e > 0 && is_ws(data[e - 1]) {
                    e -= 1;
                }
                if e == 0 {
                    break;
                }
                if max >= 0 && out.len() as i64 >= max {
                    out.push(data[..e].to_vec());
                    break;
                }
                let stop = e;
                while e > 0 && !is_ws(data[e - 1]) {
                    e -= 1;
                }
                out.push(data[e..stop].to_vec());
            }
        }
        Some(sep) => {
            let mut e = data.len();
            while max < 0 || (out.len() as i64) < max {
                match rfind_sub(&data, &sep, 0, e) {
                    Some(p) => {
                        out.push(data[p + sep.len()..e].to_vec());
                        e = p;
                    }
                    None => break,
                }
            }
            out.push(data[..e].to_vec());
        }
    }
    out.reverse();
    Ok(new_list(out.into_iter().map(|p| like(&args[0], p)).collect()))
}

fn bytes_splitlines(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords(&args[1..], kw, "splitlines", &["keepends"], 0, 0)?;
    let keep = match &a[0] {
        Some(k) => !int_val(&ops::index(k)?).unwrap().is_zero(),
        None => false,
    };
    let data = d(&args[0]);
    let mut out = Vec::new();
    let (mut i, mut start) = (0, 0);
    while i < data.len() {
        if data[i] == b'\n' || data[i] == b'\r' {
            let mut end = i + 1;
            if data[i] == b'\r' && data.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(like(&args[0], data[start..if keep { end } else { i }].to_vec()));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        out.push(like(&args[0], data[start..].to_vec()));
    }
    Ok(new_list(out))
}

/// partition/rpartition around the first/last separator.
fn partition_impl(args: &[Value], kw: Option<&Kw>, rev: bool) -> PyResult<Value> {
    let name = format!("{}.{}", kind(&args[0]), if rev { "rpartition" } else { "partition" });
    let sepv = clinic::one_arg(&args[1..], kw, &name)?;
    let sep = need_bytes(sepv)?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let data = d(&args[0]);
    let found = if rev { rfind_sub(&data, &sep, 0, data.len()) } else { find_sub(&data, &sep, 0, data.len()) };
    let mk = |v: Vec<u8>| like(&args[0], v);
    Ok(match found {
        Some(i) => new_tuple(vec![mk(data[..i].to_vec()), mk(sep.clone()), mk(data[i + sep.len()..].to_vec())]),
        None if rev => new_tuple(vec![mk(Vec::new()), mk(Vec::new()), mk(data)]),
        None => new_tuple(vec![mk(data), mk(Vec::new()), mk(Vec::new())]),
    })
}

fn bytes_partition(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    partition_impl(args, kw, false)
}
fn bytes_rpartition(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    partition_impl(args, kw, true)
}

fn bytes_join(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let it = clinic::one_arg(&args[1..], kw, format_args!("{}.join", kind(&args[0])))?;
    let sep = d(&args[0]);
    let items = match ops::collect(it) {
        Ok(v) => v,
        Err(e) if e.matches(&crate::objects::exception::TYPE_ERROR) && ops::iter(it).is_err() => {
            return Err(type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match buffer_bytes(item) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    item.ty().name()
                )))
            }
        }
    }
    Ok(like(&args[0], out))
}

// ----- stripping, padding, replacing --------------------------------------------------

/// strip/lstrip/rstrip of whitespace or the given bytes.
fn do_strip(args: &[Value], kw: Option<&Kw>, left: bool, right: bool, name: &str) -> PyResult<Value> {
    clinic::positional(&args[1..], kw, name, format_args!("{}.{name}", kind(&args[0])), 0, 1)?;
    let chars: Option<Vec<u8>> = match args.get(1) {
        Some(v) if !is_none(v) => Some(need_bytes(v)?),
        _ => None,
    };
    let data = d(&args[0]);
    let strip = |b: u8| match &chars {
        None => is_ws(b),
        Some(cs) => cs.contains(&b),
    };
    let (mut a, mut b) = (0, data.len());
    if left {
        while a < b && strip(data[a]) {
            a += 1;
        }
    }
    if right {
        while b > a && strip(data[b - 1]) {
            b -= 1;
        }
    }
    if a == 0 && b == data.len() && args[0].is_type(&BYTES_TYPE) {
        return Ok(args[0].clone());
    }
    Ok(like(&args[0], data[a..b].to_vec()))
}

fn bytes_strip(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    do_strip(args, kw, true, true, "strip")
}
fn bytes_lstrip(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    do_strip(args, kw, true, false, "lstrip")
}
fn bytes_rstrip(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    do_strip(args, kw, false, true, "rstrip")
}

/// ljust/rjust/center with a one-byte fill.
fn pad_impl(args: &[Value], kw: Option<&Kw>, name: &str, how: char) -> PyResult<Value> {
    clinic::positional(&args[1..], kw, name, format_args!("{}.{name}", kind(&args[0])), 1, 2)?;
    let width = clinic::ssize_arg(&args[1])?;
    let fill = match args.get(2) {
        Some(f) => match buffer_bytes(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    f.ty().name()
                )))
            }
        },
        None => b' ',
    };
    let data = d(&args[0]);
    let len = data.len() as i64;
    if width <= len {
        return Ok(like(&args[0], data));
    }
    let pad = (width - len) as usize;
    clinic::check_alloc(pad)?;
    let left = match how {
        '<' => 0,
        '>' => pad,
        _ => pad / 2 + (pad & width as usize & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.extend(std::iter::repeat(fill).take(pad - left));
    Ok(like(&args[0], out))
}

fn bytes_ljust(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    pad_impl(args, kw, "ljust", '<')
}
fn bytes_rjust(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    pad_impl(args, kw, "rjust", '>')
}
fn bytes_center(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    pad_impl(args, kw, "center", '^')
}

fn bytes_zfill(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let w = clinic::one_arg(&args[1..], kw, format_args!("{}.zfill", kind(&args[0])))?;
    let width = clinic::ssize_arg(w)?;
    let data = d(&args[0]);
    if width <= data.len() as i64 {
        return Ok(like(&args[0], data));
    }
    let pad = width as usize - data.len();
    clinic::check_alloc(pad)?;
    let mut out = Vec::with_capacity(width as usize);
    let mut rest = data.as_slice();
    if let Some(&c) = data.first().filter(|c| **c == b'+' || **c == b'-') {
        out.push(c);
        rest = &data[1..];
    }
    out.extend(std::iter::repeat(b'0').take(pad));
    out.extend_from_slice(rest);
    Ok(like(&args[0], out))
}

fn bytes_expandtabs(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords(&args[1..], kw, "expandtabs", &["tabsize"], 0, 0)?;
    let ts = match &a[0] {
        Some(t) => clinic::int_arg(t)? as i64,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col: i64 = 0;
    for &c in &d(&args[0]) {
        if c == b'\t' {
            if ts > 0 {
                let n = ts - col % ts;
                out.extend(std::iter::repeat(b' ').take(n as usize));
                col += n;
            }
        } else {
            out.push(c);
            col += 1;
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(like(&args[0], out))
}

fn bytes_replace(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::positional(&args[1..], kw, "replace", format_args!("{}.replace", kind(&args[0])), 2, 3)?;
    let old = need_bytes(&args[1])?;
    let new = need_bytes(&args[2])?;
    let count = match args.get(3) {
        Some(c) => clinic::ssize_arg(c)?,
        None => -1,
    };
    let data = d(&args[0]);
    let mut out = Vec::with_capacity(data.len());
    let mut n = 0i64;
    if old.is_empty() {
        for (i, &b) in data.iter().enumerate() {
            if count < 0 || n < count {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
            let _ = i;
        }
        if count < 0 || n < count {
            out.extend_from_slice(&new);
        }
        return Ok(like(&args[0], out));
    }
    let mut i = 0;
    while count < 0 || n < count {
        match find_sub(&data, &old, i, data.len()) {
            Some(p) => {
                out.extend_from_slice(&data[i..p]);
                out.extend_from_slice(&new);
                i = p + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[i..]);
    Ok(like(&args[0], out))
}

fn bytes_removeprefix(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let p = need_bytes(clinic::one_arg(&args[1..], kw, format_args!("{}.removeprefix", kind(&args[0])))?)?;
    let data = d(&args[0]);
    Ok(like(&args[0], data.strip_prefix(p.as_slice()).unwrap_or(&data).to_vec()))
}

fn bytes_removesuffix(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let p = need_bytes(clinic::one_arg(&args[1..], kw, format_args!("{}.removesuffix", kind(&args[0])))?)?;
    let data = d(&args[0]);
    if p.is_empty() {
        return Ok(like(&args[0], data));
    }
    Ok(like(&args[0], data.strip_suffix(p.as_slice()).unwrap_or(&data).to_vec()))
}

fn bytes_maketrans(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::positional(args, kw, "maketrans", "bytes.maketrans", 2, 2)?;
    let from = need_bytes(&args[0])?;
    let to = need_bytes(&args[1])?;
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (a, b) in from.iter().zip(to.iter()) {
        table[*a as usize] = *b;
    }
    Ok(new_bytes(table))
}

fn bytes_translate(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = clinic::keywords(&args[1..], kw, "translate", &["table", "delete"], 1, 1)?;
    let table = a[0].as_ref().unwrap();
    let table = if is_none(table) {
        None
    } else {
        let t = need_bytes(table)?;
        if t.len() != 256 {
            return Err(value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match &a[1] {
        Some(v) => need_bytes(v)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = d(&args[0])
        .into_iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(like(&args[0], out))
}

// ----- case and predicates (ASCII only) --------------------------------------------------

/// An ASCII case mapping method with no arguments.
fn map_bytes(args: &[Value], kw: Option<&Kw>, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, format_args!("{}.{name}", kind(&args[0])))?;
    Ok(like(&args[0], f(&d(&args[0]))))
}

/// `bytes.title` on data: uppercase after an uncased byte, lowercase otherwise.
fn title_bytes(data: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    data.iter()
        .map(|&b| {
            let r = if prev_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn bytes_upper(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    map_bytes(args, kw, "upper", |d| d.to_ascii_uppercase())
}
fn bytes_lower(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    map_bytes(args, kw, "lower", |d| d.to_ascii_lowercase())
}
fn bytes_swapcase(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    map_bytes(args, kw, "swapcase", |d| {
        d.iter().map(|&b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() }).collect()
    })
}
fn bytes_capitalize(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    map_bytes(args, kw, "capitalize", |d| {
        d.iter().enumerate().map(|(i, &b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }).collect()
    })
}
fn bytes_title(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    map_bytes(args, kw, "title", title_bytes)
}

/// An ASCII predicate method with no arguments.
fn bpred(args: &[Value], kw: Option<&Kw>, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, format_args!("{}.{name}", kind(&args[0])))?;
    Ok(new_bool(f(&d(&args[0]))))
}

fn bytes_isalpha(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    bpred(args, kw, "isalpha", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic))
}
fn bytes_isalnum(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    bpred(args, kw, "isalnum", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric))
}
fn bytes_isdigit(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    bpred(args, kw, "isdigit", |d| !d.is_empty() && d.iter().all(u8::is_ascii_digit))
}
fn bytes_isspace(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    bpred(args, kw, "isspace", |d| !d.is_empty() && d.iter().all(|&b| is_ws(b)))
}
fn bytes_isascii(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    bpred(args, kw, "isascii", |d| d.is_ascii())
}
fn bytes_islower(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    bpred(args, kw, "islower", |d| d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase))
}
fn bytes_isupper(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    bpred(args, kw, "isupper", |d| d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase))
}
fn bytes_istitle(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    bpred(args, kw, "istitle", |d| {
        let (mut cased, mut prev) = (false, false);
        for &b in d {
            if b.is_ascii_uppercase() {
                if prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else if b.is_ascii_lowercase() {
                if !prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else {
                prev = false;
            }
        }
        cased
    })
}

// ----- bytearray mutation ----------------------------------------------------------------

fn ba_append(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let v = clinic::one_arg(&args[1..], kw, "bytearray.append")?;
    let b = byte_value(v, "byte must be in range(0, 256)")?;
    ba(&args[0]).check_resize(ba(&args[0]).vec().len() + 1)?;
    ba(&args[0]).vec().push(b);
    Ok(none())
}

fn ba_extend(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let v = clinic::one_arg(&args[1..], kw, "bytearray.extend")?;
    let data = if let Some(b) = buffer_bytes(v) {
        b
    } else {
        if ops::iter(v).is_err() {
            return Err(type_error(format!("can't extend bytearray with {}", v.ty().name())));
        }
        bytes_from_iterable(v, "byte must be in range(0, 256)")?
    };
    ba(&args[0]).check_resize(ba(&args[0]).vec().len() + data.len())?;
    ba(&args[0]).vec().extend_from_slice(&data);
    Ok(none())
}

fn ba_insert(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::positional(&args[1..], kw, "insert", "bytearray.insert", 2, 2)?;
    let i = clinic::ssize_arg(&args[1])?;
    let b = byte_value(&args[2], "byte must be in range(0, 256)")?;
    ba(&args[0]).check_resize(ba(&args[0]).vec().len() + 1)?;
    let v = ba(&args[0]).vec();
    let n = v.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(i as usize, b);
    Ok(none())
}

fn ba_pop(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::positional(&args[1..], kw, "pop", "bytearray.pop", 0, 1)?;
    let i = match args.get(1) {
        Some(v) => clinic::ssize_arg(v)?,
        None => -1,
    };
    let v = ba(&args[0]).vec();
    if v.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let n = v.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    ba(&args[0]).check_resize(n as usize - 1)?;
    Ok(new_int(v.remove(j as usize) as i64))
}

fn ba_remove(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let x = clinic::one_arg(&args[1..], kw, "bytearray.remove")?;
    let b = byte_value(x, "byte must be in range(0, 256)")?;
    let v = ba(&args[0]).vec();
    match v.iter().position(|&c| c == b) {
        Some(p) => {
            ba(&args[0]).check_resize(v.len() - 1)?;
            v.remove(p);
            Ok(none())
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn ba_reverse(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "bytearray.reverse")?;
    ba(&args[0]).vec().reverse();
    Ok(none())
}

fn ba_clear(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "bytearray.clear")?;
    ba(&args[0]).check_resize(0)?;
    ba(&args[0]).vec().clear();
    Ok(none())
}

fn ba_copy(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    clinic::noargs(&args[1..], kw, "bytearray.copy")?;
    Ok(new_bytearray(d(&args[0])))
}

const BYTES_DOC: &str = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer";
const BYTEARRAY_DOC: &str = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer";

pub fn init() {
    for t in [&BYTES_ITER_TYPE, &BYTEARRAY_ITER_TYPE] {
        crate::objects::iter::register_iterator(t, bytes_iternext);
        build::method(t, "__length_hint__", bytes_iter_len);
    }
    crate::types::init_builtin_type(&BYTES_TYPE);
    crate::types::init_builtin_type(&BYTEARRAY_TYPE);
    let shared: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__repr__", bytes_repr_m),
        ("__str__", bytes_repr_m),
        ("__len__", bytes_len),
        ("__sizeof__", bytes_sizeof),
        ("__getitem__", bytes_getitem),
        ("__eq__", bytes_eq),
        ("__ne__", bytes_ne),
        ("__lt__", bytes_lt),
        ("__le__", bytes_le),
        ("__gt__", bytes_gt),
        ("__ge__", bytes_ge),
        ("__add__", bytes_add),
        ("__mul__", bytes_mul),
        ("__rmul__", bytes_mul),
        ("__mod__", bytes_mod),
        ("__rmod__", bytes_rmod),
        ("__contains__", bytes_contains),
        ("decode", bytes_decode),
        ("hex", bytes_hex),
        ("find", bytes_find),
        ("rfind", bytes_rfind),
        ("index", bytes_index),
        ("rindex", bytes_rindex),
        ("count", bytes_count),
        ("startswith", bytes_startswith),
        ("endswith", bytes_endswith),
        ("split", bytes_split),
        ("rsplit", bytes_rsplit),
        ("splitlines", bytes_splitlines),
        ("partition", bytes_partition),
        ("rpartition", bytes_rpartition),
        ("join", bytes_join),
        ("strip", bytes_strip),
        ("lstrip", bytes_lstrip),
        ("rstrip", bytes_rstrip),
        ("ljust", bytes_ljust),
        ("rjust", bytes_rjust),
        ("center", bytes_center),
        ("zfill", bytes_zfill),
        ("expandtabs", bytes_expandtabs),
        ("replace", bytes_replace),
        ("removeprefix", bytes_removeprefix),
        ("removesuffix", bytes_removesuffix),
        ("translate", bytes_translate),
        ("upper", bytes_upper),
        ("lower", bytes_lower),
        ("swapcase", bytes_swapcase),
        ("capitalize", bytes_capitalize),
        ("title", bytes_title),
        ("isalpha", bytes_isalpha),
        ("isalnum", bytes_isalnum),
        ("isdigit", bytes_isdigit),
        ("isspace", bytes_isspace),
        ("isascii", bytes_isascii),
        ("islower", bytes_islower),
        ("isupper", bytes_isupper),
        ("istitle", bytes_istitle),
    ];
    for t in [&BYTES_TYPE, &BYTEARRAY_TYPE] {
        for (name, f) in shared {
            build::method(t, name, *f);
        }
        build::classmethod(t, "fromhex", bytes_fromhex);
        build::staticmethod(t, "maketrans", bytes_maketrans);
    }
    let t = &BYTES_TYPE;
    build::new(t, bytes_new);
    build::doc(t, BYTES_DOC);
    build::method(t, "__hash__", bytes_hash);
    build::method(t, "__iter__", bytes_iter);
    build::method(t, "__bytes__", bytes_bytes);
    build::method(t, "__getnewargs__", bytes_getnewargs);
    let t = &BYTEARRAY_TYPE;
    build::new(t, bytearray_new);
    build::doc(t, BYTEARRAY_DOC);
    build::method(t, "__init__", bytearray_init);
    build::attr(t, "__hash__", none());
    build::method(t, "__setitem__", bytearray_setitem);
    build::method(t, "__delitem__", bytearray_delitem);
    build::method(t, "__iter__", bytes_iter);
    build::method(t, "__iadd__", bytearray_iadd);
    build::method(t, "__imul__", bytearray_imul);
    build::method(t, "__alloc__", bytearray_alloc);
    build::method(t, "append", ba_append);
    build::method(t, "extend", ba_extend);
    build::method(t, "insert", ba_insert);
    build::method(t, "pop", ba_pop);
    build::method(t, "remove", ba_remove);
    build::method(t, "reverse", ba_reverse);
    build::method(t, "clear", ba_clear);
    build::method(t, "copy", ba_copy);
}
