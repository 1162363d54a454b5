//! `memoryview`: views of bytes, bytearray and array objects in the native
//! struct formats, as CPython's Objects/memoryobject.c behaves for them:
//! one- and multi-dimensional shapes (from `cast`), indexing, slicing (with
//! steps), assignment through a writable view, comparisons, hashing, release
//! (a view keeps a bytearray from resizing while it lives) and the attributes.

use crate::builtins::args::noargs;
use crate::error::{index_error, not_implemented_error, type_error, value_error, PyErr, PyResult};
use crate::objects::bool_none::{is_none, new_bool, none, not_implemented};
use crate::objects::bytes::{as_bytes, new_bytes, ByteArrayObject};
use crate::objects::function::Kw;
use crate::objects::int::new_int;
use crate::objects::str::new_str;
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::ops;
use crate::types::{build, TypeObject, OBJECT_TYPE};
use crate::value::{ObjHeader, PyObj, Value};
use std::cell::Cell;

/// CPython's PyBUF_MAX_NDIM.
const MAX_NDIM: usize = 64;

#[repr(C)]
pub struct MemoryViewObject {
    pub header: ObjHeader,
    /// The exporting bytes, bytearray or array.
    obj: Value,
    /// Byte offset of the first item.
    start: usize,
    /// Items per dimension (empty: a zero-dimensional view of one item).
    shape: Vec<usize>,
    /// Bytes between items, per dimension.
    strides: Vec<isize>,
    format: Cell<u8>,
    released: Cell<bool>,
    /// Made by `toreadonly()` (over writable memory).
    ro: bool,
}

impl Drop for MemoryViewObject {
    fn drop(&mut self) {
        if !self.released.get() {
            unexport(&self.obj);
        }
    }
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

fn is_byte_format(f: u8) -> bool {
    matches!(f, b'B' | b'b' | b'c')
}

unsafe impl PyObj for MemoryViewObject {
    fn class() -> &'static TypeObject {
        &MEMORYVIEW_TYPE
    }
}

pub static MEMORYVIEW_TYPE: TypeObject = TypeObject::builtin::<MemoryViewObject>("memoryview", Some(&OBJECT_TYPE), crate::types::SEQUENCE);

fn released_error() -> PyErr {
    value_error("operation forbidden on released memoryview object")
}

fn mv(v: &Value) -> PyResult<&MemoryViewObject> {
    let m = v.downcast::<MemoryViewObject>().ok_or_else(|| type_error("expected a memoryview"))?;
    if m.released.get() {
        return Err(released_error());
    }
    Ok(m)
}

/// A view over a bytearray counts as an export of it.
fn export(obj: &Value) {
    if let Some(b) = obj.downcast::<ByteArrayObject>() {
        b.add_export(1);
    }
}

fn unexport(obj: &Value) {
    if let Some(b) = obj.downcast::<ByteArrayObject>() {
        b.add_export(-1);
    }
}

impl MemoryViewObject {
    fn readonly(&self) -> bool {
        self.ro || exported_mut(&self.obj).is_none()
    }

    fn itemsize(&self) -> usize {
        itemsize_of(self.format.get()).unwrap_or(1)
    }

    fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// The number of items (the product of the shape).
    fn count(&self) -> usize {
        self.shape.iter().product()
    }

    fn nbytes(&self) -> usize {
        self.count() * self.itemsize()
    }

    /// len(): the first dimension.
    fn len(&self) -> usize {
        self.shape.first().copied().unwrap_or(1)
    }

    /// Byte offsets of every item, in C (row-major) order.
    fn offsets(&self) -> Vec<usize> {
        let mut out = vec![self.start as isize];
        for (&n, &st) in self.shape.iter().zip(self.strides.iter()) {
            let mut next = Vec::with_capacity(out.len() * n);
            for &base in &out {
                for k in 0..n {
                    next.push(base + k as isize * st);
                }
            }
            out = next;
        }
        out.into_iter().map(|o| o.max(0) as usize).collect()
    }

    /// The bytes of the item at byte offset `at`.
    fn item_bytes_at(&self, at: usize) -> Vec<u8> {
        let data = exported(&self.obj).unwrap_or(&[]);
        data.get(at..at + self.itemsize()).map(<[u8]>::to_vec).unwrap_or_else(|| vec![0; self.itemsize()])
    }

    /// The viewed bytes, copied, in C order.
    fn bytes(&self) -> Vec<u8> {
        self.offsets().into_iter().flat_map(|o| self.item_bytes_at(o)).collect()
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

    /// All items, flattened in C order.
    fn items(&self) -> Vec<Value> {
        self.offsets().into_iter().map(|o| self.item(&self.item_bytes_at(o))).collect()
    }

    /// `tolist()`: nested lists following the shape.
    fn nested(&self, dim: usize, base: isize) -> Value {
        if dim == self.ndim() {
            return self.item(&self.item_bytes_at(base.max(0) as usize));
        }
        let items = (0..self.shape[dim]).map(|k| self.nested(dim + 1, base + k as isize * self.strides[dim])).collect();
        crate::objects::list::new_list(items)
    }

    fn format_str(&self) -> String {
        (self.format.get() as char).to_string()
    }

    fn c_contiguous(&self) -> bool {
        let mut sd = self.itemsize() as isize;
        for i in (0..self.ndim()).rev() {
            if self.shape[i] > 1 && self.strides[i] != sd {
                return self.count() == 0;
            }
            sd *= self.shape[i] as isize;
        }
        true
    }

    fn f_contiguous(&self) -> bool {
        let mut sd = self.itemsize() as isize;
        for i in 0..self.ndim() {
            if self.shape[i] > 1 && self.strides[i] != sd {
                return self.count() == 0;
            }
            sd *= self.shape[i] as isize;
        }
        true
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

fn new_view_nd(obj: Value, start: usize, shape: Vec<usize>, strides: Vec<isize>, format: u8, ro: bool) -> Value {
    export(&obj);
    crate::types::new_object(MemoryViewObject {
        header: ObjHeader::new(std::ptr::null()),
        obj,
        start,
        shape,
        strides,
        format: Cell::new(format),
        released: Cell::new(false),
        ro,
    })
}

fn new_view(obj: Value, start: usize, len: usize, step: isize, format: u8) -> Value {
    new_view_nd(obj, start, vec![len], vec![step], format, false)
}

/// The bytes of any object memoryview can view (bytes, bytearray, memoryview, array).
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    if let Some(m) = v.downcast::<MemoryViewObject>() {
        return Some(m.bytes());
    }
    exported(v).map(<[u8]>::to_vec)
}

/// The memory an exporter (bytes, bytearray, array) shares with its views.
fn exported(v: &Value) -> Option<&[u8]> {
    as_bytes(v).or_else(|| crate::modules::array::array_data(v).map(|d| d.as_slice()))
}

/// The memory of a writable exporter (bytearray, array).
fn exported_mut(v: &Value) -> Option<&mut Vec<u8>> {
    match v.downcast::<ByteArrayObject>() {
        Some(b) => Some(b.vec()),
        None => crate::modules::array::array_data(v),
    }
}

/// `memoryview(object)`.
fn mv_new(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("memoryview", &args[1..], kw, &["object"], 1)?;
    let o = a[0].clone().expect("required");
    if let Some(m) = o.downcast::<MemoryViewObject>() {
        if m.released.get() {
            return Err(released_error());
        }
        return Ok(new_view_nd(m.obj.clone(), m.start, m.shape.clone(), m.strides.clone(), m.format.get(), m.ro));
    }
    if let Some(code) = crate::modules::array::array_typecode(&o) {
        if code == b'u' {
            return Err(not_implemented_error("memoryview: format w not supported"));
        }
        let size = itemsize_of(code).unwrap_or(1);
        let n = exported(&o).map_or(0, |d| d.len()) / size;
        return Ok(new_view(o, 0, n, size as isize, code));
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
    let m = mv(&args[0])?;
    if m.ndim() == 0 {
        return Err(type_error("0-dim memory has no length"));
    }
    Ok(new_int(m.len() as i64))
}

/// The byte offset of index `key` along dimension `dim` (negative counts from the end).
fn offset_along(m: &MemoryViewObject, base: isize, dim: usize, key: &Value) -> PyResult<isize> {
    let i = crate::builtins::args::as_ssize(key).map_err(|e| {
        if e.matches(&crate::objects::exception::OVERFLOW_ERROR) {
            index_error("cannot fit 'int' into an index-sized integer")
        } else {
            e
        }
    })?;
    let n = m.shape[dim] as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error(format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok(base + j as isize * m.strides[dim])
}

/// Is this key a tuple of integers (CPython's is_multiindex)?
fn multi_index(key: &Value) -> PyResult<Option<Vec<Value>>> {
    let Some(items) = tuple_items(key) else { return Ok(None) };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        if it.downcast::<crate::objects::slice::SliceObject>().is_some() {
            return Ok(None);
        }
        match ops::index_opt(it)? {
            Some(i) => out.push(i),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}

fn is_multislice(key: &Value) -> bool {
    tuple_items(key).is_some_and(|items| !items.is_empty() && items.iter().all(|i| i.downcast::<crate::objects::slice::SliceObject>().is_some()))
}

/// The byte offset of the single item a key selects.
fn item_offset(m: &MemoryViewObject, key: &Value) -> PyResult<Option<usize>> {
    if let Some(idx) = multi_index(key)? {
        if idx.len() < m.ndim() {
            return Err(not_implemented_error("sub-views are not implemented"));
        }
        if idx.len() > m.ndim() {
            return Err(type_error(format!("cannot index {}-dimension view with {}-element tuple", m.ndim(), idx.len())));
        }
        let mut at = m.start as isize;
        for (d, k) in idx.iter().enumerate() {
            at = offset_along(m, at, d, k)?;
        }
        return Ok(Some(at.max(0) as usize));
    }
    if tuple_items(key).is_some() {
        if is_multislice(key) {
            return Err(not_implemented_error("multi-dimensional slicing is not implemented"));
        }
        return Err(type_error("memoryview: invalid slice key"));
    }
    let Some(k) = ops::index_opt(key)? else { return Ok(None) };
    if m.ndim() == 0 {
        return Err(type_error("invalid indexing of 0-dim memory"));
    }
    if m.ndim() > 1 {
        return Err(not_implemented_error("multi-dimensional sub-views are not implemented"));
    }
    Ok(Some(offset_along(m, m.start as isize, 0, &k)?.max(0) as usize))
}

fn mv_getitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = mv(&args[0])?;
    let key = &args[1];
    if key.is(&crate::objects::bool_none::ellipsis()) {
        return Ok(new_view_nd(m.obj.clone(), m.start, m.shape.clone(), m.strides.clone(), m.format.get(), m.ro));
    }
    if let Some(s) = key.downcast::<crate::objects::slice::SliceObject>() {
        if m.ndim() == 0 {
            return Err(type_error("invalid indexing of 0-dim memory"));
        }
        let (start, _, step, n) = s.indices(m.shape[0])?;
        let abs_start = if n == 0 { m.start as isize } else { m.start as isize + start * m.strides[0] };
        let mut shape = m.shape.clone();
        let mut strides = m.strides.clone();
        shape[0] = n;
        strides[0] *= step;
        return Ok(new_view_nd(m.obj.clone(), abs_start.max(0) as usize, shape, strides, m.format.get(), m.ro));
    }
    if m.ndim() == 0 && tuple_items(key).is_some_and(|t| t.is_empty()) {
        return Ok(m.item(&m.item_bytes_at(m.start)));
    }
    match item_offset(m, key)? {
        Some(at) => Ok(m.item(&m.item_bytes_at(at))),
        None => Err(type_error("memoryview: invalid slice key")),
    }
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
            Some(_) if v.isinstance(&crate::objects::bytes::BYTES_TYPE) => Err(bad_value()),
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
                _ => return Err(not_implemented_error("memoryview: format e not supported")),
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

/// `del m[key]`: never allowed (CPython's memory_ass_sub without a value).
fn mv_delitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    if mv(&args[0])?.readonly() {
        return Err(type_error("cannot modify read-only memory"));
    }
    Err(type_error("cannot delete memory"))
}

fn mv_setitem(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = mv(&args[0])?;
    if m.readonly() {
        return Err(type_error("cannot modify read-only memory"));
    }
    let (key, value) = (&args[1], &args[2]);
    if let Some(s) = key.downcast::<crate::objects::slice::SliceObject>() {
        if m.ndim() != 1 {
            return Err(not_implemented_error("memoryview slice assignments are currently restricted to ndim = 1"));
        }
        let (start, _, step, n) = s.indices(m.shape[0])?;
        let src = view_bytes(value)
            .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", value.ty().name())))?;
        let size = m.itemsize();
        let same_format = value.downcast::<MemoryViewObject>().map_or(m.format.get() == b'B', |o| o.format.get() == m.format.get());
        if src.len() != n * size || !same_format {
            return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        let Some(data) = exported_mut(&m.obj) else { return Err(type_error("cannot modify read-only memory")) };
        for k in 0..n {
            let p = (m.start as isize + (start + k as isize * step) * m.strides[0]) as usize;
            if let Some(dst) = data.get_mut(p..p + size) {
                dst.copy_from_slice(&src[k * size..(k + 1) * size]);
            }
        }
        return Ok(none());
    }
    let at = if m.ndim() == 0 && (key.is(&crate::objects::bool_none::ellipsis()) || tuple_items(key).is_some_and(|t| t.is_empty())) {
        m.start
    } else {
        match item_offset(m, key)? {
            Some(at) => at,
            None => return Err(type_error("memoryview: invalid slice key")),
        }
    };
    let b = item_bytes_of(m, value)?;
    if let Some(dst) = exported_mut(&m.obj).and_then(|d| d.get_mut(at..at + b.len())) {
        dst.copy_from_slice(&b);
    }
    Ok(none())
}

fn mv_tobytes(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("tobytes", &args[1..], kw, &["order"], 0)?;
    let mut fortran = false;
    if let Some(o) = a[0].as_ref().filter(|v| !is_none(v)) {
        match crate::objects::str::as_str(o) {
            Some("C") | Some("A") => {}
            Some("F") => fortran = true,
            _ => return Err(value_error("order must be 'C', 'F' or 'A'")),
        }
    }
    let m = mv(&args[0])?;
    if fortran && m.ndim() > 1 {
        return Ok(new_bytes(m.offsets_fortran_order().into_iter().flat_map(|o| m.item_bytes_at(o)).collect()));
    }
    Ok(new_bytes(m.bytes()))
}

impl MemoryViewObject {
    /// Byte offsets of every item with the first index varying fastest.
    fn offsets_fortran_order(&self) -> Vec<usize> {
        let n = self.count();
        let mut out = Vec::with_capacity(n);
        let mut idx = vec![0usize; self.ndim()];
        for _ in 0..n {
            let at: isize = self.start as isize + idx.iter().zip(self.strides.iter()).map(|(&i, &s)| i as isize * s).sum::<isize>();
            out.push(at.max(0) as usize);
            for d in 0..self.ndim() {
                idx[d] += 1;
                if idx[d] < self.shape[d] {
                    break;
                }
                idx[d] = 0;
            }
        }
        out
    }
}

fn mv_tolist(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("tolist", args, kw)?;
    let m = mv(&args[0])?;
    Ok(m.nested(0, m.start as isize))
}

/// `hex([sep[, bytes_per_sep]])`, as bytes.hex.
fn mv_hex(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let b = new_bytes(mv(&args[0])?.bytes());
    let f = ops::getattr(&b, &crate::objects::str::intern_static("hex"))?;
    crate::call::call(&f, &args[1..], kw)
}

fn mv_release(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("release", args, kw)?;
    let m = args[0].downcast::<MemoryViewObject>().ok_or_else(|| type_error("expected a memoryview"))?;
    if !m.released.get() {
        m.released.set(true);
        unexport(&m.obj);
    }
    Ok(none())
}

fn mv_enter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mv(&args[0])?;
    Ok(args[0].clone())
}

fn mv_exit(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    mv_release(&args[..1], None)
}

/// `cast(format[, shape])`: 1-D to N-D and back, through the byte formats.
fn mv_cast(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    let a = crate::builtins::args::bind("cast", &args[1..], kw, &["format", "shape"], 1)?;
    let m = mv(&args[0])?;
    let fv = a[0].clone().expect("required");
    let f = crate::objects::str::as_str(&fv)
        .ok_or_else(|| type_error(format!("memoryview.cast(): argument 'format' must be str, not {}", fv.ty().name())))?;
    if !m.c_contiguous() {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let shape_arg = a[1].clone();
    if (shape_arg.is_some() || m.ndim() != 1) && m.shape.contains(&0) {
        return Err(type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    let mut new_shape: Option<Vec<Value>> = None;
    if let Some(s) = &shape_arg {
        let is_seq = s.isinstance(&crate::objects::list::LIST_TYPE) || s.isinstance(&crate::objects::tuple::TUPLE_TYPE);
        if !is_seq {
            return Err(type_error("shape must be a list or a tuple"));
        }
        let items = ops::collect(s)?;
        if items.len() > MAX_NDIM {
            return Err(value_error("memoryview: number of dimensions must not exceed 64"));
        }
        if m.ndim() != 1 && items.len() != 1 {
            return Err(type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
        }
        new_shape = Some(items);
    }
    let f = f.strip_prefix('@').unwrap_or(f);
    let code = match f.as_bytes() {
        [c] if itemsize_of(*c).is_some() && *c != b'e' => *c,
        _ => {
            return Err(value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    if !is_byte_format(m.format.get()) && !is_byte_format(code) {
        return Err(type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.nbytes();
    let size = itemsize_of(code).unwrap_or(1);
    if nbytes % size != 0 {
        return Err(type_error("memoryview: length is not a multiple of itemsize"));
    }
    let (shape, strides) = match new_shape {
        None => (vec![nbytes / size], vec![size as isize]),
        Some(items) => {
            let mut shape = Vec::with_capacity(items.len());
            let mut total: usize = 1;
            for x in &items {
                if crate::objects::int::int_val(x).is_none() {
                    return Err(type_error("memoryview.cast(): elements of shape must be integers"));
                }
                let n = crate::objects::int::as_i64(x).unwrap_or(-1);
                if n <= 0 {
                    return Err(value_error("memoryview.cast(): elements of shape must be integers > 0"));
                }
                total = total.checked_mul(n as usize).ok_or_else(|| value_error("memoryview.cast(): product(shape) > SSIZE_MAX"))?;
                shape.push(n as usize);
            }
            if total.checked_mul(size) != Some(nbytes) {
                return Err(type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            let mut strides = vec![0isize; shape.len()];
            let mut sd = size as isize;
            for d in (0..shape.len()).rev() {
                strides[d] = sd;
                sd *= shape[d] as isize;
            }
            (shape, strides)
        }
    };
    Ok(new_view_nd(m.obj.clone(), m.start, shape, strides, code, m.ro))
}

fn mv_repr(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = args[0].downcast::<MemoryViewObject>().ok_or_else(|| type_error("expected a memoryview"))?;
    let kind = if m.released.get() { "released memory" } else { "memory" };
    Ok(new_str(format!("<{} at {:#x}>", kind, args[0].id())))
}

/// Views compare equal to anything holding the same items in the same shape.
fn mv_eq_impl(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let m = a.downcast::<MemoryViewObject>().ok_or_else(|| type_error("expected a memoryview"))?;
    if m.released.get() {
        return Ok(Some(a.is(b)));
    }
    let (oshape, ofmt, oitems): (Vec<usize>, u8, Vec<Value>) = if let Some(o) = b.downcast::<MemoryViewObject>() {
        if o.released.get() {
            return Ok(Some(a.is(b)));
        }
        (o.shape.clone(), o.format.get(), o.items())
    } else {
        match view_bytes(b) {
            Some(bb) if exported(b).is_some() => (vec![bb.len()], b'B', bb.iter().map(|&x| new_int(x as i64)).collect()),
            _ => return Ok(None),
        }
    };
    if m.shape != oshape {
        return Ok(Some(false));
    }
    // 'c' items are bytes, other formats numbers: they never compare equal.
    if (m.format.get() == b'c') != (ofmt == b'c') {
        return Ok(Some(m.count() == 0));
    }
    for (p, q) in m.items().iter().zip(oitems.iter()) {
        if !ops::eq(p, q)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
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
    if !is_byte_format(m.format.get()) {
        return Err(value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    Ok(new_int(crate::objects::bytes::hash_bytes(&m.bytes())))
}

fn mv_iter(args: &[Value], _kw: Option<&Kw>) -> PyResult<Value> {
    let m = mv(&args[0])?;
    if m.ndim() == 0 {
        return Err(type_error("invalid indexing of 0-dim memory"));
    }
    if m.ndim() > 1 {
        return Err(not_implemented_error("multi-dimensional sub-views are not implemented"));
    }
    ops::iter(&crate::objects::list::new_list(m.items()))
}

fn mv_toreadonly(args: &[Value], kw: Option<&Kw>) -> PyResult<Value> {
    noargs("toreadonly", args, kw)?;
    let m = mv(&args[0])?;
    Ok(new_view_nd(m.obj.clone(), m.start, m.shape.clone(), m.strides.clone(), m.format.get(), true))
}

fn ints(v: impl Iterator<Item = i64>) -> Value {
    new_tuple(v.map(new_int).collect())
}

fn get_obj(v: &Value) -> PyResult<Value> {
    Ok(mv(v)?.obj.clone())
}
fn get_nbytes(v: &Value) -> PyResult<Value> {
    Ok(new_int(mv(v)?.nbytes() as i64))
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
    Ok(new_int(mv(v)?.ndim() as i64))
}
fn get_shape(v: &Value) -> PyResult<Value> {
    Ok(ints(mv(v)?.shape.iter().map(|&n| n as i64)))
}
fn get_strides(v: &Value) -> PyResult<Value> {
    Ok(ints(mv(v)?.strides.iter().map(|&n| n as i64)))
}
fn get_suboffsets(v: &Value) -> PyResult<Value> {
    mv(v)?;
    Ok(new_tuple(Vec::new()))
}
fn get_c_contiguous(v: &Value) -> PyResult<Value> {
    Ok(new_bool(mv(v)?.c_contiguous()))
}
fn get_f_contiguous(v: &Value) -> PyResult<Value> {
    Ok(new_bool(mv(v)?.f_contiguous()))
}
fn get_contiguous(v: &Value) -> PyResult<Value> {
    let m = mv(v)?;
    Ok(new_bool(m.c_contiguous() || m.f_contiguous()))
}

pub fn init() {
    let t = &MEMORYVIEW_TYPE;
    crate::types::init_builtin_type(t);
    build::new(t, mv_new);
    build::method(t, "__len__", mv_len);
    build::method(t, "__getitem__", mv_getitem);
    build::method(t, "__setitem__", mv_setitem);
    build::method(t, "__delitem__", mv_delitem);
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
    build::getset(t, "f_contiguous", get_f_contiguous, None);
    build::getset(t, "contiguous", get_contiguous, None);
}

/// The byte length of a writable, contiguous memoryview (a "w*" buffer).
pub fn writable_view_len(v: &Value) -> Option<usize> {
    let m = v.downcast::<MemoryViewObject>()?;
    if m.released.get() || m.readonly() || !m.c_contiguous() {
        return None;
    }
    Some(m.nbytes())
}

/// Stores `data` at byte `offset` of a view accepted by `writable_view_len`.
pub fn write_view(v: &Value, offset: usize, data: &[u8]) {
    let Some(m) = v.downcast::<MemoryViewObject>() else { return };
    let at = m.start + offset;
    if let Some(dst) = exported_mut(&m.obj).and_then(|d| d.get_mut(at..at + data.len())) {
        dst.copy_from_slice(data);
    }
}
