//! `memoryview`: one-dimensional views of bytes and bytearray objects in the
//! native struct formats, as CPython's Objects/memoryobject.c behaves for
//! them: indexing, slicing (with steps), assignment through a writable view,
//! comparisons, hashing, cast, release and the attributes.

use crate::builtins::args::{arity, no_kw, noargs};
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::objects::bool_none::{new_bool, none, not_implemented};
use crate::objects::bytes::{as_bytes, new_bytes, ByteArrayObject};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::{build, TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::Cell;

#[repr(C)]
pub struct MemoryViewObject {
    pub header: ObjHeader,
    /// The exporting bytes or bytearray.
    obj: Value,
    /// Byte offset of the first item.
    start: usize,
    /// Number of items.
    len: usize,
    /// Bytes between items.
    step: isize,
    format: Cell<u8>,
    released: Cell<bool>,
}

/// The size of one item of a native struct format, if it is one.
fn itemsize_of(f: u8) -> Option<usize> {
    Some(match f {
        b'b' | b'B' | b'c' | b'?' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    })
}

unsafe impl PyObj for MemoryViewObject {
    fn class() -> &'static TypeObject {
        &MEMORYVIEW_TYPE
    }
}

pub static MEMORYVIEW_TYPE: TypeObject = TypeObject::builtin::<MemoryViewObject>("memoryview", Some(&OBJECT_TYPE), 0);

fn mv(v: &Value) -> PyResult<&MemoryViewObject> {
    let m = v.downcast::<MemoryViewObject>().ok_or_else(|| type_error("expected a memoryview"))?;
    if m.released.get() {
        return Err(value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}

impl MemoryViewObject {
    fn readonly(&self) -> bool {
        self.obj.downcast::<ByteArrayObject>().is_none()
    }

    fn itemsize(&self) -> usize {
        itemsize_of(self.format.get()).unwrap_or(1)
    }

    /// The bytes of item `i`.
    fn item_bytes(&self, i: usize) -> Vec<u8> {
        let data = as_bytes(&self.obj).unwrap_or(&[]);
        let at = (self.start as isize + i as isize * self.step) as usize;
        data.get(at..at + self.itemsize()).map(<[u8]>::to_vec).unwrap_or_default()
    }

    /// The viewed bytes, copied, in item order.
    fn bytes(&self) -> Vec<u8> {
        (0..self.len).flat_map(|i| self.item_bytes(i)).collect()
    }

    /// One item as Python sees it (native byte order).
    fn item(&self, b: &[u8]) -> Value {
        let u = |n: usize| -> u64 {
            let mut a = [0u8; 8];
            a[..n].copy_from_slice(&b[..n]);
            u64::from_ne_bytes(a)
        };
        let i = |n: usize| -> i64 {
            let shift = 64 - 8 * n as u32;
            ((u(n) << shift) as i64) >> shift
        };
        match self.format.get() {
            b'c' => new_bytes(b.to_vec()),
            b'?' => new_bool(b[0] != 0),
            b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => new_int(i(b.len())),
            b'f' => crate::objects::float::new_float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
            b'd' => crate::objects::float::new_float(f64::from_bits(u(8))),
            b'e' => crate::objects::float::new_float(half_to_f64(u(2) as u16)),
            _ => crate::objects::int::new_int_i128(u(b.len()) as i128),
        }
    }

    fn items(&self) -> Vec<Value> {
        (0..self.len).map(|i| self.item(&self.item_bytes(i))).collect()
    }

    fn format_str(&self) -> String {
        (self.format.get() as char).to_string()
    }
}

/// IEEE 754 half precision to f64.
fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 => {
            if frac == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        e => (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
    }
}

fn new_view(obj: Value, start: usize, len: usize, step: isize, format: u8) -> Value {
    crate::types::new_object(MemoryViewObject {
        header: ObjHeader::new(std::ptr::null()),
        obj,
        start,
        len,
        step,
        format: Cell::new(format),
        released: Cell::new(false),
    })
}

/// The bytes of any object memoryview can view (bytes, bytearray, memoryview).
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    if let Some(m) = v.downcast::<MemoryViewObject>() {
        return Some(m.bytes());
    }
    as_bytes(v).map(<[u8]>::to_vec)
}

/// `memoryview(object)`.
fn mv_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("memoryview", &args[1..], kw, &["object"], 1)?;
    let o = a[0].clone().expect("required");
    if let Some(m) = o.downcast::<MemoryViewObject>() {
        if m.released.get() {
            return Err(value_error("operation forbidden on released memoryview object"));
        }
        return Ok(new_view(m.obj.clone(), m.start, m.len, m.step, m.format.get()));
    }
    match as_bytes(&o) {
        Some(b) => {
            let n = b.len();
            Ok(new_view(o, 0, n, 1, b'B'))
        }
        None => Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", o.ty().name()))),
    }
}

fn mv_len(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(new_int(mv(&args[0])?.len as i64))
}

/// The absolute position of item `i` (negative counts from the end).
fn position(m: &MemoryViewObject, key: &Value) -> PyResult<usize> {
    let i = crate::builtins::args::as_ssize(key).map_err(|e| {
        if e.matches(&crate::objects::exception::OVERFLOW_ERROR) {
            index_error("cannot fit 'int' into an index-sized integer")
        } else {
            e
        }
    })?;
    let n = m.len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    Ok((m.start as isize + j as isize * m.step) as usize)
}

fn mv_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = mv(&args[0])?;
    let key = &args[1];
    if let Some(s) = key.downcast::<crate::objects::slice::SliceObject>() {
        let (start, _, step, n) = s.indices(m.len)?;
        let abs_start = if n == 0 { m.start as isize } else { m.start as isize + start * m.step };
        return Ok(new_view(m.obj.clone(), abs_start.max(0) as usize, n, m.step * step, m.format.get()));
    }
    if crate::objects::tuple::tuple_items(key).is_some() {
        return Err(type_error("memoryview: invalid slice key"));
    }
    if ops::index_opt(key)?.is_none() {
        return Err(type_error("memoryview: invalid slice key"));
    }
    let p = position(m, key)?;
    let size = m.itemsize();
    let b = as_bytes(&m.obj)
        .and_then(|d| d.get(p..p + size).map(<[u8]>::to_vec))
        .ok_or_else(|| index_error("index out of bounds on dimension 1"))?;
    Ok(m.item(&b))
}

/// An item's bytes for a writable view (CPython's pack_single).
fn item_bytes_of(m: &MemoryViewObject, v: &Value) -> PyResult<Vec<u8>> {
    let fmt = m.format_str();
    let f = m.format.get();
    let size = m.itemsize();
    let bad_type = || type_error(format!("memoryview: invalid type for format '{fmt}'"));
    let bad_value = || value_error(format!("memoryview: invalid value for format '{fmt}'"));
    match f {
        b'c' => match as_bytes(v) {
            Some(b) if b.len() == 1 => Ok(b.to_vec()),
            _ => Err(bad_type()),
        },
        b'?' => Ok(vec![ops::truthy(v)? as u8]),
        b'f' | b'd' | b'e' => {
            let x = crate::objects::float::float_val(v)
                .or_else(|| crate::objects::int::int_val(v).and_then(|i| crate::objects::int::to_f64(i).ok()))
                .ok_or_else(bad_type)?;
            Ok(match f {
                b'f' => (x as f32).to_ne_bytes().to_vec(),
                b'd' => x.to_ne_bytes().to_vec(),
                _ => return Err(crate::error::not_implemented_error("memoryview: format e not supported")),
            })
        }
        _ => {
            let i = crate::objects::int::int_val(v).ok_or_else(bad_type)?;
            let n = i.to_big();
            let signed = matches!(f, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            let bits = 8 * size as u32;
            let (lo, hi) = if signed {
                (-(malachite::Integer::from(1) << (bits - 1)), (malachite::Integer::from(1) << (bits - 1)) - malachite::Integer::from(1))
            } else {
                (malachite::Integer::from(0), (malachite::Integer::from(1) << bits) - malachite::Integer::from(1))
            };
            if n < lo || n > hi {
                return Err(bad_value());
            }
            let raw: i128 = i128::try_from(&n).map_err(|_| bad_value())?;
            Ok((raw as u64).to_ne_bytes()[..size].to_vec())
        }
    }
}

fn mv_setitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = mv(&args[0])?;
    if m.readonly() {
        return Err(type_error("cannot modify read-only memory"));
    }
    let ba = m.obj.downcast::<ByteArrayObject>().expect("a bytearray");
    let (key, value) = (&args[1], &args[2]);
    if let Some(s) = key.downcast::<crate::objects::slice::SliceObject>() {
        let (start, _, step, n) = s.indices(m.len)?;
        let src = view_bytes(value)
            .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", value.ty().name())))?;
        let size = m.itemsize();
        if src.len() != n * size {
            return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        let data = ba.vec();
        for k in 0..n {
            let p = (m.start as isize + (start + k as isize * step) * m.step) as usize;
            if let Some(dst) = data.get_mut(p..p + size) {
                dst.copy_from_slice(&src[k * size..(k + 1) * size]);
            }
        }
        return Ok(none());
    }
    let p = position(m, key)?;
    let b = item_bytes_of(m, value)?;
    if let Some(dst) = ba.vec().get_mut(p..p + b.len()) {
        dst.copy_from_slice(&b);
    }
    Ok(none())
}

fn mv_tobytes(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("tobytes", &args[1..], kw, &["order"], 0)?;
    if let Some(o) = a[0].as_ref().filter(|v| !crate::objects::bool_none::is_none(v)) {
        match crate::objects::str::as_str(o) {
            Some("C") | Some("F") | Some("A") => {}
            _ => return Err(value_error("order must be 'C', 'F' or 'A'")),
        }
    }
    Ok(new_bytes(mv(&args[0])?.bytes()))
}

fn mv_tolist(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("tolist", args, kw)?;
    let m = mv(&args[0])?;
    Ok(crate::objects::list::new_list(m.items()))
}

/// `hex([sep[, bytes_per_sep]])`, as bytes.hex.
fn mv_hex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let b = new_bytes(mv(&args[0])?.bytes());
    let f = ops::getattr(&b, &crate::objects::str::intern("hex"))?;
    crate::call::call(&f, &args[1..], kw)
}

fn mv_release(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("release", args, kw)?;
    let m = args[0].downcast::<MemoryViewObject>().ok_or_else(|| type_error("expected a memoryview"))?;
    m.released.set(true);
    Ok(none())
}

fn mv_enter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mv(&args[0])?;
    Ok(args[0].clone())
}

fn mv_exit(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mv_release(&args[..1], None)
}

/// `cast(format)`: between the single-byte formats.
fn mv_cast(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    no_kw("cast", kw)?;
    arity("cast", args.len() - 1, 1, 2)?;
    let m = mv(&args[0])?;
    let f = crate::objects::str::as_str(&args[1])
        .ok_or_else(|| type_error(format!("memoryview.cast(): argument 'format' must be str, not {}", args[1].ty().name())))?;
    let f = f.strip_prefix('@').unwrap_or(f);
    let code = match f.as_bytes() {
        [c] if itemsize_of(*c).is_some() => *c,
        _ => {
            return Err(value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    if m.step != m.itemsize() as isize && m.len > 1 {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if args.len() > 2 {
        return Err(type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
    }
    let byte_fmt = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !byte_fmt(m.format.get()) && !byte_fmt(code) {
        return Err(type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.len * m.itemsize();
    let size = itemsize_of(code).unwrap_or(1);
    if nbytes % size != 0 {
        return Err(type_error("memoryview: length is not a multiple of itemsize"));
    }
    Ok(new_view(m.obj.clone(), m.start, nbytes / size, size as isize, code))
}

fn mv_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = args[0].downcast::<MemoryViewObject>().ok_or_else(|| type_error("expected a memoryview"))?;
    let kind = if m.released.get() { "released memory" } else { "memory" };
    Ok(new_str(format!("<{} at {:#x}>", kind, args[0].id())))
}

/// Views compare equal to anything holding the same items.
fn mv_eq_impl(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let m = a.downcast::<MemoryViewObject>().ok_or_else(|| type_error("expected a memoryview"))?;
    if a.is(b) {
        return Ok(Some(true));
    }
    if m.released.get() {
        return Ok(Some(false));
    }
    if let Some(o) = b.downcast::<MemoryViewObject>() {
        if o.released.get() {
            return Ok(Some(false));
        }
        let same_kind = m.format.get() == o.format.get() || (m.format.get() != b'c' && o.format.get() != b'c');
        if !same_kind {
            return Ok(Some(false));
        }
        let (vx, vy) = (m.items(), o.items());
        if vx.len() != vy.len() {
            return Ok(Some(false));
        }
        for (p, q) in vx.iter().zip(vy.iter()) {
            if !ops::eq(p, q)? {
                return Ok(Some(false));
            }
        }
        return Ok(Some(true));
    }
    match as_bytes(b) {
        Some(bb) => Ok(Some(m.format.get() == b'B' && m.bytes() == bb)),
        None => Ok(None),
    }
}

fn mv_eq(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(mv_eq_impl(&args[0], &args[1])?.map_or_else(not_implemented, new_bool))
}

fn mv_ne(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    Ok(mv_eq_impl(&args[0], &args[1])?.map_or_else(not_implemented, |b| new_bool(!b)))
}

/// Read-only views of 'B', 'b' or 'c' hash like the bytes they hold.
fn mv_hash(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = mv(&args[0])?;
    if !m.readonly() {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.format.get(), b'B' | b'b' | b'c') {
        return Err(value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    Ok(new_int(crate::objects::bytes::hash_bytes(&m.bytes())))
}

fn mv_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = mv(&args[0])?;
    ops::iter(&crate::objects::list::new_list(m.items()))
}

fn mv_toreadonly(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("toreadonly", args, kw)?;
    let m = mv(&args[0])?;
    // A read-only view over a snapshot of the bytes.
    let data = new_bytes(m.bytes());
    let size = m.itemsize();
    Ok(new_view(data, 0, m.len, size as isize, m.format.get()))
}

fn get_obj(v: &Value) -> PyResult<Value> {
    Ok(mv(v)?.obj.clone())
}
fn get_nbytes(v: &Value) -> PyResult<Value> {
    let m = mv(v)?;
    Ok(new_int((m.len * m.itemsize()) as i64))
}
fn get_readonly(v: &Value) -> PyResult<Value> {
    Ok(new_bool(mv(v)?.readonly()))
}
fn get_itemsize(v: &Value) -> PyResult<Value> {
    Ok(new_int(mv(v)?.itemsize() as i64))
}
fn get_format(v: &Value) -> PyResult<Value> {
    Ok(new_str(mv(v)?.format_str()))
}
fn get_ndim(v: &Value) -> PyResult<Value> {
    mv(v)?;
    Ok(new_int(1))
}
fn get_shape(v: &Value) -> PyResult<Value> {
    Ok(new_tuple(vec![new_int(mv(v)?.len as i64)]))
}
fn get_strides(v: &Value) -> PyResult<Value> {
    Ok(new_tuple(vec![new_int(mv(v)?.step as i64)]))
}
fn get_suboffsets(v: &Value) -> PyResult<Value> {
    mv(v)?;
    Ok(new_tuple(Vec::new()))
}
fn get_c_contiguous(v: &Value) -> PyResult<Value> {
    let m = mv(v)?;
    Ok(new_bool(m.step == m.itemsize() as isize || m.len <= 1))
}

pub fn init() {
    let t = &MEMORYVIEW_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, mv_new);
    build::method(t, "__len__", mv_len);
    build::method(t, "__getitem__", mv_getitem);
    build::method(t, "__setitem__", mv_setitem);
    build::method(t, "__repr__", mv_repr);
    build::method(t, "__eq__", mv_eq);
    build::method(t, "__ne__", mv_ne);
    build::method(t, "__hash__", mv_hash);
    build::method(t, "__iter__", mv_iter);
    build::method(t, "__enter__", mv_enter);
    build::method(t, "__exit__", mv_exit);
    build::method(t, "tobytes", mv_tobytes);
    build::method(t, "tolist", mv_tolist);
    build::method(t, "hex", mv_hex);
    build::method(t, "release", mv_release);
    build::method(t, "cast", mv_cast);
    build::method(t, "toreadonly", mv_toreadonly);
    build::getset(t, "obj", get_obj, None);
    build::getset(t, "nbytes", get_nbytes, None);
    build::getset(t, "readonly", get_readonly, None);
    build::getset(t, "itemsize", get_itemsize, None);
    build::getset(t, "format", get_format, None);
    build::getset(t, "ndim", get_ndim, None);
    build::getset(t, "shape", get_shape, None);
    build::getset(t, "strides", get_strides, None);
    build::getset(t, "suboffsets", get_suboffsets, None);
    build::getset(t, "c_contiguous", get_c_contiguous, None);
    build::getset(t, "f_contiguous", get_c_contiguous, None);
    build::getset(t, "contiguous", get_c_contiguous, None);
}
